"""Co-occurrence rows are built from an article's mentions alone; event ids are unique and repeatable."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.assemble import ArticleFacts, event_ids, sentence_pairs, stable_id, table_rows
from transforms.entities import ArticleEntities
from transforms.events import Event
from transforms.ingest import ArticleRecord
from transforms.resolve import EntityRegistry


def _mentions(*named: tuple[int | None, str]) -> list[dict]:
    return [{"sentence_index": sentence, "entity_id": entity_id} for sentence, entity_id in named]


@pytest.mark.parametrize("mentions, expected", [
    # Named together in two sentences; the smaller id comes first whatever the order in the text.
    (_mentions((0, "b"), (0, "a"), (1, "a"), (1, "b")), {("a", "b"): 2}),
    # Named in different sentences only: not a pair.
    (_mentions((0, "a"), (1, "b")), {}),
    # Named twice in one sentence counts once; three entities in one sentence make three pairs.
    (_mentions((0, "a"), (0, "a"), (0, "b"), (0, "c")), {("a", "b"): 1, ("a", "c"): 1, ("b", "c"): 1}),
    # A mention without a sentence is not put together with anything.
    (_mentions((None, "a"), (None, "b")), {}),
])
def test_sentence_pairs(mentions, expected):
    assert sentence_pairs(mentions) == expected


def _event(event_type: str, start_char: int, trigger: str) -> Event:
    return Event(event_type=event_type, sentence="s", start_char=start_char, end_char=start_char + 60,
                 trigger=trigger)


@pytest.mark.parametrize("events", [
    # Two attacks stated in one sentence: two events, two ids.
    [_event("ASSAULT", 0, "attacked"), _event("ASSAULT", 0, "stormed")],
    # The same trigger word twice in one sentence.
    [_event("ASSAULT", 0, "attacked"), _event("ASSAULT", 0, "attacked"), _event("ASSAULT", 0, "attacked")],
    # Events of other types or other sentences never met the problem, and keep their ids.
    [_event("ASSAULT", 0, "attacked"), _event("CONSULT", 0, "met"), _event("ASSAULT", 80, "attacked")],
])
def test_event_ids_are_unique_within_an_article_and_repeatable(events):
    ids = event_ids("a1", events)
    assert len(set(ids)) == len(events)
    assert event_ids("a1", events) == ids
    assert ids[0] == stable_id("a1", events[0].event_type, events[0].start_char)


def test_table_rows_give_two_events_of_one_sentence_two_ids():
    article = ArticleRecord("a1", "in/a1.txt", "Gunmen attacked a market and stormed a church.", "h1")
    facts = ArticleFacts(article, ArticleEntities((), ()), (),
                         (_event("ASSAULT", 0, "attacked"), _event("ASSAULT", 0, "stormed")))
    rows = table_rows(facts, EntityRegistry(), run_id="r", pipeline_version="p", now=datetime(2026, 1, 1, tzinfo=UTC))
    assert len({row["event_id"] for row in rows["events"]}) == 2


def test_related_headlines_name_entities_but_hold_no_quotes_or_events(nlp):
    from transforms.assemble import extract_article
    from transforms.ingest import article_from_text

    raw = ("Storm closes the port of Beira\n\n"
           "BEIRA, Mozambique - Heavy rain closed the port of Beira on Tuesday, the harbour authority said.\n\n"
           "Read also: Rebels attack Kalemie, kill five, as \"We will not leave,\" mayor says\n\n"
           "Ships waited offshore for a second day, and fishermen in Nova Sofala kept their boats on the beach.\n")
    article = article_from_text(raw, source="beira.txt")
    facts = extract_article(nlp(article.text), article, reported_speech=True)
    names = {e.name for e in facts.entities.entities}
    assert "Kalemie" in names, names
    end = article.text.index("Related coverage:")
    assert facts.quotes and all(q.start_char < end for q in facts.quotes)
    assert all(e.start_char < end for e in facts.events), facts.events


def test_headlines_listed_under_a_label_of_their_own_hold_no_events(nlp):
    from transforms.assemble import extract_article
    from transforms.ingest import article_from_text

    raw = ("Storm closes the port of Beira\n\n"
           "BEIRA, Mozambique - Heavy rain closed the port of Beira on Tuesday, the harbour authority said.\n\n"
           "Ships waited offshore for a second day, and fishermen in Nova Sofala kept their boats on the beach.\n\n"
           "Read more\nRebels attack Kalemie, kill five\nFerry strike ends in Quelimane\n\n"
           "The Beira Coast Times covers central Mozambique.\n")
    article = article_from_text(raw, source="beira.txt")
    facts = extract_article(nlp(article.text), article)
    assert "Kalemie" in {e.name for e in facts.entities.entities}
    assert not any("Kalemie" in e.sentence for e in facts.events), facts.events
