import random
from datetime import date, timedelta

import pyarrow as pa
import pytest

from transforms.clusters import (
    EventCluster,
    _with_report,
    assign_event_clusters,
    assign_event_clusters_table,
    cluster_id_for,
    same_event,
)


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


def test_a_cluster_of_many_reports_joins_reports_and_turns_away_its_own_articles():
    # A daily shelling of one city chains into one cluster of more reports than a tuple holds,
    # before and after a save; a report of an article already in it is never joined.
    rows = [_row(f"e{n:02d}", f"a{n:02d}", day=D + timedelta(days=n), location="Kharkiv", actor="Russia")
            for n in range(20)]
    ids, clusters = assign_event_clusters(rows)
    assert len(set(ids)) == 1
    saved = [EventCluster.from_json(c.to_json()) for c in clusters]
    later = [_row("e98", "a05", day=D + timedelta(days=20), location="Kharkiv", actor="Russia"),
             _row("e99", "a99", day=D + timedelta(days=20), location="Kharkiv", actor="Russia")]
    later_ids, clusters = assign_event_clusters(later, saved)
    assert later_ids[0] != ids[0] and later_ids[1] == ids[0]
    assert clusters[0].to_json()["articles"] == sorted([*(row["article_id"] for row in rows), "a99"])


def _brute_force_clusters(rows, clusters):
    """The definition the index must reproduce: every row tries every cluster in order."""
    ids = [""] * len(rows)
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["event_date"] or date.max, rows[i]["event_id"]))
    for i in order:
        position = next((p for p, cluster in enumerate(clusters) if same_event(cluster, rows[i])), None)
        if position is None:
            position = len(clusters)
            clusters.append(EventCluster(cluster_id_for(rows[i]["event_id"]), rows[i]["event_type"]))
        clusters[position] = _with_report(clusters[position], rows[i])
        ids[i] = clusters[position].cluster_id
    return ids


def test_indexed_clustering_equals_trying_every_cluster():
    # Many reports over few days, places, countries and parties, dated and undated, so that
    # every branch of same_event is taken; the candidate index must not lose a single join.
    rng = random.Random(7)
    places = ["Kharkiv", "Kyiv", "Odesa", "Ukraine", "Gaza", "Israel", "Khartoum", "Norvale Heights", None]
    parties = ["Russia", "Ukraine", "Israel", "Hamas", "Sudan", None]

    def reports(first: int, days: list[date | None]) -> list[dict]:
        return [
            _row(f"e{n}", f"a{n // 3}", event_type=rng.choice(["ASSAULT", "CONSULT"]), day=rng.choice(days),
                 location=rng.choice(places), actor=rng.choice(parties), target=rng.choice(parties))
            for n in range(first, first + 300)
        ]

    # Two runs, the second a week later: its dated reports meet the first's undated clusters.
    first = reports(0, [None, None, *(date(2026, 2, d) for d in range(1, 4))])
    second = reports(300, [None, *(date(2026, 2, d) for d in range(10, 29))])
    known = []
    expected = _brute_force_clusters(first, known) + _brute_force_clusters(second, known)
    ids_first, clusters = assign_event_clusters(first)
    # The second run starts from the clusters as saved, as a real run does.
    ids_second, clusters = assign_event_clusters(second, [EventCluster.from_json(c.to_json()) for c in clusters])
    assert ids_first + ids_second == expected
    assert [c.to_json() for c in clusters] == [c.to_json() for c in known]
    assert 1 < len(clusters) < len(first) + len(second)  # the sample does join reports, and not all of them


def test_clustering_an_arrow_table_equals_clustering_rows():
    # Dated, undated and month-precision reports, with ties on the day, in shuffled order.
    rng = random.Random(11)
    rows = [
        _row(f"e{n:03d}", f"a{n // 2}", event_type=rng.choice(["ASSAULT", "CONSULT"]),
             day=rng.choice([None, date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 9)]),
             location=rng.choice(["Kharkiv", "Odesa", "Ukraine", None]), actor=rng.choice(["Russia", "Ukraine", None]),
             precision=rng.choice(["day", "day", "month"]))
        for n in range(300)
    ]
    rng.shuffle(rows)
    expected_ids, expected = assign_event_clusters(rows)
    ids, clusters = assign_event_clusters_table(pa.Table.from_pylist(rows), chunk_rows=7)
    assert ids == expected_ids
    assert [c.to_json() for c in clusters] == [c.to_json() for c in expected]
    assert len(clusters) < len(rows)
