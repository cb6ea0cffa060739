"""Events: PLOVER-typed statements of who did what to whom, where, when, with what toll.

`extract_events(doc, found, published=...)` finds trigger words per type and reads the
casualty counts of the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from transforms.entities import ArticleEntities

TRIGGERS: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset(
        ["attack", "strike", "shell", "shelling", "bomb", "bombing", "kill", "hit", "airstrike", "bombard", "explode", "explosion"]
    ),
    "CONSULT": frozenset(["talk", "meet", "meeting", "negotiation", "negotiate", "visit", "summit", "call"]),
}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "dozens": 12, "tens": 10, "hundreds": 100,
}
_COUNT = r"(\d[\d,]*|" + "|".join(_NUMBER_WORDS) + r")"
_KILLED = re.compile(_COUNT + r"\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(?:killed|dead|died)", re.IGNORECASE)
_KILLING = re.compile(r"kill(?:ed|ing|s)?\s+(?:at least\s+)?" + _COUNT, re.IGNORECASE)
_INJURING = re.compile(r"(?:injur|wound)(?:ed|ing|es|s)?\s+(?:at least\s+)?" + _COUNT, re.IGNORECASE)
_INJURED = re.compile(_COUNT + r"\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(?:injured|wounded|hurt)", re.IGNORECASE)


@dataclass(frozen=True)
class Event:
    event_type: str
    sentence: str
    start_char: int
    end_char: int
    trigger: str
    status: str = "occurred"
    mode: str | None = None
    actor_text: str | None = None
    actor_cluster: int | None = None
    target_text: str | None = None
    target_cluster: int | None = None
    location_text: str | None = None
    location_cluster: int | None = None
    event_date: date | None = None
    date_text: str | None = None
    date_precision: str = "unknown"
    killed: int | None = None
    injured: int | None = None
    quantities: tuple[tuple[int, str], ...] = ()
    confidence: float = 0.5


def parse_count(word: str) -> int | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _first_count(patterns: tuple[re.Pattern, ...], text: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return parse_count(match.group(1))
    return None


def _event_in(sent: Span, found: ArticleEntities) -> Event | None:
    for token in sent:
        for event_type, lemmas in TRIGGERS.items():
            if token.lemma_.lower() in lemmas and token.pos_ in {"VERB", "NOUN"}:
                location = next(
                    (m for m in found.mentions
                     if m.label in {"GPE", "LOC"} and sent.start_char <= m.start_char < sent.end_char),
                    None,
                )
                killed = injured = None
                if event_type == "ASSAULT":
                    killed = _first_count((_KILLED, _KILLING), sent.text)
                    injured = _first_count((_INJURING, _INJURED), sent.text)
                return Event(
                    event_type=event_type, sentence=sent.text, start_char=sent.start_char,
                    end_char=sent.end_char, trigger=token.text,
                    location_text=location.text if location else None,
                    location_cluster=location.cluster if location else None,
                    killed=killed, injured=injured,
                )
    return None


def extract_events(doc: Doc, found: ArticleEntities, *, published: date | None = None) -> list[Event]:
    """One event per sentence that holds a trigger word of a known type."""
    return [event for sent in doc.sents if (event := _event_in(sent, found)) is not None]
