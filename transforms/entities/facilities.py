"""Names of buildings and structures: typed as organisations, people or places by the model, they are
facilities (FAC), which a meeting is held in and a strike hits, but which neither speak nor govern."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import ORG_WORDS, Candidate, name_tokens
from transforms.entities.names import is_given_name
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import (
    BUILDING_ONLY_HEADS,
    FACILITY_HEADS,
    HOSPITAL_WORDS,
    INSTITUTION_HEADS,
    ROUTE_NOUNS,
    SEAT_HOUSE_WORDS,
    SURNAMES_OF_BUILDINGS,
    VENUE_HEADS,
    VENUE_KINDS,
)

_NAMED_BUILDINGS = frozenset({"hospital", "mosque", "church", "clinic", "cathedral", "synagogue", "temple"})
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_RESIDENCE_WORDS = frozenset({"house", "lodge", "residence", "mansion", "palace"})
_POSSESSIVE_BEFORE = re.compile(r"['’]s?[ \t]+$")
_ENDS_OF_A_ROUTE = re.compile(r"^[A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?[-–][A-Z][\w'’]+(?:[ \t][A-Z][\w'’]+)?$")


def facilities(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names of buildings and structures typed as organisations, people or unknown places are
    facilities (FAC): "Westfield Tower", "Kursk Nuclear Power Plant"; so is a person's name before the
    word for one ("Ben Gurion airport", "Mandela bridge"): a place named after them."""
    out = []
    for cand in cands:
        words = name_tokens(cand.text)
        lowered = [w.lower() for w in words]
        # (a surname may be a building's word: "Barbara Castle")
        surname = cand.label == "PERSON" and len(words) >= 2 and lowered[-1] in SURNAMES_OF_BUILDINGS and is_given_name(words[0]) \
            and lookup_place(words[0]) is None
        structure = cand.label in {"ORG", "PERSON", "GPE"} and cand.place is None and len(words) >= 2 and not surname and (
            (lowered[-1] in FACILITY_HEADS and (lowered[-1] in BUILDING_ONLY_HEADS or not any(w in ORG_WORDS for w in lowered)))
            or (lowered[-1] in VENUE_HEADS and lowered[-2] in VENUE_KINDS)
            or (len(words) == 2 and lowered[1] == "house" and lowered[0] in SEAT_HOUSE_WORDS)
            or (len(words) >= 3 and words[-1].isdigit() and lowered[-2] in FACILITY_HEADS | {"route", "nationale"}))
        m = _LOWER_WORD_AFTER.match(text, cand.end)
        head = m.group(1) if m is not None else ""
        # "Nasser hospital", "Omari mosque": a building named after someone, whatever the model typed the name.
        named_after = (cand.label == "PERSON" and head in FACILITY_HEADS | _NAMED_BUILDINGS) or (
            cand.label in {"PERSON", "ORG"} and cand.place is None and len(words) == 1 and head in _NAMED_BUILDINGS)
        hospital = cand.label in {"ORG", "PERSON", "GPE"} and len(words) >= 2 \
            and any(w.lower() in HOSPITAL_WORDS for w in words)
        # "the Chief Minister's House", "the Governor's Lodge": an office holder's residence.
        residence = len(words) == 1 and lowered[0] in _RESIDENCE_WORDS and _POSSESSIVE_BEFORE.search(
            text, max(0, cand.start - 3), cand.start) is not None
        # "the Khonsa-Longding road", "the Ibar-Lepenac canal": a way between two ends, named by them
        route = cand.label in {"PERSON", "ORG", "GPE"} and len(words) <= 3 and _ENDS_OF_A_ROUTE.match(cand.text) \
            and head in ROUTE_NOUNS
        if structure or named_after or hospital or residence or route:
            cand = replace(cand, label="FAC")
        elif cand.label == "FAC" and len(words) >= 2 and words[-1].lower() not in FACILITY_HEADS \
                and any(w.lower().strip(".") in ORG_WORDS | INSTITUTION_HEADS for w in words):
            cand = replace(cand, label="ORG")  # "analysts at Stanbic Bank Zambia": a body, not its building
        out.append(cand)
    return out
