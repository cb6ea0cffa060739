"""What a quoted run is: a direct quote, a partial quote woven into a sentence, or no quote at
all (a title, slogan or label in marks)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from transforms.doc_index import doc_index, sentence_of
from transforms.quotes.cues import SPEECH_VERBS, Attributor
from transforms.quotes.spans import Marked

_WORD = re.compile(r"\w+")


def is_partial(text: str, run: Marked, doc: Doc, attributor: Attributor) -> bool:
    """A fragment woven into the sentence rather than a quoted sentence of its own.

    '"A," he said, "b."' is two direct quotes: after a comma or colon a quote stands alone.
    """
    tok = attributor.token_at(run.outer_start)
    if tok is None:
        return False
    sent_start = sentence_of(tok).start_char
    article = doc_index(doc).text
    lead = article[max(sent_start, _paragraph_start(article, run.outer_start)) : run.outer_start].strip()
    if lead.endswith((":", ",")):
        return False
    if text.lstrip("[(…. ")[:1].islower():
        return True
    if not lead:
        return False
    last = attributor.token_at(run.outer_start - 1)
    while last is not None and last.is_punct and last.i > 0:
        last = last.doc[last.i - 1]
    return not (last is not None and last.lemma_.lower() in SPEECH_VERBS)


def _paragraph_start(text: str, char: int) -> int:
    return text.rfind("\n", 0, char) + 1


def looks_like_title(text: str) -> bool:
    """'Gone With the Wind', 'Make America Great Again': names of works and slogans, not speech."""
    words = _WORD.findall(text)
    capital = [w for w in words if w[:1].isupper()]
    return len(capital) == len(words) or (len(words) >= 3 and len(capital) >= len(words) - 1 and len(words) <= 6
                                          and not text.rstrip().endswith((".", ",", "?", "!")))

