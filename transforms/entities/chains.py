"""Names of bodies that run on through "of" and "for": "General Staff of the Armed Forces of Moldova",
"Court of Appeals for the Fourth Circuit", "The Global New Light of Myanmar". The model cuts them
at the link."""

from __future__ import annotations

import re

from nameparser.config import CONSTANTS as PARSER_CONSTANTS

from transforms.entities.candidates import Candidate, after_the
from transforms.lexicon.entities import STATE_BODIES

# What stands between two halves of one body's name the model cut apart: "General Staff | of the | Armed
# Forces of Moldova", "Court of Appeals | for the | Fourth Circuit".
_NAME_LINK = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")


def join_of_chains(text: str, found: list[Candidate]) -> list[Candidate]:
    """Two organisations' names joined by "of (the)" or "for (the)" as the one name they are, and a
    country closing the name of "the X of <country>" ("the Global New Light of Myanmar")."""
    out: list[Candidate] = []
    for cand in found:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and not _a_role(prev.text) and (
                (cand.label == "ORG" and _NAME_LINK.fullmatch(text, prev.end, cand.start))
                or (_of_a_country(text, cand) and after_the(text, prev) and _OF.fullmatch(text, prev.end, cand.start))):
            out[-1] = Candidate(prev.start, cand.end, text[prev.start : cand.end], "ORG")
        else:
            out.append(cand)
    return out


_OF = re.compile(r"[ \t]+of[ \t]+")


def _of_a_country(text: str, cand: Candidate) -> bool:
    """"The Global New Light | of Myanmar": a country closing a name the article opens with "the" (not
    one owning what follows: "the General Staff of Moldova's army")."""
    return cand.label == "GPE" and cand.place is not None and cand.place.kind == "country" \
        and text[cand.end : cand.end + 2] not in {"'s", "’s"}


def _a_role(name: str) -> bool:
    """"CEO", "Secretary General": titles of a post, not a body ("General Staff" is one)."""
    words = [w.lower().strip(".") for w in name.split()]
    return all(w in PARSER_CONSTANTS.titles for w in words) and words[-1] not in STATE_BODIES
