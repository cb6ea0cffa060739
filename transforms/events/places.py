"""Where an event happened: place mentions in a place's role, ranked, and geocoded by the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.entities.mentions import Mention
from transforms.events.arguments import EntityIndex, common_ancestor, tree_distance
from transforms.events.records import MergedEvent, Party, Place
from transforms.events.timing import leaves_clause
from transforms.events.triggers import is_trigger
from transforms.gazetteer import FAR_TOWN_POPULATION, REGION_WORDS, lookup_place, place_key
from transforms.gazetteer import Place as GazetteerPlace
from transforms.lexicon.entities import AREA_OF_VILLAGES_WORDS
from transforms.lexicon.events import (
    LOC_PREPS,
    MAX_LOCATION_DISTANCE,
    MOTION,
    MUNITIONS,
    NEAR_NOUNS,
    PLACE_NOUNS,
    PLACE_VERBS,
    SETTLEMENTS,
    TRIGGERS,
)


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


def _near(place: GazetteerPlace | None, index: EntityIndex) -> GazetteerPlace | None:
    """The gazetteer's place, unless it is a small town of a country the article does not name: a village
    of Mali called like a town in Honduras is the village."""
    if place is None or place.kind != "city" or place.population >= FAR_TOWN_POPULATION or not index.countries:
        return place
    return place if place.country_code in index.countries else None


def specificity(name: str) -> int:
    """How narrow a named place is: 0 a town or anything the gazetteer does not know (villages are
    too small for it), 2 a region or state, 3 a country; 1 is an area of villages, which only the
    words around a name tell (see `_written_as_an_area`)."""
    place = locate(name)
    return 0 if place is None or place.kind == "city" else 3 if place.kind == "country" else 2


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
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.lemma_.lower() in PLACE_NOUNS or (
                t.head.head.lemma_.lower() in NEAR_NOUNS and t.head.head.pos_ == "NOUN")):
            t = t.head.head  # "the town of X", "near the edge of X" ("outside of X" is read below)
            continue
        break
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ == "to":
            return prep.head.lemma_.lower() in MOTION
        if prep.lower_ == "of" and prep.head.lemma_.lower() in TRIGGERS["ASSAULT"]["NOUN"]:
            return True  # "the shelling of Kherson"
        if prep.lower_ == "against" and prep.head.lemma_.lower() in TRIGGERS["ASSAULT"]["VERB"] | TRIGGERS[
                "ASSAULT"]["NOUN"] | MUNITIONS:
            return True  # "launched 96 drones against Ukraine": the country attacked, where nothing narrower is said
        if prep.lower_ == "from":
            # "ousted the army from Nyala", "withdrew from Kherson": where it happened
            return prep.head.lemma_.lower() in {"oust", "drive", "push", "expel", "withdraw", "retreat", "evacuate"}
        if prep.lower_ == "of" and prep.head.lower_ in LOC_PREPS | {"north", "south", "east", "west"}:
            return True  # "outside of the city of Basra", "north of Kyiv"
        return prep.lower_ in LOC_PREPS
    if t.dep_ in {"dobj", "nsubjpass"}:
        return t.head.lemma_.lower() in PLACE_VERBS  # "shelled Kherson", "Kherson was shelled"
    # "the Doha talks", "a Geneva summit": talks named after where they are held
    return token.dep_ == "compound" and token.head.lemma_.lower() in TRIGGERS["CONSULT"]["NOUN"]


def places_in(trigger: Token, sent: Span, index: EntityIndex, exclude: list[Party],
              event_type: str | None = None) -> list[tuple[int, int, Place]]:
    """Places of the sentence in a place's role, ranked by closeness to the trigger in the tree; with
    `event_type`, not those of another type's event ("talks follow a raid in X": X is the raid's)."""
    found: list[tuple[int, int, Place]] = []
    for token in sent:
        if event_type is not None and _of_other_event(token, trigger, event_type) or _where_treated(token, trigger):
            continue
        mention = index.by_token.get(token.i)
        region = _region_of(token)
        if region is not None and _location_role(token.head):
            # "the Kyiv region", "Kherson Oblast": the region, under the name the text gives it.
            party = index.party_of(mention) if mention is not None and mention.label != "NORP" else None
            party = party or Party(None, token.text)
            if not any(party.same(p) for p in exclude):
                place = Place(party, token.text, region.country_code, None, None, False, False, 2)
                found.append((tree_distance(trigger, token), abs(token.i - trigger.i), place))
            continue
        if _settlement_name(token) and (mention is None or mention.label in {"GPE", "LOC", "FAC", "PERSON", "ORG"}) \
                and not (mention is not None and mention.label == "LOC" and token.dep_ != "pobj"):
            # (a sea or a river before "port" names where the port is, not the port: "the Black Sea port of X")
            # "the village of Bilozerka": a settlement too small for the gazetteer, in its region's country.
            name = mention.text if mention is not None else _proper_name(token)
            party = index.party_of(mention) if mention is not None else Party(None, name)
            known = _near(locate(name), index)
            # "Gangaw township", "Khotin hromada": an area of villages, wider than a village named with it
            area = int(token.head.i == token.i + 1 and token.head.lemma_.lower() in _AREAS_OF_VILLAGES)
            if mention is not None and _QUARTER_OF.match(sent.doc.text, mention.end_char):
                area = -1  # "in the Tobin neighbourhood of Kumbo": the quarter, narrower than its town
            place = Place(party, name, known.country_code if known else None, None, None, False, False, area)
            found.append((tree_distance(trigger, token), abs(token.i - trigger.i), place))
            continue
        named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)  # "in Ukraine's Kharkiv"
        if mention is None and named and not token.ent_type_ and _location_role(token):
            # Small NER models miss towns; the gazetteer knows them.
            known = locate(token.text)
            if known is not None:
                place = Place(Party(None, known.name), known.name, known.country_code, known.latitude,
                              known.longitude, known.kind == "country", False, specificity(known.name))
                found.append((tree_distance(trigger, token), abs(token.i - trigger.i), place))
            continue
        if mention is None or token.i != sent.doc.char_span(
                mention.start_char, mention.end_char, alignment_mode="expand").root.i:
            continue
        if not (_location_role(token) or _after_possessive_place(token, index)):
            continue
        if mention.label not in {"GPE", "LOC", "FAC", "NORP"} and geocode(mention.text)[0] is None \
                and token.ent_type_ not in {"FAC", "LOC"}:
            # a PERSON or ORG in a place's role counts when the gazetteer knows the name, or where the
            # model read it as a place ("talks in Downing Street", the office's seat)
            continue
        party = index.party_of(mention)
        if any(party.same(p) for p in exclude):
            continue
        weak = mention.label == "NORP"
        if weak and party.text is None:
            continue
        name = party.text or index.found.entities[mention.cluster].name
        code, lat, lon, is_country = geocode(name) if _near(locate(name), index) else (None, None, None, False)
        distance = tree_distance(trigger, token) + (3 if weak else 0) + 3 * _other_clause(trigger, token)
        if distance <= MAX_LOCATION_DISTANCE:
            # A sea, a river or a mountain range the gazetteer does not know is wider than a town on it.
            narrow = specificity(name) if code is not None or mention.label != "LOC" else 2
            if narrow == 0 and _written_as_an_area(mention, sent.doc):
                narrow = 1  # "in Yater, in Bint Jbeil district": the village is where, the district around it
            elif narrow == 0 and code is None and mention.label == "FAC":
                narrow = 1  # "at Government House in Lae": the town is where, the building a place in it
            elif narrow == 0 and _QUARTER_OF.match(sent.doc.text, mention.end_char):
                narrow = -1  # "in the Tobin neighbourhood of Kumbo": the quarter, narrower than its town
            place = Place(party, name, code, lat, lon, is_country, weak, narrow)
            found.append((distance, abs(token.i - trigger.i), place))
    return found


# The other scored type whose trigger may own a place: a meeting held "hours after strikes hit X".
_OTHER_TYPE = {"ASSAULT": "CONSULT", "CONSULT": "ASSAULT"}


def _of_other_event(token: Token, trigger: Token, event_type: str) -> bool:
    """Whether the first event word above a place word, on its way up the tree, states an event of the
    other scored type than `trigger`'s: "Talks follow an Israeli raid in X" (X is where the raid was),
    "strikes hit X hours after officers met" (X is not where they met)."""
    other = _OTHER_TYPE.get(event_type)
    if other is None:
        return False
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is not None and verb.i != trigger.i and _own_clause(trigger) and _own_clause(verb) \
            and verb.lemma_.lower() in TRIGGERS[event_type]["VERB"] and is_trigger(verb, event_type):
        return True  # "X kills nine in attack on base, car bomb hits Y": Y is where the car bomb hit
    for t in token.ancestors:
        if t.i == trigger.i:
            return False
        if t.lemma_.lower() in TRIGGERS[other]["VERB"] | TRIGGERS[other]["NOUN"] and is_trigger(t, other):
            return True
    return False


# Where the wounded were taken, not where they were hurt: "taken to hospital in X", "treated in Y" (a
# hospital itself may be what was hit).
_CARE = frozenset({"rush", "evacuate", "treat", "admit", "transfer", "airlift", "hospitalise", "hospitalize"})


def _where_treated(token: Token, trigger: Token) -> bool:
    for t in token.ancestors:
        if t.i == trigger.i:
            return False
        if t.lemma_.lower() in _CARE or (t.lemma_.lower() == "take" and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in t.children)):
            return True  # ("taken to hospital in X"; the attack "took place in X" is where it happened)
    return False


def _own_clause(verb: Token) -> bool:
    """Whether a verb has a subject of its own: a clause of its own, telling an event of its own."""
    return verb.pos_ == "VERB" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _proper_name(token: Token) -> str:
    """A proper name with the proper nouns before it that modify it ("Tha Pyay Kone")."""
    start = token.i
    while start > token.sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head.i in range(
            start, token.i + 1):
        start -= 1
    return token.doc[start : token.i + 1].text


def _after_possessive_place(token: Token, index: EntityIndex) -> bool:
    """Whether a place follows a place in a place's role and its possessive ending ("in Ukraine’s
    Kharkiv"), where the parser left it hanging."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].lower_ not in {"'s", "’s"}:
        return False
    owner = doc[token.i - 2]
    mention = index.by_token.get(owner.i)
    return mention is not None and mention.label in {"GPE", "LOC"} and _location_role(owner)


def _settlement_name(token: Token) -> bool:
    """Whether a proper name is a settlement's in a place's role: "the village of X", "the port of X",
    "X township", "west of X", "the outskirts of X"."""
    if token.pos_ != "PROPN":
        return False
    if token.dep_ in {"compound", "nmod", "amod"} and token.head.i == token.i + 1:
        # "Gangaw township", "in Tha Pyay Kone village"
        return token.head.lemma_.lower() in SETTLEMENTS - {"city", "district"} and _location_role(token.head)
    if token.dep_ == "pobj" and any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENTS for c in token.children):
        return _location_role(token)  # "in X, a village in Y district"
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    if noun.lemma_.lower() in NEAR_NOUNS or noun.lower_ in NEAR_NOUNS:
        return True
    return noun.lemma_.lower() in SETTLEMENTS and _location_role(token)


# A quarter of a town named before the town: "the X neighbourhood of Y", "the X area of Y".
_QUARTER_OF = re.compile(r"[ \t]+(?:neighbou?rhood|area|quarter|suburb)[ \t]+of\b", re.IGNORECASE)
_AREAS_OF_VILLAGES = frozenset({"township", "hromada", "raion", "rayon"})
# Words after a name that make it an area holding villages: "Marjayoun district", "Tabayin Township".
_AREA_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(sorted(AREA_OF_VILLAGES_WORDS))})\b", re.IGNORECASE)
_CITY_POSSESSIVE = re.compile(r"(?P<city>[A-Z][\w'-]*(?:[ -][A-Z][\w'-]*)*)['’]s\s+$")


def _written_as_an_area(mention: Mention, doc: Doc) -> bool:
    """Whether a place is written with an area word ("Walungu territory"), and not as a city's own district
    ("Kharkiv's Kyivskyi district", narrower than the city)."""
    last = mention.text.rsplit(None, 1)
    if not (_AREA_AFTER.match(doc.text, mention.end_char) or len(last) == 2 and _AREA_AFTER.match(" " + last[1])):
        return False
    before = _CITY_POSSESSIVE.search(doc.text[max(0, mention.start_char - 40) : mention.start_char])
    city = locate(before["city"]) if before is not None else None
    return city is None or city.kind != "city"


def _region_of(token: Token) -> GazetteerPlace | None:
    """The first-level region a name before a region word names: "Kyiv" in "the Kyiv region"."""
    head = token.head
    if token.dep_ not in {"compound", "amod", "nmod"} or head.i != token.i + 1:
        return None
    if place_key(head.text) not in REGION_WORDS:
        return None
    place = lookup_place(f"{token.text} {head.text}")
    return place if place is not None and place.kind in {"region", "state"} else None


def _other_clause(trigger: Token, token: Token) -> bool:
    """Whether `token` sits in a subordinate clause the trigger is not in ("after the talks began in X")."""
    lca = common_ancestor(trigger, token)
    return lca is None or leaves_clause(token, lca, _SUBORDINATE_DEPS)


_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "ccomp", "conj"})


def place_of(trigger: Token, sent: Span, index: EntityIndex, exclude: list[Party],
             event_type: str | None = None) -> Place | None:
    """The place of the trigger: the closest place in a place's role, or a narrower place of the same
    country close to it ("in Ukraine's Kharkiv region, in the village of Kupiansk" -> the village)."""
    ranked = places_in(trigger, sent, index, exclude, event_type)
    return most_specific(ranked, window=_SPECIFIC_WINDOW)


# How much farther from the trigger in the tree a narrower place may be than the closest one.
_SPECIFIC_WINDOW = 4


def most_specific(ranked: list[tuple[int, int, Place]], window: int) -> Place | None:
    """Among places ranked by (tree distance, word distance), the narrowest one of the closest one's
    country within `window` of its distance; the closest one when none is narrower."""
    if not ranked:
        return None
    best = min(ranked, key=lambda r: r[:2])
    near = [r for r in ranked if r[0] <= best[0] + window and not r[2].weak
            and (r[2].country_code is None or best[2].country_code is None
                 or r[2].country_code == best[2].country_code)]
    chosen = min(near, key=lambda r: (r[2].specificity, r[:2]))[2] if near else best[2]
    if chosen.country_code is None:
        # A village the gazetteer does not know lies in the country of the places named with it.
        code = next((r[2].country_code for r in sorted(near, key=lambda r: r[:2]) if r[2].country_code), None)
        chosen = replace(chosen, country_code=code)
    return chosen



def context_place(merged: MergedEvent, sents: list[Span], index: EntityIndex) -> Place | None:
    """Where an event with no place in its sentences happened: the place of the sentence before."""
    first = merged.first
    k = next((i for i, s in enumerate(sents) if s.start == first.sent.start), 0)
    if k == 0:
        return None
    previous = sents[k - 1]
    ranked = places_in(previous.root, previous, index, [p for p in (merged.value("actor"),) if p])
    # Borrowed from context, the most specific place is the likeliest scene ("el-Fasher" over "Sudan").
    return most_specific(ranked, window=MAX_LOCATION_DISTANCE)
