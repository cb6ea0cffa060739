"""`make bench`: the performance benchmarks of newsfacts, each a ratio measured in one run.

    python -m bench [--articles 2000] [--memory-articles 2000 20000] [--duckdb-articles 100000]
                    [--repeats 3] [--n-process 2] [--only NAME ...]

Every timing is the median of `--repeats` runs; the table is printed and written to
bench/results/latest.md (copy the figures into BENCHMARKS.md with the date and machine).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
NEWSFACTS = str(VENV_BIN / "newsfacts")


@dataclass
class Measured:
    seconds: float
    max_rss_mb: float
    cpu_seconds: float = 0.0  # user + system of the process and all its descendants


def _adopt_orphans() -> None:
    """Make this process the reaper of its descendants' orphans (Linux), so that a process that
    outlives its parent, such as the fork server behind newsfacts' workers, is counted too."""
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def measure(cmd: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `cmd` to completion; wall time, CPU time and the peak resident memory of its largest process.

    `ru_maxrss` of a waited process covers it and every descendant it waited for; descendants
    orphaned on the way (reparented here by `_adopt_orphans`) are waited for and counted as well.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{proc.stderr.read()[-3000:]}")
    max_rss_kb, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    while True:
        try:
            _, _, orphan = os.wait4(-1, 0)
        except ChildProcessError:
            break
        max_rss_kb, cpu = max(max_rss_kb, orphan.ru_maxrss), cpu + orphan.ru_utime + orphan.ru_stime
    return Measured(seconds, max_rss_kb / 1024, cpu)


def median_of(runs: list[Measured]) -> Measured:
    return Measured(statistics.median(r.seconds for r in runs), max(r.max_rss_mb for r in runs),
                    statistics.median(r.cpu_seconds for r in runs))


RUN_ENV = {"PREFECT_LOGGING_LEVEL": "WARNING"}


def newsfacts_run(corpus: Path, out: Path, n_process: int) -> list[str]:
    """The command of a run on `n_process` processes, like the bare script's `n_process`: with
    more than one, newsfacts parses in that many worker processes forked with spaCy imported
    (flows/workers.py); with one, in the CLI's own process."""
    return [NEWSFACTS, "run", str(corpus), "--out", str(out), "--no-progress", "--workers", str(n_process)]


def bench_end_to_end(work: Path, n: int, repeats: int, n_process: int) -> list[tuple[str, str, str]]:
    corpus = write_corpus(work / f"corpus-{n}", n)

    def ours() -> Measured:
        out = work / "out-e2e"
        shutil.rmtree(out, ignore_errors=True)
        return measure(newsfacts_run(corpus, out, n_process), RUN_ENV)

    def bare() -> Measured:
        return measure([sys.executable, str(ROOT / "bench" / "bare_pipe.py"), str(corpus),
                        "--n-process", str(n_process)])

    # Interleaved, so that a slow spell of a shared machine falls on both sides alike.
    bares, ours_ = [], []
    for _ in range(repeats):
        bares.append(bare())
        ours_.append(ours())
    base, mine = median_of(bares), median_of(ours_)
    ratio = base.seconds / mine.seconds
    return [
        (f"1. end-to-end, {n} articles, {n_process} process(es)"
         + f" (--workers {n_process})",
         f"newsfacts {mine.seconds:.1f} s vs bare nlp.pipe {base.seconds:.1f} s "
         f"(CPU {mine.cpu_seconds:.0f} s vs {base.cpu_seconds:.0f} s)",
         f"{ratio:.2f}x (goal >= 1.0x)"),
    ]


def bench_noop(work: Path, n: int, repeats: int, n_process: int) -> list[tuple[str, str, str]]:
    corpus = write_corpus(work / f"corpus-{n}", n)
    firsts, noops = [], []
    for _ in range(repeats):
        out = work / "out-noop"
        shutil.rmtree(out, ignore_errors=True)
        cmd = newsfacts_run(corpus, out, n_process)
        firsts.append(measure(cmd, RUN_ENV).seconds)
        noops.append(measure(cmd, RUN_ENV).seconds)
    first, noop = statistics.median(firsts), statistics.median(noops)
    return [(f"2. no-op re-run, {n} articles", f"{noop:.1f} s after a first run of {first:.1f} s",
             f"{noop / first:.1%} (goal <= 3%)")]


def bench_memory(work: Path, sizes: list[int], n_process: int) -> list[tuple[str, str, str]]:
    peaks = {}
    for n in sizes:
        corpus = write_corpus(work / f"corpus-{n}", n)
        out = work / f"out-mem-{n}"
        shutil.rmtree(out, ignore_errors=True)
        peaks[n] = measure(newsfacts_run(corpus, out, n_process), RUN_ENV).max_rss_mb
    small, large = peaks[sizes[0]], peaks[sizes[-1]]
    return [(f"3. peak memory, {sizes[0]} -> {sizes[-1]} articles",
             f"{small:.0f} MB -> {large:.0f} MB", f"{large / small - 1:+.1%} (goal < +10%)")]


def bench_duckdb(work: Path, n: int, repeats: int) -> list[tuple[str, str, str]]:
    from bench.synthetic_tables import QUERIES, write_synthetic_dataset

    out = write_synthetic_dataset(work / f"synthetic-{n}", n)
    from flows.storage import connect_catalog

    rows = []
    with connect_catalog(out) as con:
        for name, sql in QUERIES.items():
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                con.sql(sql).fetchall()
                times.append(time.perf_counter() - start)
            t = statistics.median(times)
            rows.append((f"4. DuckDB over {n} articles: {name}", f"{t * 1000:.0f} ms", "ok" if t < 1 else "SLOW"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory-articles", type=int, nargs=2, default=[2000, 20000])
    parser.add_argument("--duckdb-articles", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--n-process", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", nargs="*", choices=["e2e", "noop", "memory", "duckdb"])
    parser.add_argument("--work", type=Path, default=None, help="keep corpora and outputs here")
    args = parser.parse_args()
    _adopt_orphans()
    only = set(args.only or ["e2e", "noop", "memory", "duckdb"])
    work = args.work or Path(tempfile.mkdtemp(prefix="newsfacts-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    rows: list[tuple[str, str, str]] = []
    if "e2e" in only:
        rows += bench_end_to_end(work, args.articles, args.repeats, args.n_process)
    if "noop" in only:
        rows += bench_noop(work, args.articles, args.repeats, args.n_process)
    if "memory" in only:
        rows += bench_memory(work, list(args.memory_articles), args.n_process)
    if "duckdb" in only:
        rows += bench_duckdb(work, args.duckdb_articles, args.repeats)

    header = (f"newsfacts benchmarks, {date.today()}, {platform.machine()} {os.cpu_count()} cores, "
              f"Python {platform.python_version()}, median of {args.repeats}")
    table = ["| benchmark | measured | ratio |", "|---|---|---|"] + [f"| {a} | {b} | {c} |" for a, b, c in rows]
    report = "\n".join([header, "", *table])
    print(report)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "latest.md").write_text(report + "\n")
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
