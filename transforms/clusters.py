"""Cross-article event clusters: reports of one real event share an `event_cluster_id`.

`assign_event_clusters(rows, known)` reads event rows (as written to the events table) and the
clusters of earlier runs, and returns one cluster id per row plus the updated clusters. Two
reports are of the same event when they have the same type, no conflicting day, no conflicting
place, and share the place or the actors; a day-level date must agree within a day, because
overnight attacks are dated to either night by different papers. Two events of one article are
never joined: the article's extractor already merged what it could tell was one event.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from transforms.events import geocode

_DAY_TOLERANCE = 1


@dataclass
class EventCluster:
    """What is known of one real event from the reports joined so far."""

    cluster_id: str
    event_type: str
    dates: set[date] = field(default_factory=set)
    places: set[str] = field(default_factory=set)  # lower-cased names
    countries: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)  # entity ids or lower-cased names
    articles: set[str] = field(default_factory=set)

    def to_json(self) -> dict:
        return {
            "event_cluster_id": self.cluster_id, "event_type": self.event_type,
            "dates": sorted(d.isoformat() for d in self.dates), "places": sorted(self.places),
            "countries": sorted(self.countries), "actors": sorted(self.actors), "articles": sorted(self.articles),
        }

    @classmethod
    def from_json(cls, data: dict) -> EventCluster:
        return cls(
            data["event_cluster_id"], data["event_type"], {date.fromisoformat(d) for d in data["dates"]},
            set(data["places"]), set(data["countries"]), set(data["actors"]), set(data["articles"]),
        )


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
    shared_actors = bool(_actors(row) & cluster.actors)
    dated = day is not None and bool(cluster.dates)
    if dated:
        return place in {"same", "within"} or shared_actors
    # Without a date to agree on, ask for the same town or city (a country is too wide) and parties.
    name = (row.get("location") or "").lower()
    return place == "same" and shared_actors and not geocode(name)[3]


def _add(cluster: EventCluster, row: dict) -> None:
    if (day := _day(row)) is not None:
        cluster.dates.add(day)
    if row.get("location"):
        cluster.places.add(row["location"].lower())
        code = row.get("country_code") or geocode(row["location"])[0]
        if code:
            cluster.countries.add(code)
    cluster.actors |= _actors(row)
    cluster.articles.add(row["article_id"])


def assign_event_clusters(
    rows: list[dict], known: list[EventCluster] | None = None
) -> tuple[list[str], list[EventCluster]]:
    """One cluster id per event row (in order) and all clusters, the known ones first.

    Rows are taken in order of date, so that an event's cluster is named after its earliest
    report whatever order the articles came in.
    """
    clusters = list(known or [])
    ids: list[str] = [""] * len(rows)
    order = sorted(range(len(rows)), key=lambda i: (_day(rows[i]) or date.max, rows[i]["event_id"]))
    for i in order:
        row = rows[i]
        cluster = next((c for c in clusters if same_event(c, row)), None)
        if cluster is None:
            cluster = EventCluster(cluster_id_for(row["event_id"]), row["event_type"])
            clusters.append(cluster)
        _add(cluster, row)
        ids[i] = cluster.cluster_id
    return ids, clusters
