"""Writing the tables as Parquet datasets and publishing the DuckDB catalog over them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from schemas.tables import TABLES, to_arrow
from transforms.resolve import AliasEntry, EntityRegistry

CATALOG_NAME = "newsfacts.duckdb"
REGISTRY_NAME = "_state/registry.json"
# Tables holding a snapshot of the whole dataset, rewritten by every run, not appended to.
SNAPSHOT_TABLES = frozenset({"entities"})


def table_dir(out: Path, table: str) -> Path:
    return out / table


def write_table(out: Path, table: str, rows: list[dict], *, run_id: str, part: int = 0) -> Path:
    """Write rows as one zstd Parquet file named by run and part, never overwriting another run's."""
    folder = table_dir(out, table)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run_id}-{part:05d}.parquet"
    pq.write_table(to_arrow(table, rows), path, compression="zstd")
    if table in SNAPSHOT_TABLES:
        for old in folder.glob("*.parquet"):
            if old != path:
                old.unlink()
    return path


def _view_sql(out: Path, table: str) -> str:
    pattern = (table_dir(out, table) / "**" / "*.parquet").resolve()
    return (
        f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM "
        f"read_parquet('{pattern}', hive_partitioning = true, union_by_name = true)"
    )


def publish_catalog(out: Path) -> Path:
    """(Re)create `out/newsfacts.duckdb` with one view per table over absolute paths."""
    path = out / CATALOG_NAME
    with duckdb.connect(str(path)) as con:
        for table in TABLES:
            if any(table_dir(out, table).glob("**/*.parquet")):
                con.execute(_view_sql(out, table))
    return path


def load_registry(out: Path, alias_table: Path | None = None) -> EntityRegistry:
    """The dataset's entity registry, with the user's alias table (if any) linked in."""
    path = out / REGISTRY_NAME
    registry = EntityRegistry.from_json(json.loads(path.read_text())) if path.exists() else EntityRegistry()
    if alias_table is not None:
        registry.add_alias_table(read_alias_table(alias_table))
    return registry


def read_alias_table(path: Path) -> list[AliasEntry]:
    """Rows of a CSV or Parquet alias table: name, aliases (a list, or "|"-separated in CSV), type, qid."""
    if path.suffix.lower() == ".parquet":
        rows = pq.read_table(path).to_pylist()
    else:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    entries = []
    for row in rows:
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|")]
        if row.get("name"):
            entries.append(AliasEntry(
                name=row["name"].strip(), aliases=tuple(a for a in aliases if a),
                type=(row.get("type") or "PERSON").strip().upper(), qid=(row.get("qid") or None),
            ))
    return entries


def save_registry(out: Path, registry: EntityRegistry) -> None:
    path = out / REGISTRY_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(registry.to_json()))
    tmp.replace(path)


def query(out: Path, sql: str) -> duckdb.DuckDBPyRelation:
    """Run read-only SQL against the catalog of `out`."""
    path = out / CATALOG_NAME
    if not path.exists():
        raise FileNotFoundError(f"no catalog at {path}: run `newsfacts run INPUT --out {out}` first")
    con = duckdb.connect(str(path), read_only=True)
    return con.sql(sql)
