"""Quoted runs of text: where quotation marks of any style open and close.

`find_quoted_runs(text)` gives one run per top-level quotation (“ ” " " ‘ ’ ' ' `` '' « » „ “);
a quote left open at a paragraph's end ends there, and `continues` when the next paragraph
opens with a mark (news style for a quote over several paragraphs).
"""

from __future__ import annotations

from dataclasses import dataclass

_DOUBLE_OPENERS = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”\"", "``": "''\"”"}
_SINGLE_OPENERS = {"‘": "’", "'": "'", "''": "''", "‹": "›"}


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


@dataclass
class Marked:
    """One run of quoted text; offsets of the text inside the marks and of the marks themselves."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    paragraph: int
    continues: bool = False


# ---- finding quoted runs ------------------------------------------------------------------------
def paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def opener_at(text: str, i: int) -> str | None:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    two = text[i : i + 2]
    if two in {"``", "''"}:
        nxt2 = text[i + 2] if i + 2 < len(text) else " "
        if not prev.isalnum() and not nxt2.isspace():
            return two
    ch = text[i]
    # A straight mark after a word and before a space closes a quote ('... early." After'):
    # where the quote opened in an earlier paragraph without a mark at this one's start, taking
    # it for an opener would pair it with the next quote's opening mark.
    if ch in "\"“" and (prev.isalnum() or prev in ".,!?;:…") and (nxt.isspace() or nxt in ".,;:)"):
        return None
    if ch in "“«„\"":
        return ch
    # A single mark opens a quote only at the start of a word; otherwise it is an apostrophe.
    if ch in "‘'‹" and not prev.isalnum() and not nxt.isspace():
        return ch
    return None


def _closer_from(text: str, i: int, end: int, opener: str) -> tuple[int, int] | None:
    """(offset, length) of the mark closing `opener`, searching text[i:end]."""
    closers = _DOUBLE_OPENERS.get(opener) or _SINGLE_OPENERS[opener]
    j = i
    while j < end:
        if opener in {"``", "''"} and text.startswith("''", j):
            return j, 2
        ch = text[j]
        if ch == "“" and opener == "“" and not text[j - 1].isspace() and (j + 1 >= len(text) or text[j + 1].isspace()):
            return j, 1  # an opening mark typed for the closing one: '“It's over,“ she said'
        if ch in closers and opener not in {"``", "''"} or (opener == "``" and ch in "\"”"):
            if opener in _SINGLE_OPENERS:
                after = text[j + 1] if j + 1 < len(text) else " "
                # don’t, workers’ rights: an apostrophe inside or after a word does not close.
                if after.isalnum() or text[j - 1].isspace():
                    j += 1
                    continue
            return j, 1
        j += 1
    return None


def find_quoted_runs(text: str) -> list[Marked]:
    """Every top-level run of quoted text, paragraph by paragraph; unbalanced marks never raise.

    A double mark left open at the paragraph's end closes there; when the next paragraph opens
    with a mark, the quote `continues` into it (news convention for long quotes).
    """
    paras = paragraphs(text)
    runs: list[Marked] = []
    for p, (pstart, pend) in enumerate(paras):
        i = pstart
        while i < pend:
            opener = opener_at(text, i)
            if opener is None:
                i += 1
                continue
            inner = i + len(opener)
            closing = _closer_from(text, inner, pend, opener)
            if closing is None:
                if opener in _SINGLE_OPENERS:
                    i += 1
                    continue
                stop = len(text[inner:pend].rstrip()) + inner
                nxt = paras[p + 1] if p + 1 < len(paras) else None
                continues = nxt is not None and opener_at(text, nxt[0]) in _DOUBLE_OPENERS
                runs.append(Marked(inner, stop, i, pend, False, p, continues))
                break
            j, length = closing
            runs.append(Marked(inner, j, i, j + length, True, p))
            i = j + length
    for r in runs:
        # French typesetting pads guillemets with spaces: « Nous ... »
        while r.start < r.end and text[r.start].isspace():
            r.start += 1
        while r.end > r.start and text[r.end - 1].isspace():
            r.end -= 1
    return [r for r in runs if r.end > r.start]


