"""Natural places: seas, straits, rivers, plains and regions of the world, which no state governs as
such (LOC, left out of the tables' people, bodies and states); and islands, which are governed (GPE).

The model types them by their letters ("the Weddell Sea" a body, "the Mozambique Channel" a state,
"the Litani" a town); their head word or the words around them say what they are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import ORG_WORDS, Candidate, is_nationality, name_tokens
from transforms.gazetteer import is_world_region, lookup_place
from transforms.lexicon.entities import NATURAL_PLACE_HEADS

# A lower-case noun of land or water after a name: "the Ruzizi plain", "the Syr Darya basin".
_LANDFORM_AFTER = re.compile(r"\s+(?:plains?|basin|river|riverbanks?|delta|crater|mountains|hills|highlands)\b")
# "south of the Litani": a direction from a name with "the", which a town's name seldom takes.
_DIRECTION_OF_THE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+the\s+$")


def _named_as_a_natural_place(text: str, cand: Candidate, words: list[str]) -> bool:
    """A river's or a plain's name the gazetteer does not know, by the words around it."""
    if len(words) > 2 or any(w.lower() in ORG_WORDS for w in words) or lookup_place(cand.text) is not None:
        return False
    return _LANDFORM_AFTER.match(text, cand.end) is not None \
        or (len(words) == 1 and _DIRECTION_OF_THE.search(text, max(0, cand.start - 30), cand.start) is not None)


def _a_natural_place(words: list[str]) -> bool:
    """A sea's, a strait's, a desert's name ("Weddell Sea"), or a channel's named for the land beside it
    ("the Mozambique Channel"; "the Discovery Channel" is a broadcaster). "The Channel" alone is the one
    between England and France."""
    if any(w.lower() in ORG_WORDS for w in words):
        return False
    if words == ["Channel"]:
        return True
    if len(words) < 2:
        return False
    if words[-1].lower() in NATURAL_PLACE_HEADS:
        return True
    land = " ".join(words[:-1])
    return words[-1] == "Channel" and (lookup_place(land) is not None or is_nationality(land))


def natural_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with natural places typed LOC, islands GPE, and a "natural place" a body's word closes ORG."""
    out = []
    for cand in cands:
        words = name_tokens(cand.text)
        # (a body named for where it acts is no place: "Al Qaeda in the Arabian Peninsula")
        if cand.label in {"ORG", "PERSON", "GPE"} and cand.place is None and words and "in" not in words and (
                _a_natural_place(words) or _named_as_a_natural_place(text, cand, words)):
            cand = replace(cand, label="LOC")
        elif cand.label in {"GPE", "ORG"} and is_world_region(cand.text):
            cand = replace(cand, label="LOC", place=None)
        elif cand.label == "LOC" and cand.text.split()[-1] in {"Island", "Islands", "Isles"}:
            cand = replace(cand, label="GPE")  # "the Canary Islands", "the Senkaku Islands"
        elif (cand.label == "LOC" and len(words) >= 2 or cand.label == "GPE" and cand.place is None and len(words) >= 3) \
                and words[-1].lower() in ORG_WORDS:
            # "the South Sudan People's Defence Forces", "the Republic of Fiji Military Forces": a body
            cand = replace(cand, label="ORG", place=None)
        out.append(cand)
    return out
