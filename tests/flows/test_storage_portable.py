"""A dataset folder copied or moved elsewhere reads its own files, through every way the README
documents: `newsfacts query` and `status`, a DuckDB client opening or attaching the catalog from
any working directory, and the glob. Real flow, real Parquet, real DuckDB."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from flows import storage
from flows.cli import app
from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.status import dataset_status
from schemas.tables import TABLES
from tests.conftest import SEEDS
from tests.flows.dataset_helpers import EXTRA_ARTICLES, assert_consistent, tree_state, write_extra_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def original(prefect_harness, tmp_path_factory) -> tuple[Path, dict[str, int]]:
    out = tmp_path_factory.mktemp("original") / "out"
    run_pipeline([str(SEEDS), str(write_extra_corpus(tmp_path_factory.mktemp("extra")))],
                 Settings(out=out, batch_size=1))
    with duckdb.connect() as con:
        counts = {t: con.execute(f"SELECT count(*) FROM read_parquet('{out}/{t}/**/*.parquet')").fetchone()[0]
                  for t in TABLES}
    assert counts["articles"] == 5 and counts["mentions"] > 0
    return out, counts


def _moved(original: Path, to: Path, *, symlinks: bool) -> Path:
    """A copy of the dataset with the original gone: `cp -a` (symlinks kept) or `cp -r` (followed)."""
    moved = shutil.copytree(original, to / "moved" / "out", symlinks=symlinks)
    shutil.rmtree(original.parent)
    return moved


@pytest.fixture(params=[True, False], ids=["cp-a", "cp-r"])
def moved(original, tmp_path_factory, request) -> tuple[Path, dict[str, int]]:
    out, counts = original
    # Each case moves its own copy of the module's dataset, so the original stays for the next.
    source = shutil.copytree(out, tmp_path_factory.mktemp("source") / "out", symlinks=True)
    return _moved(source, tmp_path_factory.mktemp("elsewhere"), symlinks=request.param), counts


def test_the_catalog_names_no_absolute_path(original):
    out, _ = original
    with storage.connect_catalog(out) as con:
        sql = " ".join(s for (s,) in con.execute("SELECT sql FROM duckdb_views() WHERE NOT internal").fetchall())
    assert str(out) not in sql and str(out.resolve()) not in sql
    assert "_versions/" in sql


def test_every_documented_reader_reads_the_copys_own_files(moved, tmp_path, monkeypatch):
    out, counts = moved
    # From an unrelated working directory, as a BI tool or a colleague's shell would be.
    monkeypatch.chdir(tmp_path)
    before = tree_state(out)
    assert dataset_status(out).rows == {t: counts[t] for t in dataset_status(out).rows}
    for table, n in counts.items():
        result = CliRunner().invoke(app, ["query", f"SELECT count(*) AS n FROM {table}", "--out", str(out)])
        assert result.exit_code == 0, result.output
        assert re.search(rf"│\s+{n} │", result.output), (table, result.output)
    with duckdb.connect(str(out / storage.CATALOG_NAME), read_only=True) as con:
        con.execute(f"SET VARIABLE newsfacts_dir = '{out}'")
        assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES} == counts
    with duckdb.connect() as con:
        con.execute(f"ATTACH '{out / storage.CATALOG_NAME}' AS nf (READ_ONLY)")
        con.execute(f"SET VARIABLE newsfacts_dir = '{out}'")
        assert {t: con.execute(f"SELECT count(*) FROM nf.{t}").fetchone()[0] for t in TABLES} == counts
        assert {t: con.execute(f"SELECT count(*) FROM read_parquet('{out}/{t}/**/*.parquet')").fetchone()[0]
                for t in TABLES} == counts
    assert tree_state(out) == before, "reading the copy wrote to it"


def test_a_client_that_names_no_folder_gets_an_error_not_another_datasets_rows(moved, tmp_path, monkeypatch):
    out, _ = moved
    monkeypatch.chdir(tmp_path)
    with (duckdb.connect(str(out / storage.CATALOG_NAME), read_only=True) as con,
          pytest.raises(duckdb.Error, match="SET VARIABLE newsfacts_dir")):
        con.execute("SELECT count(*) FROM articles").fetchone()


def test_the_working_directory_of_newsfacts_never_decides_what_it_reads(original, tmp_path, monkeypatch):
    """Run from inside another copy of the same dataset, newsfacts still reads the folder it is given."""
    out, counts = original
    copy = shutil.copytree(out, tmp_path / "copy", symlinks=True)
    other = shutil.copytree(out, tmp_path / "other", symlinks=True)
    shutil.rmtree(other / storage.VERSIONS_DIR)
    monkeypatch.chdir(other)
    assert dataset_status(copy).rows["articles"] == counts["articles"]


def test_a_run_into_a_moved_copy_adds_to_the_copy(moved, tmp_path):
    out, counts = moved
    more = tmp_path / "more"
    more.mkdir()
    (more / "port.txt").write_text(
        "Dockworkers in Rotterdam ended a two-day strike on Friday after the port authority agreed to new "
        "shift rules, union leader Marieke de Vries said.")
    summary = run_pipeline([str(more)], Settings(out=out, batch_size=1))
    assert summary.ingested == 1
    assert_consistent(out)
    assert storage.check_dataset(out) == []
    assert dataset_status(out).rows["articles"] == counts["articles"] + 1
    assert len(EXTRA_ARTICLES) + 2 == counts["articles"]
    # Every link of the copy points inside it.
    for table in TABLES:
        link = out / table
        assert link.resolve().is_relative_to(out.resolve()), table
    assert not any(os.path.isabs(os.readlink(out / t)) for t in TABLES if (out / t).is_symlink())
