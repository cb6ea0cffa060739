"""Regions by the words news writes after their names: "Zaporizhzhia Oblast" (the region, its word kept),
"the Belgorod region" (the name, one entity with its centre city), "Djerem department", and each name of
"the Belgorod and Kursk regions"."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import Candidate, in_place_of_overlaps, is_nationality, named_as_a_town
from transforms.gazetteer import PLACE_UNIT_WORDS, REGION_WORDS, lookup_place

# A capitalised region word after a name is part of it ("Zaporizhzhia Oblast", "Primorsky Krai");
# in lower case it describes the name ("the Donetsk region"), which stays the name.
_REGION_WORD_AFTER = re.compile(r"^\s+([A-Z][a-z']+)\b")
# "the Belgorod and Kursk regions", "the Donetsk, Luhansk and Kherson oblasts": names of one kind.
_PLACE_WORD = r"[A-Z](?:[\w-]|['’](?!s\b))+"  # not a possessive: "Belarus's Gomel" is Gomel
_PLACE_NAME = rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})?"
_PLACE_LIST = re.compile(
    r"(?:(?<=\b[Tt]he\s)|(?<=['’]s\s)|(?<=\bin\s)|(?<=\bof\s)|(?<=\bover\s)|(?<=\bfrom\s)|(?<=\binto\s)|"
    r"(?<=\bacross\s)|(?<=\bnear\s)|(?<=\bon\s)|(?<=\bto\s)|(?<=\bbetween\s)|(?<=^))"
    rf"(?P<names>{_PLACE_NAME}(?:,\s+{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME})\s+"
    r"(?P<noun>regions|oblasts|provinces|districts|governorates|counties|prefectures|states|cities|towns|villages)\b",
    re.M)
# A unit's word in lower case after a name: "Djerem department", "Nduga regency". ("territory" follows a
# nationality as often as a name: "Congolese territory".)
_LOWER_UNIT_WORDS = sorted(PLACE_UNIT_WORDS - {"territory"}, key=len, reverse=True)
_LOWER_REGION_WORD_AFTER = re.compile(rf"^\s+({'|'.join(map(re.escape, _LOWER_UNIT_WORDS))})\b(?![-‑])")
# The unit words a people's name comes before only as a region's ("the Kurdish region"), never as a
# church's or a land's ("a Catholic parish").
_NEWS_REGION_WORDS = frozenset({"region", "oblast", "province", "district", "governorate", "state", "krai"})
# What may follow a unit's word where the name before it is a person's ("Djerem department, on Friday"), not
# a title of office ("the Los Angeles county district attorney").
_UNIT_WORD_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:of|in|on|and|near|where|which)\b)")


def extend_regions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name followed by a region word is a place: "Zaporizhzhia Oblast" keeps its word (the
    region), "the Belgorod region" stays "Belgorod", one entity with the city of that name; so is each
    name of a list before a plural one ("the Belgorod and Kursk regions"), tagged or not."""
    cands = _coordinated_places(text, cands)
    out = []
    for cand in cands:
        if m := _REGION_WORD_AFTER.match(text[cand.end :]):
            word = m.group(1)
            if word.lower() in REGION_WORDS and (place := lookup_place(f"{cand.text} {word}")) is not None:
                end = cand.end + m.end()
                cand = Candidate(cand.start, end, text[cand.start : end], "GPE", place)
        elif m := _LOWER_REGION_WORD_AFTER.match(text[cand.end :]):
            # News names the region by its centre city and one entity stands for both.
            place = cand.place or lookup_place(cand.text) or lookup_place(f"{cand.text} {m.group(1)}")
            unit_ends = _UNIT_WORD_ENDS.match(text, cand.end + m.end()) is not None and m.group(1) != "state"
            if (cand.label != "PERSON" or place is not None or unit_ends) and not (cand.label == "NORP" and (
                    is_nationality(cand.text) or m.group(1) not in _NEWS_REGION_WORDS)):
                # "Russian state media": a nationality before "state" is no region's name.
                cand = replace(cand, label="GPE", place=place)
        out.append(cand)
    return out


# Region words after which a city's name names its region: "the Kursk region", "Idlib province".
_CITY_REGION_WORDS = frozenset({"region", "oblast", "province", "governorate", "krai"})


def regions_apart_from_cities(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"the Kursk region" where the article also calls the name a city's ("the city of Kursk") or names the
    region with its own word ("Kursk Oblast"): two places,
    the region with its word ("Kursk region") and the gazetteer's region; elsewhere the name stands for
    both ("in Donetsk" is as often the region) and stays one entity."""
    towns: dict[str, bool] = {}  # name -> whether the article calls it a town's, asked once per name
    # regions the article names with their own word elsewhere ("Odesa Oblast" beside "the Odesa region")
    regions = {c.place.place_id for c in cands if c.label == "GPE" and c.place is not None and c.place.kind == "region"}
    out = []
    for cand in cands:
        m = _LOWER_REGION_WORD_AFTER.match(text[cand.end :]) if cand.label == "GPE" else None
        if m is not None and m.group(1) in _CITY_REGION_WORDS:
            if cand.text not in towns:
                towns[cand.text] = named_as_a_town(text, cand.text)
            region = lookup_place(f"{cand.text} {m.group(1)}")
            if not towns[cand.text] and (region is None or region.place_id not in regions):
                region = None
            if region is not None and region.kind == "region" and (cand.place is None or cand.place.place_id != region.place_id):
                end = cand.end + m.end()
                cand = Candidate(cand.start, end, text[cand.start : end], "GPE", region)
        out.append(cand)
    return out


def _coordinated_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The names of "the X, Y and Z regions" as places: the model tags the list as one thing or misses
    the names after the first."""
    found = []
    for start, end, noun in listed_places(text):
        name = text[start:end]
        # "the Kursk and Bryansk regions" are the regions, not their capitals
        found.append(Candidate(start, end, name, "GPE", lookup_place(f"{name} {noun[:-1]}") or lookup_place(name)))
    return in_place_of_overlaps(cands, found)


def listed_places(text: str) -> list[tuple[int, int, str]]:
    """Start, end and plural noun of each name of "the X, Y and Z regions"."""
    return [(m.start("names") + name.start(), m.start("names") + name.end(), m.group("noun"))
            for m in _PLACE_LIST.finditer(text) for name in re.finditer(_PLACE_NAME, m.group("names"))]


