"""`make eval`: run newsfacts over every gold set and print one accuracy table.

    python -m bench.accuracy [--shared ../shared] [--only NAME ...] [--keep DIR] [--no-write]

Every gold set is a folder with `docs/` and `gold.jsonl` (`../shared/gold`, each
`../shared/benchmarks/*` and the project's own sets under `bench/`). Each is run with `newsfacts run` into a fresh
folder and scored with `../shared/eval/score.py`; the table is printed and written to ACCURACY.md and the README's quality section with the
date and commit.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb

from schemas.tables import TABLES

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
NEWSFACTS = str(VENV_BIN / "newsfacts")

# Sets the extractors were developed against; the others are measured, not tuned on.
DEVELOPED_ON = {"gold": "dev", "gum-news-dev": "dev", "polnear-train": "train", "plover-gsr-dev": "dev",
                "polnear-test": "test", "own-wire": "dev", "fresh-wire": "dev", "blind-wire": "test",
                "probe-wire": "dev", "scout-wire": "dev", "check-wire": "dev", "field-wire": "dev",
                "hold-wire": "test", "gauge-wire": "dev", "crest-wire": "test", "ridge-wire": "dev",
                "tide-wire": "dev", "vale-wire": "dev", "fen-wire": "dev", "moor-wire": "dev",
                "reed-wire": "dev", "marsh-wire": "dev", "cove-wire": "dev", "lark-wire": "dev",
                "dune-wire": "dev", "bay-wire": "dev", "glen-wire": "dev", "heath-wire": "dev",
                "pine-wire": "dev", "isle-wire": "dev", "ash-wire": "dev", "jura-wire": "dev",
                "quay-wire": "dev", "umber-wire": "dev", "zinc-wire": "dev", "xylem-wire": "test",
                "onyx-wire": "dev", "amber-wire": "test", "birch-wire": "test"}
# Wire-style articles written for this project (see each folder's README): own-wire, fresh-wire,
# probe-wire, scout-wire, check-wire, field-wire, gauge-wire, ridge-wire, tide-wire, vale-wire, fen-wire,
# moor-wire, reed-wire, marsh-wire, cove-wire, lark-wire, dune-wire, bay-wire, glen-wire, heath-wire,
# pine-wire, isle-wire, ash-wire (opened in the twenty-fourth session), jura-wire and quay-wire (opened in
# the twenty-fifth), umber-wire (opened in the twenty-sixth), zinc-wire and onyx-wire (opened in the
# twenty-seventh) were developed on; xylem-wire, written in the twenty-sixth, and amber-wire and birch-wire,
# written in the twenty-seventh, are measured until a session opens them;
# blind-wire, hold-wire and crest-wire are sealed (their scores are read, their errors never).
OWN_SETS = [ROOT / "bench" / "own-wire", ROOT / "bench" / "fresh-wire", ROOT / "bench" / "blind-wire",
            ROOT / "bench" / "probe-wire", ROOT / "bench" / "scout-wire", ROOT / "bench" / "check-wire",
            ROOT / "bench" / "field-wire", ROOT / "bench" / "hold-wire", ROOT / "bench" / "gauge-wire",
            ROOT / "bench" / "crest-wire", ROOT / "bench" / "ridge-wire", ROOT / "bench" / "tide-wire",
            ROOT / "bench" / "vale-wire", ROOT / "bench" / "fen-wire", ROOT / "bench" / "moor-wire",
            ROOT / "bench" / "reed-wire", ROOT / "bench" / "marsh-wire", ROOT / "bench" / "cove-wire",
            ROOT / "bench" / "lark-wire", ROOT / "bench" / "dune-wire", ROOT / "bench" / "bay-wire",
            ROOT / "bench" / "glen-wire", ROOT / "bench" / "heath-wire", ROOT / "bench" / "pine-wire",
            ROOT / "bench" / "isle-wire", ROOT / "bench" / "ash-wire", ROOT / "bench" / "jura-wire",
            ROOT / "bench" / "quay-wire", ROOT / "bench" / "umber-wire", ROOT / "bench" / "zinc-wire",
            ROOT / "bench" / "xylem-wire", ROOT / "bench" / "onyx-wire", ROOT / "bench" / "amber-wire",
            ROOT / "bench" / "birch-wire"]

# The README's quality table sits between these lines and is rewritten with ACCURACY.md.
README_START = "<!-- make eval: start -->"
README_END = "<!-- make eval: end -->"

COLUMNS = [
    ("set", lambda name, r: name),
    ("docs", lambda name, r: r["docs"]),
    ("ent F1", lambda name, r: _num(r["entities"]["f1"], r["entities"]["gold"])),
    ("untyped F1", lambda name, r: _num(r["entities_untyped"]["f1"], r["entities_untyped"]["gold"])),
    ("linking", lambda name, r: _fmt(r["cross_doc_linking"]["accuracy"])),
    ("over-merged", lambda name, r: r["cross_doc_linking"]["overmerged_entities"]
     if r["entities"]["gold"] else "-"),
    ("quote F1", lambda name, r: _num(r["quotes"]["f1"], r["quotes"]["gold"])),
    ("attribution", lambda name, r: _num(r["quote_attribution_accuracy"], r["quotes"]["gold"])),
    ("quote e2e F1", lambda name, r: _num(r["quotes_end_to_end"]["f1"], r["quotes"]["gold"])),
    ("direct-only quote F1", lambda name, r: _num(r["direct_only"]["quotes"]["f1"], r["quotes"]["gold"])),
    ("event F1", lambda name, r: _num(r["events"]["f1"], r["events"]["gold"])),
    ("event R", lambda name, r: _num(r["events"]["r"], r["events"]["gold"])),
    ("killed", lambda name, r: _field(r, "killed")),
    ("injured", lambda name, r: _field(r, "injured")),
    ("location", lambda name, r: _field(r, "location")),
    ("actor", lambda name, r: _field(r, "actor")),
    ("date", lambda name, r: _field(r, "date")),
    ("other types R", lambda name, r: _ratio(r["other_event_types_recall"])),
]


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _num(value: float, gold: int) -> str:
    return _fmt(value) if gold else "-"


def _field(result: dict, name: str) -> str:
    field = result["event_fields"].get(name)
    return _fmt(field["accuracy"]) if field and field["total"] else "-"


def _ratio(found: dict) -> str:
    return f"{found['found'] / found['gold']:.3f}" if found["gold"] else "-"


def gold_sets(shared: Path) -> list[Path]:
    """`shared/gold` first, then every benchmark folder that has docs and a gold.jsonl, then the
    project's own sets (bench/own-wire, bench/fresh-wire, bench/blind-wire)."""
    candidates = [shared / "gold", *sorted((shared / "benchmarks").glob("*")), *OWN_SETS]
    return [p for p in candidates if (p / "docs").is_dir() and (p / "gold.jsonl").is_file()]


def score_set(gold_dir: Path, shared: Path, out: Path) -> tuple[dict, float]:
    """Run newsfacts over `gold_dir/docs` into `out` and score it; (score.py's JSON, seconds of the run).

    The JSON gains `direct_only`: the same run scored without its partial quotes, the definition
    of PolNeAR (which leaves out quoted fragments woven into a paraphrase), where ours and GUM's
    count every quoted run of three words or more.
    """
    start = time.perf_counter()
    subprocess.run([NEWSFACTS, "run", str(gold_dir / "docs"), "--out", str(out), "--no-progress"], check=True,
                   stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    result = _score(shared, gold_dir, out)
    with tempfile.TemporaryDirectory(prefix="newsfacts-direct-") as direct:
        result["direct_only"] = _score(shared, gold_dir, _without_partial_quotes(out, Path(direct)))
    return result, seconds


def _score(shared: Path, gold_dir: Path, out: Path) -> dict:
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--out", str(out), "--gold",
                             str(gold_dir), "--json"], check=True, capture_output=True, text=True)
    # score.py ends its JSON with a one-line text summary.
    return json.loads(scored.stdout.rsplit("\nsummary:", 1)[0])


def _without_partial_quotes(out: Path, copy: Path) -> Path:
    """A view of the dataset `out` in `copy`: its tables linked, its quotes without kind 'partial'."""
    for table in TABLES:
        if table != "quotes" and (out / table).exists():
            (copy / table).symlink_to((out / table).resolve())
    (copy / "quotes").mkdir()
    pattern = out / "quotes" / "**" / "*.parquet"
    with duckdb.connect() as con:
        con.execute(f"COPY (SELECT * FROM read_parquet('{pattern}', union_by_name = true) "
                    f"WHERE kind IS DISTINCT FROM 'partial') TO '{copy / 'quotes' / 'direct.parquet'}'")
    return copy


def markdown_table(results: dict[str, dict]) -> str:
    header = [name for name, _ in COLUMNS]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for name, result in results.items():
        label = f"{name} ({DEVELOPED_ON.get(name, 'unseen')})"
        lines.append("| " + " | ".join(str(cell(label, result)) for _, cell in COLUMNS) + " |")
    return "\n".join(lines)


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return (done.stdout.strip() or "unknown") + ("+dirty" if dirty else "")


def write_accuracy(table: str, seconds: dict[str, float]) -> None:
    timing = ", ".join(f"{name} {s:.0f} s" for name, s in seconds.items())
    commit = _commit()  # before the first write, which would make the tree dirty
    text = (
        "# Accuracy\n\n"
        "Written by `make eval`: `newsfacts run` over every gold set in `../shared/gold`,\n"
        "`../shared/benchmarks/*`, `bench/own-wire`, `bench/fresh-wire`, `bench/blind-wire`, `bench/probe-wire`,\n"
        "`bench/scout-wire`, `bench/check-wire`, `bench/field-wire`, `bench/hold-wire`, `bench/gauge-wire`,\n"
        "`bench/crest-wire`, `bench/ridge-wire`, `bench/tide-wire`, `bench/vale-wire`, `bench/fen-wire`,\n"
        "`bench/moor-wire`, `bench/reed-wire`, `bench/marsh-wire`, `bench/cove-wire`, `bench/lark-wire`,\n"
        "`bench/dune-wire`, `bench/bay-wire`, `bench/glen-wire`, `bench/heath-wire`, `bench/pine-wire`,\n"
        "`bench/isle-wire`, `bench/ash-wire`, `bench/jura-wire`, `bench/quay-wire`, `bench/umber-wire`,\n"
        "`bench/zinc-wire`, `bench/xylem-wire`, `bench/onyx-wire`, `bench/amber-wire` and `bench/birch-wire`\n"
        "(wire-style\n"
        "articles written for the project;\n"
        "fresh-wire was sealed until its errors\n"
        "were opened at commit 67faeba; blind-wire, hold-wire and crest-wire (written blind in the eleventh\n"
        "session) are sealed: their scores are read, their errors are not; probe-wire was written in the seventh\n"
        "session, scout-wire and check-wire in the eighth, field-wire in the ninth, gauge-wire in the tenth,\n"
        "ridge-wire and tide-wire in the sixteenth, vale-wire and fen-wire in the seventeenth, moor-wire and\n"
        "reed-wire in the eighteenth, marsh-wire and cove-wire in the nineteenth, lark-wire and dune-wire in the\n"
        "twentieth, bay-wire and glen-wire in the twenty-first, heath-wire and pine-wire in the twenty-second,\n"
        "isle-wire and ash-wire in the twenty-third, jura-wire and quay-wire in the twenty-fourth, umber-wire\n"
        "and zinc-wire in the twenty-fifth, xylem-wire and onyx-wire in the twenty-sixth, amber-wire and birch-wire\n"
        "in the twenty-seventh (each scored unseen, then opened to find error classes; xylem-wire, amber-wire and\n"
        "birch-wire are not opened yet); twenty-eight are\n"
        "developed on),\n"
        "scored by `../shared/eval/score.py`. In brackets, what each set is to\n"
        "us: `dev` sets were developed on, `train` was also learned from, `test` was only measured.\n"
        "On plover-gsr-dev, `event R` (ASSAULT and CONSULT recall) and `other types R` are the clean\n"
        "figures; its precision is a lower bound (unannotated events count as false).\n\n"
        "The columns: `ent F1` entities of one article matched by name or alias and type (PERSON, ORG,\n"
        "GPE); `untyped F1` the same ignoring the type; `linking` the share of gold entity pairs in two\n"
        "articles that carry one entity id; `over-merged` predicted entities matching two gold ones;\n"
        "`quote F1` quote spans matched by word overlap; `attribution` the right speaker among matched\n"
        "quotes (on PolNeAR only quotes with a named gold speaker count); `quote e2e F1` span and\n"
        "speaker both right; `direct-only quote F1` the quote F1 of the run with its partial quotes\n"
        "removed (PolNeAR's definition of a quote); `event F1`/`event R` ASSAULT and CONSULT events\n"
        "matched by their evidence sentence; `killed` to `date` the share of matched events with that\n"
        "field right; `other types R` recall of the other PLOVER types.\n\n"
        f"Measured {date.today().isoformat()} at commit {commit} (run times: {timing}).\n\n"
        f"{table}\n"
    )
    (ROOT / "ACCURACY.md").write_text(text)
    readme = ROOT / "README.md"
    head, rest = readme.read_text().split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    stamp = f"Measured {date.today().isoformat()} at commit {commit} by `make eval` (details in ACCURACY.md).\n\n"
    readme.write_text(f"{head}{README_START}\n{stamp}{table}\n{README_END}{tail}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="folder holding gold/, benchmarks/ and eval/score.py")
    parser.add_argument("--only", nargs="*", help="names of the sets to run (default: all)")
    parser.add_argument("--keep", type=Path, help="keep each run's dataset under this folder")
    parser.add_argument("--no-write", action="store_true", help="print the table without writing ACCURACY.md")
    args = parser.parse_args()
    if not (args.shared / "eval" / "score.py").is_file():
        sys.exit(f"error: no eval/score.py under {args.shared} (pass --shared)")

    sets = [p for p in gold_sets(args.shared) if not args.only or p.name in args.only]
    results: dict[str, dict] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="newsfacts-eval-") as scratch:
        for gold_dir in sets:
            out = (args.keep or Path(scratch)) / gold_dir.name
            shutil.rmtree(out, ignore_errors=True)
            print(f"running {gold_dir.name} ...", file=sys.stderr, flush=True)
            results[gold_dir.name], seconds[gold_dir.name] = score_set(gold_dir, args.shared, out)
    table = markdown_table(results)
    print(table)
    if not args.no_write and not args.only:
        write_accuracy(table, seconds)


if __name__ == "__main__":
    main()
