"""Direct quotes and their speakers.

`extract_quotes(doc, found)` finds text between quotation marks and attributes it to the
subject of a nearby speech verb ("X said", "said X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from transforms.entities import ArticleEntities

SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "write", "note", "insist", "warn", "claim", "argue", "explain", "describe", "ask", "reply", "respond", "confirm", "deny", "acknowledge", "admit", "declare", "stress", "emphasize", "emphasise", "suggest", "recall"]
)
_QUOTE_PAIRS = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|«([^«»]+)»")
_MIN_WORDS = 3


@dataclass(frozen=True)
class Quote:
    start_char: int
    end_char: int
    text: str
    kind: str
    cue: str | None
    speaker_text: str | None
    speaker_cluster: int | None
    sentence: str


def _speech_verb_near(sent: Span, quote_start: int, quote_end: int) -> Token | None:
    """A speech verb of the sentence outside the quoted span."""
    for token in sent:
        if token.lemma_ in SPEECH_VERBS and token.pos_ in {"VERB", "AUX"}:
            if not quote_start <= token.idx < quote_end:
                return token
    return None


def _subject(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            start = child.left_edge.i if child.pos_ == "PROPN" else child.i
            return verb.doc[start : child.i + 1]
    return None


def extract_quotes(doc: Doc, found: ArticleEntities) -> list[Quote]:
    """Direct quotes of three words or more, with the speaker from a nearby speech verb."""
    text = doc.text
    quotes = []
    for match in _QUOTE_PAIRS.finditer(text):
        group = next(g for g in range(1, 4) if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        quoted = text[start:end]
        if len(quoted.split()) < _MIN_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        verb = _speech_verb_near(sent, match.start(), match.end())
        speaker = _subject(verb) if verb is not None else None
        entity = found.entity_at(speaker.start_char, speaker.end_char) if speaker is not None else None
        quotes.append(
            Quote(
                start, end, quoted, "direct", verb.lemma_ if verb is not None else None,
                speaker.text if speaker is not None else None,
                entity.cluster if entity is not None else None,
                sent.text,
            )
        )
    return quotes
