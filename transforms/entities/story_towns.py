"""Small towns of the story and the people named like them: the model reads a small town's name as a
person's or a body's ("Obama", a town in Japan, in a story of Washington), and a person's surname as a
town. Where the name stands (a place's slot or a person's) and which countries the article speaks of
decide (see `towns_of_the_story`); `extract.candidates` runs it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.entities.candidates import PLACE_NOUN_AFTER, SETTLEMENT_NOUNS, Candidate, with_title
from transforms.entities.names import person_parts
from transforms.gazetteer import (
    FAR_TOWN_POPULATION,
    Place,
    countries_with_town,
    country_for_adjective,
    lookup_place,
)
from transforms.lexicon.entities import INSIDE_PREPOSITIONS, LEADER_NOUNS, STANCE_NOUNS


def small_town(place: Place | None) -> bool:
    return place is not None and place.kind == "city" and place.population < FAR_TOWN_POPULATION


def towns_of_the_story(doc: Doc, text: str, found: list[Candidate], read_otherwise: dict[int, Candidate]) -> list[Candidate]:
    """A small town's name that the model read as a person's or a body's is that person or body where
    the article names a person of that surname in full, or names no place or people of the town's
    country and a mention stands where a person does (a subject, an object, an owner); in both cases
    only where no mention stands where a place does (the model's own reading as a place, "in
    X", "the village of X", "X district", an address "Livorno, Tuscany"). "Obama" (a town in Japan) in
    a story of Washington is the president; "Sloviansk" beside "Donetsk Oblast" is the town.

    The model also reads such a surname as a place itself ("Obama's cabinet" a GPE, "from Rubio" a
    facility): the surname of a person the article names in full, where no mention stands where a place
    does and the gazetteer knows that name only as small towns of countries the article does not name, is
    that person too."""
    # The countries of the places and peoples the article names, with the names that name them.
    countries: dict[str, set[str]] = {}
    for i, cand in enumerate(found):
        if i in read_otherwise:
            continue
        place = None
        if cand.label in {"GPE", "LOC"}:
            place = cand.place or lookup_place(cand.text, allow_codes=True)
        elif cand.label == "NORP" and (country := country_for_adjective(cand.text)) is not None:
            place = lookup_place(country)
        if place is not None:
            countries.setdefault(place.country_code, set()).add(cand.text)
    by_name: dict[str, list[int]] = {}
    for i, cand in enumerate(found):
        by_name.setdefault(cand.text, []).append(i)
    # Surnames of the people the article names in full ("President Barack Obama" ... "Obama said").
    surnames = {person_parts(c.text)[1] for c in found if c.label == "PERSON" and person_parts(c.text)[0]}
    out = list(found)
    for name, idx in by_name.items():
        if any(_where_a_place_stands(text, found, i) for i in idx):
            continue
        named_elsewhere = {code for code, names in countries.items() if names - {name}}
        read = [i for i in idx if i in read_otherwise]
        placed = [i for i in idx if i not in read_otherwise and found[i].label in {"GPE", "LOC", "FAC"}]
        if read and not placed:
            abroad = _towns_abroad(name, found[read[0]].place, named_elsewhere)
            if name in surnames or (abroad and any(_where_a_person_stands(doc, found[i]) for i in read)):
                for i in read:
                    out[i] = read_otherwise[i]
        elif placed and name in surnames and len(name.split()) == 1 and _only_towns_abroad(name, named_elsewhere):
            for i in placed + read:
                cand = found[i]
                out[i] = with_title(text, Candidate(cand.start, cand.end, cand.text, "PERSON"))
    return out


def _only_towns_abroad(name: str, countries: set[str]) -> bool:
    """Whether the gazetteer knows `name` only as small towns, none of them in `countries` (a name it does
    not know may be a village of the story: the model's reading stands)."""
    place = lookup_place(name)
    return place is not None and small_town(place) and _towns_abroad(name, place, countries)


def _towns_abroad(name: str, place: Place, countries: set[str]) -> bool:
    """Whether no town of `name` (the gazetteer's `place` and every other it holds) is in `countries`."""
    return not (countries_with_town(name) | {place.country_code}) & countries


# Roles of a person in a clause, and the words before a name that put it where a place stands.
_PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent", "appos", "conj"})
# An address closes on its last place: "Livorno, Tuscany, to pay"; "In Ohio, Obama said" is none.
_ADDRESS_END = re.compile(r"\s*(?:[,.;:)\n]|$)")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_PLACE_BEFORE = re.compile(rf"(?:\b(?:{'|'.join(sorted(INSIDE_PREPOSITIONS))})|{SETTLEMENT_NOUNS}\s+of)\s+$", re.IGNORECASE)
# ... unless a noun of stance takes the "in": "confidence in X" puts no one in a place.
_STANCE_IN = re.compile(rf"\b(?:{'|'.join(sorted(STANCE_NOUNS))})\s+in\s+$", re.IGNORECASE)


def _where_a_place_stands(text: str, found: list[Candidate], i: int) -> bool:
    cand, before = found[i], found[i - 1] if i else None
    after = found[i + 1] if i + 1 < len(found) else None
    # "faith in X's word": what follows a possessive is in the place, not the name
    window = max(0, cand.start - 30)
    inside = _PLACE_BEFORE.search(text, window, cand.start) is not None \
        and not _POSSESSIVE_AFTER.match(text, cand.end) and _STANCE_IN.search(text, window, cand.start) is None
    return inside \
        or PLACE_NOUN_AFTER.match(text, cand.end) is not None \
        or (before is not None and before.label in {"GPE", "LOC"} and text[before.end : cand.start].strip() == ","
            and _ADDRESS_END.match(text, cand.end) is not None) \
        or (before is not None and _a_place(before) and text[before.end : cand.start].strip() in _OR_AND) \
        or (after is not None and _a_place(after) and text[cand.end : after.start].strip() in _OR_AND) \
        or ((m := _JOINED_WORDS.match(text, cand.end)) is not None and lookup_place(m.group(1)) is not None)


def _a_place(cand: Candidate) -> bool:
    """Whether the model or the gazetteer makes `cand` a place (a town the model read as a person too)."""
    return cand.label in {"GPE", "LOC"} or cand.place is not None or lookup_place(cand.text) is not None


# "Kadugli and Dilling", the second name untagged: the words joined after a name, up to a lower-case word.
_JOINED_WORDS = re.compile(r"\s+(?:and|or)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=[\s,.;:]|$)")


# "fled Kadugli and Tabanya": a name joined to a place is one too.
_OR_AND = frozenset({"and", "or"})


def _where_a_person_stands(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    # "the Bush administration": a leader's noun after a name is a person's
    return span is not None and (span.root.dep_ in _PERSON_ROLES or (
        span.root.dep_ == "compound" and span.root.head.lemma_.lower() in LEADER_NOUNS))
