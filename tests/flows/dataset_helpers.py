"""Shared by the storage tests: a small corpus written for them, and whole-table comparisons."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from flows import storage
from schemas.tables import TABLES

# Columns that differ between two runs over the same inputs by design (when, and which run).
VOLATILE = frozenset({"run_id", "ingested_at", "seen_at", "first_seen", "last_seen"})

EXTRA_ARTICLES = {
    "budget.txt": (
        "Finance ministers from Germany and France met in Brussels on Monday to discuss the budget.\n\n"
        '"We will not accept new debt," said Christian Lindner, the German finance minister.\n\n'
        "Bruno Le Maire told reporters that France wanted an agreement by June."
    ),
    "depot.txt": (
        "A drone strike hit a fuel depot in Kharkiv on Thursday, killing three people and injuring "
        "eight, regional governor Oleh Syniehubov said.\n\n"
        '"The attack came at night, when the workers were asleep," Syniehubov said on Telegram.'
    ),
    "trade.txt": (
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Friday.\n\n"
        "The two leaders signed an agreement on regional trade, according to a statement from the "
        "Kenyan government. Ruto said the deal would open new markets for farmers."
    ),
}


def write_extra_corpus(folder: Path) -> Path:
    """Three articles, a copy of one of them (a duplicate) and an empty file (a reject)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in EXTRA_ARTICLES.items():
        (folder / name).write_text(text)
    (folder / "budget-copy.txt").write_text(EXTRA_ARTICLES["budget.txt"])
    (folder / "blank.txt").write_text("  \n")
    return folder


def _sorted_rows(con: duckdb.DuckDBPyConnection, table: str, source: str) -> list[str]:
    columns = ", ".join(c for c in TABLES[table].names if c not in VOLATILE)
    return sorted(map(repr, con.execute(f"SELECT {columns} FROM {source}").fetchall()))


def glob_rows(out: Path) -> dict[str, list[str]]:
    """Every table as the scorer reads it (a glob over the folder), run-specific columns left out."""
    with duckdb.connect() as con:
        return {
            table: _sorted_rows(con, table, f"read_parquet('{out / table}/**/*.parquet', "
                                            "hive_partitioning = true, union_by_name = true)")
            for table in TABLES
        }


def catalog_rows(out: Path) -> dict[str, list[str]]:
    """Every table as an analyst reads it (the DuckDB catalog's views)."""
    with storage.connect_catalog(out) as con:
        return {table: _sorted_rows(con, table, table) for table in TABLES}


def assert_consistent(out: Path) -> None:
    """Nothing half-done is left, and what the glob sees is exactly the manifest's files."""
    assert not (out / storage.JOURNAL_NAME).exists()
    assert not (out / storage.STAGING_DIR).exists()
    manifest = json.loads((out / storage.MANIFEST_NAME).read_text())
    for table in TABLES:
        on_disk = sorted(p.name for p in (out / table).glob("**/*.parquet"))
        assert on_disk == sorted(f["file"] for f in manifest["tables"][table]), table


def tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every file under `folder` (the lock file aside): equal before and
    after an operation that must not write."""
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".newsfacts.lock")}
