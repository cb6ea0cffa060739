"""Reported speech outside quotation marks: 'X said (that) CLAUSE', 'according to X, CLAUSE'."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from transforms.doc_index import sentence_of
from transforms.lexicon.speech import REPORTING_VERBS
from transforms.quotes.cues import Attributor
from transforms.quotes.spans import Quote

_QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "who", "when", "where", "which"})


def reported_speech(doc: Doc, att: Attributor) -> list[Quote]:
    """'X said (that) CLAUSE' and 'according to X, CLAUSE' outside quotation marks."""
    out: list[Quote] = []
    for token in doc:
        if att.in_quote[token.i]:
            continue
        content: list[Token] | None = None
        cue = None
        speaker: Token | None = None
        obj = att.according_to(token)
        if obj is not None and token.head.i != token.i:
            verb = token.head
            drop = {t.i for t in token.subtree}
            content = [t for t in verb.subtree if t.i not in drop]
            cue, speaker = "according to", obj
        elif att.is_cue(token, REPORTING_VERBS) and not any(c.dep_ == "neg" for c in token.children):
            comp = next((c for c in token.children if c.dep_ == "ccomp"), None)
            speaker = att.subject_of(token)
            if comp is None or speaker is None:
                continue
            content = list(comp.subtree)
            cue = token.lemma_.lower()
        if not content:
            continue
        while content and (content[0].is_punct or content[0].dep_ == "mark" and content[0].lower_ == "that"):
            content = content[1:]
        while content and content[-1].is_punct:
            content = content[:-1]
        if not content or content[0].lower_ in _QUESTION_WORDS:
            continue
        if any(att.in_quote[t.i] for t in content) or len(content) < 4:
            continue
        span: Span = doc[content[0].i : content[-1].i + 1]
        speaker_text, cluster = att.resolve(speaker)
        out.append(
            Quote(span.start_char, span.end_char, span.text, "indirect", cue, speaker_text, cluster,
                  sentence_of(token).text.strip())
        )
    return out
