"""The report's charts as Vega-Lite specs (built with altair); every mark links to its evidence."""

from __future__ import annotations

from collections import Counter, defaultdict

import altair as alt

from flows.report.anchors import anchor
from flows.report.basemap import world_countries

WIDTH = 760
# Widest band of a day: a handful of dated days should not draw as wall-wide bars.
DAY_STEP = 40


def _days_width(rows: list[dict]) -> int:
    return min(WIDTH, DAY_STEP * max(1, len({r["day"] for r in rows})))


def events_per_day(events: list[dict]) -> dict:
    """Stacked bars: events per day and type; a bar opens the list of its events."""
    counts = Counter((str(e["day"]), e["event_type"]) for e in events if e["day"] is not None)
    rows = [{"day": day, "event_type": kind, "events": n, "href": "#" + anchor("day", f"{day}-{kind}")}
            for (day, kind), n in sorted(counts.items())]
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        # Ordinal, not temporal: a bar keeps its width however far apart the dated days are.
        x=alt.X("day:O", title="day", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
        y=alt.Y("sum(events):Q", title="events"),
        color=alt.Color("event_type:N", title="type"),
        href="href:N",
        tooltip=["day:O", "event_type:N", "events:Q"],
    ).properties(width=_days_width(rows), height=260, title="Events per day by type").to_dict()


def casualties_per_day(events: list[dict]) -> dict:
    """Killed and injured stated per day; a point opens the day's events."""
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for e in events:
        if e["day"] is None:
            continue
        for measure in ("killed", "injured"):
            if e[measure]:
                totals[(str(e["day"]), measure)] += e[measure]
    rows = [{"day": day, "measure": measure, "people": n, "href": "#" + anchor("day", day)}
            for (day, measure), n in sorted(totals.items())]
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=alt.X("day:O", title="day", axis=alt.Axis(labelAngle=-45, labelOverlap=True)),
        y=alt.Y("people:Q", title="people"),
        xOffset="measure:N",
        color=alt.Color("measure:N", title="", scale=alt.Scale(domain=["killed", "injured"])),
        href="href:N",
        tooltip=["day:O", "measure:N", "people:Q"],
    ).properties(width=_days_width(rows), height=200, title="Killed and injured per day, as stated").to_dict()


def places(events: list[dict]) -> list[dict]:
    """One row per located place: its events, killed and injured."""
    found: dict[str, dict] = {}
    for e in events:
        if e["latitude"] is None or e["longitude"] is None:
            continue
        place = found.setdefault(e["place"], {
            "place": e["location"] or e["place"], "key": e["place"], "latitude": e["latitude"],
            "longitude": e["longitude"], "events": 0, "killed": 0, "injured": 0,
            "href": "#" + anchor("place", e["place"])})
        place["events"] += 1
        place["killed"] += e["killed"] or 0
        place["injured"] += e["injured"] or 0
    return sorted(found.values(), key=lambda p: (-p["events"], p["place"]))


def event_map(located: list[dict]) -> dict:
    """Circles sized by events on an offline world map; a circle opens the place's events."""
    # Named, and added after to_dict: altair would walk (and validate) every coordinate, ~5 s.
    base = alt.Chart(alt.Data(name="countries")).mark_geoshape(
        fill="#e8e8e8", stroke="#ffffff", strokeWidth=0.5)
    points = alt.Chart(alt.Data(values=located)).mark_circle(color="#c0392b", opacity=0.7).encode(
        longitude="longitude:Q", latitude="latitude:Q",
        size=alt.Size("events:Q", title="events", scale=alt.Scale(range=[20, 600])),
        href="href:N",
        tooltip=["place:N", "events:Q", "killed:Q", "injured:Q"],
    )
    spec = alt.layer(base, points).project("equalEarth").properties(
        width=WIDTH, height=400, title="Where the events happened").to_dict()
    spec.setdefault("datasets", {})["countries"] = world_countries()
    return spec


def top_speakers(speakers: list[dict]) -> dict:
    """Bars of the most quoted speakers; a bar opens the speaker's latest quotes."""
    rows = [{"speaker": s["speaker"], "quotes": s["n_quotes"], "href": "#" + anchor("speaker", s["entity_id"])}
            for s in speakers]
    return alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        x=alt.X("quotes:Q", title="quotes"),
        y=alt.Y("speaker:N", sort="-x", title=None),
        href="href:N",
        tooltip=["speaker:N", "quotes:Q"],
    ).properties(width=WIDTH - 200, height=alt.Step(18), title="Most quoted speakers").to_dict()
