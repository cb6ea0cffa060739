"""The DuckDB catalog `DIR/newsfacts.duckdb`: one view per table over the current version's
files, ready-made views for analysts, and the read-only connection `newsfacts query` uses."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from flows.storage.versions import Manifest, read_manifest
from schemas.layout import CATALOG_NAME, DIR_VARIABLE
from schemas.tables import TABLES

# Ready-made views for analysts, created after the table views; a view that fails to bind
# (say, over a dataset older than a column it uses) is left out rather than failing a publish.
READY_VIEWS: dict[str, str] = {
    # One row per real event, however many articles report it.
    "event_clusters": """
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
        GROUP BY e.event_cluster_id""",
    "quotes_by_speaker": """
        SELECT q.speaker_entity_id AS entity_id, coalesce(e.name, any_value(q.speaker)) AS speaker,
               count(*) AS n_quotes, count(DISTINCT q.article_id) AS n_articles,
               count(*) FILTER (WHERE q.kind = 'direct') AS n_direct,
               min(a.published_at) AS first_quoted, max(a.published_at) AS last_quoted
        FROM quotes q
        LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
        LEFT JOIN articles a ON a.article_id = q.article_id
        WHERE q.speaker_entity_id IS NOT NULL
        GROUP BY q.speaker_entity_id, e.name""",
    "events_daily": """
        SELECT coalesce(e.event_date, CAST(a.published_at AS DATE)) AS day, e.event_type,
               count(*) AS n_events, count(DISTINCT e.article_id) AS n_articles,
               count(DISTINCT coalesce(e.event_cluster_id, e.event_id)) AS n_distinct_events,
               sum(e.killed) AS killed, sum(e.injured) AS injured
        FROM events e LEFT JOIN articles a ON a.article_id = e.article_id
        GROUP BY ALL""",
    # Over the materialized per-article pairs (named in the same sentence), not a self-join of
    # mentions: that join grows with the square of the entities per article (~13 s at 100k articles).
    "entity_cooccurrence": """
        WITH pairs AS (SELECT entity_id_a, entity_id_b, count(*) AS n_articles, sum(n_sentences) AS n_sentences
                       FROM cooccurrences GROUP BY ALL)
        SELECT p.entity_id_a, ea.name AS name_a, ea.type AS type_a,
               p.entity_id_b, eb.name AS name_b, eb.type AS type_b,
               p.n_articles, p.n_sentences
        FROM pairs p
        JOIN entities ea ON ea.entity_id = p.entity_id_a
        JOIN entities eb ON eb.entity_id = p.entity_id_b""",
}


# Views name files relative to the dataset folder, which every reader gives as a variable:
# DuckDB resolves a relative path against the process's working directory first (a copy of
# the dataset there would be read instead), and a catalog storing absolute paths reads the
# original folder after a copy. docs/STORAGE.md, "A portable dataset", has the evidence.
_FILES_MACRO = f"""CREATE MACRO newsfacts_files(files) AS list_transform(files, lambda f:
    if(getvariable('{DIR_VARIABLE}') IS NULL,
       error('newsfacts: run SET VARIABLE {DIR_VARIABLE} = ''/path/to/the/dataset/folder'' first '
             || '(the folder holding newsfacts.duckdb; see the README, "Reading the output")'),
       getvariable('{DIR_VARIABLE}') || '/' || f))"""
# Statement types `newsfacts query` runs: SELECT covers WITH, DESCRIBE, SHOW, SUMMARIZE, FROM.
_READ_STATEMENTS = frozenset({"SELECT", "EXPLAIN"})


class NotReadOnly(ValueError):
    """A statement given to `newsfacts query` that is not a read."""


def publish_catalog(
    out: Path, manifest: Manifest | None = None, extra_views: Mapping[str, str] | None = None
) -> Path:
    """Write `out/newsfacts.duckdb` (one view per table over the version's files, by paths
    relative to `out`, then READY_VIEWS and `extra_views`) and swap it in with one rename, so
    a reader (a BI tool holding it open read-only) never sees a half-built catalog."""
    manifest = manifest or read_manifest(out)
    path = out / CATALOG_NAME
    if manifest is None:
        return path
    tmp = out / f".{CATALOG_NAME}.tmp{os.getpid()}"
    tmp.unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        con.execute(f"SET VARIABLE {DIR_VARIABLE} = ?", [str(out.resolve())])
        con.execute(_FILES_MACRO)
        for table in TABLES:
            paths = manifest.paths(out, table)
            if paths:
                unite = "" if _in_current_schema(paths, table) else ", union_by_name = true"
                names = _sql_list(manifest.relative_paths(table))
                con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet(newsfacts_files({names}){unite})")
        for name, sql in {**READY_VIEWS, **(extra_views or {})}.items():
            try:
                con.execute(f"CREATE VIEW {name} AS {sql}")
            except duckdb.Error:
                continue
        con.execute(f"COMMENT ON VIEW articles IS 'newsfacts dataset version {manifest.version}'")
    os.replace(tmp, path)
    return path


def _sql_list(paths: list[Path] | list[str]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def _in_current_schema(paths: list[Path], table: str) -> bool:
    """Whether every file has the columns of `table`'s current schema, in order and type.

    Only files written before a column existed need DuckDB to unite schemas by name, which
    holds every file's schema while a view binds: ~100 KB a file, 30 MB at 20,000 articles.
    """
    columns = [(f.name, f.type) for f in TABLES[table]]
    return all([(f.name, f.type) for f in pq.read_schema(path)] == columns for path in paths)


def connect_catalog(out: Path) -> duckdb.DuckDBPyConnection:
    """A connection to the catalog of `out` that reads `out`'s own files and nothing else.

    The catalog is attached read-only to an in-memory database whose file access is limited
    to `out` (no other file, no network, no extension loading) and whose configuration is
    then locked, so no statement can widen it. Raises FileNotFoundError without a catalog.
    """
    path = out / CATALOG_NAME
    if not path.exists():
        raise FileNotFoundError(f"no dataset at {out}: run `newsfacts run INPUT --out {out}` first")
    root = out.resolve()
    con = duckdb.connect(":memory:")
    # allowed_directories can only be set while external access is on, so it comes first.
    con.execute("SET allowed_directories = ?", [[str(root) + os.sep]])
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute(f"ATTACH '{_sql_text(root / CATALOG_NAME)}' AS newsfacts (READ_ONLY)")
    con.execute("USE newsfacts")
    con.execute("SET enable_external_access = false")
    con.execute(f"SET VARIABLE {DIR_VARIABLE} = ?", [str(root)])
    con.execute("SET lock_configuration = true")
    return con


def read_only_statement(sql: str) -> str:
    """`sql` if it is one or more read statements, as DuckDB's own parser classifies them.

    Raises NotReadOnly naming the first statement that is not a read (EXPLAIN ANALYZE runs
    its statement, so what it explains must be a read too), or duckdb.Error when it does not
    parse.
    """
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise NotReadOnly("no statement given")
    for statement in statements:
        kind = statement.type.name
        if kind == "EXPLAIN":
            explained = _explained(statement.query)
            kind = "EXPLAIN" if explained is None else explained
        if kind not in _READ_STATEMENTS:
            raise NotReadOnly(f"newsfacts query only reads (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN, SUMMARIZE); "
                              f"refused a {kind} statement")
    return sql


def _explained(query: str) -> str | None:
    """The type of the statement an EXPLAIN [ANALYZE] names, or None when that is unclear."""
    words = query.lstrip().split(None, 2)
    rest = query.lstrip()[len(words[0]):].lstrip() if words else ""
    if rest[:7].upper() == "ANALYZE":
        rest = rest[7:]
    inner = duckdb.extract_statements(rest) if rest.strip() else []
    return inner[0].type.name if len(inner) == 1 else "UNKNOWN"


def query(out: Path, sql: str) -> duckdb.DuckDBPyRelation | None:
    """Run read-only SQL against the catalog of `out` (see `connect_catalog`, `read_only_statement`)."""
    statement = read_only_statement(sql)
    return connect_catalog(out).sql(statement)


def _sql_text(path: Path) -> str:
    return str(path).replace("'", "''")
