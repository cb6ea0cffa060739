"""When a trigger happened: the date expression its clause holds, or the one its sentence attaches to
it through the tree ("on Tuesday", "two days after the strike"), resolved against the article's day."""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from transforms.dates import ResolvedDate, resolve_date
from transforms.doc_index import doc_index
from transforms.events.arguments import common_ancestor, tree_distance
from transforms.events.status import occurrence_verb
from transforms.lexicon.events import MAX_DATE_DISTANCE, REPORTING
from transforms.numbers import count_of


def date_of(trigger: Token, sent: Span, reference: date | None, exact: bool, future: bool) -> ResolvedDate | None:
    """The date expression attached to the trigger, resolved; dates of reporting verbs don't count."""
    doc = sent.doc
    spans: list[Span] = []
    ents = [e for e in doc_index(doc).ents_in(sent) if e.label_ in {"DATE", "TIME"}]
    skip = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        start, end = ent.start, ent.end
        # "overnight Monday into Tuesday", "between Monday night and Tuesday morning": one range.
        while k + 1 < len(ents) and ents[k + 1].start - end <= 1 and \
                (ents[k + 1].start == end or doc[end].lower_ in {"into", "and"}):
            k += 1
            skip.add(k)
            end = ents[k].end
        joint = next((t.i for t in doc[start:end] if t.lower_ in {"to", "into", "through", "until"}), None)
        if joint is not None and joint + 1 < end:
            spans.append(doc[joint + 1 : end])  # a range reports for its last day
            continue
        if start > 0 and doc[start - 1].lower_ in {"since", "until", "for", "from", "before"}:
            continue
        spans.append(doc[start:end])
    best: tuple[int, int, int, ResolvedDate] | None = None
    # A trigger deep in the subject of "got underway" is one step from that verb's dates.
    origins = _origins(trigger)
    for span in spans:
        if _is_dateline(span):
            continue  # "November 22, 2026 (KADUGLI) –": the day of writing, not of the event
        if _the_reports_day(trigger, span):
            continue
        resolved = resolve_date(span.text, reference, reference_is_publication=exact, future=future)
        if resolved.key is None and resolved.date is None:
            continue
        shift = _shift_to_clause(trigger, span)
        if shift is None:
            continue  # "after talks on Monday, strikes hit ...": the strikes' day is not said
        if shift:
            if resolved.date is None or resolved.precision != "day":
                continue
            moved = resolved.date + timedelta(days=shift)
            resolved = ResolvedDate(resolved.text, moved, "day", moved.isoformat())
        attached = [(_attached_distance(origin, span, trigger), extra) for origin, extra in origins]
        distances = [d + extra for d, extra in attached if d is not None]
        if not distances or min(distances) > MAX_DATE_DISTANCE:
            continue
        rank = (resolved.precision != "day" and resolved.key is None, min(distances), abs(span.start - trigger.i))
        if best is None or rank < best[:3]:
            best = (*rank, resolved)
    return best[3] if best else None


def _the_reports_day(trigger: Token, span: Span) -> bool:
    """Whether a date hangs on the object of a reporting verb ("the group claimed the attack on Friday",
    "claimed responsibility for the bombing on Tuesday"): the day of the claim, however the parse attaches
    it; the event's own day is written before it ("claimed Tuesday's bombing")."""
    reported = trigger
    if reported.dep_ == "pobj" and reported.head.lower_ == "for":
        reported = reported.head.head  # "responsibility for the bombing"
    if reported.dep_ != "dobj" or reported.head.lemma_.lower() not in REPORTING:
        return False
    return span.start > trigger.i and span.root.head.dep_ == "prep" and span.root.head.head.i == trigger.i


def _is_dateline(span: Span) -> bool:
    """A date opening a sentence before a dash or a place in brackets: "November 22, 2026 (KADUGLI) –"."""
    sent = span.sent
    if span.start != sent.start:
        return False
    after = [t for t in sent.doc[span.end : min(span.end + 5, sent.end)]]
    return any(t.text in {"–", "—", "-", "--"} for t in after)


# Durations that put one event a number of days from another: "a day after", "two days before".
_DAY_UNITS = {"day": 1, "week": 7, "hour": 0, "minute": 0, "night": 1}


def _shift_to_clause(trigger: Token, span: Span) -> int | None:
    """Days from a date to the event of a trigger that sits in an "after"/"before" clause of the date's
    clause: "met on Monday, a day after a strike killed six" puts the strike on Sunday (-1), "two days
    before" two days later, "hours after" the same day; 0 when the trigger is in no such clause; None
    when the clause says no distance ("met on Monday after strikes hit the town")."""
    lca = common_ancestor(trigger, span.root)
    if lca is None:
        return 0
    t = trigger
    while t.i != lca.i and t.head.i != t.i:
        marker = next((c for c in t.children if c.dep_ in {"mark", "prep"} and c.lower_ in {"after", "before"}), None)
        if t.dep_ in {"pobj", "pcomp"} and t.head.lower_ in {"after", "before"}:
            marker = t.head
        if marker is not None and marker.i not in range(span.start, span.end):
            return _distance_days(marker)
        t = t.head
    return 0


def _distance_days(marker: Token) -> int | None:
    """The days an "after"/"before" marker states ("a day after" -> -1, "two days before" -> 2)."""
    owner = marker.head
    candidates = [c for c in (*owner.children, *marker.children) if c.dep_ in {"npadvmod", "advmod"}]
    for unit in candidates:
        days = _DAY_UNITS.get(unit.lemma_.lower())
        if days is None:
            continue
        count = next((count_of(c) for c in unit.children if c.dep_ == "nummod"), None) or 1
        return count * days * (-1 if marker.lower_ == "after" else 1)
    return None


# "within days", "in the coming weeks": a hope of when, not a day set.
_VAGUE_TIME = re.compile(r"(?:within|in the coming|in coming|in the next|over the next|soon|days|weeks|months)\b",
                         re.IGNORECASE)


def time_attached(trigger: Token, sent: Span) -> bool:
    """Whether a date or time expression of the sentence belongs to the trigger's clause ("talks will be
    held this week", "are due to meet on Friday"), resolved or not; a reporting verb's date does not count."""
    for ent in doc_index(sent.doc).ents_in(sent):
        if ent.label_ not in {"DATE", "TIME"} or _VAGUE_TIME.match(ent.text):
            continue
        for origin, extra in _origins(trigger):
            distance = _attached_distance(origin, ent, trigger)
            if distance is not None and distance + extra <= MAX_DATE_DISTANCE:
                return True
    return False


def _origins(trigger: Token) -> list[tuple[Token, int]]:
    """Where the trigger's dates hang, with the steps that cost: the trigger; the verb a noun trigger is the
    subject or object of ("talks got underway on Monday"); the verb a verb trigger shares its subject with
    ("gunmen stopped a bus on Sunday and opened fire")."""
    origins = [(trigger, 0)]
    if trigger.pos_ != "VERB" and (occurrence := occurrence_verb(trigger)) is not None:
        origins.append((occurrence, 1))
    if trigger.pos_ == "VERB" and trigger.dep_ == "conj" and trigger.head.pos_ == "VERB" \
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        origins.append((trigger.head, 1))
    return origins


def _attached_distance(origin: Token, span: Span, trigger: Token) -> int | None:
    """Tree distance from `origin` to a date span, or None when the date belongs to another clause."""
    same_time = _same_time_clause(span, trigger)
    ancestors = {t.i for t in origin.ancestors}
    if any(t.i in ancestors for t in span) and not same_time:
        return None  # "February 1, after which Russia launched an attack": the clause hangs off the date
    lca = common_ancestor(origin, span.root)
    if lca is not None and not same_time and leaves_clause(origin, lca, _OTHER_CLAUSE_DEPS):
        return None  # a date of another clause ("It was Sunday to Sunday and he hit him")
    if lca is not None and lca.i != origin.i and lca.lemma_.lower() in REPORTING:
        return None
    return min(tree_distance(origin, t) for t in span)


def _same_time_clause(span: Span, trigger: Token) -> bool:
    """Whether the trigger sits in a 'when' clause of the date ("February 5, when the talks end")."""
    for t in [trigger, *trigger.ancestors]:
        if t.dep_ == "relcl" and t.head.i in range(span.start, span.end):
            return t.left_edge.lower_ in {"when", "as"}
    return False


def leaves_clause(token: Token, ancestor: Token, clause_deps: frozenset[str]) -> bool:
    """Whether the path from `token` up to `ancestor` passes a verb attached by one of `clause_deps`,
    that is, leaves the clause `token` is in."""
    t = token
    while t.i != ancestor.i and t.head.i != t.i:
        if t.dep_ in clause_deps and t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


# Attachments that open another clause: a date past one on the way up from the trigger is that clause's.
_OTHER_CLAUSE_DEPS = frozenset({"conj", "ccomp", "parataxis", "relcl"})


def a_year(token: Token) -> bool:
    """Whether a date word is a bare year ("since 2009"): a span of years, not a day."""
    return token.like_num and len(token.text) == 4
