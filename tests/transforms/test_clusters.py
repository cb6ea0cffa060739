from datetime import date

import pytest

from transforms.clusters import EventCluster, assign_event_clusters


def _row(event_id, article_id, *, event_type="ASSAULT", day=None, location=None, actor=None, target=None,
         precision="day"):
    return {
        "event_id": event_id, "article_id": article_id, "event_type": event_type,
        "event_date": day, "date_precision": precision if day else "unknown",
        "location": location, "country_code": None, "actor": actor, "actor_entity_id": None,
        "target": target, "target_entity_id": None,
    }


D = date(2026, 2, 3)


@pytest.mark.parametrize(
    "a, b, same",
    [
        # same attack, reported by two papers
        (dict(day=D, location="Kharkiv", actor="Russia"), dict(day=D, location="Kharkiv", actor="Russia"), True),
        # overnight attack dated to either night
        (dict(day=D, location="Kyiv"), dict(day=date(2026, 2, 2), location="Kyiv"), True),
        # city inside the country another report names
        (dict(day=D, location="Kharkiv"), dict(day=D, location="Ukraine"), True),
        # same day, different cities
        (dict(day=D, location="Kharkiv"), dict(day=D, location="Odesa"), False),
        # same place, a week apart
        (dict(day=D, location="Kharkiv"), dict(day=date(2026, 2, 10), location="Kharkiv"), False),
        # different types
        (dict(day=D, location="Kharkiv"), dict(day=D, location="Kharkiv", event_type="CONSULT"), False),
        # undated: only the same city and the same parties join
        (dict(location="Kharkiv", actor="Russia"), dict(location="Kharkiv", actor="Russia"), True),
        (dict(location="Ukraine", actor="Russia"), dict(location="Ukraine", actor="Russia"), False),
        # dated, no place: the parties must agree
        (dict(day=D, actor="Russia", event_type="CONSULT"), dict(day=D, actor="Russia", event_type="CONSULT"), True),
        (dict(day=D, event_type="CONSULT"), dict(day=D, event_type="CONSULT"), False),
    ],
)
def test_same_event_across_articles(a, b, same):
    ids, _ = assign_event_clusters([_row("e1", "a1", **a), _row("e2", "a2", **b)])
    assert (ids[0] == ids[1]) == same


def test_events_of_one_article_are_never_joined():
    ids, _ = assign_event_clusters([_row("e1", "a1", day=D, location="Kyiv"), _row("e2", "a1", day=D, location="Kyiv")])
    assert ids[0] != ids[1]


def test_ids_are_stable_and_survive_runs():
    first_ids, clusters = assign_event_clusters([_row("e1", "a1", day=D, location="Kyiv")])
    saved = [EventCluster.from_json(c.to_json()) for c in clusters]
    later_ids, _ = assign_event_clusters([_row("e9", "a9", day=D, location="Kyiv")], saved)
    again_ids, _ = assign_event_clusters([_row("e1", "a1", day=D, location="Kyiv")])
    assert later_ids == first_ids == again_ids
