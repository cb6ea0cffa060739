"""One person's name from the pieces its surname particles cut it into.

The small model cuts "Ursula von der Leyen" into "Ursula von" and "Leyen", types one piece a town,
and leaves "von der" untagged before a surname that opens a sentence. The particles (a closed list
in `names.py`) tell where a name goes on; the gazetteer tells a place that holds them apart ("Rio de
Janeiro").
"""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import ORG_WORDS, Candidate, with_title
from transforms.entities.names import (
    OPENING_PARTICLE_RUN,
    PARTICLE_RUN,
    SURNAME_WORD,
    is_given_name,
    is_particle,
    is_title,
    joins_a_name,
    name_tokens,
    surname_only,
)
from transforms.gazetteer import lookup_place

# The parts of a particle name around a span: " von der Leyen" or " al-Burhan" after a given name,
# " Pen" after "Marine Le", "von der " before "Leyen", "Annelies " before "van den Broek".
_PARTICLE_SURNAME_AFTER = re.compile(rf"\s+(?:{PARTICLE_RUN}{SURNAME_WORD}|(?:al|el)-[A-Z][\w'’]*)")
_PARTICLE_GAP = re.compile(rf"[ \t]+{PARTICLE_RUN}")
_SURNAME_AFTER = re.compile(rf"[ \t]+{SURNAME_WORD}")
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-]){PARTICLE_RUN}$|{OPENING_PARTICLE_RUN}$")
# The rest of a town's name after a particle: "Cruzeiro" + " do Sul", "Mar" + " del Plata".
_PLACE_PARTICLE_AFTER = re.compile(r"[ \t]+(?:do|da|dos|das|de|de la|del|della|di|du|el)[ \t]+[A-Z][\w'’-]*")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+$")


# The Arabic article, assimilated to the word it opens, joining two words of a place's name: "Tal as-Sultan".
_ARTICLE_GAP = re.compile(r"[ \t]+(?:al|el|as|ash|at|ad|an|ar|az|es|ez)-")


def places_held_by_an_article(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A place's name the model cut at its inner Arabic article ("Tal" + "as-" + "Sultan", both read as
    places): one place."""
    merged: list[Candidate] = []
    for cand in cands:
        prev = merged[-1] if merged else None
        if prev is not None and prev.label == "GPE" and cand.label == "GPE" \
                and _ARTICLE_GAP.fullmatch(text, prev.end, cand.start) is not None:
            name = text[prev.start : cand.end]
            merged[-1] = Candidate(prev.start, cand.end, name, "GPE", lookup_place(name))
            continue
        merged.append(cand)
    return merged


def join_particle_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One person's name from the pieces its surname particles cut it into, and the words the model
    left out around them: "Ursula von" + "der" + "Leyen", "Marine Le" + "Pen", "Siti" + "binti Yusof",
    "Avraham" + "ben David", "von der" + "Leyen", "Annelies" + "van den Broek". A name held by
    particles is a person's ("Wouter du Plessis" as ORG, "Von der Leyen" opening a sentence), unless the
    gazetteer knows it as a place ("Rio de Janeiro")."""
    merged: list[Candidate] = []
    for cand in cands:
        prev = merged[-1] if merged else None
        if prev is not None and _particle_gap(text, prev, cand) and _personal(prev) and len(name_tokens(cand.text)) <= 2:
            merged[-1] = _name_of(text, prev.start, cand.end)
            continue
        if prev is not None and text[prev.end : cand.start] == " " and len(prev.text.split()) == 1 \
                and cand.label == "PERSON" and len(cand.text.split()) == 1 and prev.place is None \
                and is_given_name(prev.text) and not is_given_name(cand.text):
            # A given name the model typed apart from its surname: "Dries" (ORG) + "Mertens" (PERSON).
            merged[-1] = Candidate(prev.start, cand.end, text[prev.start : cand.end], "PERSON")
            continue
        merged.append(cand)
    out: list[Candidate] = []
    widened = False
    for cand in merged:
        if widened and cand.start < out[-1].end:
            # Swallowed by the name before it, widened over the words the model left out.
            if cand.end > out[-1].end:
                out[-1] = _name_of(text, out[-1].start, cand.end)
            continue
        wide = _widened(text, cand, out[-1].end if out else 0)
        widened, cand = wide is not cand, wide
        words = name_tokens(cand.text)
        if cand.label != "PERSON" and not any(w.lower() in ORG_WORDS for w in words) and (
                (len(words) >= 3 and any(is_particle(w) and w.islower() for w in words[1:-1]) and is_given_name(words[0]))
                or (len(words) >= 3 and surname_only(cand.text) and words[1].islower())) \
                and lookup_place(cand.text) is None:
            # "Wouter du Plessis" (ORG); "Von der Leyen" opening a sentence: two particles make a surname.
            cand = replace(cand, label="PERSON", place=None)
        out.append(cand)
    return out


def _personal(cand: Candidate) -> bool:
    """Whether a span may open a person's name: the model's person, or a name led by a given name."""
    words = cand.text.split()
    return cand.label == "PERSON" or (cand.label in {"ORG", "GPE"} and bool(words) and is_given_name(words[0]))


def _particle_gap(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Whether two spans are one name cut at its particles: "Ursula von" + "der" + "Leyen", "Charles de"
    + "Gaulle", "Avraham" + "ben David"."""
    gap = text[prev.end : cand.start]
    if _PARTICLE_GAP.fullmatch(gap):
        return True
    prev_words, cand_words = prev.text.split(), cand.text.split()
    if gap == " " and prev.label == "PERSON" and len(cand_words) == 2 and joins_a_name(cand_words[0]) \
            and surname_only(cand.text):
        return True  # "Sheikh Mohammed bin Abdulrahman" + "Al Thani"
    return gap.isspace() and ((joins_a_name(prev_words[-1]) and prev_words[-1].islower())
                              or (joins_a_name(cand_words[0]) and cand_words[0].islower()))


def _widened(text: str, cand: Candidate, floor: int) -> Candidate:
    """`cand` widened over the parts of a particle name the model left untagged, not before `floor`."""
    start, end = cand.start, cand.end
    words = cand.text.split()
    if cand.label in {"PERSON", "GPE", "ORG"} and cand.place is None and len(name_tokens(cand.text)) <= 2 \
            and (m := _PARTICLES_BEFORE.search(text, max(floor, start - 30), start)) and re.match(SURNAME_WORD, cand.text) \
            and (cand.label != "ORG" or _given_name_start(text, m.start(), floor) is not None):
        start = m.start()  # "von der" + "Leyen"; "Rhodri ap" + "Gwilym" the model took for a firm
    if cand.label in {"PERSON", "GPE", "ORG"} and (m := _PLACE_PARTICLE_AFTER.match(text, end)) \
            and lookup_place(text[start : m.end()]) is not None:
        end = m.end()  # "Cruzeiro" + "do Sul": a town whose name holds a particle, whatever the model read
    elif _personal(cand) and ((m := _PARTICLE_SURNAME_AFTER.match(text, end))
                            or (len(words) >= 2 and joins_a_name(words[-1]) and (m := _SURNAME_AFTER.match(text, end)))):
        end = m.end()  # "Siti" + "binti Yusof", "Marine Le" + "Pen"
    inner = text[start:end].split()
    if any(is_particle(w) and w.islower() for w in inner[:-1]) and (cand.label == "PERSON" or start != cand.start):
        for _ in range(2):  # "Annelies" + "van den Broek"
            given = _given_name_start(text, start, floor)
            if given is None:
                break
            start = given
    if (start, end) == (cand.start, cand.end):
        return cand
    return _name_of(text, start, end)


def _given_name_start(text: str, start: int, floor: int) -> int | None:
    """Where the given name written right before `start` begins (not before `floor`), else None."""
    m = _GIVEN_NAME_BEFORE.search(text, max(floor, start - 30), start)
    if m is None or not all(is_given_name(part) and not is_title(part) for part in m.group(1).split("-")):
        return None
    return m.start(1)


def _name_of(text: str, start: int, end: int) -> Candidate:
    """The person named by text[start:end], with the titles before it; a place if the gazetteer knows it."""
    name = text[start:end]
    if (place := lookup_place(name)) is not None:
        return Candidate(start, end, name, "GPE", place)
    return with_title(text, Candidate(start, end, name, "PERSON"))

