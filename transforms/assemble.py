"""From one parsed article to table rows: run every extractor on the same `Doc`, then map
local entities to the dataset's canonical entities.

`extract_article` is the per-document step (needs the `Doc`); `table_rows` is the
resolution step (needs the registry, not the `Doc`), so the two can run in different
processes.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from itertools import combinations

from spacy.tokens import Doc

from transforms.entities import ArticleEntities, extract_entities
from transforms.entities.bodies import with_state_countries
from transforms.events import Event, extract_events
from transforms.furniture import related_listings, story_end
from transforms.ingest import ArticleRecord
from transforms.quotes import Quote, quotes_and_speakers
from transforms.resolve import EntityRegistry


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article, before cross-article resolution."""

    article: ArticleRecord
    entities: ArticleEntities
    quotes: tuple[Quote, ...]
    events: tuple[Event, ...]


def extract_article(
    doc: Doc, article: ArticleRecord, *, reported_speech: bool = False, reference_day: date | None = None
) -> ArticleFacts:
    """Run every extractor over the article's one parse; `reported_speech` adds indirect quotes;
    relative dates of an undated article resolve against `reference_day` when given."""
    found = extract_entities(doc)
    published = article.published_at.date() if article.published_at else None
    # the quote step adds the speakers NER missed; events keep NER's entities (a prefix of those)
    quotes, with_speakers = quotes_and_speakers(doc, found, indirect=reported_speech)
    events = extract_events(doc, found, published=published, reference_day=reference_day)
    # the headlines of related stories after the story name the page's entities, not its quotes or events
    end = story_end(doc.text)
    listed = related_listings(doc.text)

    def in_story(start: int) -> bool:
        return start < end and not any(a <= start < b for a, b in listed)

    return ArticleFacts(
        article=article,
        entities=with_state_countries(doc, with_speakers),
        quotes=tuple(q for q in quotes if in_story(q.start_char)),
        events=tuple(e for e in events if in_story(e.start_char)),
    )


def stable_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def event_ids(article_id: str, events: tuple[Event, ...] | list[Event]) -> list[str]:
    """One id per event of an article, the same whenever the article is extracted again.

    An event is placed by its type and the sentence that states it first; a second event of
    that type in that sentence ("gunmen attacked a market, and a second group attacked a
    church") adds its trigger and its rank, so that no two events share an id.
    """
    seen: Counter[tuple[str, int]] = Counter()
    ids = []
    for e in events:
        place = (e.event_type, e.start_char)
        seen[place] += 1
        rank = seen[place]
        ids.append(stable_id(article_id, e.event_type, e.start_char) if rank == 1
                   else stable_id(article_id, e.event_type, e.start_char, e.trigger, rank))
    return ids


def _entity_ref(
    registry: EntityRegistry, ids: dict[int, str], cluster: int | None, text: str | None, label: str = "GPE"
) -> tuple[str | None, str | None]:
    """(name, entity_id) of an event or quote participant given by local cluster or by name."""
    if cluster is not None:
        entity_id = ids[cluster]
        return registry.name(entity_id), entity_id
    if text:
        entity_id = registry.lookup(text, label)
        return (registry.name(entity_id), entity_id) if entity_id else (text, None)
    return None, None


def sentence_pairs(mentions: list[dict]) -> dict[tuple[str, str], int]:
    """Pairs of distinct entities (smaller id first) named in the same sentence, with the number
    of sentences that name both; pairs only named apart are left out, which keeps the table
    about ten times smaller than all pairs of an article and the question sharper."""
    by_sentence: dict[int | None, set[str]] = {}
    for m in mentions:
        by_sentence.setdefault(m["sentence_index"], set()).add(m["entity_id"])
    pairs: Counter[tuple[str, str]] = Counter()
    for sentence, entity_ids in by_sentence.items():
        if sentence is not None:
            pairs.update(combinations(sorted(entity_ids), 2))
    return dict(sorted(pairs.items()))


def table_rows(
    facts: ArticleFacts, registry: EntityRegistry, *, run_id: str, pipeline_version: str, now: datetime,
    earlier: Mapping[tuple[int, int, str], str] | None = None,
) -> dict[str, list[dict]]:
    """Rows for articles, mentions, co-occurrences, quotes and events of one article; updates
    `registry`. `earlier`: the entity ids of the article's mentions (start, end, text) when it
    was extracted before, which it keeps."""
    article = facts.article
    ids = registry.resolve_article(article.article_id, article.published_at or now, facts.entities, earlier)
    rows: dict[str, list[dict]] = {
        "articles": [{
            "article_id": article.article_id, "source": article.source, "title": article.title,
            "published_at": article.published_at, "text": article.text, "url": article.url,
            "outlet": article.outlet, "author": article.author, "language": article.language,
            "n_words": article.n_words, "content_hash": article.content_hash, "ingested_at": now,
            "pipeline_version": pipeline_version, "run_id": run_id,
        }],
        "mentions": [
            {
                "article_id": article.article_id, "entity_id": ids[m.cluster], "text": m.text,
                "start_char": m.start_char, "end_char": m.end_char, "label": m.label,
                "sentence_index": m.sentence_index, "run_id": run_id,
            }
            for m in facts.entities.mentions
        ],
        "quotes": [],
        "events": [],
    }
    rows["cooccurrences"] = [
        {"article_id": article.article_id, "entity_id_a": a, "entity_id_b": b, "n_sentences": n, "run_id": run_id}
        for (a, b), n in sentence_pairs(rows["mentions"]).items()
    ]
    for q in facts.quotes:
        speaker, speaker_id = _entity_ref(registry, ids, q.speaker_cluster, None)
        rows["quotes"].append({
            "quote_id": stable_id(article.article_id, q.start_char, q.end_char, q.kind),
            "article_id": article.article_id, "text": q.text, "speaker": speaker,
            "speaker_entity_id": speaker_id, "speaker_text": q.speaker_text,
            "start_char": q.start_char, "end_char": q.end_char, "kind": q.kind, "cue": q.cue,
            "sentence": q.sentence, "run_id": run_id,
        })
    for e, event_id in zip(facts.events, event_ids(article.article_id, facts.events), strict=True):
        actor, actor_id = _entity_ref(registry, ids, e.actor_cluster, e.actor_text)
        target, target_id = _entity_ref(registry, ids, e.target_cluster, e.target_text)
        location, location_id = _entity_ref(registry, ids, e.location_cluster, e.location_text)
        place = registry.entities.get(location_id) if location_id else None
        rows["events"].append({
            "event_id": event_id,
            "article_id": article.article_id, "event_type": e.event_type, "mode": e.mode,
            "status": e.status, "trigger": e.trigger, "sentence": e.sentence,
            "start_char": e.start_char, "end_char": e.end_char,
            "actor": actor, "actor_entity_id": actor_id, "target": target, "target_entity_id": target_id,
            "location": location, "location_entity_id": location_id,
            "country_code": getattr(place, "country_code", None) or e.country_code,
            "latitude": getattr(place, "latitude", None) or e.latitude,
            "longitude": getattr(place, "longitude", None) or e.longitude,
            "event_date": e.event_date, "date_text": e.date_text, "date_precision": e.date_precision,
            "killed": e.killed, "injured": e.injured,
            "quantities": [{"count": n, "unit": unit} for n, unit in e.quantities],
            "event_cluster_id": None, "confidence": e.confidence, "run_id": run_id,
        })
    return rows
