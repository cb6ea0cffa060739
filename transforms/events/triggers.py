"""Which tokens state an event of a PLOVER type, in the sense the words around them give (whether it
happened is status.py's)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.lexicon.events import (
    ARMED,
    ARMED_SUBJECT_VERBS,
    BODIES,
    DEMAND_REPORTING,
    DISASTERS,
    EXERCISES,
    HARMED_PEOPLE,
    INJURE,
    KILL,
    LIGHT_VERB_OBJECTS,
    MEAL_MEETINGS,
    MEALS,
    MILITARY_MODIFIERS,
    MUNITION_VERBS,
    MUNITIONS,
    NOT_ATTACKED,
    NOT_FORCE_MODIFIERS,
    OBLIGATION,
    ONE_BODY_MEETINGS,
    PEOPLE,
    PERSON_ROLES,
    RATE_ADVERBS,
    RATE_DETERMINERS,
    RATE_UNITS,
    REMOTE,
    REQUIRED_OBJECTS,
    REQUIRED_PARTICLES,
    RULINGS,
    SERIES,
    STATE_FORCES,
    TOPIC_HEADS,
    TRIGGER_WORDS,
    TRIGGERS,
    VISITED_SITES,
    WEAK_ASSAULT_VERBS,
    WEAPONS,
)


def is_trigger(token: Token, event_type: str) -> bool:
    """Whether `token` states an event of `event_type`: its lemma is in the type's lexicon for its part
    of speech, and the words around it give it that sense ("struck a deal" is no attack, "a hunger
    strike" is a protest, "called for talks" is a demand)."""
    lemmas = TRIGGERS[event_type]
    lemma = token.lemma_.lower()
    if _inside_name(token) or token.ent_type_ in {"DATE", "TIME"}:
        return False  # a name, or a month ("in March", "May 9")
    if token.pos_ == "AUX" and lemma == "be":
        return event_type == "CONSULT" and is_visit_stay(token)
    if token.pos_ == "VERB" or (token.pos_ == "NOUN" and lemma in lemmas["VERB"] and lemma not in lemmas["NOUN"]
                                and any(c.dep_ in {"prt", "dobj"} for c in token.children)):
        # A verb the tagger took for a noun in a clipped headline ("Russia says shoots down 19 drones").
        if lemma not in lemmas["VERB"]:
            return False
    elif token.pos_ in {"NOUN", "PROPN"}:
        if lemma not in lemmas["NOUN"] and token.lower_ not in lemmas["NOUN"]:
            return False
        if token.dep_ == "ROOT" and not [c for c in token.children if not c.is_space and not c.is_punct]:
            return False  # a heading of one word ("Contacts", "Talks")
        return _noun_sense(token, lemma, event_type)
    else:
        return False
    if (event_type, lemma) in REQUIRED_OBJECTS:
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
        if lemma in {"release", "free"} and any(o.ent_type_ == "PERSON" for o in objects):
            return True  # "will release Prime Minister X"
        return any(o.lemma_.lower() in REQUIRED_OBJECTS[event_type, lemma] for o in objects)
    if (event_type, lemma) in REQUIRED_PARTICLES:
        return any(c.lower_ in REQUIRED_PARTICLES[event_type, lemma] for c in token.children
                   if c.dep_ in {"prt", "prep", "advmod"})
    if event_type == "DEMAND" and lemma in DEMAND_REPORTING:
        # "said Sudan must return the helicopter": a reported obligation is a demand.
        return any(c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in c.children)
                   for c in token.children)
    if event_type == "ASSAULT":
        return _assault_verb_sense(token, lemma)
    if event_type == "CONSULT":
        return _consult_verb_sense(token, lemma)
    return True


def _inside_name(token: Token) -> bool:
    """A word of a longer proper name ("Downing Street", "Strike Force Alpha", "Summit County"): a
    name, not a statement of an event. Event names ("the Battle of Kursk") still tell of one."""
    if _capitalised_in_prose(token):
        return True
    if token.pos_ != "PROPN" or not token.ent_type_ or token.ent_type_ in {"EVENT", "DATE", "TIME"}:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_iob_ == "I" or (after is not None and after.ent_iob_ == "I")


def _capitalised_in_prose(token: Token) -> bool:
    """A capitalised word inside a sentence written in lower case, before another capitalised word: a
    name ("at 11 Downing Street", "the Attack Helicopter Battalion"); a title-case headline ("Junta
    Airstrike Kills 14") capitalises its verbs too."""
    if not token.is_title or token.i == token.sent.start or token.doc[token.i - 1].is_sent_start:
        return False
    after = token.doc[token.i + 1] if token.i + 1 < token.sent.end else None
    if after is None or not after.is_title:
        return False
    words = [t for t in token.sent if t.is_alpha and not t.is_stop and len(t) > 3]
    return any(t.is_lower for t in words)


def _noun_sense(token: Token, lemma: str, event_type: str) -> bool:
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod", "nmod"}}
    if event_type == "CONSULT" and _is_topic(token):
        return False
    if event_type == "ASSAULT" and token.dep_ == "compound" and token.head.lemma_.lower() not in _EVENT_HEADS:
        return False  # "an attack line", "attack drones", "a strike force": a kind of thing, not an attack
    if event_type == "ASSAULT" and lemma in {"strike", "battle", "clash", "fight", "fighting"}:
        return not modifiers & NOT_FORCE_MODIFIERS
    if event_type == "PROTEST" and lemma == "strike":
        return bool(modifiers & NOT_FORCE_MODIFIERS)
    if lemma == "contact":
        return token.tag_ == "NNS"
    if lemma in EXERCISES and event_type in {"COOPERATE", "MOBILIZE"}:
        # "joint naval exercises", "French and Egyptian warships launched war games": cooperation;
        # one side's drills: a show of force.
        if not modifiers & MILITARY_MODIFIERS:
            return False
        joint = "joint" in modifiers or _several_parties(token)
        return joint == (event_type == "COOPERATE")
    if event_type == "CONSULT" and lemma == "call":
        # "a phone call with", "their call on Tuesday"; "calls for restraint" demand; "a conference call for
        # analysts" is a company's briefing.
        return bool(modifiers & (REMOTE | {"video"})) or any(c.dep_ == "prep" and c.lower_ in {"with", "between"}
                                                             for c in token.children)
    if event_type == "CONSULT" and lemma == "meeting" and modifiers & ONE_BODY_MEETINGS:
        return False
    with_party = any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in token.children)
    if event_type == "CONSULT" and lemma in MEALS:
        # "a closed-door lunch", "a working dinner with the president"; "lunch prices" is no meeting
        prefix = token.doc[token.left_edge.i : token.i].text.lower()
        return any(word in prefix for word in MEAL_MEETINGS) or with_party
    if event_type == "CONSULT" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
            token.head.head.lemma_ == "be":
        return False  # "is in talks with the Serum Institute": a state of business, no meeting told
    if event_type == "CONSULT" and not with_party and _one_body_subject(token):
        return False  # "the advisory committee will review it at a meeting in February"
    if event_type == "CONSULT" and lemma in {"trip", "tour"}:
        return any(c.dep_ == "prep" and c.lower_ in {"to", "of"} for c in token.children)
    if event_type == "DEMAND" and lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in {"for", "on"} for c in token.children)
    if event_type == "ACCUSE" and lemma == "charge":
        return token.head.lower_ != "in"  # "in charge of"
    return True


# Nouns an attack noun may modify and still tell of attacks: "a bombing campaign", "a strike wave".
_EVENT_HEADS = SERIES | TRIGGERS["ASSAULT"]["NOUN"] | {"spree", "operation", "mission", "sortie"}


def _one_body_subject(token: Token) -> bool:
    """Whether the clause of an event noun has one body as its subject ("the committee ... at a meeting"):
    a body meeting alone, not parties meeting."""
    verb = governor(token)
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for _ in range(2):  # "is due to review it at a meeting": the subject of "is"
        if subjects or verb.dep_ not in {"xcomp", "acomp"}:
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # An organisation's meeting alone ("the Centers for Disease Control will review it at a meeting")
    return bool(subjects) and all((s.lemma_.lower() in ONE_BODY_MEETINGS | BODIES or (
        s.ent_type_ == "ORG" and token.lemma_.lower() == "meeting")) and not s.conjuncts for s in subjects)


def _is_topic(token: Token) -> bool:
    """Whether an event noun is what a comment, a report or evidence is about ("declined to comment on the
    talks", "evidence about contacts between them"): talked about, not stated as happening."""
    top = phrase_top(token)
    if top.dep_ != "pobj" or top.head.lower_ not in {"on", "about", "of", "regarding", "concerning"}:
        return False
    head = top.head.head
    return head.lemma_.lower() in TOPIC_HEADS and (head.lemma_.lower() != "report" or top.head.lower_ != "of")


def _several_parties(token: Token) -> bool:
    """Whether the clause of a noun has two or more parties as subject ("French and Egyptian warships")."""
    verb = token.head if token.dep_ in {"dobj", "nsubj", "nsubjpass"} else token
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        named = [m for m in subject.subtree if m.ent_type_ in {"GPE", "NORP", "ORG"}]
        if subject.conjuncts or len({m.lower_ for m in named}) > 1:
            return True
    return False


def _party_like(token: Token) -> bool:
    """A named or titled party: "Mr. Putin", "the Turkish president", "Japan", "him"."""
    return (token.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or token.pos_ == "PROPN"
            or token.tag_ == "PRP" or token.lemma_.lower() in PERSON_ROLES)


def _consult_verb_sense(verb: Token, lemma: str) -> bool:
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    if verb.dep_ == "amod":
        if not any(c.dep_ == "nsubj" for c in children):
            return False  # "the visiting king", "a visiting delegation": who someone is, not a report of the visit
        objects = [verb.head]  # "Trump hosted Polish President X", parsed as an adjective of the name
    # "spoke with the minister", "talked to Putin"; "spoke to the BBC" is an interview.
    with_party = any(c.dep_ == "prep" and c.lower_ in {"with", "to"} and any(
        _party_like(o) and (c.lower_ == "with" or o.ent_type_ in {"PERSON", "GPE"} or o.lemma_.lower() in PERSON_ROLES)
        for o in c.children if o.dep_ == "pobj") for c in children)
    remote = any(t.lemma_.lower() in REMOTE for c in children if c.dep_ == "prep" for t in c.subtree)
    if lemma == "meet":
        # "met those terms", "meet the demand" state no meeting; "met Mr. Putin", "met with" do; a
        # single body meeting alone ("the cabinet met") is no meeting between parties.
        if objects:
            return all(o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or o.pos_ in {"PRON", "PROPN"}
                       or o.lemma_.lower() in PERSON_ROLES for o in objects)
        subjects = [c for c in children if c.dep_ == "nsubj"]
        alone = subjects and all(s.tag_ in {"NN", "NNP"} and not s.conjuncts and s.ent_type_ != "PERSON"
                                 for s in subjects)
        return with_party or not alone
    if lemma in {"host", "receive"}:
        return any(_party_like(c) or (c.lemma_ in TRIGGERS["CONSULT"]["NOUN"] and is_trigger(c, "CONSULT"))
                   for c in objects)
    if lemma in {"speak", "talk"}:
        # "spoke by phone with", "talked with the president"; "spoke to reporters" is no consultation.
        return remote or with_party
    if lemma in {"phone", "telephone", "call"}:
        if lemma == "call" and any(c.dep_ in {"oprd", "xcomp", "ccomp", "prep"} for c in children):
            return False  # "called it a success", "called for talks", "called on Iran to stop"
        return any(_party_like(o) for o in objects)
    if lemma in {"discuss", "consult", "confer"}:
        subjects = [c for c in children if c.dep_ == "nsubj"]
        return with_party or remote or any(s.conjuncts for s in subjects) or (lemma == "consult" and bool(objects))
    if lemma == "welcome":
        return any(_party_like(o) for o in objects)
    if lemma == "visit" and objects and all(o.lemma_.lower() in HARMED_PEOPLE | VISITED_SITES or o.lower_ in HARMED_PEOPLE
                                            or any(a.dep_ == "amod" and a.lower_ in HARMED_PEOPLE for a in o.children)
                                            for o in objects):
        # "visited the wounded in hospital", "visited the injured officers", "pilgrims visit the grave of X": a call
        # on the harmed or a site, no meeting of parties
        return False
    if lemma == "travel":
        # "the UN's aid chief travelled to Tawila": a visit; "travelled to Miami for talks" is told by the talks
        subjects = [c for c in children if c.dep_ == "nsubj"]
        to_place = any(c.dep_ == "prep" and c.lower_ == "to" and any(o.ent_type_ in {"GPE", "LOC"} for o in c.children)
                       for c in children)
        for_talks = any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.lemma_.lower() in TRIGGERS["CONSULT"]["NOUN"] for o in c.children) for c in children)
        return to_place and not for_talks and any(s.ent_type_ == "PERSON" or s.lemma_.lower() in PERSON_ROLES
                                                  for s in subjects)
    return True


def _heads(verb: Token, deps: set[str]) -> list[Token]:
    out = []
    for child in verb.children:
        if child.dep_ in deps:
            out += [child, *child.conjuncts]
        elif child.dep_ == "agent" and "agent" in deps:
            out += [c for c in child.children if c.dep_ == "pobj"]
    return out


def _assault_verb_sense(verb: Token, lemma: str) -> bool:
    if states_rate(verb):
        return False  # "the disease kills 100,000 children each year"
    if lemma in LIGHT_VERB_OBJECTS:
        return any(c.lemma_.lower() in LIGHT_VERB_OBJECTS[lemma] for c in verb.children if c.dep_ == "dobj")
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in DISASTERS for c in verb.children):
        return False
    if lemma == "strike":
        # "struck a deal"; a court "struck down the ban"
        return not any(c.lemma_.lower() in NOT_ATTACKED | RULINGS for c in verb.children
                       if c.dep_ in {"dobj", "nsubjpass"})
    if lemma == "go":
        # "a bomb went off"; "the alarm went off" is no attack
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children) and any(
            h.lemma_.lower() in MUNITIONS for h in _heads(verb, {"nsubj"}))
    if lemma in ARMED_SUBJECT_VERBS:
        return any(h.lemma_.lower() in WEAPONS or h.lower_.removesuffix("s") in ARMED or h.lemma_.lower() in
                   TRIGGERS["ASSAULT"]["NOUN"] for h in _heads(verb, {"nsubj", "agent"}))
    if lemma in MUNITION_VERBS:
        return any(h.lemma_.lower() in MUNITIONS or h.lemma_.lower() in {"explosion", "blast"}
                   for h in _heads(verb, {"nsubj", "dobj", "nsubjpass"}))
    if lemma in {"beat", "abuse"}:
        manner = any(c.lower_ in {"sexually", "physically", "brutally", "severely"} for c in verb.children)
        return manner or any(h.lemma_.lower() in PEOPLE or h.ent_type_ == "PERSON"
                             for h in _heads(verb, {"dobj", "nsubjpass"}))
    if lemma == "push":
        return any(h.lemma_.lower() in ARMED for h in _heads(verb, {"nsubj"}))
    if lemma in {"capture", "seize", "occupy", "overrun", "besiege", "retake", "recapture"} and verb.dep_ == "acl":
        return False  # "el-Fasher, a city recently seized by the RSF": who holds a place, not a report
    if lemma in WEAK_ASSAULT_VERBS:
        return _armed_context(verb)
    return True


def states_rate(verb: Token) -> bool:
    """Whether a verb states how often something happens, a statistic rather than an event: "kills
    100,000 children each year", "fired 40 shells a day", "are killed annually"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in RATE_ADVERBS:
            return True
        if child.dep_ in {"npadvmod", "obl", "advmod"} and child.lemma_.lower() in RATE_UNITS and any(
                d.lower_ in RATE_DETERMINERS for d in child.children if d.dep_ == "det"):
            return True
        if child.dep_ == "prep" and child.lower_ == "per" and any(
                o.lemma_.lower() in RATE_UNITS for o in child.children if o.dep_ == "pobj"):
            return True
    return False


def _armed_context(verb: Token) -> bool:
    """A weak attack verb counts with a weapon or an armed party as subject or object, a person shot
    or executed, a passive "hit", or a passive kill "in a bomb blast", "by an explosive device"."""
    lemma = verb.lemma_.lower()
    force_nouns = WEAPONS | TRIGGERS["ASSAULT"]["NOUN"]
    if lemma == "hit" and _hit_by_no_force(verb, force_nouns):
        return False  # "firms hit by tariffs", "regions hit by the drought"
    for child in verb.children:
        if child.dep_ in {"nsubj", "dobj", "nsubjpass", "agent"}:
            heads = [child, *child.conjuncts] if child.dep_ != "agent" else list(child.children)
            for h in heads:
                if h.lemma_.lower() == "shot" and any(c.lower_ == "warning" for c in h.children):
                    continue  # "fired warning shots": a warning, no attack
                # a named force ("the Sudanese Armed Forces") keeps its plural as its lemma
                if h.lemma_.lower() in force_nouns or h.lower_.removesuffix("s") in ARMED:
                    return True
                # A state or group that invades or hits; "police seized drugs" needs an armed subject.
                if lemma in {"hit", "target", "hammer", "pound", "kill", "invade", "occupy", "besiege", "overrun",
                             "recapture", "retake"} and child.dep_ in {"nsubj", "agent"} and (
                    h.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or h.lower_ in {"he", "they"}
                ):
                    return True
                if lemma == "kill" and h.lemma_.lower() in _LAW_ENFORCERS and (child.dep_ == "agent" or (
                        child.dep_ == "nsubj" and verb.tag_ != "VBN" and any(c.dep_ == "dobj" for c in verb.children))):
                    # "officers killed two suspects": the police use force too ("six officers killed", a headline's
                    # passive, names the victims)
                    return True
                if lemma == "execute" and child.dep_ in {"dobj", "nsubjpass"} and (
                        h.lemma_.lower() in PEOPLE or h.ent_type_ == "PERSON"):
                    return True
        if child.dep_ == "auxpass" and lemma == "hit":
            return True
        # "killed in a car bomb explosion", "killed by an improvised explosive device", "killed during a police
        # operation"
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"in", "by", "during"} and lemma == "kill" and any(
                t.lemma_.lower() in force_nouns or _an_armed_operation(t) for t in child.subtree):
            return True
    if lemma == "kill" and verb.dep_ in {"advcl", "xcomp", "conj"} and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in force_nouns or c.lemma_.lower() in _OPERATIONS)
            for c in verb.head.children):
        return True  # "its units carried out an operation near X, killing an unspecified number of fighters"
    # "An officer was killed and two were wounded when attackers threw a grenade": the clause of how it happened,
    # under the verb or the one it is joined to, names the arms
    if lemma in KILL | INJURE:
        # (where the clause's own verb is an attack, "when drones hit the town", that verb tells the event)
        for clause in (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"
                       and not is_trigger(c, "ASSAULT") and c.lemma_.lower() not in _ATTACK_WORDS):
            if any(t.dep_ in {"nsubj", "dobj", "nsubjpass"} and (
                    t.lemma_.lower() in force_nouns or t.lower_.removesuffix("s") in ARMED) for t in clause.subtree):
                return True
    # The parser lost the subject ("In X Oblast, a guided bomb hit a street": "bomb" hung on the place
    # as an apposition): a weapon noun just before the verb is still what hit.
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children) and (
        before.pos_ == "NOUN" and before.lemma_.lower() in WEAPONS)


# Words of an attack, whatever part of speech the tagger gave them in a clipped headline ("killed as militants raid").
_ATTACK_WORDS = TRIGGERS["ASSAULT"]["VERB"] | TRIGGERS["ASSAULT"]["NOUN"]
# Who enforces the law, and kills in doing so: "officers killed two suspects".
_LAW_ENFORCERS = frozenset({"officer", "police", "policeman", "policemen", "gendarme", "agent", "trooper"})
# What a force carries out: "carried out an operation, killing ...", "killed during a police operation".
_OPERATIONS = frozenset({"operation", "crackdown", "sweep"})


def _an_armed_operation(token: Token) -> bool:
    """An operation of an armed force or of the police: "a police operation", "a military sweep"."""
    return token.lemma_.lower() in _OPERATIONS and any(
        c.dep_ in {"compound", "amod", "poss"} and (c.lemma_.lower() in _LAW_ENFORCERS | MILITARY_MODIFIERS | {"security"}
                                                   or c.lower_.removesuffix("s") in ARMED or c.ent_type_ == "ORG")
        for c in token.children)


def _hit_by_no_force(verb: Token, force_nouns: frozenset[str]) -> bool:
    """Whether a passive "hit" names as agent something that is no force and no party."""
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        for h in (o for o in agent.children if o.dep_ == "pobj"):
            armed = h.lemma_.lower() in force_nouns or h.lower_.removesuffix("s") in ARMED
            return not (armed or h.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or h.pos_ in {"PRON", "PROPN"})
    return False


def by_the_state(trigger: Token) -> bool:
    """Whether an attack is told as the work of a state named only as such: "a regime airstrike", "junta
    naval vessels shelled", "government troops attacked"."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"})]
    heads += [o for c in trigger.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"
              for o in c.children if o.dep_ == "pobj"]
    for head in heads:
        words = [head, *(c for c in head.children if c.dep_ in {"compound", "amod", "nmod", "poss"})]
        if any(w.lemma_.lower() in STATE_FORCES for w in words):
            return True
        if head.lemma_.lower() in WEAPONS and any(w.lemma_.lower() == "government" for w in words):
            return True
    return False


def is_visit_stay(be: Token) -> bool:
    """Whether "<person> was in <place> on <day>" reports a visit: a named person as subject, "in" a
    named place, and a date on the clause ("The minister was in Ankara on Tuesday")."""
    subjects = [c for c in be.children if c.dep_ == "nsubj"]
    if not subjects or not any(s.ent_type_ == "PERSON" or s.lemma_.lower() in PERSON_ROLES for s in subjects):
        return False
    place = any(c.dep_ == "prep" and c.lower_ == "in" and any(o.ent_type_ == "GPE" for o in c.children
                                                              if o.dep_ == "pobj") for c in be.children)
    dated = any(t.ent_type_ == "DATE" for c in be.children if c.dep_ in {"npadvmod", "prep"} and c.lower_ != "in"
                for t in c.subtree)
    return place and dated


def phrase_top(trigger: Token) -> Token:
    """The head of the noun phrase a trigger sits in through partitive "of" ("the second day of a round of
    talks" -> "day"), or the trigger itself."""
    t = trigger
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head.head
    return t


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
