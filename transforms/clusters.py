"""Cross-article event clusters: reports of one real event share an `event_cluster_id`.

`assign_event_clusters(rows, known)` reads event rows (as written to the events table) and the
clusters of earlier runs, and returns one cluster id per row plus the updated clusters;
`assign_event_clusters_table` does the same over an Arrow table of the `CLUSTER_COLUMNS`. Two
reports are of the same event when they have the same type, no conflicting day, no conflicting
place, and share the place or the actors; a day-level date must agree within a day, because
overnight attacks are dated to either night by different papers. Two events of one article are
never joined: the article's extractor already merged what it could tell was one event.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import pyarrow as pa

from transforms.events import geocode

_DAY_TOLERANCE = 1

# The columns of an event row that clustering reads; a caller need not load the others.
CLUSTER_COLUMNS = ["event_id", "article_id", "event_type", "event_date", "date_precision", "location",
                   "country_code", "actor", "actor_entity_id", "target", "target_entity_id"]


# A cluster's values of one kind: a tuple while few, then a frozenset, so that a cluster of
# thousands of reports (the daily shelling of one city chains day after day) answers `in`
# without a scan.
Values = tuple | frozenset
_TUPLE_MAX = 8


# eq=False: tuples keep the order of the reports, so compare clusters by `to_json()`.
@dataclass(frozen=True, slots=True, eq=False)
class EventCluster:
    """What is known of one real event from the reports joined so far.

    A dataset keeps every cluster it ever made (97,893 after 20,000 articles, most of one
    report), so values are held compactly: in tuples while few (a set costs 216 bytes however
    little it holds, a one-value tuple 48 and an empty one nothing), strings interned and equal
    dates one object. A report makes a new cluster (`_with_report`) rather than change this one.
    """

    cluster_id: str
    event_type: str
    dates: Values = ()
    places: Values = ()  # lower-cased names
    countries: Values = ()
    actors: Values = ()  # entity ids or lower-cased names
    articles: Values = ()

    def to_json(self) -> dict:
        return {
            "event_cluster_id": self.cluster_id, "event_type": self.event_type,
            "dates": sorted(d.isoformat() for d in self.dates), "places": sorted(self.places),
            "countries": sorted(self.countries), "actors": sorted(self.actors), "articles": sorted(self.articles),
        }

    @classmethod
    def from_json(cls, data: dict) -> EventCluster:
        return cls(
            data["event_cluster_id"], sys.intern(data["event_type"]),
            _values(_shared_day(date.fromisoformat(d)) for d in data["dates"]), _values(map(sys.intern, data["places"])),
            _values(map(sys.intern, data["countries"])), _values(map(sys.intern, data["actors"])),
            _values(map(sys.intern, data["articles"]), shared=False),
        )


def _values(items: Iterable, *, shared: bool = True) -> Values:
    """`items` as a cluster holds them; a single value `shared` is the one tuple of that value."""
    values = tuple(items)
    if len(values) == 1 and shared:
        return _one(values[0])
    return values if len(values) <= _TUPLE_MAX else frozenset(values)


def _with(values: Values, value: object, *, shared: bool = True) -> Values:
    """`values` and `value`; `values` itself when it holds `value` already."""
    if value in values:
        return values
    if isinstance(values, frozenset):
        return values | {value}
    return _values((*values, value), shared=shared)


@cache
def _one(value: object) -> tuple:
    """The tuple of one day, place, country or actor, shared by every cluster that holds just it:
    most clusters have one report, and their places and parties recur (at 20,000 articles, 97,893
    clusters held ~240,000 such tuples, 11 MB). Not for articles, which do not recur across
    runs: their tuples would stay in this cache for the life of the process."""
    return (value,)


@cache
def _shared_day(day: date) -> date:
    """`sys.intern` for dates: every cluster of a day holds the first object seen for it."""
    return day


def cluster_id_for(event_id: str) -> str:
    """Stable id of a cluster: named after the first event that opened it."""
    return "C" + hashlib.sha1(event_id.encode()).hexdigest()[:15]


def _day(row: dict) -> date | None:
    return row.get("event_date") if row.get("date_precision", "day") == "day" else None


def _actors(row: dict) -> set[str]:
    out = set()
    for role in ("actor", "target"):
        key = row.get(f"{role}_entity_id") or (row.get(role) or "").lower()
        if key:
            out.add(key)
    return out


def _place_relation(cluster: EventCluster, row: dict) -> str:
    """'same', 'within' (one is the other's country), 'conflict' or 'unknown'."""
    name = (row.get("location") or "").lower()
    if not name or not cluster.places:
        return "unknown"
    if name in cluster.places:
        return "same"
    code = row.get("country_code") or geocode(name)[0]
    if code is None or not cluster.countries:
        return "unknown"
    if code not in cluster.countries:
        return "conflict"
    row_is_country = geocode(name)[3]
    cluster_is_country = any(geocode(p)[3] for p in cluster.places)
    return "within" if row_is_country or cluster_is_country else "conflict"


def same_event(cluster: EventCluster, row: dict) -> bool:
    """Whether an event row reports the cluster's event."""
    if row["event_type"] != cluster.event_type or row["article_id"] in cluster.articles:
        return False
    day = _day(row)
    if day is not None and cluster.dates and min(abs((day - d).days) for d in cluster.dates) > _DAY_TOLERANCE:
        return False
    place = _place_relation(cluster, row)
    if place == "conflict":
        return False
    shared_actors = not _actors(row).isdisjoint(cluster.actors)
    dated = day is not None and bool(cluster.dates)
    if dated:
        return place in {"same", "within"} or shared_actors
    # Without a date to agree on, ask for the same town or city (a country is too wide) and parties.
    name = (row.get("location") or "").lower()
    return place == "same" and shared_actors and not geocode(name)[3]


def _with_report(cluster: EventCluster, row: dict) -> EventCluster:
    """The cluster with one more report: its day, place and country, actors and article added."""
    dates, places, countries, actors = cluster.dates, cluster.places, cluster.countries, cluster.actors
    if (day := _day(row)) is not None:
        dates = _with(dates, _shared_day(day))
    if row.get("location"):
        places = _with(places, sys.intern(row["location"].lower()))
        if code := row.get("country_code") or geocode(row["location"])[0]:
            countries = _with(countries, sys.intern(code))
    for actor in _actors(row):
        actors = _with(actors, sys.intern(actor))
    articles = _with(cluster.articles, sys.intern(row["article_id"]), shared=False)
    return EventCluster(cluster.cluster_id, cluster.event_type, dates, places, countries, actors, articles)


_NO_POSITIONS: frozenset[int] = frozenset()


def _findable_by(cluster: EventCluster) -> tuple[tuple[str, Values], ...]:
    """The kinds of value by which `_CandidateIndex.candidates` can find a cluster: a dated one by
    all; an undated one, once it has both, by place and actor (a country only narrows the
    clusters of a day). Undated clusters can be most of a dataset's (all 97,893 of the
    20,000-article benchmark), and an index entry that no report can reach still costs ~60 bytes."""
    if cluster.dates:
        return (("day", cluster.dates), ("place", cluster.places), ("country", cluster.countries),
                ("actor", cluster.actors))
    if cluster.places and cluster.actors:
        return (("place", cluster.places), ("actor", cluster.actors))
    return ()


class _CandidateIndex:
    """Clusters by type and day, place, country and actor: the only ones `same_event` can accept.

    A dated report joins a cluster dated within the tolerance that shares its place, its
    country or an actor, or an undated cluster at the same place; an undated report only a
    cluster at the same place. Looking clusters up here rather than scanning them all keeps a
    run linear in its events, however many clusters earlier runs left.
    """

    def __init__(self) -> None:
        self._keys: defaultdict[tuple[str, str, object], set[int]] = defaultdict(set)

    def add(self, position: int, cluster: EventCluster, before: EventCluster | None = None) -> None:
        """Index the cluster at `position`; if it was `before` until a report joined it, only the
        kinds of value the report added to (`_with` keeps the object of the others)."""
        indexed = dict(_findable_by(before)) if before else {}
        for field_name, values in _findable_by(cluster):
            if values is not indexed.get(field_name):
                for value in values:
                    self._keys[cluster.event_type, field_name, value].add(position)

    def _get(self, kind: str, field_name: str, value: object) -> set[int]:
        return self._keys.get((kind, field_name, value), _NO_POSITIONS)

    def candidates(self, row: dict) -> list[int]:
        """Positions of the clusters that may hold `row`, in cluster order (a superset)."""
        kind = row["event_type"]
        name = (row.get("location") or "").lower()
        # Each intersection walks its smaller side; a union of the big sets (a country's, an
        # actor's) first would copy thousands of positions per report.
        with_actor = [self._get(kind, "actor", actor) for actor in _actors(row)]
        at_place = self._get(kind, "place", name) if name else _NO_POSITIONS
        # An undated report or cluster needs the same town (not a country) and a shared actor.
        town = bool(name) and not geocode(name)[3]
        undated_match = set().union(*(at_place & actor for actor in with_actor)) if town else set()
        if (day := _day(row)) is None:
            return sorted(undated_match)
        near = [self._get(kind, "day", day + timedelta(days=offset))
                for offset in range(-_DAY_TOLERANCE, _DAY_TOLERANCE + 1)]
        related = [at_place, *with_actor]
        if code := row.get("country_code") or (geocode(name)[0] if name else None):
            related.append(self._get(kind, "country", code))
        return sorted(undated_match.union(*(on_day & other for on_day in near for other in related)))


def assign_event_clusters(
    rows: list[dict], known: list[EventCluster] | None = None
) -> tuple[list[str], list[EventCluster]]:
    """One cluster id per event row (in order) and all clusters, the known ones first.

    Rows are taken in order of date, so that an event's cluster is named after its earliest
    report whatever order the articles came in. A row joins the first cluster that accepts it.
    """
    order = sorted(range(len(rows)), key=lambda i: (_day(rows[i]) or date.max, rows[i]["event_id"]))
    return _assign(((i, rows[i]) for i in order), len(rows), known)


def assign_event_clusters_table(
    events: pa.Table, known: list[EventCluster] | None = None, chunk_rows: int = 4096
) -> tuple[list[str], list[EventCluster]]:
    """`assign_event_clusters` over an Arrow table of event rows (at least the columns it
    reads), holding a few thousand rows as dicts at a time rather than all of them."""
    import pyarrow.compute as pc

    day = pc.if_else(pc.equal(pc.fill_null(events["date_precision"], "day"), "day"), events["event_date"],
                     pa.scalar(None, events.schema.field("event_date").type))
    order = pc.sort_indices(pa.table({"day": day, "event_id": events["event_id"]}),
                            sort_keys=[("day", "ascending", "at_end"), ("event_id", "ascending", "at_end")])

    def ordered_rows():
        for start in range(0, len(order), chunk_rows):
            positions = order[start : start + chunk_rows]
            yield from zip(positions.to_pylist(), events.take(positions).to_pylist(), strict=True)

    return _assign(ordered_rows(), events.num_rows, known)


def _assign(ordered_rows, n_rows: int, known: list[EventCluster] | None) -> tuple[list[str], list[EventCluster]]:
    clusters = list(known or [])
    index = _CandidateIndex()
    for position, cluster in enumerate(clusters):
        index.add(position, cluster)
    ids: list[str] = [""] * n_rows
    for i, row in ordered_rows:
        position = next((p for p in index.candidates(row) if same_event(clusters[p], row)), None)
        if position is None:
            position = len(clusters)
            clusters.append(EventCluster(cluster_id_for(row["event_id"]), sys.intern(row["event_type"])))
        before = clusters[position]
        cluster = clusters[position] = _with_report(before, row)
        index.add(position, cluster, before)
        ids[i] = cluster.cluster_id
    return ids, clusters
