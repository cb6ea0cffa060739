"""Where a name the model guessed at stands: the words and the parse around a one-word name English
seldom writes that make it a small place ("mined in X and Y", "reached X", "X in Gauteng", "the X
checkpoint") or a firm ("shares in X"). `context.py` decides with them.
"""

from __future__ import annotations

import re

from transforms.entities.candidates import ORG_WORDS, Candidate, after_the, is_nationality
from transforms.entities.names import a_named_surname, is_given_name, seldom_written
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import (
    GOING_VERBS,
    IN_OBJECT_VERBS,
    INSTITUTION_HEADS,
    PLACE_FACILITY_HEADS,
    PLACE_STATION_KINDS,
    STATE_BODIES,
)

# Where troops and roads go: "advancing on X", "a road towards X", "pushed toward X" (not "an attack on X").
HEADING_PREPOSITIONS = frozenset({"on", "towards", "toward"})
MOVES = frozenset({"advance", "push", "march", "move", "head", "road", "drive", "retreat", "flee", "close", "route",
                   "highway", "withdraw", "withdrawal", "approach", "press"})
# "mined in X and Y", "near X": a word the model guessed at is where it stands after these, however
# the parse hung it ("rare earths mined in X resume" read X as a modifier of "resume").
IN_OR_NEAR_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Bb]eneath|[Aa]cross|[Tt]hroughout)\s+$")
# "an economist at X in Hong Kong" works at a firm's office there: no place is "at" or "for".
WORKPLACE_BEFORE = re.compile(r"(?<![\w-])(?:at|for|with|from|joined)\s+$")
# "X in Gauteng", "X in the Free State": a place named with the region or country it lies in.
_IN_A_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# Verbs whose object is where one arrives or that one leaves: "reached X", "fled X" (for words the
# model guessed at; "reached Google" by phone is a body it knows).
REACHED_OR_LEFT = frozenset({"reach", "enter", "flee", "leave", "abandon", "visit", "tour"})


def where_an_act_happens(token) -> bool:
    """A name after "in" or "towards" hanging from a verb ("killed five in X", "arrived in X", "pursued
    them towards X"), or after "to" from a verb of going ("fled to X", "diverted to X"): where something
    happens or goes. Verbs whose "in" takes a thing or a body ("invested in X", "took part in X") are
    left out."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep" or token.head.head.pos_ != "VERB":
        return False
    preposition, verb = token.head.lower_, token.head.head.lemma_.lower()
    if preposition in {"in", "towards", "toward"}:
        return verb not in IN_OBJECT_VERBS
    return preposition == "to" and verb in MOVES | GOING_VERBS


# What one flees from ("fled from X") and what runs between two places ("the road between X and Y").
_FLEEING = frozenset({"flee", "escape", "evacuate", "displace"})
_LINKS = frozenset({"border", "corridor", "frontier", "line", "road", "route", "highway"})


def fled_from_or_between(token) -> bool:
    """A name after "from" hanging from a verb of fleeing ("families who fled from X"), or after
    "between" hanging from a road or a border ("the road between X and Y"): a place."""
    if token.dep_ != "pobj":
        return False
    preposition, head = token.head.lower_, token.head.head.lemma_.lower()
    return (preposition == "from" and head in _FLEEING) or (preposition == "between" and head in _LINKS)


_OWNED_PARTS = frozenset({"share", "stake", "stock", "holding", "investment", "shareholding"})


def owned_in(root) -> bool:
    """A name after "in" that hangs from a part one owns or from "invest": "shares in X", "a stake in X
    and Y", "invested in X" (a town's name there would be known to the gazetteer)."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ != "in":
        return False
    owner = first.head.head
    return owner.lemma_.lower() in _OWNED_PARTS or (owner.pos_ == "VERB" and owner.lemma_.lower() == "invest")


def name_start(token):
    """The first word of the name `token` heads ("El" of "El Fasher")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i == token.i:
        start -= 1
    return token.doc[start]


def a_known_place(token) -> bool:
    """Whether the name `token` heads ("Fasher" of "El Fasher") is a place the gazetteer knows."""
    return lookup_place(token.doc[name_start(token).i : token.i + 1].text) is not None


def a_bare_unknown_name(text: str, cand: Candidate, words: list[str], full_surnames: list[str]) -> bool:
    """One word the model read as a person or a body that says nothing of either, with no "the" before
    it ("voted in the Knesset": a house, not a town)."""
    return not after_the(text, cand) and an_unknown_word(cand, words, full_surnames)


def an_unknown_word(cand: Candidate, words: list[str], full_surnames: list[str]) -> bool:
    """One word the model read as a person or a body that says nothing of either: seldom written in
    English (the model guessed), no given name."""
    return a_lone_word(cand, words, full_surnames) and seldom_written(words[0]) and not is_given_name(words[0])


def a_lone_unknown_word(cand: Candidate, words: list[str], full_surnames: list[str]) -> bool:
    """One word English seldom writes, no given name and no surname of the article, whatever the model
    read it as (a people's name too: no people is named in "X in Gauteng")."""
    return len(words) == 1 and cand.text == words[0] and seldom_written(words[0]) and not is_given_name(words[0]) \
        and not a_named_surname(words[0], full_surnames) and not is_nationality(words[0]) and not words[0].isupper()


def in_a_region_after(text: str, cand: Candidate) -> bool:
    """Whether the words after a name place it in a region or a country the gazetteer knows."""
    m = _IN_A_PLACE_AFTER.match(text, cand.end)
    return m is not None and (place := lookup_place(m.group(1))) is not None and place.kind != "city"


def a_lone_word(cand: Candidate, words: list[str], full_surnames: list[str]) -> bool:
    """One word the model read as a person or a body with no surname of the article's people in it, no
    capitals inside and no word of bodies: a person named by it alone would have been named in full."""
    word = words[0] if len(words) == 1 else ""
    return cand.label in {"PERSON", "ORG"} and bool(word) and word[1:] == word[1:].lower() \
        and not a_named_surname(word, full_surnames) and word.lower() not in ORG_WORDS | INSTITUTION_HEADS | STATE_BODIES


def names_a_local_facility(root, heads: frozenset[str] = PLACE_FACILITY_HEADS) -> bool:
    """Whether a name modifies a facility news names after the place it serves: "the X police
    station", "the X checkpoint"; or says where the facility is: "the crossings at X and Y"."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "at" and head.head.lemma_.lower() in heads:
        return True
    if root.dep_ != "compound" or head.i <= root.i:
        return False
    # the tagger reads "the X crossing" as a verb's gerund as often as a noun
    return head.lemma_.lower() in heads or head.lower_ in heads or (
        head.lemma_.lower() == "station" and any(c.dep_ == "compound" and c.lower_ in PLACE_STATION_KINDS
                                                 for c in head.children))
