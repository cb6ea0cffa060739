"""Which tokens state an event of a PLOVER type, and whether it happened, is planned or denied."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.events.lexicon import (
    DEFINITE,
    HABITUAL_MODIFIERS,
    OCCURRENCE_PHRASES,
    OCCURRENCE_VERBS,
    PLANNED_MODIFIERS,
    PLANNING,
    SERIES,
    SUPPRESSORS,
    TRIGGER_WORDS,
    TRIGGERS,
    WEAK_ASSAULT_VERBS,
    WEAPONS,
)


def is_trigger(token: Token, event_type: str) -> bool:
    lemmas = TRIGGERS[event_type]
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma not in lemmas["VERB"]:
            return False
    elif token.pos_ in {"NOUN", "PROPN"}:
        if lemma not in lemmas["NOUN"] and token.lower_ not in lemmas["NOUN"]:
            return False
        if lemma == "contact" and token.tag_ != "NNS":
            return False
    else:
        return False
    if event_type == "ASSAULT" and token.pos_ == "VERB" and lemma in WEAK_ASSAULT_VERBS:
        return _armed_context(token)
    if event_type == "CONSULT" and lemma == "host":
        return any(c.lemma_ in TRIGGERS["CONSULT"]["NOUN"] for c in token.children)
    if event_type == "CONSULT" and lemma == "meet":
        # "met those terms", "meet the demand" state no meeting; "met Mr. Putin", "met with" do.
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return all(o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or o.pos_ in {"PRON", "PROPN"} for o in objects)
    return True


def _armed_context(verb: Token) -> bool:
    """A weak attack verb counts with a weapon or an armed party as subject or object, or when passive."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "dobj", "nsubjpass", "agent"}:
            heads = [child, *child.conjuncts] if child.dep_ != "agent" else list(child.children)
            for h in heads:
                if h.lemma_.lower() in WEAPONS or h.lemma_.lower() in TRIGGERS["ASSAULT"]["NOUN"]:
                    return True
                if verb.lemma_ in {"hit", "target", "hammer", "pound", "kill"} and child.dep_ in {"nsubj", "agent"} and (
                    h.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or h.lower_ in {"he", "they"}
                ):
                    return True
        if child.dep_ == "auxpass" and verb.lemma_ == "hit":
            return True
    return False


def phrase_top(trigger: Token) -> Token:
    """The head of the noun phrase a trigger sits in through partitive "of" ("the second day of a round of
    talks" -> "day"), or the trigger itself."""
    t = trigger
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head.head
    return t


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
    if not in_subject and any(t.lemma_.lower() in SUPPRESSORS for t in chain[1:]):
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
    clause = [verb, *list(verb.ancestors)[:2]] if verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} else [verb]
    for t in clause:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "'ll", "shall", "would", "could", "may",
                                                               "might"} for c in t.children):
            return "planned"
        if t.lemma_.lower() in PLANNING and t.i != trigger.i:
            return "planned"
        if t.dep_ not in {"xcomp", "ccomp"}:
            break
    return "occurred"


def is_habitual(trigger: Token) -> bool:
    words = [trigger, *trigger.conjuncts, trigger.head if trigger.dep_ == "conj" else trigger]
    for t in words:
        if any(c.lower_ in HABITUAL_MODIFIERS for c in t.children if c.dep_ in {"advmod", "amod"}):
            return True
    if is_series(trigger):
        return True  # "a string of night-time attacks": earlier attacks, not the one reported
    return trigger.head.lemma_ in {"continue", "keep", "persist"} and trigger.dep_ == "xcomp"


def is_series(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in SERIES


def is_definite(trigger: Token) -> bool:
    if trigger.pos_ == "VERB":
        return False
    return any(c.dep_ in {"det", "poss"} and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in trigger.children)



def trigger_positions(doc: Doc) -> list[int]:
    """Positions of the tokens whose lemma or lowercase form some trigger test accepts: most
    tokens are no trigger, and testing each token for each type cost more than the rest of
    event extraction."""
    return [t.i for t in doc if t.lemma_.lower() in TRIGGER_WORDS or t.lower_ in TRIGGER_WORDS]


def governor(token: Token) -> Token:
    """The clause verb a noun trigger belongs to (its head through prepositions)."""
    t = token
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t
