"""What a dataset holds, read from its DuckDB catalog: `newsfacts status --out DIR`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from flows.config import pipeline_version
from flows.storage import connect_catalog

_ARTICLE_TABLES = ("articles", "mentions", "cooccurrences", "quotes", "events")
_COUNTED_TABLES = ("articles", "entities", "mentions", "quotes", "events", "rejects", "duplicates")
# Tables whose rows carry the run that wrote them; the latest run is the latest of any of them.
_RUN_TABLES = {"articles": "ingested_at", "rejects": "seen_at", "duplicates": "seen_at"}


@dataclass(frozen=True)
class DatasetStatus:
    out: str
    rows: dict[str, int]
    first_published: datetime | None = None
    last_published: datetime | None = None
    runs: int = 0
    last_run_id: str | None = None
    last_run_at: datetime | None = None
    rejects_by_reason: dict[str, int] = field(default_factory=dict)
    # Articles extracted by other rules or another model than this newsfacts has: the next run
    # over their inputs extracts them again.
    older_articles: int = 0
    older_rows: int = 0  # of those articles in every per-article table (articles included)

    def lines(self) -> list[str]:
        published = (
            f"published {self.first_published:%Y-%m-%d} .. {self.last_published:%Y-%m-%d}"
            if self.first_published and self.last_published else "no publication dates"
        )
        last_run = (
            f"{self.last_run_id} at {self.last_run_at:%Y-%m-%d %H:%M:%S %Z}" if self.last_run_id else "none"
        )
        reasons = ", ".join(f"{reason} {n}" for reason, n in self.rejects_by_reason.items())
        return [
            f"dataset:   {self.out}",
            f"articles:  {self.rows.get('articles', 0)} ({published})",
            f"runs:      {self.runs}, last {last_run}",
            "rows:      " + ", ".join(f"{name} {n}" for name, n in self.rows.items()),
            f"rejects:   {self.rows.get('rejects', 0)}" + (f" ({reasons})" if reasons else ""),
            f"duplicates: {self.rows.get('duplicates', 0)}",
            f"pipeline:  {self.older_articles} articles ({self.older_rows} rows) from an older pipeline version"
            + (" (re-extracted by the next run over their inputs)" if self.older_articles else ""),
        ]


def dataset_status(out: Path) -> DatasetStatus:
    """Counts, publication range, runs and rejects of the dataset in `out`.

    Raises FileNotFoundError when `out` holds no catalog yet.
    """
    with connect_catalog(out) as con:
        views = {name for (name,) in con.execute("select view_name from duckdb_views() where not internal").fetchall()}

        def scalar(sql: str):
            return con.execute(sql).fetchone()[0]

        rows = {name: scalar(f"select count(*) from {name}") for name in _COUNTED_TABLES if name in views}
        first_published = last_published = None
        if "articles" in views:
            first_published, last_published = con.execute(
                "select min(published_at), max(published_at) from articles"
            ).fetchone()
        runs_sql = " union all ".join(
            f"select run_id, {stamp} as stamp from {name}" for name, stamp in _RUN_TABLES.items() if name in views
        )
        runs, last_run_id, last_run_at = 0, None, None
        if runs_sql:
            runs = scalar(f"select count(distinct run_id) from ({runs_sql})")
            last = con.execute(f"select run_id, max(stamp) from ({runs_sql}) group by run_id order by 2 desc limit 1").fetchone()
            if last:
                last_run_id, last_run_at = last
        older_articles = older_rows = 0
        if "articles" in views:
            versions = con.execute("select pipeline_version, count(*) from articles group by 1").fetchall()
            older = [version for version, _ in versions if version != _current_version(version)]
            older_articles = sum(n for version, n in versions if version in older)
            if older:
                ids = "select article_id from articles where pipeline_version in (select unnest($older))"
                older_rows = sum(con.execute(f"select count(*) from {name} where article_id in ({ids})",
                                             {"older": older}).fetchone()[0]
                                 for name in _ARTICLE_TABLES if name in views)
        rejects_by_reason = {}
        if "rejects" in views:
            rejects_by_reason = dict(
                con.execute("select reason, count(*) from rejects group by 1 order by 2 desc, 1").fetchall()
            )
    return DatasetStatus(
        out=str(out), rows=rows, first_published=first_published, last_published=last_published,
        runs=runs, last_run_id=last_run_id, last_run_at=last_run_at, rejects_by_reason=rejects_by_reason,
        older_articles=older_articles, older_rows=older_rows,
    )


def _current_version(recorded: str | None) -> str | None:
    """The pipeline version this newsfacts gives the model `recorded` names ("newsfacts X / MODEL / ...")."""
    parts = (recorded or "").split(" / ")
    return pipeline_version(parts[1]) if len(parts) >= 2 else None
