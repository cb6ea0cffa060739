"""Whether a statement of an event tells one that happened, is planned or denied, and how it refers to
it: habitually ("routinely shells"), as a series ("a string of attacks"), as one already told ("the
attack", "killed in the raid"), at a distance ("spoke by phone"); and the verb that says it took place."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.events.triggers import governor, phrase_top
from transforms.lexicon.events import (
    DEFINITE,
    HABITUAL_MODIFIERS,
    INJURE,
    INTENT,
    KILL,
    MUNITIONS,
    OCCURRENCE_PHRASES,
    OCCURRENCE_VERBS,
    PLAN_NOUNS,
    PLANNED_MODIFIERS,
    PLANNING,
    REFUSALS,
    REMOTE,
    SERIES,
    SUPPRESSORS,
    TRIGGERS,
)


def unset_plan(trigger: Token) -> bool:
    """Whether a planned meeting is only wished, offered or conditional ("offered to negotiate", "is ready
    to meet", "would meet the envoy if the army withdrew"), not set to happen."""
    t = trigger
    for _ in range(5):
        if t.lemma_.lower() in INTENT and t.i != trigger.i:
            return True
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in c.children)
               for c in t.children):
            return True
        if t.dep_ not in {"xcomp", "acomp", "dobj", "pobj", "prep", "compound", "pcomp"} or t.head.i == t.i:
            return False
        t = t.head
    return False


def _is_occurrence_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma == "hold":
        return any(c.dep_ == "auxpass" for c in verb.children)  # "talks were held"; "X held talks" is LAUNCH
    if lemma in OCCURRENCE_PHRASES:
        return any(c.lower_ in OCCURRENCE_PHRASES[lemma] for c in verb.children
                   if c.dep_ in {"dobj", "advmod", "prt", "acomp", "prep", "xcomp", "oprd"})
    return lemma in OCCURRENCE_VERBS


def occurrence_verb(trigger: Token) -> Token | None:
    """The verb that states the trigger's event as happening, when the trigger is (inside) its subject or
    object: "The second day of a round of talks got underway on Thursday" -> "got"."""
    top = phrase_top(trigger)
    if top.dep_ in {"nsubj", "nsubjpass", "dobj"} and _is_occurrence_verb(top.head):
        return top.head
    return None


def status_of(trigger: Token) -> str | None:
    """occurred, planned or denied; None for hypotheticals and suppressed attacks (no event)."""
    occurrence = occurrence_verb(trigger)
    verb = occurrence if occurrence is not None and trigger.pos_ != "VERB" else governor(trigger)
    chain = [trigger, *list(trigger.ancestors)[:3]]
    # "a pause in strikes", "to halt attacks" suppress; "the talks ended", "a round of talks ended" report
    # the talks.
    in_subject = phrase_top(trigger).dep_ in {"nsubj", "nsubjpass"}
    # (a verb the trigger is coordinated with does not govern it: "stopped a bus and opened fire on it")
    if not in_subject and any(t.lemma_.lower() in SUPPRESSORS and below.dep_ != "conj"
                              for below, t in zip(chain, chain[1:], strict=False)):
        return "suppressed"
    if _refused(trigger):
        return "suppressed"
    for t in [trigger, verb]:
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in t.children):
            return None
    if trigger.pos_ != "VERB" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return "denied"
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and (trigger.i == verb.i or trigger.dep_ in {"dobj", "pobj", "attr"}):
        return "denied"
    if trigger.pos_ != "VERB" and any(c.lower_ in PLANNED_MODIFIERS for c in trigger.children if c.dep_ == "amod"):
        return "planned"
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in {"eve", "ahead"}:
        return "planned"  # "on the eve of a visit", "ahead of talks"
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in PLAN_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return "planned"  # "a plan to raid savings", "the plot to kill the king"
    clause = [verb, *list(verb.ancestors)[:2]] if verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} else [verb]
    for t in clause:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "'ll", "shall", "would", "could", "may",
                                                               "might"} for c in t.children):
            return "planned"
        if t.lemma_.lower() in PLANNING and t.i != trigger.i:
            return "planned"
        # "will visit X to mediate": a purpose clause shares its verb's tense
        if t.dep_ not in {"xcomp", "ccomp"} and not (t.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children)):
            break
    return "occurred"


def _refused(trigger: Token) -> bool:
    """Whether the trigger is what a verb of refusal, threat or cancellation governs: "refused to meet",
    "threatened to shell the towns", "cancelled a planned visit", "warned of attacks"."""
    t = trigger
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head
        if t.dep_ not in {"xcomp", "dobj", "prep", "pcomp"} or t.head.i == t.i:
            return False
        via = t
        t = t.head
        if t.lemma_.lower() in REFUSALS and t.pos_ == "VERB":
            # "called off the talks", "called for talks"; "called him to a meeting" is an invitation.
            return t.lemma_.lower() != "call" or via.lower_ in {"for", "on"} or any(
                c.dep_ == "prt" and c.lower_ == "off" for c in t.children)
    return False


def is_habitual(trigger: Token) -> bool:
    words = [trigger, *trigger.conjuncts, trigger.head if trigger.dep_ == "conj" else trigger]
    for t in words:
        if any(c.lower_ in HABITUAL_MODIFIERS for c in t.children if c.dep_ in {"advmod", "amod"}):
            return True
    if is_series(trigger):
        return True  # "a string of night-time attacks": earlier attacks, not the one reported
    return trigger.head.lemma_ in {"continue", "keep", "persist"} and trigger.dep_ == "xcomp"


def is_generic(trigger: Token) -> bool:
    """What such events are, no one of them: "Attacks on police have become rare", "Strikes are common here"."""
    return trigger.tag_ == "NNS" and trigger.dep_ == "nsubj" and trigger.head.lemma_ in {"be", "become", "remain", "grow"} \
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children) \
        and any(c.dep_ in {"acomp", "attr"} for c in trigger.head.children)


def is_series(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in SERIES


def is_definite(trigger: Token) -> bool:
    """Whether a trigger speaks of an event already named: "the attack", "its strike", and "the bombs hit"
    (the weapons of the attack the article reported)."""
    if trigger.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in MUNITIONS and any(
            d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children) for c in trigger.children) or (
            _toll_of_the_attack(trigger))
    return _definite_noun(trigger)


def _definite_noun(noun: Token) -> bool:
    """"the attack", "these strikes", "its raid"."""
    return any(c.dep_ in {"det", "poss"} and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in noun.children)


def is_remote(trigger: Token) -> bool:
    """Whether talks were held at a distance ("spoke by phone", "a video call", "held a call with"):
    they have no place."""
    if trigger.lemma_.lower() in {"call", "videoconference", "videolink"}:
        return True
    return any(t.lemma_.lower() in REMOTE | {"video"} for c in trigger.children if c.dep_ == "prep"
               for t in c.subtree) or any(
        c.dep_ == "dobj" and c.lemma_.lower() == "call" for c in trigger.children)


def _toll_of_the_attack(verb: Token) -> bool:
    """Whether a verb of dying or wounding says whose attack it counts: "were killed in the raid", "was
    wounded during the shelling": the attack the article already told."""
    if verb.lemma_.lower() not in KILL | INJURE:
        return False
    nouns = TRIGGERS["ASSAULT"]["NOUN"]
    return any(o.dep_ == "pobj" and o.lemma_.lower() in nouns and _definite_noun(o)
               for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "during", "by"}
               for o in p.children)
