"""What the report shows, read with DuckDB from the dataset's catalog views: plain rows only."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from schemas.layout import CATALOG_NAME, DIR_VARIABLE

TOP_SPEAKERS = 15
QUOTES_PER_SPEAKER = 20
TOP_CLUSTERS = 10
TOP_PAIRS = 20
ARTICLES_PER_PAIR = 20
# Rejects and duplicates listed one by one; a bigger count is still given in full.
LISTED_PER_REASON = 100
# Articles listed in the evidence besides those a figure cites.
LISTED_ARTICLES = 5000


@dataclass
class ReportData:
    """Every row the report renders; anchors in the HTML are built from these ids."""

    events: list[dict]
    speakers: list[dict]
    quotes: dict[str, list[dict]]
    clusters: list[dict]
    cluster_events: dict[str, list[dict]]
    pairs: list[dict]
    pair_articles: dict[int, list[str]]
    runs: list[dict]
    rejects: dict[str, list[dict]]
    reject_counts: dict[str, int]
    duplicates: list[dict]
    n_duplicates: int
    articles: dict[str, dict] = field(default_factory=dict)


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> list[dict]:
    relation = con.execute(sql, params or [])
    names = [d[0] for d in relation.description]
    return [dict(zip(names, row, strict=True)) for row in relation.fetchall()]


def read_report_data(out: Path) -> ReportData:
    """Read the report's rows from the catalog of the dataset in `out`."""
    path = out / CATALOG_NAME
    if not path.exists():
        raise FileNotFoundError(f"no catalog at {path}: run `newsfacts run INPUT --out {out}` first")
    with duckdb.connect(str(path), read_only=True) as con:
        # The catalog's views read the folder this variable names (docs/STORAGE.md, "A portable
        # dataset"); flows.storage.connect_catalog sets it too, but importing flows.storage loads spaCy.
        con.execute(f"SET VARIABLE {DIR_VARIABLE} = ?", [str(out.resolve())])
        events = _rows(con, """
            SELECT e.event_id, e.article_id, e.event_type, e.sentence, e.trigger, e.location,
                   coalesce(e.location_entity_id, e.location) AS place, e.country_code, e.latitude, e.longitude,
                   coalesce(e.event_date, CAST(a.published_at AS DATE)) AS day, e.killed, e.injured,
                   e.event_cluster_id
            FROM events e LEFT JOIN articles a USING (article_id)
            ORDER BY day NULLS LAST, e.event_type, e.article_id, e.start_char""")
        speakers = _rows(con, f"""
            SELECT entity_id, speaker, n_quotes, n_articles, last_quoted FROM quotes_by_speaker
            ORDER BY n_quotes DESC, speaker LIMIT {TOP_SPEAKERS}""")
        quotes = _rows(con, f"""
            SELECT * FROM (
                SELECT q.quote_id, q.article_id, q.speaker_entity_id, q.text, q.kind, q.sentence,
                       a.published_at,
                       row_number() OVER (PARTITION BY q.speaker_entity_id
                                          ORDER BY a.published_at DESC NULLS LAST, q.article_id, q.start_char
                                          ) AS n
                FROM quotes q LEFT JOIN articles a USING (article_id)
                WHERE q.speaker_entity_id IN (SELECT unnest(?::VARCHAR[])))
            WHERE n <= {QUOTES_PER_SPEAKER} ORDER BY n""", [[s["entity_id"] for s in speakers]])
        clusters = _rows(con, f"""
            SELECT event_cluster_id, event_type, n_reports, n_articles, best_date, max_killed, max_injured,
                   location
            FROM event_clusters ORDER BY n_articles DESC, n_reports DESC, event_cluster_id LIMIT {TOP_CLUSTERS}""")
        pairs = _rows(con, f"""
            SELECT entity_id_a, name_a, entity_id_b, name_b, n_articles, n_sentences FROM entity_cooccurrence
            ORDER BY n_articles DESC, n_sentences DESC, name_a, name_b LIMIT {TOP_PAIRS}""")
        pair_articles: dict[int, list[str]] = {number: [] for number in range(len(pairs))}
        for row in _rows(con, f"""
                SELECT p.number, c.article_id FROM cooccurrences c
                JOIN (SELECT unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS b,
                             unnest(range(?)) AS number) p
                  ON c.entity_id_a = p.a AND c.entity_id_b = p.b
                QUALIFY row_number() OVER (PARTITION BY p.number ORDER BY c.n_sentences DESC, c.article_id)
                        <= {ARTICLES_PER_PAIR}
                ORDER BY p.number, c.n_sentences DESC, c.article_id""",
                [[p["entity_id_a"] for p in pairs], [p["entity_id_b"] for p in pairs], len(pairs)]):
            pair_articles[row["number"]].append(row["article_id"])
        runs = _rows(con, """
            WITH ids AS (SELECT run_id FROM articles UNION SELECT run_id FROM duplicates
                         UNION SELECT run_id FROM rejects)
            SELECT ids.run_id,
                   (SELECT count(*) FROM articles a WHERE a.run_id = ids.run_id) AS ingested,
                   (SELECT count(*) FROM duplicates d WHERE d.run_id = ids.run_id) AS duplicates,
                   (SELECT count(*) FROM rejects r WHERE r.run_id = ids.run_id) AS rejected
            FROM ids WHERE ids.run_id IS NOT NULL ORDER BY ids.run_id""")
        rejects = _rows(con, """
            SELECT reason, source, record, detail, run_id FROM rejects ORDER BY reason, source, record""")
        duplicates = _rows(con, f"""
            SELECT source, record, duplicate_of, kind, similarity, run_id FROM duplicates
            ORDER BY source, record LIMIT {LISTED_PER_REASON}""")
        n_duplicates = con.execute("SELECT count(*) FROM duplicates").fetchone()[0]
        cluster_ids = [c["event_cluster_id"] for c in clusters]
        article_ids = {e["article_id"] for e in events} | {q["article_id"] for q in quotes}
        article_ids |= {a for ids in pair_articles.values() for a in ids} | {d["duplicate_of"] for d in duplicates}
        articles = {a["article_id"]: a for a in _rows(con, """
            SELECT article_id, title, outlet, source, url, published_at FROM articles
            WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
               OR article_id IN (SELECT article_id FROM articles ORDER BY published_at DESC NULLS LAST, article_id
                                 LIMIT ?)
            ORDER BY published_at DESC NULLS LAST, article_id""", [sorted(article_ids), LISTED_ARTICLES])}
    by_reason: dict[str, list[dict]] = {}
    reject_counts: dict[str, int] = {}
    for row in rejects:
        reject_counts[row["reason"]] = reject_counts.get(row["reason"], 0) + 1
        if reject_counts[row["reason"]] <= LISTED_PER_REASON:
            by_reason.setdefault(row["reason"], []).append(row)
    quotes_by_speaker: dict[str, list[dict]] = {}
    for row in quotes:
        quotes_by_speaker.setdefault(row["speaker_entity_id"], []).append(row)
    events_by_cluster: dict[str, list[dict]] = {c: [] for c in cluster_ids}
    for event in events:
        if event["event_cluster_id"] in events_by_cluster:
            events_by_cluster[event["event_cluster_id"]].append(event)
    for speaker in speakers:
        speaker["quotes"] = quotes_by_speaker.get(speaker["entity_id"], [])
    return ReportData(events=events, speakers=speakers, quotes=quotes_by_speaker, clusters=clusters,
                      cluster_events=events_by_cluster, pairs=pairs, pair_articles=pair_articles, runs=runs,
                      rejects=by_reason, reject_counts=reject_counts, duplicates=duplicates,
                      n_duplicates=n_duplicates, articles=articles)
