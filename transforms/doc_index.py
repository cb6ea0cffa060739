"""The text, sentences and entities of a `Doc`, computed once.

spaCy rebuilds `doc.text` from its tokens, and finds `token.sent` and `span.ents` by walking
the Doc, on every call: an extractor asking for them per quote or trigger pays for the whole
article again each time (most of extraction's cost before this index). The index lives in
the Doc's `user_data`, so it is freed with the Doc.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "newsfacts.doc_index"


class DocIndex:
    def __init__(self, doc: Doc) -> None:
        self.text: str = doc.text
        self.sents: list[Span] = list(doc.sents)
        self._starts = [sent.start for sent in self.sents]
        self._ents = list(doc.ents)
        self._ent_starts = [ent.start for ent in self._ents]

    def of(self, i: int) -> Span:
        """The sentence holding token `i`."""
        return self.sents[bisect_right(self._starts, i) - 1]

    def ents_in(self, span: Span) -> list[Span]:
        """The named entities wholly inside `span`, in order: `span.ents`."""
        inside = []
        for ent in self._ents[bisect_left(self._ent_starts, span.start):]:
            if ent.end > span.end:
                break
            inside.append(ent)
        return inside


def doc_index(doc: Doc) -> DocIndex:
    index = doc.user_data.get(_KEY)
    if index is None:
        index = doc.user_data[_KEY] = DocIndex(doc)
    return index


def sentence_of(token: Token) -> Span:
    """`token.sent`, without walking the Doc."""
    return doc_index(token.doc).of(token.i)
