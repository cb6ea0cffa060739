"""Who might have said a quote: every name, pronoun and subject noun near it, and the speaker of
the quote before it.

`quote_context(att, run)` describes where the quote sits (its sentences, paragraph, the
speech verbs around it and their subjects); `candidates(att, context, previous)` lists the
mentions in the quote's sentence, the two before it and the one after it (outside any quote),
each with the entity it stands for. The speaker model (features, model) ranks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from transforms.doc_index import doc_index
from transforms.quotes.cues import Attributor, reported_by_object
from transforms.quotes.spans import Marked

_LABEL_KIND = {"PERSON": "person", "ORG": "org", "GPE": "gpe"}
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Nouns that can head a speaker phrase without a name: "the ministry said", "officials said".
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "appos", "ROOT"})
_SENTENCES_BEFORE = 2
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "oprd"})
_SENTENCES_AFTER = 1


@dataclass
class Cue:
    """A speech verb (or 'according to') near the quote, its subject and where it stands."""

    verb: Token
    lemma: str
    subject: Token
    place: str  # govern, after, before, prev_sentence, next_sentence, far
    depth: int = 99  # steps from the quote up to the verb, where it governs the quote
    innermost: bool = False


@dataclass
class QuoteContext:
    run: Marked
    sentence_first: int
    sentence_last: int
    paragraph: int
    tokens: set[int]
    cues: list[Cue]
    rule_head: Token | None  # the subject head the hand-written cue rules pick, if any
    rule_cue: str | None
    colon_before: bool  # the text before the opening mark ends in a colon
    colon_paragraph: bool  # the quote opens its paragraph and the paragraph above ends in a colon
    sentence_has_cue: bool  # a speech verb outside quotes in the quote's own sentence
    opens_paragraph: bool
    after: frozenset[int] = frozenset()  # token ids of the words after the quote, to the sentence end
    before: frozenset[int] = frozenset()  # and before it, from the sentence start
    after_verb: bool = False  # a speech verb among them, subject found or not
    before_verb: bool = False
    partial: bool = False
    previous_gap: int | None = None  # paragraphs since the quote before, if it has a speaker


@dataclass
class Candidate:
    kind: str  # person, org, gpe, pronoun, noun, previous
    head: Token | None
    start_char: int
    end_char: int
    text: str
    cluster: int | None
    sentence: int = 0
    cues: list[Cue] = field(default_factory=list)  # speech verbs it is the subject of
    addressed: list[Cue] = field(default_factory=list)  # speech verbs it is the object of: "told Y"


def _speech_cues(att: Attributor, run: Marked, first: int, last: int, inside: set[int]) -> list[Cue]:
    doc = att.doc
    coref = att.coref
    after = {t.i for t in att.after_segment(run)}
    before = {t.i for t in att.segment(run.outer_start, forward=False)}
    governors: dict[int, int] = {}  # token id -> fewest steps up from the quote
    for i in inside:
        node = doc[i]
        steps = 0
        for _ in range(8):
            if node.head.i == node.i:
                break
            node = node.head
            if node.i not in inside:
                steps += 1
                governors[node.i] = min(steps, governors.get(node.i, steps))
    out = []
    for t in doc:
        s = coref.sentence_of(t.idx)
        if s < first - _SENTENCES_BEFORE or s > last + _SENTENCES_AFTER or att.in_quote[t.i]:
            continue
        obj = att.according_to(t)
        if obj is not None and att.is_cue(t.head) and att.subject_of(t.head) is not None:
            continue  # "X told them '...', according to a statement": the statement reports X's words
        if obj is not None:
            subject, lemma, verb = obj, "according to", t.head
        elif att.is_cue(t):
            subject = att.subject_of(t)
            if subject is None:
                continue
            lemma, verb = t.lemma_.lower(), t
        else:
            continue
        if verb.i in governors or t.i in governors:
            place = "govern"
        elif t.i in after:
            place = "after"
        elif t.i in before:
            place = "before"
        elif s < first:
            place = "prev_sentence" if s == first - 1 else "far"
        elif s > last:
            place = "next_sentence"
        else:
            place = "same_sentence"
        out.append(Cue(verb, lemma, subject, place, governors.get(verb.i, governors.get(t.i, 99))))
    # Of several speech verbs above the quote, the nearest speaks it: 'With the army confirming
    # that "...", the rebels said ...' is the army's quote; so does a speech act a report governs ('the
    # ministry said X raised "..."').
    depths = [c.depth for c in out if c.place == "govern"]
    if depths:
        frame = min(depths)
        for i, depth in governors.items():
            act = att.speech_act(doc[i]) if depth <= frame else None
            if act is not None:
                # nearer than its report even where "according to" hangs on the act's own verb
                out.append(Cue(doc[i], act[1], act[0], "govern", min(depth, frame - 1)))
        depths = [c.depth for c in out if c.place == "govern"]
    for c in out:
        c.innermost = c.place == "govern" and c.depth == min(depths)
    return out


def quote_context(att: Attributor, run: Marked) -> QuoteContext | None:
    doc = att.doc
    span = doc.char_span(run.start, run.end, alignment_mode="expand")
    if span is None:
        return None
    coref = att.coref
    first, last = coref.sentence_of(run.outer_start), coref.sentence_of(max(run.outer_start, run.outer_end - 1))
    inside = {t.i for t in span}
    hit = att.cue_for(run)
    text = doc_index(doc).text
    para_start = text.rfind("\n", 0, run.outer_start) + 1
    cues = _speech_cues(att, run, first, last, inside)
    after = att.after_segment(run)
    before = att.segment(run.outer_start, forward=False)
    return QuoteContext(
        after=frozenset(t.i for t in after), before=frozenset(t.i for t in before),
        after_verb=any(att.is_cue(t) for t in after), before_verb=any(att.is_cue(t) for t in before),
        run=run, sentence_first=first, sentence_last=last, paragraph=run.paragraph, tokens=inside, cues=cues,
        rule_head=hit[0] if hit else None, rule_cue=hit[1] if hit else None,
        colon_before=text[para_start : run.outer_start].rstrip().endswith(":"),
        # "The minister wrote on social media:" then the statement in paragraphs of its own
        colon_paragraph=not text[para_start : run.outer_start].strip()
        and text[:para_start].rstrip().endswith(":"),
        sentence_has_cue=any(c.place in {"govern", "after", "before", "same_sentence"} for c in cues),
        opens_paragraph=not text[para_start : run.outer_start].strip(),
    )


def _span_root(att: Attributor, start: int, end: int) -> Token | None:
    span = att.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def candidates(att: Attributor, ctx: QuoteContext, previous: int | None) -> list[Candidate]:
    """Mentions near the quote, one per phrase, and `previous` (the speaker cluster of the quote
    before) as a candidate of its own: a quote paragraph often has no attribution of its own."""
    doc = att.doc
    coref = att.coref
    lo, hi = ctx.sentence_first - _SENTENCES_BEFORE, ctx.sentence_last + _SENTENCES_AFTER
    out: list[Candidate] = []
    taken: set[int] = set()
    for m in coref.mentions:
        kind = _LABEL_KIND.get(m.label)
        s = coref.sentence_of(m.start_char)
        if kind is None or not lo <= s <= hi or coref._excluded(m.start_char):
            continue
        head = _span_root(att, m.start_char, m.end_char)
        if head is None or att.in_quote[head.i] or att.in_dateline(head):
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        taken.update(t.i for t in span)
        cluster = m.cluster if kind == "person" else att.resolve(head)[1]
        out.append(Candidate(kind, head, m.start_char, m.end_char, m.text, cluster, s))
    for t in doc:
        if t.i in taken or att.in_quote[t.i] or att.in_dateline(t):
            continue
        s = coref.sentence_of(t.idx)
        if not lo <= s <= hi:
            continue
        if t.pos_ == "PRON" and t.lower_ in _PRONOUNS and t.dep_ in {"nsubj", "nsubjpass"}:
            kind = "pronoun"
        elif (t.pos_ in {"NOUN", "PROPN"} and t.dep_ in _NOUN_DEPS or t.pos_ == "ADJ" and t.dep_ == "nsubj") and _word(t) \
                or t.pos_ == "NUM" and t.dep_ == "nsubj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            # an adjective as subject is a noun the tagger missed: "the military confirmed"; "one of the
            # officials said" speaks as the officials do, unnamed
            kind = "noun"
        else:
            continue
        _, cluster = att.resolve(t)
        out.append(Candidate(kind, t, t.idx, t.idx + len(t), t.text, cluster, s))
    for c in out:
        c.cues = [cue for cue in ctx.cues if _holds(c, cue.subject)]
        c.addressed = [cue for cue in ctx.cues if c.head is not None and _addressed(c.head, cue.verb)]
    if previous is not None:
        out.append(Candidate("previous", None, ctx.run.outer_start, ctx.run.outer_start, "", previous,
                             ctx.sentence_first))
    return out


def _word(t: Token) -> bool:
    """A word of letters, an apostrophe or hyphen inside a name allowed: "D'Souza", "al-Sadr"."""
    return t.is_alpha or t.text[:1].isupper() and t.text.replace("'", "").replace("’", "").replace("-", "").isalpha()


def _holds(c: Candidate, token: Token) -> bool:
    """Whether the cue's subject `token` is the candidate, or the candidate stands in apposition
    to it ("the council's chief, Jane Doe, said")."""
    if c.head is None:
        return False
    return token.i == c.head.i or c.start_char <= token.idx < c.end_char or (
        c.head.dep_ == "appos" and c.head.head.i == token.i)


def _addressed(head: Token, verb: Token) -> bool:
    """Whether `head` is who the speech verb `verb` addresses or describes, not who speaks: "told
    the host Jane Doe", "asked Jane Doe", "described Jane Doe as", "said to Jane Doe"."""
    if head.head.i == verb.i and head.dep_ in _OBJECT_DEPS:
        return reported_by_object(verb) is None
    return head.dep_ == "pobj" and head.head.head.i == verb.i and head.head.lower_ in {"to", "of", "about"}
