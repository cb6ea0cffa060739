"""Direct, partial and reported quotes and who said them.

`extract_quotes(doc, found)` finds:
- direct quotes between marks of any style (“ ” " " ‘ ’ ' ' `` '' « » „ “), one per run of
  quoted text: `"A," he said, "B."` gives two quotes with one speaker; a quote left open at a
  paragraph's end ends there (news style continues it in the next paragraph's opening mark);
- partial quotes, quoted fragments woven into a sentence (`called the talks "productive and
  constructive"`), kind 'partial';
- reported speech (`X said that ...`, `X warned ...`, `according to X, ...`), kind 'indirect',
  with the reported clause as the text.

Speakers come from the speech verb governing or next to the quote ("X said", "said X",
"X told reporters", "X wrote on Telegram", "according to X", a colon introduction), else from
the speaker of the quote just before it. Pronouns and role nouns go through `transforms.coref`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from transforms.coref import SPEAKER_LABELS, ArticleCoref
from transforms.doc_index import doc_index, sentence_of
from transforms.entities import ArticleEntities

# Verbs that introduce a direct quote or its fragments.
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "write", "note", "insist", "warn", "claim", "argue", "explain", "describe", "ask", "reply", "respond", "confirm", "deny", "acknowledge", "admit", "declare", "stress", "emphasize", "emphasise", "suggest", "recall", "continue", "conclude", "quote", "tweet", "post", "call", "characterize", "characterise", "urge", "complain", "boast", "lament", "concede", "predict", "promise", "vow", "pledge", "threaten", "allege", "assert", "contend", "report", "remark", "comment", "observe", "point", "joke", "shout", "scream", "cry", "whisper", "recount", "testify", "agree", "caution", "reiterate", "repeat", "describe", "label", "dub", "brand", "term", "mention", "reveal", "tout", "question", "wonder"]
)
# Verbs whose clausal complement is reported speech ("X said that ..."); beliefs are left out.
REPORTING_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "write", "note", "insist", "warn", "claim", "argue", "explain", "confirm", "deny", "acknowledge", "admit", "declare", "stress", "emphasize", "emphasise", "suggest", "predict", "promise", "vow", "pledge", "allege", "assert", "contend", "report", "reveal", "reiterate", "concede", "caution", "testify"]
)
_MIN_WORDS = 3
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# A verb without its own subject shares the subject of the verb or noun phrase it hangs from.
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "acl", "dobj", "pobj", "prep", "pcomp"})
_DOUBLE_OPENERS = {"“": "”\"", "\"": "\"”", "«": "»", "„": "“”\"", "``": "''\"”"}
_SINGLE_OPENERS = {"‘": "’", "'": "'", "''": "''", "‹": "›"}
_QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "who", "when", "where", "which"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})
_WORD = re.compile(r"\w+")


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
class _Marked:
    """One run of quoted text; offsets of the text inside the marks and of the marks themselves."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool
    paragraph: int
    continues: bool = False


# ---- finding quoted runs ------------------------------------------------------------------------
def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _opener_at(text: str, i: int) -> str | None:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    two = text[i : i + 2]
    if two in {"``", "''"}:
        nxt2 = text[i + 2] if i + 2 < len(text) else " "
        if not prev.isalnum() and not nxt2.isspace():
            return two
    ch = text[i]
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


def find_quoted_runs(text: str) -> list[_Marked]:
    """Every top-level run of quoted text, paragraph by paragraph; unbalanced marks never raise.

    A double mark left open at the paragraph's end closes there; when the next paragraph opens
    with a mark, the quote `continues` into it (news convention for long quotes).
    """
    paragraphs = _paragraphs(text)
    runs: list[_Marked] = []
    for p, (pstart, pend) in enumerate(paragraphs):
        i = pstart
        while i < pend:
            opener = _opener_at(text, i)
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
                nxt = paragraphs[p + 1] if p + 1 < len(paragraphs) else None
                continues = nxt is not None and _opener_at(text, nxt[0]) in _DOUBLE_OPENERS
                runs.append(_Marked(inner, stop, i, pend, False, p, continues))
                break
            j, length = closing
            runs.append(_Marked(inner, j, i, j + length, True, p))
            i = j + length
    for r in runs:
        # French typesetting pads guillemets with spaces: « Nous ... »
        while r.start < r.end and text[r.start].isspace():
            r.start += 1
        while r.end > r.start and text[r.end - 1].isspace():
            r.end -= 1
    return [r for r in runs if r.end > r.start]


# ---- attribution --------------------------------------------------------------------------------
class _Attributor:
    def __init__(self, doc: Doc, found: ArticleEntities, runs: list[_Marked]) -> None:
        self.doc = doc
        self.found = found
        self.runs = runs
        self.in_quote = [False] * len(doc)
        for r in runs:
            span = doc.char_span(r.outer_start, r.outer_end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = True
        self.coref = ArticleCoref(doc, found, excluded=[(r.outer_start, r.outer_end) for r in runs])
        self._starts = doc.to_array("IDX").tolist()

    def token_at(self, char: int) -> Token | None:
        i = bisect_left(self._starts, char + 1) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    # cue verbs and their subjects
    def is_cue(self, token: Token, verbs: frozenset[str] = SPEECH_VERBS) -> bool:
        return token.lemma_.lower() in verbs and token.pos_ in {"VERB", "AUX"} and not self.in_quote[token.i]

    def subject_of(self, verb: Token) -> Token | None:
        """The subject of `verb`, climbing to the verb it shares one with: "visited Kyiv and said",
        "issued a statement confirming ...", "stated, highlighting ..."."""
        node = verb
        for _ in range(5):
            if node.pos_ in {"VERB", "AUX"}:
                for child in node.children:
                    if child.dep_ in _SUBJECT_DEPS and not self.in_quote[child.i]:
                        return child
            if node.dep_ == "relcl":
                return node.head
            if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
                return None
            node = node.head
        return None

    def according_to(self, token: Token) -> Token | None:
        if token.lower_ != "according":
            return None
        for child in token.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        return None

    def speaker_from_cue(self, token: Token) -> tuple[Token, str] | None:
        """(speaker head, cue lemma) when `token` is a speech verb with a subject or 'according to'."""
        obj = self.according_to(token)
        if obj is not None:
            return obj, "according to"
        if self.is_cue(token):
            subject = self.subject_of(token)
            if subject is not None:
                return subject, token.lemma_.lower()
        return None

    def resolve(self, head: Token) -> tuple[str, int | None]:
        """(surface form, entity cluster) of the speaker phrase headed by `head`."""
        if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
            return head.text, self.coref.resolve_pronoun(head)
        own = self._mention_at(head)
        if own is not None:
            return own.text, own.cluster if own.label in SPEAKER_LABELS else None
        phrase = self._phrase(head)
        for child in head.children:
            if child.dep_ == "appos":
                m = self._first_mention(child.subtree, SPEAKER_LABELS)
                if m is not None:
                    return m.text, m.cluster
        if head.text[:1].isupper() and head.pos_ in {"PROPN", "NOUN"}:
            named = self.coref.cluster_named(head.text)
            if named is not None:
                return phrase, named
        if head.pos_ in {"NOUN", "PROPN"}:
            role = self.coref.resolve_role(head)
            if role is not None:
                return phrase, role
        m = self._first_mention((t for t in head.subtree if t.dep_ not in {"relcl", "acl"}), SPEAKER_LABELS)
        if m is not None:
            return phrase, m.cluster
        return phrase, None

    def _mention_at(self, token: Token):
        for m in self.found.mentions:
            if m.start_char <= token.idx < m.end_char:
                return m
        return None

    def _first_mention(self, tokens, labels):
        best = None
        for t in tokens:
            if self.in_quote[t.i]:
                continue
            m = self._mention_at(t)
            if m is not None and m.label in labels:
                if m.label == "PERSON":
                    return m
                best = best or m
        return best

    def _phrase(self, head: Token) -> str:
        tokens = [t for t in head.subtree if not self.in_quote[t.i]]
        left = head.i
        for t in sorted(tokens, key=lambda t: t.i):
            if t.i < head.i and t.dep_ not in {"punct", "cc"}:
                left = t.i
                break
        right = head.i
        for t in head.rights:
            if t.dep_ in {"prep", "appos", "compound", "flat"} and not self.in_quote[t.i]:
                right = max(right, t.right_edge.i)
        while right > head.i and (self.doc[right].is_punct or self.in_quote[right]):
            right -= 1
        return self.doc[left : right + 1].text

    # finding the cue of one quoted run
    def cue_for(self, run: _Marked) -> tuple[Token, str] | None:
        doc = self.doc
        span = doc.char_span(run.start, run.end, alignment_mode="expand")
        if span is None:
            return None
        inside = {t.i for t in span}
        text = doc_index(doc).text
        after_ok = not run.closed or not text[run.start : run.end].rstrip().endswith(".") or (
            text[run.outer_end : run.outer_end + 3].strip()[:1].islower()
        )
        after = self._segment(run.outer_end, forward=True) if run.closed and after_ok else []
        # 0. news style puts the attribution right after the quote: '"...," he said', '"...," as X said'
        for t in after[:5]:
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        # 1. the speech verb governing the quote ("X said the talks were 'productive'")
        for t in span:
            if t.head.i in inside:
                continue
            node = t.head
            for _ in range(8):
                if node.i in inside:
                    break
                hit = self.speaker_from_cue(node)
                if hit is not None:
                    return hit
                for child in node.children:
                    if child.dep_ == "prep":
                        hit = self.according_to(child)
                        if hit is not None:
                            return hit, "according to"
                if node.head.i == node.i:
                    break
                node = node.head
        # 2. a speech verb later in the sentence after the quote
        for t in after:
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        # 3. a speech verb in the same sentence before the quote, or a colon introduction
        before = self._segment(run.outer_start, forward=False)
        for t in reversed(before):
            hit = self.speaker_from_cue(t)
            if hit is not None:
                return hit
        if before and doc_index(doc).text[before[-1].idx : run.outer_start].strip().endswith(":"):
            for t in before:
                if t.dep_ in _SUBJECT_DEPS or t.dep_ == "ROOT" and t.pos_ in {"PROPN", "NOUN"}:
                    return t, "colon"
            m = self._first_mention(before, SPEAKER_LABELS)
            if m is not None:
                tok = self.token_at(m.start_char)
                if tok is not None:
                    return tok, "colon"
        return None

    def _segment(self, char: int, *, forward: bool) -> list[Token]:
        """Tokens outside quotes next to `char`, up to the next quote or sentence end (or start)."""
        doc = self.doc
        tok = self.token_at(char if forward else char - 1)
        if tok is None:
            return []
        out: list[Token] = []
        i = tok.i if forward else tok.i
        if forward and tok.idx < char:
            i += 1
        step = 1 if forward else -1
        while 0 <= i < len(doc):
            t = doc[i]
            if self.in_quote[t.i] or "\n" in t.text:
                break
            if forward:
                out.append(t)
                if t.text in {".", "!", "?"} or t.is_sent_end:
                    break
            else:
                if t.text in {".", "!", "?"} and out:
                    break
                out.append(t)
                if t.is_sent_start:
                    break
            i += step
        return out if forward else list(reversed(out))


def _is_partial(text: str, run: _Marked, doc: Doc, attributor: _Attributor) -> bool:
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


def _looks_like_title(text: str) -> bool:
    """'Gone With the Wind', 'Make America Great Again': names of works and slogans, not speech."""
    words = _WORD.findall(text)
    capital = [w for w in words if w[:1].isupper()]
    return len(capital) == len(words) or (len(words) >= 3 and len(capital) >= len(words) - 1 and len(words) <= 6
                                          and not text.rstrip().endswith((".", ",", "?", "!")))


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
    att = _Attributor(doc, found, runs)
    results: list[tuple[_Marked, str, str, tuple[str | None, int | None, str | None]]] = []
    kept: list[_Marked] = []
    for run in runs:
        quoted = text[run.start : run.end]
        if len(quoted.split()) < _MIN_WORDS:
            continue
        partial = _is_partial(quoted, run, doc, att)
        if partial and _looks_like_title(quoted):
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
        quotes += _reported_speech(doc, att)
    return sorted(quotes, key=lambda q: (q.start_char, q.end_char))


def _inherited(idx, results, resolved, att: _Attributor) -> tuple[str | None, int | None, str | None]:
    """A quote with no cue of its own belongs to the speaker of the quote just before it, when
    that one is in the same or the previous paragraph ('"A," he said. "B."'), or to the subject
    of a speech verb in the sentence before it in the same paragraph."""
    run = results[idx][0]
    before = att._segment(run.outer_start, forward=False)
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


def _reported_speech(doc: Doc, att: _Attributor) -> list[Quote]:
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
