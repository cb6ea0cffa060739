"""Who and whom of a trigger, read from the dependency tree (when: timing.py)."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Doc, Token

from transforms.coref import ArticleCoref
from transforms.entities import ArticleEntities, Mention
from transforms.events.records import Party
from transforms.gazetteer import (
    FAR_TOWN_POPULATION,
    country_for_adjective,
    country_governed_from,
    lookup_place,
)
from transforms.lexicon.events import (
    ARMED,
    LAUNCH,
    MUNITIONS,
    PARTICIPANT_VERBS,
    PERSON_ROLES,
    REPORTING,
    TOPIC_PREPS,
    WEAPONS,
)


def tree_distance(a: Token, b: Token) -> int:
    path_a = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in path_a:
            return k + path_a[t.i]
    return 99


def common_ancestor(a: Token, b: Token) -> Token | None:
    path_a = {t.i for t in [a, *a.ancestors]}
    return next((t for t in [b, *b.ancestors] if t.i in path_a), None)


# Nouns of a body of people, whose party is the one of its members.
_COLLECTIVES = frozenset({"group", "delegation", "team", "contingent", "party", "band", "unit", "number", "member"})
# Craft named by their model ("a Y-8 aircraft", "an Mi-24 helicopter"), which says nothing of who flew them.
_CRAFT = frozenset({"aircraft", "jet", "warplane", "plane", "helicopter", "tank", "warship", "vessel"})
# Participles that tie fighters to their group: "militants linked to X", "fighters loyal to Y".
_TIES = frozenset({"link", "linked", "affiliate", "affiliated", "allied", "ally", "loyal", "belong", "tie", "tied"})


class EntityIndex:
    """Entity mentions of one article by token, and their parties."""

    def __init__(self, doc: Doc, found: ArticleEntities):
        self.found = found
        self.doc = doc
        self._coref: ArticleCoref | None = None
        self.by_token: dict[int, Mention] = {}
        for mention in found.mentions:
            mention = mention.name_only()  # "the Kyiv region": the region word is the places step's to read
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = mention

    @cached_property
    def countries(self) -> frozenset[str]:
        """The countries the article names, or names a region or a big city of."""
        return frozenset(e.place.country_code for e in self.found.entities if e.place is not None
                         and e.place.country_code and (e.place.kind != "city" or e.place.population >= FAR_TOWN_POPULATION))

    def party_of(self, mention: Mention) -> Party:
        if mention.label == "NORP":
            country = country_for_adjective(mention.text)
            if country:
                return Party(None, country)
        return Party(mention.cluster, None)

    def name_of(self, party: Party) -> str:
        """The name a party goes by: its entity's canonical name, or the country an adjective names."""
        return party.text if party.cluster is None else self.found.entities[party.cluster].name

    def is_city(self, party: Party) -> bool:
        """Whether a party is a city the gazetteer knows (a capital too: "the Doha talks")."""
        if party.cluster is None:
            return False
        entity = self.found.entities[party.cluster]
        place = lookup_place(entity.name) if entity.label == "GPE" else None
        return place is not None and place.kind == "city"

    def government(self, cluster: int | None) -> str | None:
        """The country a capital city stands for when it acts ("Moscow struck", "Kinshasa resumed
        talks"), else None."""
        if cluster is None:
            return None
        entity = self.found.entities[cluster]
        return country_governed_from(entity.name) if entity.label == "GPE" else None

    def party(self, token: Token, depth: int = 2) -> Party | None:
        """The entity a noun phrase names, itself or through its modifiers ("Russian forces" -> Russia)."""
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self.party_of(mention)
        if token.ent_type_ == "NORP" and (country := country_for_adjective(token.text)):
            return Party(None, country)
        if depth == 2 and (cluster := self._coreferent(token)) is not None:
            return Party(cluster, None)
        if depth == 0:
            return None
        if (person := self._named_person(token)) is not None:
            return person
        if token.lemma_.lower() in WEAPONS or token.lower_.removesuffix("s") in WEAPONS:
            # "its forces", "their drones": the state or group the pronoun stands for
            for owner in (c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}):
                if (cluster := self.coref.resolve_pronoun(owner)) is not None:
                    return Party(cluster, None)
        # A weapon's maker or model ("a Shahed-type drone", "Storm Shadow missiles") is not who fired it;
        # only a country ("Russian drones", "Israel's jets") is.
        weapon = token.lemma_.lower() in MUNITIONS | _CRAFT
        for child in token.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"} and child.i < token.i:
                found = self.party(child, depth - 1)
                if found and weapon and child.dep_ != "poss" and not self._is_country(child, found):
                    continue
                if found:
                    return found
        if token.lemma_.lower() in _COLLECTIVES | PERSON_ROLES | ARMED:
            # "a group of Moroccan diplomats" -> Morocco, "the emir of Qatar" -> Qatar, "fighters from the
            # X Army" and "insurgents linked to the Y group" -> X and Y
            preps = [c for c in token.children if c.dep_ == "prep" and (
                c.lower_ == "of" or c.lower_ == "from" and token.lemma_.lower() in ARMED)]
            preps += [p for a in token.children if a.dep_ == "acl" and a.lemma_.lower() in _TIES
                      and token.lemma_.lower() in ARMED for p in a.children if p.dep_ == "prep" and p.lower_ in {
                          "to", "with"}]
            for prep in preps:
                found = next((self.party(o, depth) for o in prep.children if o.dep_ == "pobj"), None)
                if found:
                    return found
        return None

    def _named_person(self, token: Token) -> Party | None:
        """The person a role or a body is named by: "Egypt's intelligence chief, Hassan Rashad" -> Hassan
        Rashad, "a delegation led by Khalil al-Hayya" -> Khalil al-Hayya; a body's delegation is the body's
        ("a Hamas delegation led by X" -> Hamas, through its modifier)."""
        lemma = token.lemma_.lower()
        if lemma in PERSON_ROLES:
            for child in (c for c in token.children if c.dep_ == "appos"):
                mention = self.by_token.get(child.i)
                if mention is not None and mention.label == "PERSON":
                    return Party(mention.cluster, None)
        if lemma in _COLLECTIVES and not any(
                c.dep_ in {"compound", "amod", "nmod", "poss"} and (m := self.by_token.get(c.i)) is not None
                and m.label == "ORG" for c in token.children):
            for acl in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in {"lead", "head"}):
                for agent in (c for c in acl.children if c.dep_ == "agent"):
                    for o in (c for c in agent.children if c.dep_ == "pobj"):
                        mention = self.by_token.get(o.i)
                        if mention is not None and mention.label == "PERSON":
                            return Party(mention.cluster, None)
        return None

    def _coreferent(self, token: Token) -> int | None:
        """The person a subject or object that NER left unnamed stands for: a surname it tagged in full
        elsewhere ("DeWine met ..."), "he"/"she", or a role the article gave a named person ("the
        mayor")."""
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"}:
            return None
        if token.pos_ in {"PROPN", "NOUN"} and token.text[:1].isupper() and not token.ent_type_:
            # (the tagger takes a sentence's first word, "DeWine met ...", for a common noun)
            return self.coref.cluster_named(token.text)
        if token.tag_ == "PRP" and token.lower_ in {"he", "she", "him", "her"}:
            return self.coref.resolve_pronoun(token)
        if token.tag_ == "NN" and token.lemma_.lower() in PERSON_ROLES and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return self.coref.resolve_role(token)
        return None

    @property
    def coref(self) -> ArticleCoref:
        if self._coref is None:
            self._coref = ArticleCoref(self.doc, self.found)
        return self._coref

    def _is_country(self, token: Token, party: Party) -> bool:
        if party.cluster is None:
            return True  # a country named by its adjective
        mention = self.by_token.get(token.i)
        return mention is not None and mention.label in {"GPE", "NORP"}

    def parties(self, token: Token) -> list[Party]:
        """Parties named by a phrase and its conjuncts ("Russian, Ukrainian and American officials")."""
        out: list[Party] = []
        for t in [token, *token.conjuncts]:
            for cand in [t, *(c for c in t.children if c.dep_ in {"amod", "compound", "conj", "nmod"} and c.i < t.i)]:
                for c in [cand, *cand.conjuncts]:
                    p = self.party(c, depth=1)
                    if p and not any(p.same(q) for q in out):
                        out.append(p)
        return out



def blamed_party(trigger: Token, index: EntityIndex) -> Party | None:
    """Who the sentence holds responsible for an attack whose perpetrator it does not state: "a drone strike
    attributed to the army", "..., a medical group said, blaming the RSF"."""
    for child in trigger.children:
        if child.dep_ == "acl" and child.lemma_.lower() in {"attribute", "blame"}:
            for prep in (c for c in child.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"to", "on"}):
                found = next((index.party(o) for o in prep.children if o.dep_ == "pobj"), None)
                if found is not None:
                    return found
    for token in trigger.sent:
        if token.lemma_.lower() == "blame" and token.pos_ == "VERB" and token.dep_ in {"advcl", "conj", "xcomp"}:
            found = next((index.party(o) for o in token.children if o.dep_ == "dobj"), None)
            if found is not None:
                return found
    return None


def _fronted_subject(verb: Token) -> list[Token]:
    """The subject the parser joined to a fronted place ("In Damascus, Minister X met Y", X read as a
    conjunct of Damascus): a name after the comma, no "and" before it, just before the verb."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            for conj in (c for c in pobj.children if c.dep_ == "conj" and c.i < verb.i and c.ent_type_ == "PERSON"):
                if not any(c.dep_ == "cc" for c in pobj.children) and conj.right_edge.i + 1 == verb.i:
                    return [conj]
    return []


def actor_target(trigger: Token, event_type: str, index: EntityIndex) -> tuple[Party | None, Party | None]:
    actor, target = _actor_target(trigger, event_type, index)
    if actor is None and event_type == "ASSAULT":
        actor = blamed_party(trigger, index)
    return actor, target


def _actor_target(trigger: Token, event_type: str, index: EntityIndex) -> tuple[Party | None, Party | None]:
    actor = target = None
    if is_interception(trigger):
        return _interception_parties(trigger, index)
    if is_verbal(trigger):
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"] or _fronted_subject(trigger)
        if subjects:
            # Of two subjects the parser gave one verb ("According to the police chief, X, militants
            # attacked ..."), the one next to the verb is its subject.
            subject = min(subjects, key=lambda c: abs(trigger.i - c.i))
            actor = index.party(subject)
            if event_type == "CONSULT" and subject.dep_ == "nsubj":
                # "Syrian and Israeli officials met", "the foreign ministers of Congo and Rwanda met"
                named = _subject_parties(subject, index)
                if len(named) > 1:
                    actor, target = named[0], named[1]
        for child in trigger.children:
            if child.dep_ == "agent":
                agents = [c for c in child.children if c.dep_ == "pobj"]
                joined = _subject_parties(agents[0], index) if agents and event_type == "CONSULT" else []
                if actor is None and joined:
                    actor, target = joined[0], joined[1]  # "the deal, negotiated by Senators X and Y"
                actor = actor or next((index.party(c) for c in agents), None)
            elif child.dep_ in {"dobj", "nsubjpass"}:
                target = target or index.party(child)
            elif child.dep_ == "prep" and (child.lower_ in {"with", "against", "on"} or (
                    child.lower_ == "to" and event_type == "CONSULT" and trigger.lemma_.lower() != "travel")):
                # "spoke to Trump", "talked to the minister": the one spoken to is the other party
                target = target or next((index.party(c) for c in child.children if c.dep_ == "pobj"), None)
        if target is None and trigger.dep_ == "amod" and subjects:
            target = index.party(trigger.head)  # "Trump hosted Polish President X", the name its head
        if actor is None and trigger.dep_ == "acl" and trigger.tag_ in {"VBD", "VBN"} and any(
                c.dep_ == "dobj" for c in trigger.children):
            # "fighters, who have pledged allegiance to IS, killed nine people": the parser hung the
            # verb on its subject; a participle with an object of its own is active.
            actor = index.party(trigger.head)
        if actor is None and trigger.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in {"who", "which", "that"} for c in trigger.children):
            actor = index.party(trigger.head)  # "Zelensky, who spoke to Trump on Thursday, said ..."
        # a passive ("and is shelled daily") makes the borrowed subject the target
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in trigger.children)
        if actor is None and trigger.dep_ in {"xcomp", "advcl", "conj"} and not own_subject:
            # "vowed to push the RSF back"; not "was killed when a shell struck", whose subject is its own
            actor = next((index.party(c) for c in trigger.head.children if c.dep_ == "nsubj"), None)
        if actor is None and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in REPORTING and any(
                c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in trigger.children):
            # "Russia says it shot down ...": the pronoun is the reporting subject.
            actor = next((index.party(c) for c in trigger.head.children if c.dep_ == "nsubj"), None)
        return actor, target
    claimant = _claimant(trigger, index)
    if claimant is not None:
        return claimant, None
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"during", "at"} and event_type == "CONSULT":
        # "told the president during a meeting": the speaker and the one told are the parties.
        verb = trigger.head.head
        parties = [index.party(c) for c in verb.children if c.dep_ in {"nsubj", "dobj", "dative"}]
        parties = [p for p in parties if p is not None]
        if parties:
            return parties[0], (parties[1] if len(parties) > 1 else None)
    participants: list[Party] = []
    own = index.party(trigger)
    if own and not (event_type == "CONSULT" and index.is_city(own)):
        participants.append(own)  # "Doha talks", "the Geneva meeting" name where, not who
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "among", "with", "involving", "including", "by"}:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                participants += index.parties(pobj)
        elif child.dep_ == "acl" and child.lemma_.lower() in PARTICIPANT_VERBS:
            # "negotiations involving Russia, Ukraine and the United States"
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                participants += index.parties(obj)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against"} and event_type == "ASSAULT":
            target = next((index.party(c) for c in child.children if c.dep_ == "pobj"), None)
    phrase = trigger.head if trigger.dep_ == "compound" else trigger  # "launched a mediation effort"
    head = phrase.head
    # "arrived for talks"; not "blamed the army for the strike", whose subject is no attacker
    if phrase.dep_ in {"dobj", "pobj"} and (head.lemma_.lower() in LAUNCH or (
            head.lower_ == "for" and event_type == "CONSULT")):
        verb = head if head.pos_ == "VERB" else head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl":
            subject = verb.head  # "X, who held talks with Y, said ...": X
        joined = _subject_parties(subject, index) if subject is not None and event_type == "CONSULT" else []
        if joined:
            participants[:0] = joined  # "Lebanese and Israeli officers attended a meeting"
        elif subject is not None and (p := index.party(subject)):
            participants.insert(0, p)
    if not participants and event_type == "CONSULT":
        participants = _topic_parties(trigger, index)
    unique: list[Party] = []
    for p in participants:
        if not any(p.same(q) for q in unique):
            unique.append(p)
    actor = unique[0] if unique else None
    if target is None and len(unique) > 1:
        target = unique[1]
    return actor, target


def _subject_parties(subject: Token, index: EntityIndex) -> list[Party]:
    """The parties a subject joins by "and": "Syrian and Israeli officials", "Kenya and Ethiopia", "the
    ministers of Congo and Rwanda". One side's delegation and its leader are one party."""
    groups = [subject, *(c for c in subject.children if c.dep_ in {"amod", "compound", "nmod"})]
    if subject.lemma_.lower() in _COLLECTIVES | PERSON_ROLES:
        groups += [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]
    for group in groups:
        if not group.conjuncts:
            continue
        named: list[Party] = []
        for token in (group, *group.conjuncts):
            party = index.party(token, depth=1)
            if party is not None and not any(party.same(q) for q in named):
                named.append(party)
        if len(named) > 1:
            return named
    return []


# "claimed responsibility for the attack", "took credit for the bombing": the subject did it.
_RESPONSIBILITY = frozenset({"responsibility", "credit"})
_CLAIM = frozenset({"claim", "take", "accept", "admit", "assume"})


def _claimant(trigger: Token, index: EntityIndex) -> Party | None:
    """Who claims an attack noun as their own ("the TTP claimed responsibility for the attack", "the
    front claimed the assault")."""
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() == "claim":
        return next((index.party(c) for c in trigger.head.children if c.dep_ == "nsubj"), None)
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return None
    noun = trigger.head.head
    if noun.lemma_.lower() not in _RESPONSIBILITY or noun.head.lemma_.lower() not in _CLAIM:
        return None
    return next((index.party(c) for c in noun.head.children if c.dep_ == "nsubj"), None)


def _topic_parties(trigger: Token, index: EntityIndex) -> list[Party]:
    """The states and groups named in what talks are about, in the order named: the parties to talks
    stated only by their subject ("talks on ending Sudan's war with South Sudan" -> Sudan, South Sudan)."""
    out: list[Party] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
        for token in prep.subtree:
            mention = index.by_token.get(token.i)
            if mention is None or mention.label not in {"GPE", "NORP", "ORG"}:
                continue
            party = index.party_of(mention)
            if not any(party.same(q) for q in out):
                out.append(party)
    return out


def is_verbal(token: Token) -> bool:
    """A verb, a copula, or a verb the tagger took for a noun in a clipped headline ("Russia says shoots
    down 19 drones"): a noun with a particle or a direct object of its own."""
    if token.pos_ in {"VERB", "AUX"}:
        return True
    return token.pos_ == "NOUN" and any(c.dep_ in {"prt", "dobj"} for c in token.children)


def is_interception(trigger: Token) -> bool:
    """"shot down 19 drones", "intercepted missiles", "downed a drone", "12 missiles were shot down"."""
    lemma = trigger.lemma_.lower()
    if not is_verbal(trigger) or lemma not in {"shoot", "down", "intercept", "destroy"}:
        return False
    if lemma == "shoot" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children):
        return False
    return any(h.lemma_.lower() in MUNITIONS for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}
               for h in [c, *c.conjuncts])


def _interception_parties(trigger: Token, index: EntityIndex) -> tuple[Party | None, Party | None]:
    """An interception reports the attack of whoever sent the munitions: "Russia shot down 19 Ukrainian
    drones" is Ukraine's attack on Russia."""
    munition = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    actor = index.party(munition) if munition is not None else None
    if actor is None and munition is not None:
        # "45 of 60 drones launched by Russia", "drones Russia launched"
        for token in munition.subtree:
            if token.dep_ == "pobj" and token.head.dep_ == "agent" or token.dep_ == "amod" and token.ent_type_:
                actor = index.party(token)
            if actor is not None:
                break
    defender = next((index.party(c) for c in trigger.children if c.dep_ == "nsubj"), None)
    if defender is None and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in REPORTING:
        defender = next((index.party(c) for c in trigger.head.children if c.dep_ == "nsubj"), None)
    return actor, defender
