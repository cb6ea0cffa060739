"""Put the charts, the tables and their evidence into one HTML file with Vega's scripts inlined."""

from __future__ import annotations

import json
import os
from contextlib import suppress
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import jinja2
import vl_convert
from altair.utils._importers import vl_version_for_vl_convert

from flows.report import charts
from flows.report.anchors import anchor
from flows.report.data import ReportData, read_report_data

REPORT_NAME = "report.html"
_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("flows.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def _script_json(value: object) -> str:
    # Inside <script>, "</" would end the element early whatever the JSON says.
    return json.dumps(value, default=str).replace("</", "<\\/")


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfacts"


@cache
def vega_embed_script() -> str:
    """vega, vega-lite and vega-embed as one script, from the vl-convert package (no network).

    vl-convert bundles it on each call (~6 s), so the bundle is kept in the user's cache, one
    file per vl-convert and Vega-Lite version.
    """
    vl_version = vl_version_for_vl_convert()
    path = _cache_dir() / f"vega-embed-vlc{vl_convert.__version__}-vl{vl_version}.js"
    with suppress(OSError):
        return path.read_text(encoding="utf-8")
    script = vl_convert.javascript_bundle(vl_version=vl_version).replace("</script", "<\\/script")
    with suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(script, encoding="utf-8")
        tmp.replace(path)
    return script


def render_report(data: ReportData, *, title: str) -> str:
    """The report as one HTML document."""
    located = charts.places(data.events)
    specs = {
        "chart-events": charts.events_per_day(data.events),
        "chart-casualties": charts.casualties_per_day(data.events),
        "chart-map": charts.event_map(located),
        "chart-speakers": charts.top_speakers(data.speakers),
    }
    days: dict[str, dict[str, list[dict]]] = {}
    for event in data.events:
        day = str(event["day"]) if event["day"] is not None else "undated"
        days.setdefault(day, {}).setdefault(event["event_type"], []).append(event)
    by_place: dict[str, list[dict]] = {}
    for event in data.events:
        if event["latitude"] is not None and event["longitude"] is not None:
            by_place.setdefault(event["place"], []).append(event)
    template = _TEMPLATES.get_template("report.html.j2")
    return template.render(
        title=title,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        data=data,
        days=days,
        located=located,
        by_place=by_place,
        specs={name: _script_json(spec) for name, spec in specs.items()},
        vega_script=vega_embed_script(),
        anchor=anchor,
        n_killed=sum(e["killed"] or 0 for e in data.events),
        n_injured=sum(e["injured"] or 0 for e in data.events),
    )


def write_report(out: Path, report_dir: Path) -> Path:
    """Write `report_dir/report.html` for the dataset in `out`; returns its path."""
    data = read_report_data(out)
    report_dir.mkdir(parents=True, exist_ok=True)
    path = report_dir / REPORT_NAME
    tmp = path.with_name(f".{REPORT_NAME}.tmp")
    tmp.write_text(render_report(data, title=f"newsfacts: {out.resolve().name}"), encoding="utf-8")
    tmp.replace(path)
    return path
