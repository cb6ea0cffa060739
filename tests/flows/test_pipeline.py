"""End to end: the real flow on the real seeds, read back with real DuckDB."""

from pathlib import Path

import pytest

from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.storage import connect_catalog
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeds_run(prefect_harness, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    summary = run_pipeline([str(SEEDS)], Settings(out=out))
    assert summary.ingested == 2
    return out


def _sql(out: Path, sql: str):
    with connect_catalog(out) as con:
        return con.sql(sql).fetchall()


@pytest.mark.parametrize("table", ["articles", "entities", "mentions", "quotes", "events"])
def test_every_table_is_written_and_viewed(seeds_run, table):
    assert list((seeds_run / table).glob("*.parquet"))
    assert _sql(seeds_run, f"select count(*) from {table}")[0][0] > 0


def test_mentions_point_into_the_article_text(seeds_run):
    bad = _sql(seeds_run, """
        select m.text, substr(a.text, m.start_char + 1, m.end_char - m.start_char)
        from mentions m join articles a using (article_id)
        where substr(a.text, m.start_char + 1, m.end_char - m.start_char) <> m.text""")
    assert bad == []


def test_seed_facts(seeds_run):
    people = {row[0] for row in _sql(seeds_run, "select name from entities where type = 'PERSON'")}
    assert {"Dmitry Peskov", "Volodymyr Zelensky"} <= people
    speakers = {row[0] for row in _sql(seeds_run, "select speaker from quotes where speaker is not null")}
    assert "Steve Witkoff" in speakers
    places = {row[0] for row in _sql(seeds_run, "select name from entities where type = 'GPE'")}
    assert "Abu Dhabi" in places
    consults = _sql(seeds_run, "select count(*) from events where event_type = 'CONSULT'")[0][0]
    assert consults >= 1


def test_quotes_are_exact_substrings(seeds_run):
    bad = _sql(seeds_run, """
        select q.text from quotes q join articles a using (article_id)
        where substr(a.text, q.start_char + 1, q.end_char - q.start_char) <> q.text""")
    assert bad == []
