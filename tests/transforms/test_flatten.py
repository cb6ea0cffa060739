"""The flat companions of nested columns: one row per element, the parent's ids, nothing invented."""

import pyarrow as pa
import pytest

from schemas.tables import COMPANIONS, TABLES, to_arrow
from transforms.flatten import companions


def _event(event_id: str, quantities: list | None) -> dict:
    return {"event_id": event_id, "article_id": "a1", "event_type": "ASSAULT", "sentence": "s",
            "quantities": quantities}


@pytest.mark.parametrize("rows, expected", [
    ([_event("e1", [{"count": 450, "unit": "drones"}, {"count": 71, "unit": "missiles"}])],
     [("e1", "a1", 450, "drones"), ("e1", "a1", 71, "missiles")]),
    # A null list, an empty list and a null element give no row; a null count keeps its unit.
    ([_event("e1", None), _event("e2", []), _event("e3", [None, {"count": None, "unit": "shells"}])],
     [("e3", "a1", None, "shells")]),
    ([], []),
])
def test_event_quantities(rows, expected):
    flat = companions("events", to_arrow("events", rows))["event_quantities"]
    assert flat.schema == TABLES["event_quantities"]
    assert [tuple(r.values()) for r in flat.to_pylist()] == expected


@pytest.mark.parametrize("aliases, expected", [
    (["Mr. Peskov", "Peskov"], [("p1", "Mr. Peskov"), ("p1", "Peskov")]),
    ([None, "Peskov"], [("p1", "Peskov")]),
    (None, []),
])
def test_entity_aliases(aliases, expected):
    entities = to_arrow("entities", [{"entity_id": "p1", "name": "Dmitry Peskov", "type": "PERSON",
                                      "aliases": aliases}])
    flat = companions("entities", entities)["entity_aliases"]
    assert flat.schema == TABLES["entity_aliases"]
    assert [tuple(r.values()) for r in flat.to_pylist()] == expected


def test_every_nested_column_has_a_flat_companion():
    nested = {(table, f.name) for table, schema in TABLES.items() for f in schema
              if pa.types.is_nested(f.type)}
    assert nested == {(c.parent, c.column) for c in COMPANIONS.values()}
    for name, companion in COMPANIONS.items():
        assert not any(pa.types.is_nested(f.type) for f in TABLES[name])
        assert set(companion.keys) <= set(TABLES[companion.parent].names) & set(TABLES[name].names)


def test_times_are_utc_and_dates_are_dates():
    for schema in TABLES.values():
        for f in schema:
            if pa.types.is_timestamp(f.type):
                assert f.type.tz == "UTC", f.name
            if f.name.endswith("_date"):
                assert pa.types.is_date32(f.type), f.name
