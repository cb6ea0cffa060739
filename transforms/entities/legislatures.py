"""Legislatures by their own names: "the Sejm", "the Bundestag", "Les Corts", and chambers and offices
by their common word, "the Commons", "the Presidency". The small model reads an untranslated name as a
place or a people, or leaves it untagged; the name is a body wherever it stands, as a seat of power is."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.entities.candidates import Candidate
from transforms.entities.names import is_person_noun, is_title
from transforms.lexicon.entities import LEGISLATURE_NICKNAMES, LEGISLATURES


def _pattern() -> re.Pattern[str]:
    names = sorted(LEGISLATURES, key=len, reverse=True)
    words = "|".join(re.escape(name) for name in names)
    nicknames = "|".join(re.escape(name) for name in sorted(LEGISLATURE_NICKNAMES))
    # a chamber's common word only after "the"
    return re.compile(rf"(?<![\w-])(?:(?i:{words})|(?<=\b[Tt]he )(?i:{nicknames}))(?![\w-])")


_LEGISLATURE = _pattern()
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)")


def _a_legislature(text: str) -> bool:
    name = text.lower().removeprefix("the ")
    return name in LEGISLATURES or name in LEGISLATURE_NICKNAMES and text[:1].isupper()


def legislatures(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with each legislature a body, and the legislatures the model left untagged added."""
    out = [replace(c, label="ORG", place=None) if c.label != "ORG" and _a_legislature(c.text) else c
           for c in cands]
    for m in _LEGISLATURE.finditer(text):
        after = _NEXT_WORD.match(text, m.end())
        if not m.group()[:1].isupper() or any(c.start < m.end() and m.start() < c.end for c in cands) \
                or (after is not None and not (is_title(after.group(1)) or is_person_noun(after.group(1)))):
            continue  # a name run into another capitalised word is another's ("Rada Akbar")
        out.append(Candidate(m.start(), m.end(), m.group(), "ORG"))
    return sorted(out, key=lambda c: c.start)
