"""State published with the tables: the entity registry (with the user's alias table) and
the cross-article event clusters."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import ijson
import pyarrow.parquet as pq

from flows.storage.versions import STATE_DIR, DatasetDamaged, Staging, atomic_write_text
from transforms.clusters import EventCluster
from transforms.resolve import REGISTRY_FORMAT, AliasEntry, EntityRegistry

REGISTRY_NAME = f"{STATE_DIR}/registry.json"
EVENT_CLUSTERS_NAME = f"{STATE_DIR}/event_clusters.json"

def load_registry(out: Path, alias_table: Path | None = None) -> EntityRegistry:
    """The dataset's entity registry, with the user's alias table (if any) linked in."""
    path = out / REGISTRY_NAME
    try:
        registry = EntityRegistry.from_json(json.loads(path.read_text())) if path.exists() else EntityRegistry()
    except (ValueError, KeyError, TypeError) as exc:
        raise DatasetDamaged(f"{path} is damaged ({exc!r}); run `newsfacts repair --out {out}`") from None
    if alias_table is not None:
        registry.add_alias_table(read_alias_table(alias_table))
    return registry


def read_alias_table(path: Path) -> list[AliasEntry]:
    """Rows of a CSV or Parquet alias table: name, aliases (a list, or "|"-separated in CSV), type, qid."""
    if path.suffix.lower() == ".parquet":
        rows = pq.read_table(path).to_pylist()
    else:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    entries = []
    for row in rows:
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|")]
        if row.get("name"):
            entries.append(AliasEntry(
                name=row["name"].strip(), aliases=tuple(a for a in aliases if a),
                type=(row.get("type") or "PERSON").strip().upper(), qid=(row.get("qid") or None),
            ))
    return entries


def save_state(out: Path, name: str, content: str) -> None:
    """Replace one state file outside a commit (under the lock), for state that describes the
    current version as it is, e.g. the inputs a no-op run found unchanged."""
    (out / STATE_DIR).mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / STATE_DIR / name, content)


def stage_registry(staging: Staging, registry: EntityRegistry) -> None:
    """Stage the registry so that it is published in the same version as the tables it produced."""
    staging.write_state(Path(REGISTRY_NAME).name, _registry_text(registry))


def _registry_text(registry: EntityRegistry) -> Iterator[str]:
    """The text of `json.dumps(registry.to_json())`, one entity or key at a time: built whole,
    the text of a 20,000-article registry (8.8 MB) peaked at 18 MB of heap."""
    yield '{"format": ' + json.dumps(REGISTRY_FORMAT) + ', "entities": '
    yield from _json_array_text(registry.entities_json())
    yield ', "keys": '
    yield from _json_array_text(registry.keys_json())
    yield "}"


# ---------------------------------------------------------------------------------------------
# Event clusters: cross-article identity of events, published with the tables like the registry

def load_event_clusters(out: Path) -> list[EventCluster]:
    """The clusters of earlier runs, in the order they were made; none for a new dataset."""
    path = out / EVENT_CLUSTERS_NAME
    if not path.exists():
        return []
    # One cluster at a time (ijson): neither the whole text nor a list of every cluster as dicts.
    try:
        with path.open("rb") as file:
            events = ijson.parse(file)
            if next(events, None) != ("", "start_array", None):
                raise ValueError("it should hold a JSON array of event clusters")
            return [EventCluster.from_json(item) for item in ijson.items(events, "item")]
    except (ValueError, KeyError, TypeError, ijson.JSONError) as exc:
        raise DatasetDamaged(f"{path} is damaged ({exc}); run `newsfacts repair --out {out}`") from None


def stage_event_clusters(staging: Staging, clusters: list[EventCluster]) -> None:
    # One cluster at a time: the whole text would cost ~180 bytes per cluster, and a dataset
    # has ~5 clusters per article.
    staging.write_state(Path(EVENT_CLUSTERS_NAME).name, _json_array_text(c.to_json() for c in clusters))


def _json_array_text(items: Iterable[object]) -> Iterator[str]:
    """The text of `json.dumps(list(items))`, in pieces."""
    separator = "["
    for item in items:
        yield separator + json.dumps(item)
        separator = ", "
    yield "[]" if separator == "[" else "]"
