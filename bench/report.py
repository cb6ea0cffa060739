"""Time and size of `newsfacts report` on the bench corpus, and the README's screenshot of it.

    python -m bench.report [--articles 2000] [--work DIR] [--repeats 3] [--screenshot docs/report.png]

Builds the dataset once (`newsfacts run --workers 1`, several minutes at 2,000 articles; kept in
--work so that a second call only times the report), then runs `newsfacts report` --repeats times.
Goal (issue 21): under 10 s and under 5 MB at 2,000 articles. Figures go in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from bench.__main__ import NEWSFACTS, RUN_ENV, measure, newsfacts_run
from bench.corpus import write_corpus


def screenshot(report: Path, png: Path) -> None:
    """The top of the report as drawn by headless chromium (the browser of the report tests)."""
    from playwright.sync_api import sync_playwright

    from tests.flows.browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1000, "height": 1700})
        page.goto(report.resolve().as_uri())
        page.wait_for_function("document.querySelectorAll('.chart svg').length >= 4", timeout=60_000)
        page.screenshot(path=str(png))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsfacts-bench-report"))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    out = args.work / f"out-{args.articles}"
    if not (out / "newsfacts.duckdb").exists():
        corpus = write_corpus(args.work / f"corpus-{args.articles}", args.articles)
        measure(newsfacts_run(corpus, out, 1), RUN_ENV)
    runs = [measure([NEWSFACTS, "report", "--out", str(out)], RUN_ENV) for _ in range(args.repeats)]
    report = out / "report.html"
    print(f"newsfacts report, {args.articles} articles: median {statistics.median(r.seconds for r in runs):.2f} s "
          f"(runs {', '.join(f'{r.seconds:.2f}' for r in runs)} s; CPU median "
          f"{statistics.median(r.cpu_seconds for r in runs):.2f} s), {report.stat().st_size / 1e6:.2f} MB, "
          f"peak {max(r.max_rss_mb for r in runs):.0f} MB")
    if args.screenshot:
        screenshot(report, args.screenshot)
        print(f"wrote {args.screenshot}")


if __name__ == "__main__":
    main()
