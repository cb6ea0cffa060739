"""Sentence mentions of one real event merged into one `Event`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from transforms.dates import ResolvedDate
from transforms.doc_index import doc_index
from transforms.entities.margins import lead_start
from transforms.events.arguments import is_interception
from transforms.events.places import compatible_places
from transforms.events.records import Event, EventMention, MergedEvent, Party, Place
from transforms.events.timing import a_year
from transforms.lexicon.events import (
    ARMED,
    DURATIVE_ASSAULT,
    FREQUENCY,
    INJURE,
    KILL,
    MULTILATERAL,
    MUNITIONS,
    SCORED_TOLERANCE,
)


def _day_gap(a: ResolvedDate, b: ResolvedDate) -> int | None:
    """Days between two day-level dates, or None when they cannot be compared.

    Unresolved weekdays compare by name ("Wednesday" and "Thursday" are a day apart);
    other unresolved expressions ("Jan. 23" and "Wednesday") count as different days.
    """
    if a.precision == "day" and b.precision == "day":
        return abs((a.date - b.date).days)
    if a.date is not None or b.date is not None or not (a.key and b.key):
        return None
    if a.key in _WEEKDAY_KEYS and b.key in _WEEKDAY_KEYS:
        gap = abs(_WEEKDAY_KEYS[a.key] - _WEEKDAY_KEYS[b.key])
        return min(gap, 7 - gap)
    return 0 if a.key == b.key else 99


_OVERNIGHT = re.compile(r"(?:overnight|last night)", re.I)
_AT_NIGHT = re.compile(r"\b(?:p\.?m\.?|night|midnight|evening)\b", re.I)


def _one_night(a: EventMention, b: EventMention, gap: int) -> bool:
    """Whether an attack dated "overnight" alone and one told at an hour of the night up to two days before
    may be one night's: the night is dated by a report whose day the sentence may not give ("an overnight
    attack ... said on Sunday" and "arrived around 11 p.m. on Saturday")."""
    return gap <= 2 and any(_OVERNIGHT.fullmatch(x.when.text.strip()) and _AT_NIGHT.search(y.sent.text)
                            for x, y in ((a, b), (b, a)))
_WEEKDAY_KEYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday",
                                                    "saturday", "sunday"])}


def _conflicts(event: MergedEvent, mention: EventMention) -> bool:
    """Whether a mention names a different event than `event` (other day, place, toll or kind)."""
    if any(m.habitual for m in event.mentions) != mention.habitual:
        return True
    if mention.event_type == "ASSAULT" and _durative(event.first.trigger) != _durative(mention.trigger):
        return True  # "since Russia launched its invasion" is not the night's strikes
    ongoing = _ongoing(event.first.trigger)
    if mention.event_type == "ASSAULT" and ongoing != _ongoing(mention.trigger) and any(
            m.when is not None and (m.killed is not None or m.injured is not None)
            for m in (event.first, mention)) and (event.first.place if ongoing else mention.place) is not None:
        # "troops are fighting to hold the villages near X" is no strike of a day with its toll; "they are
        # targeting civilians", placed nowhere, says what the attack was
        return True
    if (mention.status == "denied") != (event.status() == "denied"):
        return True  # "there was no dialogue" is no report of the talks
    if mention.event_type == "ASSAULT" and mention.actor is not None and (
            is_interception(mention.trigger) or any(is_interception(m.trigger) for m in event.mentions)):
        # "Russia says it shot down 19 Ukrainian drones" beside a Russian strike: two attackers, two attacks.
        actor = event.value("actor")
        if actor is not None and not actor.same(mention.actor):
            return True
    if mention.event_type == "CONSULT" and not mention.definite and not _told_above_the_story(event) \
            and _other_parties(event, mention):
        return True  # "X spoke with Y" after "A met B": two meetings, whatever the headline said
    marker = separation_marker(mention) if not mention.definite else None
    if marker == "opening" and not _same_toll(event, mention):
        return True  # "Separately, a bomb hit the village of X", "In a separate incident, ..."
    if marker == "also" and mention.place is not None and not mention.place.weak and (
            event.place() is None or _other_place_named(event.place(), mention.place)):
        return True  # "Russian forces also attacked Y" after an attack on X; "a missile also hit a school" adds
    if not mention.definite and mention.place is not None and _nationwide(event.first):
        return True  # the night's national tally does not take in an attack on one village
    if (_barrage(mention) and _on_a_town(event.place())) or (
            _barrage(event.first) and not mention.definite and _on_a_town(mention.place)):
        return True  # nor does the barrage over the country, told beside the strike on a town
    if mention.definite and mention.when is None:
        return False
    place = event.place()
    # Two towns tell two attacks apart only when the second states a toll of its own: "shells landed on
    # the X market" adds to the attack on the town; "gunmen killed nine people in the village of Y" is another.
    own_toll = mention.killed is not None or mention.injured is not None
    if not (compatible_places(place, mention.place) and not (own_toll and _distinct_towns(place, mention.place))) \
            and not _same_toll(event, mention) and not (
            _names_place_of(mention, place) or any(_names_place_of(m, mention.place) for m in event.mentions)):
        return not mention.definite
    if mention.when is not None and mention.status == "occurred":
        # Talks run over consecutive days; "X met Y on Thursday" is that day's meeting.
        tolerance = SCORED_TOLERANCE.get(mention.event_type, 0) if mention.trigger.pos_ != "VERB" else 0
        for other in event.mentions:
            if other.when is not None and other.status == "occurred":
                gap = _day_gap(other.when, mention.when)
                if gap is not None and gap > tolerance and not _one_night(other, mention, gap):
                    return True
    if mention.definite:
        return False
    tolls = [(event.value(t), getattr(mention, t)) for t in ("killed", "injured")]
    if _names_place_of(mention, place) and all(b <= a for a, b in tolls if a is not None and b is not None):
        return False  # "a man was killed in the village of Y in X district": part of the toll of X's attack
    return any(a is not None and b is not None and a != b for a, b in tolls)


def separation_marker(mention: EventMention) -> str | None:
    """How the writer marks a sentence as telling another event than the ones before: "opening" when it
    opens with "Separately", "Elsewhere", "Meanwhile", "Also", "Nationwide", "In a separate/another ...",
    "In neighbouring X"; "also" when its verb of force or talks is "also" done ("Russian forces also
    attacked X"), which tells another event only at another place; else None."""
    words = [t.lower_ for t in mention.sent if not (t.is_punct or t.is_space)][:3]
    if words and (_nationwide(mention) or words[0] in _SEPARATE):
        return "opening"
    if len(words) == 3 and words[0] == "in" and (words[1] in {"another"} | _NEIGHBOURING or (
            words[1] in {"a", "an", "the"} and words[2] in {"separate", "other"} | _NEIGHBOURING)):
        return "opening"
    trigger = mention.trigger
    # "Three militants were also killed": a toll added to the event told, not another one.
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() not in KILL | INJURE and any(
            c.dep_ == "advmod" and c.lower_ in _SEPARATE for c in trigger.children):
        return "also"
    return None


def _other_place_named(a: Place | None, b: Place | None) -> bool:
    """Whether two places are named and neither name holds the other ("Esman hromada" and "Shostka")."""
    if a is None or b is None:
        return False
    x, y = a.name.lower(), b.name.lower()
    return x not in y and y not in x


def _barrage(mention: EventMention) -> bool:
    """Whether a sentence tells a night's barrage over a country, with no town ("Russia launched 118
    drones and three missiles against Ukraine"): news reports it apart from the strikes on towns."""
    return mention.event_type == "ASSAULT" and mention.trigger.lemma_.lower() in {"launch", "fire"} and any(
        n >= _BARRAGE for n, _ in mention.quantities) and (mention.place is None or mention.place.is_country)


def _on_a_town(place: Place | None) -> bool:
    return place is not None and not place.weak and place.specificity <= 1


def _nationwide(mention: EventMention) -> bool:
    """Whether a sentence opens on the whole country: "Nationwide, ...", "Across the country, ..."."""
    words = [t for t in mention.sent if not (t.is_punct or t.is_space)][:3]
    if words and words[0].lower_ == "nationwide":
        return True
    return len(words) == 3 and words[0].lower_ == "across" and words[1].lower_ == "the" and words[2].lemma_.lower() in {
        "country", "nation"}


# Drones and missiles in one night that make a barrage over a country, not a strike on a town.
_BARRAGE = 20
# Adverbs that tell a sentence's event apart from the ones told before it, and neighbouring places.
_SEPARATE = frozenset({"also", "separately", "elsewhere", "meanwhile"})
_NEIGHBOURING = frozenset({"neighboring", "neighbouring", "nearby", "adjacent"})


def _distinct_towns(a: Place | None, b: Place | None) -> bool:
    """Two towns or villages of different names, each named outright: two scenes, whatever country
    the gazetteer can tell (villages are too small for it)."""
    if a is None or b is None or a.weak or b.weak or _wider_than_a_district(a) or _wider_than_a_district(b):
        return False
    return _other_place_named(a, b)


def _wider_than_a_district(place: Place) -> bool:
    """A region or a country: a district, like a town, is one scene (it only ranks below its villages
    when the place of an event is chosen)."""
    return place.specificity > 1


def _same_toll(event: MergedEvent, mention: EventMention) -> bool:
    """Whether a mention states the event's toll, dead and injured alike where both say them: a headline
    that names the region ("attack on X Oblast kills 4") and a lead that names the town."""
    tolls = [(event.value(t), getattr(mention, t)) for t in ("killed", "injured")]
    stated = [(a, b) for a, b in tolls if a is not None and b is not None]
    return bool(stated) and all(a == b for a, b in stated) and all((a is None) == (b is None) for a, b in tolls)


def _names_place_of(mention: EventMention, other: Place | None) -> bool:
    """Whether a mention's sentence names the other place as the wider area of its own ("the town of
    Y in X Oblast", "X's Y district"), so the two places do not tell two events apart."""
    if other is None or mention.place is None or (
            _wider_than_a_district(mention.place) and other.specificity < mention.place.specificity):
        return False
    return other.name.lower() in mention.sent.text.lower()


def _told_above_the_story(event: MergedEvent) -> bool:
    """Whether every mention of `event` so far is a point of a summary above the story ("Key points:" then
    "• ..."), undated: a short version of what the story tells, whose parties go by their roles ("New
    Caledonia's president and the FLNKS leader met"). (A standfirst tells its own meeting at times: "X met Y
    a day before the summit".)"""
    doc = event.first.sent.doc
    lead = lead_start(doc)
    text = doc_index(doc).text
    return all(m.sent.start_char < lead and m.when is None
               and _POINT.match(text, text.rfind("\n", 0, m.trigger.idx) + 1) for m in event.mentions)


# The mark that opens a summary's point: "• Two gendarmes were wounded ...".
_POINT = re.compile(r"\s*[•·▪●*]\s")


def _other_parties(event: MergedEvent, mention: EventMention) -> bool:
    """Whether a mention names parties and none of them takes part in `event` as named so far, or names
    two, one of them new, and comes "later". Only named parties count: "American negotiators" may be
    the "United States" of another sentence."""
    theirs = [p for p in (mention.actor, mention.target) if p is not None and p.cluster is not None]
    ours = [p for m in event.mentions for p in (m.actor, m.target) if p is not None and p.cluster is not None]
    trigger = mention.trigger
    # "later met", or "later held a call with": the adverb on the verb whose object the trigger is
    verbs = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    if len(theirs) == 2 and not all(any(a.same(b) for b in ours) for a in theirs) and any(
            c.dep_ == "advmod" and c.lower_ in _NEXT for v in verbs for c in v.children):
        return True  # "X received the envoy ... The envoy later met Y": one party in common, two meetings
    return bool(theirs and ours) and not any(a.same(b) for a in theirs for b in ours)


# Spans of time: force "over the past year" or "for months" is a course of war, not an attack of a day.
_SPANS = frozenset({"year", "month", "week", "decade", "years", "months", "weeks", "decades"})
# Adverbs that put a meeting after the one told before: "later met", "then spoke with".
_NEXT = frozenset({"later", "then", "afterwards", "subsequently", "separately"})


def merge_mentions(mentions: list[EventMention]) -> list[MergedEvent]:
    events: list[MergedEvent] = []
    for mention in mentions:
        same_type = [e for e in events if e.first.event_type == mention.event_type]
        if mention.definite:
            # "the attack", "these meetings": the latest event of the type the article spoke of.
            ordered = sorted(same_type, key=lambda e: e.mentions[-1].sent.start, reverse=True)
        else:
            ordered = same_type
        target = next((e for e in ordered if not _conflicts(e, mention)), None)
        if target is None:
            events.append(MergedEvent([mention]))
        else:
            target.mentions.append(mention)
    return events


def _multilateral(trigger: Token) -> bool:
    """Talks named as a series the article spoke of: "the trilateral negotiations", "the next round of
    peace talks"."""
    modifiers = trigger.doc[trigger.left_edge.i : trigger.i].text
    if MULTILATERAL.search(modifiers) is not None:
        return True
    return trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lemma_.lower() in {
        "round", "session"} and any(c.lower_ in {"next", "new", "another", "second", "third", "latest", "fresh"}
                                    for c in trigger.head.head.children)


def inherit_multilateral_parties(events: list[MergedEvent]) -> None:
    """Talks called trilateral or bilateral without naming their parties are between the parties of the
    talks the article named before ("talks among Russian, Ukrainian and American officials ... The
    trilateral negotiations, first held in January, ...")."""
    named: MergedEvent | None = None
    for event in sorted(events, key=lambda e: e.first.sent.start):
        if event.first.event_type != "CONSULT":
            continue
        actor, target = event.value("actor"), event.value("target")
        if actor is not None and target is not None:
            named = event
        elif actor is None and target is None and named is not None and any(
                _multilateral(m.trigger) for m in event.mentions):
            event.mentions[0] = replace(event.first, actor=named.value("actor"), target=named.value("target"))


def attribute_to_sole_attacker(events: list[MergedEvent], name_of: Callable[[Party], str] = str) -> None:
    """An attack stated without its perpetrator ("a bus was hit", "Saturday's strike") is the work of the
    one attacker the article names, when it names exactly one (`name_of` tells one party under two forms,
    "Russian" and "Russia", apart from two parties)."""
    assaults = [e for e in events if e.first.event_type == "ASSAULT"]
    attackers: list[Party] = []
    for event in assaults:
        actor = event.value("actor")
        if all(is_interception(m.trigger) for m in event.mentions) or is_background(event):
            continue  # the other side's drones shot down are not the attacks the article is about
        if actor is not None and not any(actor.same(a) or name_of(actor) == name_of(a) for a in attackers):
            attackers.append(actor)
    if len(attackers) != 1:
        return
    attacker = attackers[0]
    for event in assaults:
        if event.value("actor") is not None or attacker.same(event.value("target")):
            continue
        if all(event.value(attr) is None for attr in ("place", "when", "killed", "injured")):
            continue  # a bare mention ("more attacks on the party") is no attack to attribute
        if all(_states_no_perpetrator(m.trigger) for m in event.mentions):
            shown = event.representative()
            k = next(i for i, m in enumerate(event.mentions) if m is shown)
            event.mentions[k] = replace(shown, actor=attacker)


def _states_no_perpetrator(trigger: Token) -> bool:
    """Whether a trigger leaves its perpetrator unsaid: a passive without agent, or an attack noun
    without "by ..." ("a gunman shot two people" names one, even if no entity)."""
    if trigger.lemma_.lower() in {"explosion", "blast"}:
        return False  # explosions happen without anyone attacking
    if trigger.pos_ == "VERB":
        # "a drone hit a minibus", "a shell struck the house": the weapon, not who fired it
        return all(_means(c) for c in trigger.children if c.dep_ in {"nsubj", "agent", "csubj"})
    return not any(c.dep_ == "prep" and c.lower_ == "by" for c in trigger.children) and not any(
        c.dep_ in {"poss", "compound", "amod"} and c.lemma_.lower() in ARMED for c in trigger.children)


def _means(subject: Token) -> bool:
    """Whether a subject is a weapon with no party named on it ("a guided bomb", "the drones")."""
    heads = [o for o in subject.children if o.dep_ == "pobj"] if subject.dep_ == "agent" else [subject]
    return bool(heads) and all(h.lemma_.lower() in MUNITIONS and not h.ent_type_ and not any(
        c.ent_type_ for c in h.children if c.dep_ in {"amod", "compound", "poss", "nmod"}) for h in heads)


def to_event(merged: MergedEvent) -> Event:
    first = merged.representative()
    status = merged.status()
    place = merged.place()
    when = merged.when()
    actor = merged.value("actor")
    pair = next(((m.actor, m.target) for m in merged.mentions if m.actor is not None and m.target is not None), None)
    if first.event_type == "CONSULT" and pair and actor is not None and actor.same(pair[1]):
        # "Rwanda ministers meet ..." then "the ministers of Congo and Rwanda met": the order of the
        # sentence that names both parties
        actor = pair[0]
    # The other party: the first named that is not the actor ("Rwanda ministers meet ..." then "the
    # ministers of Congo and Rwanda met": Rwanda, then Congo).
    others = [p for m in merged.mentions for p in ((m.target, m.actor) if first.event_type == "CONSULT"
                                                     else (m.target,)) if p is not None]
    target = next((p for p in [merged.value("target"), *others] if p is not None and not p.same(actor)), None)
    killed = max((m.killed for m in merged.mentions if m.killed is not None), default=None)
    injured = max((m.injured for m in merged.mentions if m.injured is not None), default=None)
    quantities = tuple(dict.fromkeys(q for m in merged.mentions for q in m.quantities))
    modes = Counter(m.mode for m in merged.mentions if m.mode)
    known = sum(x is not None for x in (place, when, actor))
    return Event(
        event_type=first.event_type, sentence=first.sent.text, start_char=first.sent.start_char,
        end_char=first.sent.end_char, trigger=first.trigger.text, status=status,
        mode=modes.most_common(1)[0][0] if modes else None,
        actor_text=actor.text if actor else None, actor_cluster=actor.cluster if actor else None,
        target_text=target.text if target else None, target_cluster=target.cluster if target else None,
        location_text=place.party.text if place else None, location_cluster=place.party.cluster if place else None,
        event_date=when.date if when else None, date_text=when.text if when else None,
        date_precision=when.precision if when else "unknown",
        killed=killed, injured=injured, quantities=quantities,
        confidence=round(min(0.95, 0.4 + 0.1 * known + 0.05 * min(len(merged.mentions), 3)), 2),
        country_code=place.country_code if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        n_sentences=len(merged.mentions),
    )


def is_background(merged: MergedEvent) -> bool:
    """Whether an attack is force stated over a span, not an attack of a day: "since Russia launched its
    full-scale invasion", "the occupation of the region", "the town is shelled almost daily", with no
    toll of its own."""
    if merged.first.event_type != "ASSAULT":
        return False
    if not all(_durative(m.trigger) or _frequent(m.trigger) for m in merged.mentions):
        return False
    # A date does not make it a day's attack: "launched its invasion four years ago" is background too.
    return merged.value("killed") is None and merged.value("injured") is None


def is_history(merged: MergedEvent) -> bool:
    """Whether an attack or a meeting is history the article recalls: dated by a year only ("blew up a
    plane in 1988", "talks last year") or by a past war ("during World War Two"). News reports its
    events of the day by day, or with no date at all."""
    if merged.first.event_type not in {"ASSAULT", "CONSULT"}:
        return False
    if any(m.when is not None and m.when.precision == "day" for m in merged.mentions):
        return False
    if any(m.when is not None and m.when.precision == "year" and "this" not in m.when.text.lower()
           for m in merged.mentions):
        return True  # ("the deadliest attack this year" is no year of history)
    return all(_during_a_war(m.trigger) for m in merged.mentions)


def _during_a_war(trigger: Token) -> bool:
    clause = trigger if trigger.pos_ == "VERB" else trigger.head
    return any(c.dep_ == "prep" and c.lower_ == "during" and any(
        o.dep_ == "pobj" and o.ent_type_ == "EVENT" for o in c.children) for c in clause.children)


def _frequent(trigger: Token) -> bool:
    """A verb of force said to recur ("is shelled almost daily", "routinely bombs"): a pattern, not an attack.
    "Continued attacks" and "a string of attacks" still report attacks."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in FREQUENCY for c in trigger.children)


def _ongoing(trigger: Token) -> bool:
    """Fighting told as going on now, not as an attack that happened: a verb in the present progressive
    ("troops are fighting to hold X", "forces are attacking the town"). A noun's present verb tells
    nothing: headlines tell past attacks in the present ("drone attack kills seven")."""
    return trigger.pos_ == "VERB" and trigger.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in {"VBP", "VBZ"} for c in trigger.children)


def _durative(trigger: Token) -> bool:
    """"invasion", "occupation", a verb launching one ("launched its full-scale invasion"), or force
    stated over a span of time ("fighting has shifted to X over the past year", "shelled for months")."""
    if trigger.lemma_.lower() in DURATIVE_ASSAULT:
        return True
    clause = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in {"nsubj", "nsubjpass"} else None
    clauses = [clause, clause.head] if clause is not None and clause.dep_ == "conj" else [clause]
    if clause is not None and any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" and (
                c.lower_ in {"over", "for", "throughout"} and o.lemma_.lower() in _SPANS
                or c.lower_ == "since" and a_year(o))
                for o in c.children)
            for verb in clauses for c in verb.children):
        return True  # "have been killed since 2011": a war's years, "killed and abducted" alike
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DURATIVE_ASSAULT for c in trigger.children)
