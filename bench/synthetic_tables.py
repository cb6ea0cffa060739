"""A synthetic dataset of N articles' worth of rows, written through `schemas/`, for the
DuckDB benchmark: it measures queries, not extraction, so rows are generated directly.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

from schemas.tables import TABLES

# The catalog's ready-made views, as an analyst would query them.
QUERIES = {
    "quotes by speaker": "select * from quotes_by_speaker order by n_quotes desc limit 50",
    "events per day": "select * from events_daily order by day, event_type",
    "entity co-occurrence": "select * from entity_cooccurrence order by n_articles desc limit 50",
}


def _table(name: str, columns: dict[str, object], n: int) -> pa.Table:
    schema = TABLES[name]
    arrays = [
        pa.array(columns[f.name], type=f.type) if f.name in columns else pa.nulls(n, type=f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_synthetic_dataset(out: Path, n_articles: int, *, seed: int = 3) -> Path:
    """Publish articles, entities, mentions, co-occurrences, quotes and events for `n_articles`
    as one dataset version under `out`, through the same staging and commit as a run."""
    import duckdb

    from flows import storage

    rng = np.random.default_rng(seed)
    n_entities = max(100, n_articles // 2)
    entity_ids = np.array([f"E{i:012d}" for i in range(n_entities)])
    # Zipf-like popularity: a few entities are in many articles, as in news.
    popularity = 1 / np.arange(1, n_entities + 1) ** 0.9
    popularity /= popularity.sum()
    article_ids = np.array([f"A{i:015d}" for i in range(n_articles)])
    day0 = date(2026, 1, 1)
    published = [datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=int(h))
                 for h in rng.integers(0, 24 * 365, n_articles)]
    tables = {
        "articles": _table("articles", {
            "article_id": article_ids, "source": [f"in/{a}.txt" for a in article_ids],
            "text": ["..."] * n_articles, "content_hash": article_ids, "published_at": published,
        }, n_articles),
        "entities": _table("entities", {
            "entity_id": entity_ids, "name": [f"Entity {i}" for i in range(n_entities)],
            "type": rng.choice(["PERSON", "ORG", "GPE"], n_entities),
        }, n_entities),
    }
    n_mentions = n_articles * 30
    starts = rng.integers(0, 5000, n_mentions)
    tables["mentions"] = _table("mentions", {
        "article_id": np.repeat(article_ids, 30), "entity_id": rng.choice(entity_ids, n_mentions, p=popularity),
        "text": ["Name"] * n_mentions, "start_char": starts, "end_char": starts + 4,
        "sentence_index": rng.integers(0, 40, n_mentions),
    }, n_mentions)
    n_quotes = n_articles * 5
    speakers = rng.choice(n_entities, n_quotes, p=popularity)
    starts = rng.integers(0, 5000, n_quotes)
    tables["quotes"] = _table("quotes", {
        "quote_id": [f"Q{i}" for i in range(n_quotes)], "article_id": np.repeat(article_ids, 5),
        "text": ["We will rebuild."] * n_quotes, "speaker": [f"Entity {i}" for i in speakers],
        "speaker_entity_id": entity_ids[speakers], "start_char": starts, "end_char": starts + 16,
    }, n_quotes)
    n_events = n_articles * 3
    tables["events"] = _table("events", {
        "event_id": [f"V{i}" for i in range(n_events)], "article_id": np.repeat(article_ids, 3),
        "event_type": rng.choice(["ASSAULT", "CONSULT", "ACCUSE", "AGREE"], n_events),
        "sentence": ["A strike hit the city."] * n_events,
        "event_date": [day0 + timedelta(days=int(d)) for d in rng.integers(0, 365, n_events)],
        "killed": rng.integers(0, 20, n_events),
    }, n_events)
    # Pairs named in the same sentence, as transforms.assemble.sentence_pairs makes them per article.
    con = duckdb.connect()
    con.register("mentions", tables["mentions"])
    tables["cooccurrences"] = con.sql("""
        WITH m AS (SELECT DISTINCT article_id, sentence_index, entity_id FROM mentions)
        SELECT x.article_id, x.entity_id AS entity_id_a, y.entity_id AS entity_id_b, count(*) AS n_sentences
        FROM m x JOIN m y ON x.article_id = y.article_id AND x.sentence_index = y.sentence_index
                         AND x.entity_id < y.entity_id
        GROUP BY ALL""").arrow().read_all()
    tables["cooccurrences"] = storage.conform(tables["cooccurrences"], "cooccurrences")
    out.mkdir(parents=True, exist_ok=True)
    with storage.dataset_lock(out, wait=True, owner="synthetic"):
        base = storage.recover(out)  # clears stale staging folders: stage after it
        staging = storage.Staging(out, "synthetic")
        for name, table in tables.items():
            staging.write_arrow(name, table, "00000")
        storage.commit(staging, base)
    return out
