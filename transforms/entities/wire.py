"""Conventions of wire copy and results pages that the small model reads as parts of names.

Agency stories open with a headline in capitals (or in title case) and a dateline ("RUGBY - HOSTS HOLD ON IN
CARDIFF", "CARDIFF 1996-03-02"), and results put a score after each name ("Wales 22 Scotland
19", "beat Boris Becker 6-4 7-5"). Trained on mixed-case prose, the model tags runs of shouted
words as names ("HOLD ON" a person) and keeps a score inside the name it follows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from transforms.entities.candidates import Candidate, in_place_of_overlaps, looks_like_person, relabel
from transforms.entities.margins import story_line
from transforms.entities.names import is_given_name, name_tokens, seldom_written
from transforms.gazetteer import lookup_place

# Numbers after a name: a score ("19"), set scores ("6-4 7-5"), a result ("2-1").
_SCORE_TAIL = re.compile(r"(?:\s+\d{1,3}(?:[-–:]\d{1,3})?)+$")
# Number labels that swallow the name a score stands next to ("15 Ireland" a percentage).
_NUMBER_LABELS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"})
# Labels a score never belongs to; an organisation may carry a number ("Channel 4", "Local 3664").
_NO_NUMBER_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP"})


def _shouted_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding [start, end) is written in capitals (a headline or a dateline)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    letters = [c for c in text[line_start : line_end if line_end >= 0 else len(text)] if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _title_case_line(text: str, start: int, end: int, story_start: int) -> bool:
    """Whether the line holding [start, end) is a headline in title case: "Missiles Hit Kharkiv As
    Allies Meet", its small words capitalised too, and no full stop at its end."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4 or line.endswith((".", ",", ";")):
        return False
    if line_start <= story_start and all(w in _LOWER_SMALL_WORDS for w in words if w[:1].islower()) \
            and sum(w[:1].isupper() for w in words) >= 4:
        # A headline above the story in the style of a press release: "Acme Reports Record Sales and Agrees
        # to Buy Rival", "Drone Strike Kills Three in Border Town", its small words in lower case.
        return True
    if any(w[:1].islower() for w in words):
        return False
    return any(w in _SMALL_WORDS for w in words)


def _story_start(text: str) -> int:
    """Where the story's first paragraph starts (the end of the text where none reads as one): the lines
    up to it are above the story."""
    start = 0
    for line in text.split("\n"):
        if story_line(line):
            return start
        start += len(line) + 1
    return len(text)


def _a_full_name(cand: Candidate) -> bool:
    """A person's name of two or three words, the first a given name: "Hillary Clinton"."""
    words = cand.text.split()
    return cand.label == "PERSON" and 2 <= len(words) <= 3 and is_given_name(words[0]) or looks_like_person(cand.text)


_LOWER_SMALL_WORDS = frozenset({"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
                                "over", "the", "to", "up", "vs", "vs.", "with"})
_SMALL_WORDS = frozenset({"As", "In", "On", "At", "To", "For", "Of", "The", "And", "With", "After", "Over", "From", "By"})


def strip_scores(cands: list[Candidate]) -> list[Candidate]:
    """Cut a score off the name it follows: "Scotland 19" is Scotland, "Boris Becker 6-4 7-5" Boris Becker."""
    out = []
    for cand in cands:
        m = _SCORE_TAIL.search(cand.text)
        if m is not None and m.start() > 0:
            name = cand.text[: m.start()]
            place = lookup_place(name)
            if cand.label in _NO_NUMBER_LABELS or place is not None:
                cand = relabel(replace(cand, end=cand.start + m.start(), text=name, place=None))
        out.append(cand)
    return out


# A dateline opening a paragraph: its place in capitals (hyphens inside: "PORT-AU-PRINCE"; two places by a
# slash), a country or state after a comma, an agency in brackets, then a dash (or a colon: "QUETTA: ...").
_SHOUTED_PLACE = r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]*)*"
# ("TAIPEI, April 3 -": the date a dateline may carry before its dash)
_MONTH_DAY = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}"
              r"|\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_DATELINE = re.compile(
    rf"^(?P<place>{_SHOUTED_PLACE})(?:\s*/\s*(?P<other>{_SHOUTED_PLACE}))?"
    rf"(?:,[ \t]*(?!(?:{_MONTH_DAY})\b)(?P<country>[A-Z][\w'’.]*(?:[ \t](?:(?:del|de|do|da)[ \t])?[A-Z][\w'’.]*){{0,2}}))?"
    rf"(?:,?[ \t]*(?:{_MONTH_DAY}))?"
    r"[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*(?:--|[-–—:])[ \t]", re.MULTILINE)


def datelines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The places of a dateline ("PORT-AU-PRINCE, Haiti - ...", "EL OBEID / EL NAHUD - ...") as the
    gazetteer knows them, in place of the model's pieces of them ("PORT", "Haiti - A"); a town it does not
    know is a place where the province or country after it is one ("SMALLTOWN, Cavite - ...")."""
    found: list[Candidate] = []
    for m in _DATELINE.finditer(text):
        places = [Candidate(m.start(g), m.end(g), m.group(g), "GPE", place) for g in ("place", "other", "country")
                  if m.group(g) is not None and (place := lookup_place(m.group(g))) is not None]
        if places and places[-1].text == m.group("country") and not any(p.start == m.start() for p in places):
            places.insert(0, Candidate(m.start(), m.end("place"), m.group("place"), "GPE"))
        found += places
        if places:
            # "TAIPEI - Orvane Corp. said": the name the model ran into the dateline is the story's first
            found += [relabel(Candidate(m.end(), c.end, text[m.end() : c.end], c.label)) for c in cands
                      if c.start < m.end() < c.end and _a_name_after_a_dash(text[m.end() : c.end])]
    return in_place_of_overlaps(cands, found)


def _a_name_after_a_dash(rest: str) -> bool:
    """Words of a name after a dateline's dash: two or more, or one English seldom writes ("Reunion - A
    cyclone", "KADUGLI - Shelling" ran a sentence's first word into the place)."""
    words = name_tokens(rest)
    return len(words) >= 2 or (len(words) == 1 and seldom_written(words[0]))


def shouted_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names in a line of capitals, kept only when known: a place of the gazetteer ("CARDIFF") or a
    name the article also writes in mixed case ("PETE SAMPRAS" after "Pete Sampras"); the model's
    other guesses there are words of the headline. An article all in capitals is left as it is."""
    capitals = [_shouted_line(text, c.start, c.end) for c in cands]
    if not cands or sum(capitals) * 2 > len(cands):
        return cands
    story_start = _story_start(text)
    shouted = [loud or _title_case_line(text, c.start, c.end, story_start)
               for c, loud in zip(cands, capitals, strict=True)]
    # (the label the story gives the name most often: the model may read one of its mentions otherwise)
    readings: dict[str, Counter[str]] = {}
    for c, loud in zip(cands, shouted, strict=True):
        if not loud:
            readings.setdefault(c.text.lower(), Counter())[c.label] += 1
    written = {name: labels.most_common(1)[0][0] for name, labels in readings.items()}
    out = []
    for cand, loud in zip(cands, shouted, strict=True):
        if not loud:
            out.append(cand)
        elif (place := lookup_place(cand.text.title())) is not None:
            out.append(Candidate(cand.start, cand.end, cand.text, "GPE", place))
        elif cand.text.lower() in written:
            out.append(replace(cand, label=written[cand.text.lower()]))
        elif (part := _written_part(cand.text, written)) is not None:
            # "Acme Logistics Reports", "Buy Fjord Dairy": a headline's verb run into a name the story writes.
            start = cand.start + cand.text.index(part)
            out.append(Candidate(start, start + len(part), part, written[part.lower()]))
        elif not cand.text.isupper() and (_a_full_name(cand) or cand.label == "LOC" or text.count(cand.text) > 1):
            # A person's full name, a region of the world, or a name the story repeats.
            out.append(cand)
    return out


def _written_part(name: str, written: dict[str, str]) -> str | None:
    """The longest run of `name`'s first or last words that the story writes as a name elsewhere, else None."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        for part in (" ".join(words[:n]), " ".join(words[-n:])):
            if part.lower() in written:
                return part
    return None


def places_in_numbers(doc: Doc) -> list[Candidate]:
    """Places inside a span the model took for a number: "France 15 Ireland 10" tags "15 Ireland" a
    percentage; a run of proper nouns in it that the gazetteer knows is a place. A place before the unit of
    an amount names its currency ("four US dollars", "90 Singapore cents"), no place of the story."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in _NUMBER_LABELS:
            continue
        run: list = []
        for token in [*ent, None]:
            if token is not None and token.pos_ == "PROPN" and token.text[:1].isupper():
                run.append(token)
                continue
            if run and ent.label_ == "MONEY" and token is not None and token.is_lower and token.is_alpha:
                run = []
            if run:
                span = doc[run[0].i : run[-1].i + 1]
                if (place := lookup_place(span.text)) is not None:
                    found.append(Candidate(span.start_char, span.end_char, span.text, "GPE", place))
                run = []
    return found
