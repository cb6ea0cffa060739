"""Parties in the text: US party tags name states ("Jeanne Roe (D-N.H.)" names New Hampshire), and a party
named by its members ("the Liberal Democrats", "a Social Democrat lawmaker", "the Greens") is the party."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import Candidate, is_nationality
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import POLITICAL_FAMILIES

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


# "Liberal Democrats", "Social Democrat", "Sweden Democrats": the members' name of a party is the party's.
_DEMOCRATS = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,2}Democrats?$")
# The word before "Democrat(s)" that names a party with it, where the model left it out ("Liberal Democrat
# leader"); "Senate Democrats" are senators.
_FAMILY_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)\s+$")
_PARTY_FAMILIES = POLITICAL_FAMILIES | {"social", "christian", "free", "progressive"}


def democrat_parties(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A party named by its members, "X Democrat(s)" or "Greens", is a body, whatever the model made of it: a people
    ("the Liberal Democrats", NORP) or a place and a people ("Liberal" + "Democrat leader"). "Democrats"
    alone, a party's members in US news, is left as read."""
    out: list[Candidate] = []
    for cand in cands:
        previous = out[-1] if out else None
        if previous is not None and cand.text in {"Democrat", "Democrats"} and text[previous.end : cand.start] == " " \
                and _a_democrat_party(joined := text[previous.start : cand.end]):
            out[-1] = Candidate(previous.start, cand.end, joined, "ORG")
        elif (_a_democrat_party(cand.text) or cand.text == "Greens") and cand.label != "ORG":
            out.append(replace(cand, label="ORG", place=None))
        elif cand.text in {"Democrat", "Democrats"} and (m := _FAMILY_BEFORE.search(text, max(0, cand.start - 20),
                                                                                    cand.start)) is not None \
                and m.group("word").lower() in _PARTY_FAMILIES:
            out.append(Candidate(m.start("word"), cand.end, text[m.start("word") : cand.end], "ORG"))
        else:
            out.append(cand)
    return out


def _a_democrat_party(name: str) -> bool:
    """"Liberal Democrats", "Social Democrat", "Sweden Democrats"; a place's "Democrat" is a member from there
    ("a Cincinnati Democrat")."""
    if not _DEMOCRATS.match(name):
        return False
    first = name.split()[0]
    place = lookup_place(first)
    return first.lower() in _PARTY_FAMILIES or (name.endswith("s") and place is not None and place.kind == "country")


# A nation's branch of a party before its leader's title: "Scottish Labour leader", "Welsh Conservative leader".
# (A party's adjective alone, "Conservative leader Ann Lee", news uses for the party and for its people alike.)
_PARTY_BEFORE_LEADER = re.compile(r"(?<![\w-])(?P<party>Conservative|Labour|Labor|Tory|Green|Liberal|Socialist|Communist)"
                                  r"\s+(?=(?:[Dd]eputy\s+|[Cc]o-)?[Ll]eader\b)")
_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


def nations_parties(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A nation's branch of a party named before its leader's title is that body: "Scottish Labour leader
    Ann Lee" (the model reads "Scottish" as a people and "Labour" alone, or neither)."""
    out = list(cands)
    for m in _PARTY_BEFORE_LEADER.finditer(text):
        start = m.start("party")
        nation = next((c for c in out if c.label == "NORP" and c.end + 1 == start and text[c.end] == " "), None)
        if nation is not None:
            start = nation.start
        elif (word := _WORD_BEFORE.search(text, max(0, start - 20), start)) is not None and is_nationality(word.group(1)):
            start = word.start(1)
        else:
            continue
        party = Candidate(start, m.end("party"), text[start : m.end("party")], "ORG")
        out = [c for c in out if not (c.start < party.end and party.start < c.end)] + [party]
    return sorted(out, key=lambda c: c.start)
