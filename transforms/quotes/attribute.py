"""Direct and partial quotes with their speakers, and reported speech: the steps put together.

`extract_quotes(doc, found)` finds the quoted runs (spans), drops titles and labels in marks
and tells direct from partial quotes (kinds), lists who might have said each quote
(candidates) and lets the speaker model (features, model) pick one, quote after quote, so
that the speaker of one quote is a candidate for the next. A quote continued over paragraphs
keeps one speaker: that rule is exact and stays a rule.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.coref import indefinite
from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities
from transforms.entities.margins import story_start
from transforms.lexicon.speech import SPEECH_VERBS
from transforms.quotes.candidates import Candidate, QuoteContext, candidates, quote_context
from transforms.quotes.cues import Attributor
from transforms.quotes.features import features
from transforms.quotes.kinds import kind_of, looks_like_title
from transforms.quotes.missed import speaker_noun
from transforms.quotes.model import SpeakerModel, speaker_model
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


def quote_runs(doc: Doc, found: ArticleEntities) -> tuple[Attributor, list[tuple[Marked, str, str]]]:
    """The quoted runs that are quotes, as (run, text, kind), with the article's attributor."""
    text = doc_index(doc).text
    runs = find_quoted_runs(text)
    att = Attributor(doc, found, runs)
    kept = []
    for run in runs:
        quoted = text[run.start : run.end]
        if len(quoted.split()) < _MIN_WORDS:
            continue
        kind = kind_of(quoted, run, doc, att)
        if kind is not None:
            kept.append((run, quoted, kind))
    return att, kept


def ranked_candidates(
    att: Attributor, run: Marked, kind: str, previous: int | None, previous_paragraph: int | None
) -> tuple[QuoteContext, list[tuple[Candidate, dict[str, float]]]] | None:
    """The quote's context and its candidates with their features; `previous` is the speaker
    cluster of the quote before it, in paragraph `previous_paragraph` (a candidate itself, and
    what 'recent' means)."""
    ctx = quote_context(att, run)
    if ctx is None:
        return None
    ctx.partial = kind == "partial"
    ctx.previous_gap = None if previous_paragraph is None else run.paragraph - previous_paragraph
    found = candidates(att, ctx, previous)
    anchor = min(ctx.tokens)
    order = sorted((c for c in found if c.head is not None), key=lambda c: abs(c.head.i - anchor))
    rank = {id(c): n for n, c in enumerate(order)}
    return ctx, [(c, features(c, ctx, recent=previous, rank=rank.get(id(c), 0))) for c in found]


def _spoken(ctx: QuoteContext) -> bool:
    """A fragment in marks, or a title-cased name in marks set off by commas ('on his radio show,
    "The Morning Hour with Jane Doe," broadcast ...'), is a quote only where a speech verb stands
    in its sentence; otherwise it is a scare quote, a label or a name in marks."""
    return ctx.sentence_has_cue or ctx.rule_head is not None


def _colon_speaker(ctx: QuoteContext, scored: list[tuple[Candidate, dict[str, float]]]) -> Candidate | None:
    """The subject of the speech verb in the sentence a colon closes right above the quote's
    paragraph ("The air force said in a statement on Monday:" then the statement). Wire copy
    writes it so and PolNeAR has few: a rule, as exact as the marks themselves."""
    if ctx.colon_paragraph:
        intro = [(cue.verb.i, c) for c, _ in scored if c.kind != "previous"
                 for cue in c.cues if cue.place == "prev_sentence"]
        if intro:
            return max(intro, key=lambda vc: vc[0])[1]
        # "The chair then turned to the hall:": the colon is the cue, whatever the verb;
        # the named subject of the sentence it closes speaks, or someone it introduces ("One nurse, speaking
        # on condition of anonymity, recalled the day:")
        return next((c for c, _ in scored if (c.kind in {"person", "org"} or (c.kind == "noun" and indefinite(c.head)))
                     and c.head is not None and c.sentence == ctx.sentence_first - 1
                     and c.head.dep_ in {"nsubj", "nsubjpass"} and c.head.head.dep_ == "ROOT"), None)
    if not ctx.opens_paragraph or ctx.sentence_has_cue or ctx.rule_head is not None:
        return None
    # "In a statement, the charity said it would appeal." then a paragraph of quote: the main
    # speech verb of the paragraph above, in a sentence that quotes no one, is the statement's
    intro = [(cue.verb.i, c) for c, _ in scored if c.kind != "previous"
             for cue in c.cues if cue.place == "prev_sentence" and cue.verb.dep_ == "ROOT"
             and not any(q for q in cue.verb.sent if q.is_quote)
             and (c.kind != "noun" or c.cluster is not None or speaker_noun(c.head))]
    return max(intro, key=lambda vc: vc[0])[1] if intro else None


def _introduced_by_a_colon(att: Attributor, ctx: QuoteContext,
                           scored: list[tuple[Candidate, dict[str, float]]]) -> Candidate | None:
    """The named subject of the clause a colon closes right before the quote, in its paragraph, whatever
    the verb ("X, chief economist at Y, disagreed: '...'"): the colon introduces the words, as exactly
    as the marks enclose them."""
    text = doc_index(att.doc).text
    colon = ctx.run.outer_start - 1
    while colon >= 0 and text[colon] in " \t":
        colon -= 1
    if colon < 0 or text[colon] != ":":
        return None
    clause_start = max(text.rfind(mark, 0, colon) for mark in ("\n", ". ", '"', "\u201d", "\u201c"))
    # (the main clause's: "After X was declared the winner, Y told his supporters:" is Y's)
    subjects = [c for c, _ in scored if c.kind in {"person", "org"} and c.head is not None
                and c.head.dep_ == "nsubj" and c.head.head.dep_ == "ROOT" and clause_start < c.start_char < colon]
    return min(subjects, key=lambda c: c.start_char) if subjects else None


# A line that signs the quote above it: "- Jane Doe.", "—Senator Jane Doe, at a rally".
_SIGNATURE = re.compile(r"[ \t]*[-–—―]+[ \t]*(?=[A-Z])")
_SIGNATURE_REACH = 30  # characters of title before the name: "—Former Secretary of State Jane Doe"


def _signed_speaker(att: Attributor, ctx: QuoteContext, scored: list[tuple[Candidate, dict[str, float]]]) -> Candidate | None:
    """The person named on the line after a quote that stands alone in its paragraph, where that
    line opens with a dash: an epigraph's or a round-up's signature, exact as the marks."""
    text = doc_index(att.doc).text
    run = ctx.run
    end = text.find("\n", run.outer_end)
    if not ctx.opens_paragraph or end < 0 or text[run.outer_end : end].strip(" \t.,;"):
        return None
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    sign = _SIGNATURE.match(text, start)
    if sign is None:
        return None
    line_end = text.find("\n", sign.end())
    line_end = len(text) if line_end < 0 else line_end
    named = [c for c, _ in scored if c.kind == "person" and sign.end() <= c.start_char < min(line_end, sign.end() + _SIGNATURE_REACH)
             and "," not in text[sign.end() : c.start_char]]
    return min(named, key=lambda c: c.start_char) if named else None


def _speaker(att: Attributor, c: Candidate, ctx: QuoteContext, before: tuple) -> tuple[str | None, int | None, str | None]:
    if c.kind == "previous":
        head = ctx.rule_head
        if head is not None and head.lower_ in {"he", "she"} and before[1] is not None \
                and not att.coref.is_person(before[1]):
            return head.text, None, ctx.rule_cue  # "..., he said" after a group's words: a person, not the group
        return before
    cue = min(c.cues, key=lambda q: q.place != "govern").lemma if c.cues else (
        ctx.rule_cue if ctx.rule_head is not None and c.start_char <= ctx.rule_head.idx < c.end_char else None)
    if c.kind != "person":
        text, cluster = att.resolve(c.head)
        if cluster is None:
            text, cluster = att.adopt(c.head) or (text, None)
        return text, cluster, cue
    return c.text, c.cluster, cue


def quotes_and_speakers(
    doc: Doc, found: ArticleEntities, *, indirect: bool = True, model: SpeakerModel | None = None
) -> tuple[list[Quote], ArticleEntities]:
    """Direct and partial quotes of three words or more, and (if `indirect`) reported speech,
    each with its cue verb and resolved speaker, in text order; and the article's entities with
    the speakers NER missed added (transforms/quotes/missed.py), which the clusters index."""
    model = model or speaker_model()
    att, kept = quote_runs(doc, found)
    resolved: list[tuple[str | None, int | None, str | None]] = []
    before: tuple[str | None, int | None, str | None] = (None, None, None)
    before_paragraph = None
    quoted: list[tuple[Marked, str, str]] = []
    for run, text, kind in kept:
        ranked = ranked_candidates(att, run, kind, before[1], before_paragraph)
        if ranked is not None and not _spoken(ranked[0]) and (kind == "partial" or looks_like_title(text)):
            continue
        opened_above = bool(quoted) and quoted[-1][0].continues and run.paragraph == quoted[-1][0].paragraph + 1
        quoted.append((run, text, kind))
        choice = (None, None, None)
        if opened_above and ranked is not None and not ranked[0].sentence_has_cue and ranked[0].rule_head is None \
                and resolved[-1][2] is not None:
            # a paragraph of a quote the paragraph above opened, with no speech verb of its own: the same
            # speaker, named or not ('One nurse, speaking on condition of anonymity, recalled the day:' then
            # two paragraphs)
            resolved.append(resolved[-1])
            continue
        if ranked is not None and ranked[1]:
            ctx, scored = ranked
            best = _colon_speaker(ctx, scored) or _introduced_by_a_colon(att, ctx, scored) \
                or _signed_speaker(att, ctx, scored) or max(scored, key=lambda cf: model.probability(cf[1]))[0]
            choice = _speaker(att, best, ctx, before)
        resolved.append(choice)
        if choice[1] is not None:
            att.coref.note_speaker(choice[1], run.outer_start)
            before, before_paragraph = choice, run.paragraph
    results = [(run, text, kind, None) for run, text, kind in quoted]
    _share_along_continuations(results, resolved)
    _share_within_sentences(doc, [run for run, _, _ in quoted], resolved)
    story = story_start(doc_index(doc).text)
    _share_repeated_quotes([(text, run.paragraph == 0 or run.outer_start < story) for run, text, _ in quoted],
                           resolved)

    quotes = [
        Quote(run.start, run.end, text, kind, cue, speaker_text, cluster, _sentence_text(doc, run.outer_start, run.outer_end))
        for (run, text, kind), (speaker_text, cluster, cue) in zip(quoted, resolved, strict=True)
    ]
    if indirect:
        quotes += reported_speech(doc, att)
    return sorted(quotes, key=lambda q: (q.start_char, q.end_char)), att.found


def extract_quotes(
    doc: Doc, found: ArticleEntities, *, indirect: bool = True, model: SpeakerModel | None = None
) -> list[Quote]:
    """The quotes of `quotes_and_speakers`, for callers that keep the entities they passed in: a
    speaker that is not one of them (NER missed it) keeps its text and has no cluster."""
    quotes, _ = quotes_and_speakers(doc, found, indirect=indirect, model=model)
    known = len(found.entities)
    return [q if q.speaker_cluster is None or q.speaker_cluster < known else replace(q, speaker_cluster=None)
            for q in quotes]


def _share_within_sentences(doc: Doc, runs: list[Marked], resolved) -> None:
    """Quotes of one sentence where no one else speaks between them (`_says`) are the words of whoever says
    the first ('X told reporters the bank was watching "with urgency" and would respond "to curb swings"'): the
    speech verb's subject, not the subject of the clause the second quote sits in."""
    for k in range(1, len(runs)):
        first, second = runs[k - 1], runs[k]
        if resolved[k - 1][1] is None or resolved[k][1] == resolved[k - 1][1]:
            continue
        between = doc.char_span(first.outer_end, second.outer_start, alignment_mode="expand")
        opening = doc.char_span(first.start, first.start + 1, alignment_mode="expand")
        if between is None or opening is None or second.paragraph != first.paragraph \
                or between.end >= opening.sent.end or any(_says(t) for t in between):
            continue
        resolved[k] = resolved[k - 1]


def _says(token) -> bool:
    """A speech verb whose subject names someone ("X said ..., and Mr Y told reporters ...", "while the party's
    leader, Ann Roe, claimed ..."), or is a pronoun; not one whose subject is a common noun, as in what another
    reports ("told reporters the government would respond ...")."""
    return token.lemma_.lower() in SPEECH_VERBS and any(
        child.dep_ in {"nsubj", "nsubjpass"} and (child.pos_ == "PRON" or any(w.pos_ == "PROPN" for w in child.subtree))
        for child in token.children)


def _share_repeated_quotes(texts: list[tuple[str, bool]], resolved) -> None:
    """A quote a headline repeats from the body ("'We will not be silenced': protesters defy ban") is the
    speaker's the body gives it, and so is a pull quote that repeats the opening of a later one
    ("'Windows were blown out'" before "'Windows were blown out on five floors,' the governor wrote").
    (`texts`: each quote's text and whether it stands in the headline, the first paragraph.)"""
    def key(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.lower()))

    keys = [key(text) for text, _ in texts]
    speakers = {}
    for words, choice in zip(keys, resolved, strict=True):
        if choice[1] is not None:
            speakers.setdefault(words, choice)
    for k, ((_, headline), words, choice) in enumerate(zip(texts, keys, resolved, strict=True)):
        if headline and choice[1] is None and (known := speakers.get(words)) is not None:
            resolved[k] = known
            continue
        if headline and choice[2] is None and (body := next(
                (j for j in range(k + 1, len(texts)) if keys[j] == words or (
                    len(words.split()) >= _MIN_HEADLINE_WORDS and f" {words} " in f" {keys[j]} ")), None)) is not None:
            # "'No soldier was here': jet bombs a school" above '"No soldier was here ...," said a villager': with
            # no speech verb of its own, the headline's words are whoever's the body gives them to, named or not
            resolved[k] = resolved[body]
            continue
        if headline and len(words.split()) >= _MIN_HEADLINE_WORDS and (known := next(
                (resolved[j] for j in range(k + 1, len(texts)) if resolved[j][1] is not None
                 and keys[j] != words and f" {words} " in f" {keys[j]} "), None)) is not None:
            # "'Their target is the road': ..." above "... Their target is the road, the school ...," X said:
            # the body says whose words the headline took, better than a guess at the headline alone
            resolved[k] = known
            continue
        if len(words.split()) < _MIN_REPEATED_WORDS:
            continue
        later = next((resolved[j] for j in range(k + 1, len(texts)) if resolved[j][1] is not None
                      and keys[j] != words and keys[j].startswith(words + " ")), None)
        if later is not None:
            resolved[k] = later


# A pull quote repeats this many words of the quote it is taken from, at least; a headline this many of
# a quote of the body, anywhere in it.
_MIN_REPEATED_WORDS = 4
_MIN_HEADLINE_WORDS = 3


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

