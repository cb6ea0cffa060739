"""Direct and partial quotes with their speakers, and reported speech: the steps put together.

`extract_quotes(doc, found)` finds the quoted runs (spans), drops titles and labels in marks
and tells direct from partial quotes (kinds), finds each quote's cue (cues) and speaker, and
carries a speaker along a quote continued over paragraphs or a run of quote paragraphs.
"""

from __future__ import annotations

from spacy.tokens import Doc

from transforms.doc_index import doc_index, sentence_of
from transforms.entities import ArticleEntities
from transforms.quotes.cues import Attributor
from transforms.quotes.kinds import is_partial, looks_like_title
from transforms.quotes.reported import reported_speech
from transforms.quotes.spans import Marked, Quote, find_quoted_runs

_MIN_WORDS = 3


def _sentence_text(doc: Doc, start: int, end: int) -> str:
    first = doc.char_span(start, min(end, start + 1), alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    index = doc_index(doc)
    if first is None or last is None:
        return index.text[start:end]
    return index.text[index.of(first.start).start_char : index.of(last.end - 1).end_char].strip()


def extract_quotes(doc: Doc, found: ArticleEntities, *, indirect: bool = True) -> list[Quote]:
    """Direct and partial quotes of three words or more, and (if `indirect`) reported speech,
    each with its cue verb and resolved speaker, in text order."""
    text = doc_index(doc).text
    runs = find_quoted_runs(text)
    att = Attributor(doc, found, runs)
    results: list[tuple[Marked, str, str, tuple[str | None, int | None, str | None]]] = []
    kept: list[Marked] = []
    for run in runs:
        quoted = text[run.start : run.end]
        if len(quoted.split()) < _MIN_WORDS:
            continue
        partial = is_partial(quoted, run, doc, att)
        if partial and looks_like_title(quoted):
            continue
        kept.append(run)
        results.append((run, quoted, "partial" if partial else "direct", (None, None, None)))

    resolved: list[tuple[str | None, int | None, str | None]] = []
    for idx, (run, _, _, _) in enumerate(results):
        hit = att.cue_for(run)
        if hit is not None:
            head, cue = hit
            speaker_text, cluster = att.resolve(head)
            resolved.append((speaker_text, cluster, cue))
        else:
            resolved.append(_inherited(idx, results, resolved, att))
        if resolved[-1][1] is not None:
            att.coref.note_speaker(resolved[-1][1], run.outer_start)
    _share_along_continuations(results, resolved)

    quotes = [
        Quote(run.start, run.end, quoted, kind, cue, speaker_text, cluster, _sentence_text(doc, run.outer_start, run.outer_end))
        for (run, quoted, kind, _), (speaker_text, cluster, cue) in zip(results, resolved, strict=True)
    ]
    if indirect:
        quotes += reported_speech(doc, att)
    return sorted(quotes, key=lambda q: (q.start_char, q.end_char))


def _inherited(idx, results, resolved, att: Attributor) -> tuple[str | None, int | None, str | None]:
    """A quote with no cue of its own belongs to the speaker of the quote just before it, when
    that one is in the same or the previous paragraph ('"A," he said. "B."'), or to the subject
    of a speech verb in the sentence before it in the same paragraph."""
    run = results[idx][0]
    before = att.segment(run.outer_start, forward=False)
    if not before:
        # the sentence before, in the same paragraph
        prev_tok = att.token_at(run.outer_start - 1)
        if prev_tok is not None and "\n" not in doc_index(att.doc).text[prev_tok.idx : run.outer_start]:
            prev_sent = sentence_of(prev_tok)
            for t in prev_sent:
                hit = att.speaker_from_cue(t)
                if hit is not None and (idx == 0 or results[idx - 1][0].outer_end <= prev_sent.start_char):
                    speaker_text, cluster = att.resolve(hit[0])
                    return speaker_text, cluster, hit[1]
    if idx > 0:
        prev = results[idx - 1][0]
        if prev.paragraph >= run.paragraph - 1 and resolved[idx - 1][2] is not None:
            return resolved[idx - 1]
    # an attribution paragraph ending in a speech verb introduces the quote paragraph after it
    if before or not doc_index(att.doc).text[: run.outer_start].rstrip().endswith((".", ":")):
        return None, None, None
    last = att.token_at(len(doc_index(att.doc).text[: run.outer_start].rstrip()) - 1)
    if last is not None and not att.in_quote[last.i]:
        for t in reversed(list(sentence_of(last))):
            hit = att.speaker_from_cue(t)
            if hit is not None:
                speaker_text, cluster = att.resolve(hit[0])
                return speaker_text, cluster, hit[1]
    return None, None, None


def _share_along_continuations(results, resolved) -> None:
    """A quote continued over paragraphs has one speaker; the attribution may sit in any part."""
    n = len(results)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and results[j][0].continues and results[j + 1][0].paragraph == results[j][0].paragraph + 1:
            j += 1
        if j > i:
            known = next((resolved[k] for k in range(i, j + 1) if resolved[k][2] is not None), None)
            if known is not None:
                for k in range(i, j + 1):
                    if resolved[k][2] is None:
                        resolved[k] = known
        i = j + 1

