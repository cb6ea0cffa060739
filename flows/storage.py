"""Writing the tables as Parquet datasets and publishing the DuckDB catalog over them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from schemas.tables import TABLES, to_arrow
from transforms.clusters import EventCluster
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
        publish_event_clusters(con)
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


# ---------------------------------------------------------------- event clusters

EVENT_CLUSTERS_NAME = "_state/event_clusters.json"
EVENT_CLUSTERS_VIEW_SQL = """
CREATE OR REPLACE VIEW event_clusters AS
SELECT
    e.event_cluster_id,
    any_value(e.event_type) AS event_type,
    count(*) AS n_reports,
    count(DISTINCT e.article_id) AS n_articles,
    list(DISTINCT e.article_id) AS article_ids,
    list(DISTINCT a.source) AS sources,
    -- the day most reports give (reports that only know the month or year don't vote)
    mode(e.event_date) FILTER (WHERE e.date_precision = 'day') AS best_date,
    min(e.event_date) FILTER (WHERE e.date_precision = 'day') AS earliest_date,
    max(e.killed) AS max_killed,
    max(e.injured) AS max_injured,
    mode(e.location) AS location,
    mode(e.country_code) AS country_code,
    avg(e.latitude) AS latitude,
    avg(e.longitude) AS longitude
FROM events AS e LEFT JOIN articles AS a USING (article_id)
WHERE e.event_cluster_id IS NOT NULL
GROUP BY e.event_cluster_id
"""


def publish_event_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """The `event_clusters` view: one row per real event, over the events and articles views."""
    views = {row[0] for row in con.execute("SELECT view_name FROM duckdb_views()").fetchall()}
    if {"events", "articles"} <= views:
        con.execute(EVENT_CLUSTERS_VIEW_SQL)


def load_event_clusters(out: Path) -> list[EventCluster]:
    path = out / EVENT_CLUSTERS_NAME
    if not path.exists():
        return []
    return [EventCluster.from_json(c) for c in json.loads(path.read_text())]


def save_event_clusters(out: Path, clusters: list[EventCluster]) -> None:
    path = out / EVENT_CLUSTERS_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([c.to_json() for c in clusters]))
    tmp.replace(path)
