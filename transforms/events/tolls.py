"""Killed and injured counts, weapon counts and the mode of an attack."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from transforms.dates import ResolvedDate
from transforms.events.arguments import EntityIndex
from transforms.events.places import compatible_places, place_of
from transforms.events.records import MergedEvent, Place
from transforms.events.timing import a_year, date_of
from transforms.events.triggers import states_rate
from transforms.lexicon.events import CASUALTY_REACH, INJURE, KILL, MODES, PEOPLE, PERSON_ROLES, WEAPONS
from transforms.numbers import count_of


def adds_to_toll(sent: Span) -> bool:
    """Whether a sentence adds victims to a toll already given ("Two more people died", "another three
    were wounded"): it continues the attack reported before it."""
    if not any(t.lemma_.lower() in KILL or t.lemma_.lower() in INJURE or t.lower_ in INJURE for t in sent):
        return False
    for t in sent:
        if t.lower_ in {"more", "another", "further"} and t.dep_ in {"amod", "det", "advmod"} \
                and t.nbor(1).lower_ != "than":  # "more than 40 people" is a count, not an addition
            noun = t.head
            if any(c.dep_ == "nummod" for c in noun.children) or noun.pos_ == "NUM" or any(
                    c.pos_ == "NUM" for c in t.children):
                return True
    return False


def casualties(sent: Span, index: EntityIndex) -> tuple[int | None, int | None]:
    """(killed, injured) stated in a sentence: "killing 12", "six were killed", "19 people were injured"."""
    killed: list[int] = []
    injured: list[int] = []
    for token in sent:
        lemma = token.lemma_.lower()
        kind = killed if lemma in KILL else injured if lemma in INJURE or token.lower_ in INJURE else None
        if kind is None and lemma == "toll":
            verb = token.head
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}):
                n = next((count_of(c) for c in prep.children if c.dep_ == "pobj"), None)
                if n is not None:
                    killed.append(n)
            continue
        if kind is None or _over_a_span(token, years=True) or _claimed_by_the_killer(token):
            continue  # "has killed more than 40,000 people since 2009": a war's count, no attack's toll
        counts = []
        for child in token.children:
            if child.dep_ == "dobj" and (n := _victims(child)) is not None:
                counts.append(n)  # "injuring two teachers and a pupil", "wounding its driver"
                continue
            if child.dep_ in {"nsubjpass", "dobj", "nsubj"} and not (child.dep_ == "nsubj" and lemma in {"kill"}):
                n = count_of(child)
                if n is None and child.tag_ == "WP" and token.dep_ == "relcl":
                    mention = index.by_token.get(token.head.i)
                    n = 1 if mention is not None and mention.label == "PERSON" else None
                if n is None and child.dep_ == "nsubjpass":
                    mention = index.by_token.get(child.i)
                    n = 1 if mention is not None and mention.label == "PERSON" else None
                if n is None and (child.dep_ == "nsubjpass" or lemma == "die") and child.tag_ == "NN" and any(
                        c.lower_ in {"a", "an"} for c in child.children) and (
                        child.lemma_.lower() in PEOPLE | PERSON_ROLES | _ONE_VICTIM or child.lemma_.lower().endswith("ist")):
                    n = 1  # "a prominent journalist has been killed"
                if n is not None and not _in_return_fire(token, child):
                    counts.append(n)
        if not counts and token.pos_ == "VERB":
            # "over 30 were injured": the parser hangs the number off a preposition.
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"over", "than", "about"}):
                n = next((count_of(c) for c in prep.children if c.dep_ == "pobj"), None)
                if n is not None:
                    counts.append(n)
        if not counts and token.pos_ == "ADJ":
            n = count_of(token.head) if token.head.i != token.i else None
            if n is not None:
                counts.append(n)
        if not counts and token.dep_ in {"acl", "amod"} and token.head.pos_ in {"NOUN", "NUM"}:
            # "seven others injured", "and 15 wounded"
            n = count_of(token.head)
            if n is not None:
                counts.append(n)
        kind += counts
    return (max(killed) if killed else None), (max(injured) if injured else None)


# Victims named one by one: "a 64-year-old woman", "its driver", "a passenger".
_ONE_VICTIM = PEOPLE | {"driver", "passenger", "pupil", "teacher", "doctor", "nurse", "farmer", "shepherd", "fisherman",
                        "policeman", "guard", "pensioner", "baby", "infant", "toddler", "father", "mother", "son",
                        "daughter", "wife", "husband", "brother", "sister", "volunteer", "medic", "paramedic",
                        "sergeant", "constable", "gendarme", "trooper", "ranger"}
_ONE = frozenset({"a", "an", "its", "his", "her", "their", "one", "the"})


def _victims(obj: Token) -> int | None:
    """The victims an object counts with its conjuncts: "two teachers and a pupil" -> 3, "a 64-year-old
    woman" -> 1; None when one of them is no count or person."""
    total = 0
    for t in (obj, *obj.conjuncts):
        n = count_of(t)
        if n is None and t.tag_ == "NN" and t.lemma_.lower() in _ONE_VICTIM and any(
                c.dep_ in {"det", "poss", "nummod"} and c.lower_ in _ONE for c in t.children):
            n = 1
        if n is None:
            return None
        total += n
    return total if obj.conjuncts or total == 1 else None


def _claimed_by_the_killer(verb: Token) -> bool:
    """Whether a toll is the attacker's own claim ("claimed the attack, saying it had killed dozens"):
    groups inflate them, and the article's toll is another's count."""
    report = verb.head
    claim = report.lemma_.lower() == "claim" or (report.dep_ == "advcl" and report.head.lemma_.lower() == "claim")
    return verb.dep_ in {"ccomp", "xcomp"} and report.lemma_.lower() in {"say", "claim", "boast"} and claim and any(
        c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in verb.children)


# Fire that answers an attack: "killed in the retaliatory fire", "in the ensuing exchange of fire".
_RETURN_FIRE = frozenset({"fire", "firing", "exchange", "crossfire", "firefight", "shootout", "gunbattle", "gunfight"})
# Fire itself, which answers an attack when an attack is told; a shootout is the event unless it answers one
# ("killed in the ensuing shootout"; "two suspects were killed in a shootout with police" is the shootout's toll).
_FIRE = frozenset({"fire", "firing", "exchange", "crossfire"})
_ANSWERING = frozenset({"ensuing", "retaliatory", "subsequent", "return", "answering"})
# Victims whatever fire killed them.
_VICTIMS = PEOPLE | {"policeman", "policemen", "police", "guard", "troop", "personnel", "passenger", "patient"}


def _in_return_fire(verb: Token, victims: Token) -> bool:
    """Whether a count is of attackers killed by the fire that answered them ("three militants were also
    killed in the retaliatory fire"): not the attack's toll, which counts its victims."""
    if victims.lemma_.lower() in _VICTIMS or victims.lower_ in _VICTIMS:
        return False
    return any(o.lemma_.lower() in _FIRE or (o.lemma_.lower() in _RETURN_FIRE and any(a.lower_ in _ANSWERING for a in o.children))
               for c in verb.children if c.dep_ == "prep" and c.lower_ in {"in", "during"}
               for o in c.children if o.dep_ == "pobj")


def quantities_in(sent: Span) -> list[tuple[int, str]]:
    out = []
    for token in sent:
        if token.lemma_.lower() in WEAPONS - {"troop", "force", "army", "military", "soldier", "militant",
                                              "fighter", "gunman"} and token.pos_ == "NOUN":
            n = count_of(token)
            if n is not None and not token.like_num:
                out.append((n, token.lower_))
    return out


def mode_of(sent: Span, trigger: Token) -> str | None:
    found = sorted(
        ((abs(t.i - trigger.i), MODES[t.lemma_.lower()]) for t in sent if t.lemma_.lower() in MODES),
    )
    return found[0][1] if found else None


def attach_tolls(
    events: list[MergedEvent], sents: list[Span], index: EntityIndex, reference: date | None, exact: bool
) -> None:
    """Casualty counts stated without an attack word join the attack of the sentence(s) before, or, in a
    headline or lead before any attack, the attack stated next ("Seven dead in Kharkiv. Russian drones
    struck the city overnight."). A toll with its own day or place that differ from the attack's is
    another event's and stays apart ("On Monday, two people were killed in Odesa")."""
    mentioned = {m.sent.start for e in events for m in e.mentions if m.event_type == "ASSAULT"}
    for k, sent in enumerate(sents):
        if sent.start in mentioned:
            continue
        killed, injured = casualties(sent, index)
        if killed is None and injured is None:
            continue
        anchor = next((t for t in sent if t.lemma_.lower() in KILL | INJURE or t.lower_ in INJURE), sent.root)
        if states_rate(anchor) or _over_a_span(anchor):
            continue  # "accused of killing thousands over the past decade": a record, not this attack's toll
        place = place_of(anchor, sent, index, [])
        when = date_of(anchor, sent, reference, exact, future=False)
        for other in _toll_owners(k, sents, mentioned):
            owner = next((e for e in events for m in e.mentions
                          if m.event_type == "ASSAULT" and m.sent.start == sents[other].start), None)
            if owner is None:
                continue
            if _another_event(owner, place, when):
                break
            last = owner.mentions[-1]
            owner.mentions.append(replace(last, sent=sent, killed=killed, injured=injured, definite=True,
                                          when=None, place=None, quantities=quantities_in(sent)))
            break


# Spans of time a toll is counted over: "over the past decade", "since 2014", "for years".
_SPANS = frozenset({"year", "month", "week", "decade", "century"})


def _over_a_span(token: Token, years: bool = False) -> bool:
    """Whether a toll word is counted over a span of time rather than one attack; with `years`, a span
    of years ("over the past decade", "since 2009"), not one that may hold a campaign of strikes
    ("since last July")."""
    # "have been killed and abducted since 2011": the span said once for both verbs
    for prep in (c for t in (token, *token.conjuncts) for c in t.children if c.dep_ == "prep" and c.lower_ in {
            "over", "for", "since", "throughout", "during", "in"}):
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            if o.lemma_.lower() in _SPANS or (prep.lower_ == "since" and o.ent_type_ == "DATE" and (
                    not years or a_year(o))):
                return True
    return False


def _toll_owners(k: int, sents: list[Span], mentioned: set[int]) -> list[int]:
    """The sentences whose attack a toll in sentence `k` may belong to: the ones before it, nearest
    first, or, before the first attack of the article, the ones after it."""
    before = [k - back for back in range(1, CASUALTY_REACH + 1) if k - back >= 0]
    # One paragraph set between the attack and its toll (a witness's words, a reaction) does not part them.
    between = _paragraph_between(k, sents)
    if between is not None and not any(sents[i].start in mentioned for i in range(between[0], k)):
        before = list(range(k - 1, max(between[0] - 2, -1), -1))
    if any(sents[i].start in mentioned for i in before):
        return before
    first = next((i for i, s in enumerate(sents) if s.start in mentioned), None)
    if first is not None and first > k:
        return [i for i in range(k + 1, k + 1 + CASUALTY_REACH) if i < len(sents)]
    return before


def _paragraph_between(k: int, sents: list[Span]) -> tuple[int, int] | None:
    """The sentences (first, last) of the one paragraph between the paragraph that sentence `k` opens and
    the one before, if `k` opens a paragraph; else None."""
    def opens(i: int) -> bool:
        if i == 0:
            return True
        seg = sents[i].doc.text[sents[i - 1].start_char : sents[i].start_char]
        return "\n" in seg[len(seg.rstrip()):]

    if k < 2 or not opens(k):
        return None
    first = k - 1
    while first > 0 and not opens(first):
        first -= 1
    return (first, k - 1) if first > 0 and k - first <= CASUALTY_REACH + 1 else None


def _another_event(owner: MergedEvent, place: Place | None, when: ResolvedDate | None) -> bool:
    """Whether a toll's own day or place show that it is not `owner`'s."""
    if place is not None and not compatible_places(owner.place(), place):
        return True
    owner_when = owner.when()
    return (when is not None and owner_when is not None and when.precision == "day"
            and owner_when.precision == "day" and when.date != owner_when.date)
