"""What the speaker model sees of a (quote, candidate) pair: named binary features from the
parse. A feature is present (1.0) or absent; conjunctions ("kind=pronoun&cue=after") let a
linear model weigh a relation differently for a name, a pronoun or an institution."""

from __future__ import annotations

from transforms.quotes.candidates import Candidate, QuoteContext

_CUE_RANK = {"govern": 0, "after": 1, "before": 2, "same_sentence": 3, "prev_sentence": 4, "next_sentence": 5,
             "far": 6}
# Cue verbs frequent enough to get a weight of their own; the rest share one.
_OWN_LEMMAS = frozenset({"say", "tell", "add", "write", "according to", "ask", "note", "explain", "call",
                         "argue", "continue", "state", "announce", "insist", "tweet", "post", "describe"})


def _bucket(n: int) -> str:
    for limit in (2, 5, 10, 20, 40):
        if n <= limit:
            return str(limit)
    return "far"


def features(c: Candidate, ctx: QuoteContext, *, recent: int | None, rank: int) -> dict[str, float]:
    """Features of candidate `c` for the quote described by `ctx`; `recent` is the speaker cluster of
    the quote before, `rank` the candidate's order of nearness among candidates of the quote."""
    f: dict[str, float] = {}
    quote = f"quote={'partial' if ctx.partial else 'direct'}"
    kind = f"kind={c.kind}"
    f[kind] = 1.0
    if c.kind == "previous":
        f[f"{kind}&own_cue={ctx.sentence_has_cue}"] = 1.0
        f[f"{kind}&opens_paragraph={ctx.opens_paragraph}"] = 1.0
        f[f"{kind}&colon={ctx.colon_before}"] = 1.0
        f[f"{kind}&colon_paragraph={ctx.colon_paragraph}"] = 1.0
        f[f"{kind}&rule={ctx.rule_cue is not None}"] = 1.0
        gap = min(ctx.previous_gap, 3) if ctx.previous_gap is not None else 3
        f[f"{kind}&gap={gap}"] = 1.0
        f[f"{kind}&gap={gap}&own_cue={ctx.sentence_has_cue}"] = 1.0
        return f
    f[f"{kind}&resolved={c.cluster is not None}"] = 1.0
    run = ctx.run
    first, last = min(ctx.tokens), max(ctx.tokens)
    if c.end_char <= run.outer_start:
        side, distance = "before", first - c.head.i
    elif c.start_char >= run.outer_end:
        side, distance = "after", c.head.i - last
    else:
        side, distance = "inside", 0
    if c.sentence < ctx.sentence_first:
        where = f"prev{ctx.sentence_first - c.sentence}"
    elif c.sentence > ctx.sentence_last:
        where = "next"
    else:
        where = "same"
    f[f"side={side}"] = 1.0
    f[f"where={where}"] = 1.0
    f[f"{kind}&where={where}&side={side}"] = 1.0
    f[f"distance={_bucket(distance)}"] = 1.0
    f[f"rank={min(rank, 5)}"] = 1.0
    f[f"{kind}&rank={min(rank, 5)}"] = 1.0
    if c.head is not None:
        f[f"dep={c.head.dep_}"] = 1.0
        f[f"{kind}&dep={c.head.dep_}"] = 1.0
    if ctx.rule_head is not None and c.head is not None and (
        ctx.rule_head.i == c.head.i or c.start_char <= ctx.rule_head.idx < c.end_char
    ):
        f["rule"] = 1.0
        f[f"rule&{kind}"] = 1.0
        f[f"rule&cue={ctx.rule_cue if ctx.rule_cue in _OWN_LEMMAS | {'colon'} else 'other'}"] = 1.0
    if c.cues:
        best = min(c.cues, key=lambda cue: _CUE_RANK[cue.place])
        lemma = best.lemma if best.lemma in _OWN_LEMMAS else "other"
        f[f"cue={best.place}"] = 1.0
        f[f"cue={best.place}&{kind}"] = 1.0
        f[f"cue={best.place}&{quote}"] = 1.0
        f[f"cue_lemma={lemma}"] = 1.0
        f[f"cue={best.place}&lemma={lemma}"] = 1.0
        f[f"cues={min(len(c.cues), 3)}"] = 1.0
        if best.place == "govern":
            f[f"govern&innermost={any(q.innermost for q in c.cues)}"] = 1.0
    elif ctx.rule_head is None:
        f[f"no_cue&{kind}&where={where}"] = 1.0
    if c.addressed:
        # the other person of "X told Y" or "X described Y as" is spoken to or about
        best = min(c.addressed, key=lambda cue: _CUE_RANK[cue.place])
        f[f"addressed={best.place}"] = 1.0
        f[f"addressed={best.place}&{kind}"] = 1.0
    if ctx.colon_before and side == "before" and where == "same":
        f[f"colon&{kind}"] = 1.0
    if ctx.colon_paragraph and where == "prev1":
        f[f"colon_paragraph&{kind}"] = 1.0
        if c.cues:
            f["colon_paragraph&cue"] = 1.0
    if recent is not None and c.cluster == recent:
        f["recent"] = 1.0
        f[f"recent&{kind}"] = 1.0
        f[f"recent&own_cue={ctx.sentence_has_cue}"] = 1.0
    if c.head is not None:
        # the words between the quote and the sentence edge: '"...," Jane Doe, a top adviser, said'
        for name, tokens, verb in (("after", ctx.after, ctx.after_verb), ("before", ctx.before, ctx.before_verb)):
            if c.head.i in tokens:
                f[f"segment={name}&verb={verb}"] = 1.0
                f[f"segment={name}&verb={verb}&{kind}"] = 1.0
    f[quote] = 1.0
    return f
