"""Later mentions of a name the article already gave, where the small model tagged nothing.

News names a person in full once and by surname after ("Tom Barrack arrived ... Barrack later met");
the model often leaves the bare surname untagged at the start of a sentence or before a verb, and then
the quote, the event and the mention table lose who spoke or acted. A word the article already
tagged as part of a name is that name again wherever it stands capitalised as a proper noun.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.entities.candidates import Candidate, name_tokens
from transforms.entities.names import person_parts

# Surnames shorter than this are as often initials, words or other names ("Li", "Ng" aside).
_MIN_SURNAME = 3


def repeated_names(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Untagged occurrences of a person's surname (with its particles, any case of the first: "Von der
    Leyen" opening a sentence) or of an organisation's or place's whole name tagged elsewhere."""
    text = doc.text
    forms: dict[str, str] = {}
    for cand in found:
        if cand.label == "PERSON" and len(name_tokens(cand.text)) >= 2:
            _, surname = person_parts(cand.text)
            if len(surname) >= _MIN_SURNAME and surname[-1:].isalpha():
                forms.setdefault(surname, "PERSON")
                forms.setdefault(surname[:1].upper() + surname[1:], "PERSON")
        elif cand.label in {"ORG", "GPE"} and len(cand.text) >= _MIN_SURNAME and cand.text[:1].isupper():
            forms.setdefault(cand.text, cand.label)
    if not forms:
        return []
    lowered = {w.lower_ for w in doc if w.is_lower}
    covered = sorted((c.start, c.end) for c in found)
    extra: list[Candidate] = []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                         + r")(?![\w-])")
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        span = doc.char_span(start, end)
        if span is None or span[-1].lower_ in lowered:
            continue  # "Rich", "Long", "Brown" as words in this article
        if span[0].is_sent_start and span[0].pos_ != "PROPN":
            continue  # a sentence opened by the ordinary word the name is spelled like
        extra.append(Candidate(start, end, match.group(1), forms[match.group(1)]))
    return extra
