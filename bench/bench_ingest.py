"""Ingestion throughput: articles per second on one core, per input format and for a mix.

    .venv/bin/python bench/bench_ingest.py [--articles 600]

Writes its own English articles (plain text, Markdown with front matter, HTML pages, JSON
Lines records, a WARC archive) to a temporary folder, then times `flows.inputs.ingest_sources`
(reading, decoding, cleaning, language detection, duplicates) pinned to one CPU.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from flows.config import Settings
from flows.inputs import discover_inputs, ingest_sources

_PEOPLE = ["Mayor Ellen Brooks", "Minister Tom Reyes", "Judge Ana Lopez", "Chief Omar Said", "Dr. Grace Okafor",
           "Senator Ruth Calder", "Governor Paul Dane", "Captain Lena Fox", "Professor Ian Moss", "Director Mia Hart"]
_VERBS = ["announced", "approved", "rejected", "criticised", "defended", "delayed", "funded", "opened", "closed",
          "reviewed", "proposed", "questioned", "welcomed", "postponed", "expanded"]
_THINGS = ["the harbour plan", "a new bridge", "the school budget", "the water contract", "a housing scheme",
           "the rail link", "the hospital wing", "a tax cut", "the port expansion", "the night ferry",
           "a flood barrier", "the library project", "the wind farm", "a bus route", "the market hall"]
_PLACES = ["Port Elm", "Oakford", "Westcombe", "Kelby", "Rhoss", "Millbrook", "Dunmore", "Ashvale", "Brackley",
           "Fenwick", "Greyhaven", "Hollins"]
_WHEN = ["on Monday", "on Tuesday", "on Wednesday", "late on Thursday", "early on Friday", "at the weekend",
         "last week", "this morning"]
_WHY = ["after months of debate", "despite strong protests", "to the surprise of many residents",
        "following a long public inquiry", "as costs kept rising", "after a storm damaged the coast",
        "before the spring elections", "amid a shortage of workers"]


def _sentence(rng: random.Random) -> str:
    n = rng.randint(2, 950)
    return (f"{rng.choice(_PEOPLE)} {rng.choice(_VERBS)} {rng.choice(_THINGS)} in {rng.choice(_PLACES)} "
            f"{rng.choice(_WHEN)} {rng.choice(_WHY)}, and {n} people signed a letter about it.")


def _article(rng: random.Random) -> str:
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(4, 7))]
    return "\n\n".join(paragraphs) + "\n\nSource link\nShare this article"


def _html(text: str, title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return (f"<html><head><title>{title}</title><meta property='og:site_name' content='Bench News'>"
            f"<meta property='article:published_time' content='2026-02-04T10:00:00+00:00'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            f"<footer>Copyright 2026 Bench News</footer></body></html>")


def write_corpus(root: Path, n: int, seed: int = 7) -> dict[str, int]:
    """n articles spread over five formats under root/<format>/; returns articles per format."""
    rng = random.Random(seed)
    per = n // 5
    for i in range(per):
        (root / "text").mkdir(parents=True, exist_ok=True)
        (root / "text" / f"{i:05d}.txt").write_text(_article(rng))
        (root / "markdown").mkdir(parents=True, exist_ok=True)
        (root / "markdown" / f"{i:05d}.md").write_text(
            f"---\ntitle: Story {i}\npublished: 2026-02-04T10:00:00Z\noutlet: Bench News\n---\n{_article(rng)}")
        (root / "html").mkdir(parents=True, exist_ok=True)
        (root / "html" / f"{i:05d}.html").write_text(_html(_article(rng), f"Story {i}"))
    (root / "jsonl").mkdir(parents=True, exist_ok=True)
    with (root / "jsonl" / "feed.jsonl").open("w") as feed:
        for i in range(per):
            feed.write(json.dumps({"text": _article(rng), "title": f"Record {i}", "publishedAt": "2026-02-04"}) + "\n")
    (root / "warc").mkdir(parents=True, exist_ok=True)
    with (root / "warc" / "crawl.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i in range(per):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            payload = io.BytesIO(_html(_article(rng), f"Page {i}").encode())
            writer.write_record(writer.create_warc_record(f"https://bench.example/{i}", "response",
                                                          payload=payload, http_headers=headers))
    return dict.fromkeys(("text", "markdown", "html", "jsonl", "warc"), per)


def _time(inputs: list[str], out: Path) -> tuple[float, float, int, int, int]:
    """(wall seconds, CPU seconds, ingested, duplicates, rejected) of ingesting `inputs`.
    CPU time is what one core spends: on a shared machine wall time also counts waiting for it."""
    sources = discover_inputs(inputs)
    wall, cpu = time.perf_counter(), time.process_time()
    result = ingest_sources(sources, Settings(out=out), out / "spool")
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return wall, cpu, len(result.articles), len(result.duplicates), len(result.rejections)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="Articles to generate (split over 5 formats).")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "in"
        counts = write_corpus(root, args.articles)
        # Warm-up: language models and trafilatura load once per process, not per article.
        _time([str(root / "text" / "00000.txt")], Path(tmp) / "warm")
        print(f"{'input':<10} {'articles':>8} {'wall s':>7} {'cpu s':>7} {'per cpu s':>10} {'per wall s':>11}"
              "  ingested/duplicates/rejected")
        runs = [(kind, [str(root / kind)], n) for kind, n in counts.items()]
        runs.append(("all", [str(root)], sum(counts.values())))
        for kind, inputs, n in runs:
            wall, cpu, ok, dup, rej = _time(inputs, Path(tmp) / f"out-{kind}")
            print(f"{kind:<10} {n:>8} {wall:>7.2f} {cpu:>7.2f} {n / cpu:>10.0f} {n / wall:>11.0f}  {ok}/{dup}/{rej}")


if __name__ == "__main__":
    main()
