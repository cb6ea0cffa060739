"""US party tags name states: "Jeanne Roe (D-N.H.)" names New Hampshire."""

from __future__ import annotations

import re

from transforms.entities.candidates import Candidate
from transforms.gazetteer import lookup_place

# US news tags a lawmaker with party and state: "(D-N.H.)", ", R-Ohio,", "(I-Vt.)".
_TAG = r"[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)"
_PARTY_TAG = re.compile(rf"(?<![\w-]){_TAG}(?=\)|,|;)")


def is_party_tag(text: str) -> bool:
    """Whether `text` is a party tag ("R-TX", "D-N.H."), not an acronym in brackets."""
    return re.fullmatch(_TAG, text) is not None


def party_tag_states(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The states of US party tags as places, in place of whatever the model made of the tag:
    "Jeanne Roe (D-N.H.)" names New Hampshire, "Jim Doe, R-Ohio," Ohio."""
    states = []
    for m in _PARTY_TAG.finditer(text):
        place = lookup_place(m.group(1))
        if place is not None and place.country_code == "US" and place.kind in {"state", "city"}:
            states.append(Candidate(m.start(1), m.end(1), m.group(1), "GPE", place))
    if not states:
        return cands
    tags = [(m.start(), m.end()) for m in _PARTY_TAG.finditer(text)]
    kept = [c for c in cands if not any(c.start < end and start < c.end for start, end in tags)]
    return sorted(kept + states, key=lambda c: c.start)
