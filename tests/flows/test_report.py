"""`newsfacts report`: one HTML file, opened in a real headless chromium, on a dataset built by the real
flow from articles written for these tests (and the dev gold articles of ../shared when present)."""

from __future__ import annotations

import html
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.report import REPORT_NAME, write_report
from flows.storage import connect_catalog
from tests.conftest import ROOT
from tests.flows.browser import have_chromium, open_page
from tests.flows.dataset_helpers import write_extra_corpus

# Two outlets report one shelling (a cluster with two sources), a third a meeting days later.
REPORT_ARTICLES = {
    "shelling-ledger.md": (
        "---\ntitle: Shelling kills four in Kharkiv\npublished: 2025-03-03T08:00:00+00:00\noutlet: Daily Ledger\n---\n"
        "Russian artillery shelled Kharkiv on Sunday, killing four civilians and injuring eleven, the regional "
        "governor Oleh Syniehubov said.\n\n"
        '"The shells hit apartment blocks while families slept," Syniehubov said on Monday.'
    ),
    "shelling-courier.md": (
        "---\ntitle: Four dead after night shelling of Kharkiv\npublished: 2025-03-03T10:30:00+00:00\n"
        "outlet: Evening Courier\n---\n"
        "Four civilians were killed and eleven injured when Russian artillery shelled Kharkiv on Sunday, "
        "governor Oleh Syniehubov said.\n\n"
        '"We are clearing the rubble street by street," Syniehubov told reporters.'
    ),
    "talks.md": (
        "---\ntitle: Ministers meet in Ankara\npublished: 2025-03-06T12:00:00+00:00\noutlet: Daily Ledger\n---\n"
        "Turkish Foreign Minister Hakan Fidan met Egyptian Foreign Minister Badr Abdelatty in Ankara on Thursday "
        "to discuss trade and the war in Sudan.\n\n"
        '"Our countries want the fighting in Sudan to end," Fidan said after the meeting.'
    ),
}
GOLD_DOCS = [p / "gold" / "docs" for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared")]
CHARTS = ("chart-events", "chart-casualties", "chart-map", "chart-speakers")


@pytest.fixture(scope="module")
def dataset(prefect_harness, tmp_path_factory) -> Path:
    inputs = write_extra_corpus(tmp_path_factory.mktemp("articles"))
    for name, text in REPORT_ARTICLES.items():
        (inputs / name).write_text(text)
    gold = next((p for p in GOLD_DOCS if p.is_dir()), None)
    if gold is not None:
        shutil.copytree(gold, inputs / "gold")
    out = tmp_path_factory.mktemp("dataset")
    run_pipeline([str(inputs)], Settings(out=out))
    return out


@pytest.fixture(scope="module")
def report(dataset) -> Path:
    return write_report(dataset, dataset)


def _sql(out: Path, sql: str) -> list[tuple]:
    with connect_catalog(out) as con:
        return con.execute(sql).fetchall()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.fragments: list[str] = []
        self.resources: list[tuple[str, str]] = []
        self.cells_without_link = 0
        self._cell: list[bool] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"])
        if tag == "a" and (found.get("href") or "").startswith("#"):
            self.fragments.append(found["href"][1:])
            if self._cell is not None:
                self._cell[0] = True
        if tag in {"script", "link", "img", "iframe"} and (found.get("src") or found.get("href")):
            self.resources.append((tag, found.get("src") or found.get("href") or ""))
        if tag == "td" and "n" in (found.get("class") or "").split():
            self._cell = [False]

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None:
            self.cells_without_link += not self._cell[0]
            self._cell = None


def _links(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_report_is_one_file_that_loads_nothing(report):
    assert report.name == REPORT_NAME
    assert _links(report).resources == []


def test_every_figure_links_to_evidence_in_the_file(report):
    links = _links(report)
    assert links.cells_without_link == 0
    missing = sorted({f for f in links.fragments if f not in links.ids})
    assert missing == []


def test_every_event_sentence_and_cited_article_is_in_the_evidence(dataset, report):
    text = html.unescape(report.read_text(encoding="utf-8"))
    for (sentence,) in _sql(dataset, "select sentence from events"):
        assert sentence in text
    for (title,) in _sql(dataset, "select title from articles where title is not null"):
        assert title in text


def test_headline_figures_and_accounting_are_the_datasets(dataset, report):
    text = report.read_text(encoding="utf-8")
    (n_events, killed, injured), = _sql(dataset, "select count(*), sum(killed), sum(injured) from events")
    assert re.search(rf">{n_events}</a> events", text)
    assert re.search(rf">{killed}</a> killed", text)
    assert re.search(rf">{injured}</a> injured", text)
    for reason, n in _sql(dataset, "select reason, count(*) from rejects group by reason"):
        assert re.search(rf"<td>{reason}</td><td class=\"n\"><a href=\"#reject-{reason}\">{n}</a>", text)
    (duplicates,), = _sql(dataset, "select count(*) from duplicates")
    assert duplicates >= 1 and f'href="#duplicates">{duplicates}</a>' in text


def test_the_shelling_reported_twice_is_a_cluster_with_both_sources(report):
    text = report.read_text(encoding="utf-8")
    clusters = text.split('<h2 id="clusters">')[1].split("<h2")[0]
    assert "Daily Ledger" in clusters and "Evening Courier" in clusters


@pytest.mark.skipif(not have_chromium(), reason="no chromium: `apt-get install chromium` (.ci/run does)")
def test_charts_draw_in_a_real_browser_with_no_error_and_no_network(report):
    with open_page(report) as (page, seen):
        page.wait_for_function(
            "ids => ids.every(id => document.querySelector('#' + id + ' svg .mark-group, #' + id + ' .role-mark'))",
            arg=list(CHARTS), timeout=60_000)
        marks = {chart: page.eval_on_selector(
            f"#{chart}", "e => e.querySelectorAll('svg .role-mark path, svg .role-mark rect, svg .role-mark circle')"
            ".length") for chart in CHARTS}
        failed = page.eval_on_selector_all(".chart", "es => es.map(e => e.textContent).filter(t => "
                                                     "t.startsWith('chart failed'))")
        # A bar is a link to its evidence in the same page.
        page.locator("#chart-events svg .role-mark path").first.click()
        page.wait_for_function("location.hash.length > 1", timeout=10_000)
        target = page.evaluate("document.getElementById(location.hash.slice(1)) !== null")
    assert failed == []
    assert target
    assert seen["page_errors"] == [] and seen["console_errors"] == []
    assert seen["remote_requests"] == []
    assert all(n > 0 for n in marks.values()), marks
    # The base map draws its ~177 countries besides the event places.
    assert marks["chart-map"] > 150


def test_cli_writes_the_report_into_the_dataset(dataset, tmp_path):
    result = CliRunner().invoke(app, ["report", "--out", str(dataset)])
    assert result.exit_code == 0, result.output
    assert f"report: {dataset / REPORT_NAME}" in result.output
    missing = CliRunner().invoke(app, ["report", "--out", str(tmp_path / "nothing")])
    assert missing.exit_code == 2 and "no catalog" in missing.output
