"""Where an event happened: place mentions in a place's role, ranked, and geocoded by the gazetteer."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from transforms.events.arguments import EntityIndex, common_ancestor, tree_distance
from transforms.events.lexicon import LOC_PREPS, MAX_LOCATION_DISTANCE, MOTION, PLACE_NOUNS, PLACE_VERBS
from transforms.events.records import MergedEvent, Party, Place
from transforms.gazetteer import Place as GazetteerPlace
from transforms.gazetteer import lookup_place


def locate(name: str) -> GazetteerPlace | None:
    """The gazetteer's place for a name as news writes it: "the Kherson region", "el-Fasher"."""
    for variant in (name, re.sub(r"^(?:el|al)[- ]", "", name.strip(), flags=re.IGNORECASE)):
        if place := lookup_place(variant, allow_codes=True):
            return place
    return None


def geocode(name: str) -> tuple[str | None, float | None, float | None, bool]:
    """(country code, latitude, longitude, is_country) for a place name, from the gazetteer."""
    place = locate(name)
    if place is None:
        return None, None, None, False
    return place.country_code, place.latitude, place.longitude, place.kind == "country"


def specificity(name: str) -> int:
    """How narrow a named place is: 0 a town or anything the gazetteer does not know (villages are
    too small for it), 1 a region or state, 2 a country."""
    place = locate(name)
    return 0 if place is None or place.kind == "city" else 2 if place.kind == "country" else 1


def compatible_places(a: Place | None, b: Place | None) -> bool:
    """Same place, one inside the other's country, or not enough known to tell them apart."""
    if a is None or b is None or a.weak or b.weak:
        return True
    if a.name.lower() == b.name.lower():
        return True
    if a.country_code is None or b.country_code is None:
        return True
    if a.country_code != b.country_code:
        return False
    return a.is_country or b.is_country



def _location_role(token: Token) -> bool:
    """Whether a place mention is where something happens ("in Kyiv", "on Ukraine's grid", "visited Kyiv")."""
    t = token
    for _ in range(6):
        if t.dep_ in {"compound", "poss", "appos", "conj", "nmod"} and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "amod" and t.ent_type_ == "NORP":
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in PLACE_NOUNS:
            t = t.head.head
            continue
        break
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ == "to":
            return prep.head.lemma_.lower() in MOTION
        return prep.lower_ in LOC_PREPS
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in PLACE_VERBS
    return False


def places_in(trigger: Token, sent: Span, index: EntityIndex, exclude: list[Party]) -> list[tuple[int, int, Place]]:
    """Places of the sentence in a place's role, ranked by closeness to the trigger in the tree."""
    found: list[tuple[int, int, Place]] = []
    for token in sent:
        mention = index.by_token.get(token.i)
        if mention is None and token.pos_ == "PROPN" and not token.ent_type_ and _location_role(token):
            # Small NER models miss towns; the gazetteer knows them.
            code, lat, lon, is_country = geocode(token.text)
            if code is not None:
                place = Place(Party(None, token.text), token.text, code, lat, lon, is_country, False)
                found.append((tree_distance(trigger, token), abs(token.i - trigger.i), place))
            continue
        if mention is None or token.i != sent.doc.char_span(
                mention.start_char, mention.end_char, alignment_mode="expand").root.i:
            continue
        if not _location_role(token):
            continue
        if mention.label not in {"GPE", "LOC", "FAC", "NORP"} and geocode(mention.text)[0] is None:
            continue  # a PERSON or ORG in a place's role counts when the gazetteer knows the name
        party = index.party_of(mention)
        if any(party.same(p) for p in exclude):
            continue
        weak = mention.label == "NORP"
        if weak and party.text is None:
            continue
        name = party.text or index.found.entities[mention.cluster].name
        code, lat, lon, is_country = geocode(name)
        distance = tree_distance(trigger, token) + (3 if weak else 0) + 3 * _other_clause(trigger, token)
        if distance <= MAX_LOCATION_DISTANCE:
            found.append((distance, abs(token.i - trigger.i), Place(party, name, code, lat, lon, is_country, weak)))
    return found


def _other_clause(trigger: Token, token: Token) -> bool:
    """Whether `token` sits in a subordinate clause the trigger is not in ("after the talks began in X")."""
    lca = common_ancestor(trigger, token)
    if lca is None:
        return True
    t = token
    while t.i != lca.i and t.head.i != t.i:
        if t.dep_ in {"advcl", "relcl", "ccomp", "conj"} and t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


def place_of(trigger: Token, sent: Span, index: EntityIndex, exclude: list[Party]) -> Place | None:
    ranked = places_in(trigger, sent, index, exclude)
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None



def context_place(merged: MergedEvent, sents: list[Span], index: EntityIndex) -> Place | None:
    """Where an event with no place in its sentences happened: the place of the sentence before."""
    first = merged.first
    k = next((i for i, s in enumerate(sents) if s.start == first.sent.start), 0)
    if k == 0:
        return None
    previous = sents[k - 1]
    ranked = places_in(previous.root, previous, index, [p for p in (merged.value("actor"),) if p])
    # Borrowed from context, the most specific place is the likeliest scene ("el-Fasher" over "Sudan").
    return min(ranked, key=lambda r: (r[2].is_country, r[:2]))[2] if ranked else None
