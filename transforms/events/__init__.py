"""Events: PLOVER-typed statements of who did what to whom, where, when, with what toll.

`extract_events(doc, found, published=...)` finds trigger words of the 16 PLOVER types in the
parse, reads each trigger's actor, target, place, date, casualties and weapon counts from the
dependency tree, and merges the sentences of one article that report the same real event into
one `Event` (several sentences about one attack give one row; counts stated in the next sentence
join the attack they follow).

The steps, one file each (their words, trigger words per PLOVER category from the codebook's
definitions, are transforms/lexicon/events.py): `triggers` (which tokens state an event), `status` (whether
it happened, is planned or denied, and whether it is one already told), `arguments` (who,
whom, when), `places` (where, the most specific place, through transforms/gazetteer), `tolls`
(killed, injured, weapons) and `merge` (one event from the sentences that report it).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from transforms.dates import reference_date
from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities
from transforms.events.arguments import EntityIndex, actor_target
from transforms.events.merge import (
    attribute_to_sole_attacker,
    inherit_multilateral_parties,
    is_background,
    is_history,
    merge_mentions,
    to_event,
)
from transforms.events.places import context_place, geocode, place_of
from transforms.events.records import Event, EventMention, MergedEvent
from transforms.events.status import (
    is_definite,
    is_generic,
    is_habitual,
    is_remote,
    is_series,
    status_of,
    unset_plan,
)
from transforms.events.timing import date_of, time_attached
from transforms.events.tolls import adds_to_toll, attach_tolls, casualties, mode_of, quantities_in
from transforms.events.triggers import by_the_state, is_trigger, trigger_positions
from transforms.gazetteer import country
from transforms.lexicon.events import INJURE, INTENTIONS, KILL, TRIGGERS

__all__ = ["Event", "extract_events", "geocode"]


def _mentions_in(
    sent: Span, words: list[Token], index: EntityIndex, reference: date | None, exact: bool
) -> list[EventMention]:
    """The event mentions of `sent`, whose possible trigger `words` are given."""
    candidates: dict[str, list[tuple[Token, str]]] = {}
    for event_type in TRIGGERS:
        for token in words:
            if not is_trigger(token, event_type) or is_generic(token):
                continue
            status = status_of(token)
            if status is None or status == "suppressed":
                continue
            coded = event_type
            if status == "planned" and event_type in INTENTIONS:
                # A planned attack is a threat, a promised release an agreement (PLOVER's future tense).
                coded, status = INTENTIONS[event_type], "occurred"
            elif event_type == "ASSAULT" and status != "occurred":
                continue  # a denied attack is no attack
            elif event_type == "CONSULT" and (unset_plan(token) or status == "planned"
                                              and not time_attached(token, sent)):
                continue  # talks offered, wished or undated are no meeting; "will be held on Friday" is one
            candidates.setdefault(coded, []).append((token, status))
    out: list[EventMention] = []
    for event_type, found in candidates.items():
        # One statement per type and sentence: the first specific one, and an earlier series of
        # attacks when the sentence contrasts them ("the strike followed a string of attacks").
        found.sort(key=lambda c: c[0].i)
        specific = [c for c in found if not is_habitual(c[0])]
        chosen = [specific[0] if specific else found[0]]
        if _recalled_in_passing(chosen[0][0]):
            # "two suspects in the attack were killed in a shootout": the attack recalled names whom the
            # sentence's own event befell; the verb tells that event
            chosen = [next((c for c in specific if c[0].pos_ == "VERB" and chosen[0][0] in c[0].subtree), chosen[0])]
        toll = chosen[0][0]
        if toll.lemma_.lower() in KILL | INJURE and not any(c.dep_ == "nsubj" for c in toll.children):
            # "Two soldiers were killed when gunmen attacked a checkpoint in X": the attack its clause tells
            # has the actor, the target and the place; the toll is the sentence's either way
            told = next((c for c in specific if c[0].head.i == toll.i and (c[0].dep_ == "advcl" or (
                c[0].dep_ == "conj" and c[0].lemma_.lower() not in KILL | INJURE
                and any(d.dep_ == "nsubj" for d in c[0].children)))), None)
            chosen = [told] if told is not None else chosen
        chosen += [c for c in found if is_series(c[0]) and c[0].i != chosen[0][0].i][:1]
        for trigger, status in chosen:
            out.append(_mention(event_type, sent, trigger, status, index, reference, exact))
    return out


def _recalled_in_passing(trigger: Token) -> bool:
    """A definite event noun that only qualifies a noun: "suspects in the attack", "victims of the raid"."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.pos_ in {"NOUN", "PROPN"} \
        and any(c.lower_ == "the" for c in trigger.children)


def _mention(
    event_type: str, sent: Span, trigger: Token, status: str, index: EntityIndex, reference: date | None, exact: bool
) -> EventMention:
    actor, target = actor_target(trigger, event_type, index)
    # The parties to talks are not where they meet; the target of an attack often is the place.
    parties = (actor, target) if event_type == "CONSULT" and trigger.lemma_ not in {"visit", "travel"} else (actor,)
    remote = event_type == "CONSULT" and is_remote(trigger)
    place = None if remote else place_of(trigger, sent, index, [p for p in parties if p], event_type)
    if event_type == "CONSULT" and place is not None and place.weak:
        place = None  # "talks with visiting Argentine President X": the visitor's country is not where
    when = date_of(trigger, sent, reference, exact, future=status == "planned")
    if when is None and event_type == "ASSAULT":
        # "Twelve people were killed on Saturday when the rebels shelled the town": the toll's day.
        tolls = (t for t in sent if t.i != trigger.i and (t.lemma_.lower() in KILL | INJURE or t.lower_ in INJURE))
        when = next((w for t in tolls if (w := date_of(t, sent, reference, exact, future=False)) is not None), None)
    killed = injured = None
    quantities: list[tuple[int, str]] = []
    mode = None
    if event_type == "ASSAULT":
        killed, injured = casualties(sent, index)
        quantities = quantities_in(sent)
        mode = mode_of(sent, trigger)
    definite = is_definite(trigger) or (event_type == "ASSAULT" and adds_to_toll(sent))
    return EventMention(event_type, sent, trigger, status, is_habitual(trigger), definite, actor,
                    target, place, when, killed, injured, quantities, mode)


def _governments(row: Event, index: EntityIndex) -> Event:
    """A capital acting is its country's government ("Moscow struck", "talks between Kinshasa and the
    rebels"); a capital attacked stays the city. Decided on the row, after merging, so that which
    sentences report one event does not depend on it."""
    if (country := index.government(row.actor_cluster)) is not None:
        row = replace(row, actor_text=country, actor_cluster=None)
    if row.event_type == "CONSULT" and (country := index.government(row.target_cluster)) is not None:
        row = replace(row, target_text=country, target_cluster=None)
    return row


def _a_series_told_with_an_attack(event: MergedEvent, merged: list[MergedEvent]) -> bool:
    """Whether an event is only the series an attack of the same sentence is the latest of, holding that
    attack's toll ("killed nine ..., the latest in a series of attacks"): the attack's, not one of its own."""
    if not all(is_series(m.trigger) for m in event.mentions):
        return False
    toll = (event.value("killed"), event.value("injured"))
    sents = {m.sent.start for m in event.mentions}
    return toll != (None, None) and any(
        other is not event and (other.value("killed"), other.value("injured")) == toll
        and any(m.sent.start in sents for m in other.mentions) for other in merged)


def extract_events(
    doc: Doc, found: ArticleEntities, *, published: date | None = None, reference_day: date | None = None
) -> list[Event]:
    """One event per real-world event the article reports, merged over the sentences that state it.

    Relative dates resolve against `published`, or without it against a full date in the
    article's lead, or the user's `reference_day` (see transforms/dates.py).
    """
    reference, exact = reference_date(doc_index(doc).text, published, fallback=reference_day)
    index = EntityIndex(doc, found)
    sents = doc_index(doc).sents
    positions = trigger_positions(doc)
    mentions = []
    for sent in sents:
        words = [doc[i] for i in positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]]
        if words:
            mentions += _mentions_in(sent, words, index, reference, exact)
    merged = merge_mentions(mentions)
    attach_tolls(merged, sents, index, reference, exact)
    inherit_multilateral_parties(merged)
    attribute_to_sole_attacker(merged, index.name_of)
    codes = Counter(p.country_code for e in merged if (p := e.place()) is not None and p.country_code)
    events = []
    for event in merged:
        if is_background(event) or is_history(event) or _a_series_told_with_an_attack(event, merged):
            continue
        if event.place() is None and event.first.event_type in {"ASSAULT", "CONSULT"} and not (
                event.first.event_type == "CONSULT" and all(is_remote(m.trigger) for m in event.mentions)):
            context = context_place(event, sents, index)
            if context is not None:
                shown = event.representative()
                k = next(i for i, m in enumerate(event.mentions) if m is shown)
                event.mentions[k] = replace(shown, place=replace(context, weak=True))
        row = _governments(to_event(event), index)
        if row.actor_text is None and row.actor_cluster is None and any(by_the_state(m.trigger)
                                                                          for m in event.mentions):
            # "a regime airstrike", "junta naval vessels": the state of the place, or of the article's places
            code = row.country_code or (codes.most_common(1)[0][0] if codes else None)
            if code is not None and (state := country(code)) is not None:
                row = replace(row, actor_text=state.name)
        # An event with no participant, place, date or toll cannot be coded (GDELT needs actors too).
        if any(x is not None for x in (row.actor_text, row.actor_cluster, row.target_text, row.target_cluster,
                                       row.location_text, row.location_cluster, row.date_text, row.killed,
                                       row.injured)):
            events.append(row)
    return events
