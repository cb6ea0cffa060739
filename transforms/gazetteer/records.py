"""The record the gazetteer returns: a `Place`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer. Countries and regions carry no point: they have no one centre."""

    place_id: str
    name: str
    kind: str  # country, state (of the US), region (any other first-level subdivision) or city
    country_code: str
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    subdivision_type: str | None = None  # ISO 3166-2 type of a region, lower case: "province", "state"
