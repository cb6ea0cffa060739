"""`newsfacts query` reads and nothing else: statements DuckDB's parser calls reads, over a
connection that reaches only the dataset's own folder. Real DuckDB, real Parquet, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows import storage
from flows.cli import app
from tests.flows.dataset_helpers import tree_state


def _dataset(out: Path, run_id: str = "v1") -> Path:
    base = storage.recover(out)
    staging = storage.Staging(out, run_id)
    staging.write("articles", [{"article_id": f"a{i}", "source": f"in/{i}.txt", "text": f"text {i}",
                                "content_hash": f"h{i}"} for i in range(3)], "0")
    storage.commit(staging, base)
    return out


@pytest.fixture
def datasets(tmp_path) -> tuple[Path, Path]:
    return _dataset(tmp_path / "out"), _dataset(tmp_path / "other")


def _query(out: Path, sql: str):
    return CliRunner().invoke(app, ["query", sql, "--out", str(out)])


REFUSED = [
    "COPY (SELECT 1) TO '{tmp}/x.csv'",
    "COPY (SELECT 1 AS broken) TO '{out}/_manifest.json' (FORMAT json)",
    "COPY articles TO '{out}/articles/extra.parquet'",
    "ATTACH '{other}/newsfacts.duckdb' AS o (READ_WRITE)",
    "SELECT 1; COPY (SELECT 1) TO '{tmp}/x.csv'",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{tmp}/x.csv'",
    "CREATE TABLE t AS SELECT 1",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "SET VARIABLE newsfacts_dir = '{other}'",
    "PRAGMA enable_profiling",
    "CALL pragma_version()",
    "EXPORT DATABASE '{tmp}/dump'",
    # Reads, refused at run time: files outside the dataset, and errors raised by the query itself.
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM read_parquet('{other}/articles/*.parquet')",
    "SELECT * FROM read_parquet('{out}/../other/articles/*.parquet')",
    "SELECT * FROM glob('/etc/*')",
    "SELECT error('boom')",
    "SELECT CAST('x' AS INTEGER)",
    "SELECT FROM WHERE",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_query_refuses_whatever_is_not_a_read_of_the_dataset(datasets, tmp_path, sql):
    out, other = datasets
    before = tree_state(tmp_path)
    result = _query(out, sql.format(out=out, other=other, tmp=tmp_path))
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert tree_state(tmp_path) == before, "a refused statement changed a file"


ALLOWED = [
    ("SELECT count(*) AS n FROM articles", "3"),
    ("WITH a AS (SELECT * FROM articles) SELECT max(article_id) AS top FROM a", "a2"),
    ("FROM articles SELECT min(article_id) AS low", "a0"),
    ("DESCRIBE articles", "article_id"),
    ("SHOW TABLES", "quotes_by_speaker"),
    ("SUMMARIZE articles", "content_hash"),
    ("EXPLAIN SELECT * FROM articles", "READ_PARQUET"),
    ("EXPLAIN ANALYZE SELECT count(*) FROM articles", "Total Time"),
    ("SELECT count(*) AS n FROM read_parquet('{out}/articles/**/*.parquet')", "3"),
]


@pytest.mark.parametrize("sql, shown", ALLOWED)
def test_query_runs_every_kind_of_read(datasets, sql, shown):
    out, _ = datasets
    result = _query(out, sql.format(out=out))
    assert result.exit_code == 0, result.output
    assert shown in result.output


def test_statements_are_classified_by_duckdbs_parser_not_by_their_first_word():
    # A comment or parentheses before the verb do not hide it.
    for sql in ["/* read */ COPY (SELECT 1) TO 'x.csv'", "-- note\nATTACH 'x.duckdb'"]:
        with pytest.raises(storage.NotReadOnly):
            storage.read_only_statement(sql)
    assert storage.read_only_statement("(SELECT 1) UNION (SELECT 2)")
