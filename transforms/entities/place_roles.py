"""Names typed as people that the article only ever uses as places.

The small model reads an unfamiliar town as a person when its first word is also a given name
("Khan Younis", "Bint Jbeil") or when it has no gazetteer entry. A person acts, speaks, owns and is
titled somewhere in a story; a town only has things happen in it. A name whose every mention is
where something happens ("killed in X", "near X"), and none is a subject, a possessor or titled,
is a place. A person's name whose own last word is an administrative unit ("Franklin County",
"Kanbalu Township") is one too; an organisation's keeps its type ("Irving School District").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.doc_index import doc_index
from transforms.entities.candidates import ORG_WORDS, Candidate, looks_like_person, name_tokens, titled
from transforms.entities.names import is_given_name, is_persons_role
from transforms.gazetteer import PLACE_UNIT_WORDS, country_for_demonym, lookup_place
from transforms.lexicon.entities import AREA_OF_VILLAGES_WORDS, GROUP_NOUNS
from transforms.lexicon.events import PLACE_NOUNS, PLACE_VERBS, SETTLEMENTS, TRIGGERS

# Prepositions of being somewhere ("shelled in X", "died near X"); "from", "to" and "around" also
# carry people ("a call from X", "said to X", "rallied around X").
_WHERE = frozenset({"in", "near", "outside", "inside"})
# Nouns of events and of places something can be in: "a strike in X", "shelters in X".
_HAPPENINGS = frozenset().union(*(lemmas["NOUN"] for lemmas in TRIGGERS.values())) | PLACE_NOUNS | SETTLEMENTS | {
    "tent", "shelter", "school", "hospital", "house", "home", "building", "market", "street", "camp"}
# Nouns of attacks: what they are "on" or "against" is a town or a person.
_ATTACK_NOUNS = frozenset(TRIGGERS["ASSAULT"]["NOUN"])
# Nouns of where people live or shelter: "X tents", "the X camp" (not events: "the X visit" is a person's).
_SITES = PLACE_NOUNS | SETTLEMENTS | {"tent", "shelter", "encampment", "market", "street", "neighbourhood", "township"}
# Last words of a name that make it an administrative unit whatever the model said.
_UNIT_HEADS = frozenset({"county", "township", "parish", "borough", "municipality", "governorate", "prefecture",
                         "oblast", "krai", "raion", "district", "province"})
# The words of an address's units ("X district, Y regency, Z"), and what ends the address.
_ADDRESS_UNITS = (PLACE_UNIT_WORDS | _UNIT_HEADS) - {"state"}
_UNIT_THEN_COMMA = re.compile(r"\s+([a-zA-Z-]+)\s*,\s+")
_ADDRESS_ENDS = re.compile(r"\s*(?:[,.;)]|$)")
# Nouns of a part of or a direction from a place: "on the outskirts of X", "west of X", "the centre of X".
_PARTS_OF_A_PLACE = frozenset({
    "outskirts", "edge", "edges", "suburb", "suburbs", "centre", "center", "heart", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "entrance", "periphery", "environs", "streets", "ruins", "residents", "inhabitants",
})


# A person's role over the place before a name: "the chairman of" Tessa LGA, X.
_ROLE_OF_BEFORE = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def places_in_addresses(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The name that closes a place's address is the place above it: "in Waripa district, Nduga regency,
    Highland Papua," where the model read the province as a person. The name before it must carry its
    unit's word, and it must end the address (a comma, a full stop), so "in Kyiv, Zelensky said" is not one."""
    out = list(cands)
    for i in range(1, len(cands)):
        before, cand = cands[i - 1], cands[i]
        if before.label != "GPE" or cand.label not in {"PERSON", "ORG", "LOC", "FAC"} \
                or _ADDRESS_ENDS.match(text, cand.end) is None:
            continue
        if cand.label == "PERSON" and (is_given_name((words := name_tokens(cand.text))[0])
                                       or len(words) < len(cand.text.split())):
            continue  # "the governor of the Northwest Region, Emmanuel Ndongo Mvondo, said": its office holder
        if (role := _ROLE_OF_BEFORE.search(text, max(0, before.start - 40), before.start)) is not None \
                and is_persons_role(role.group(1)):
            continue  # "the chairman of Tessa LGA, Nandi Dashe Ogbu, said", whatever the given name
        # the unit's word stands between the two ("Nduga regency, X") or ends the name before ("Lac Province, X")
        between = text[before.end : cand.start]
        if (unit := _UNIT_THEN_COMMA.fullmatch(between)) is not None:
            word = unit.group(1)
        elif between.strip() == ",":
            word = before.text.split()[-1].lower()
        else:
            continue
        if word not in _ADDRESS_UNITS:
            continue
        out[i] = replace(cand, label="GPE", place=cand.place or lookup_place(cand.text))
    return out


def places_by_role(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Candidates typed PERSON that the article uses only as places (see the module) relabelled GPE:
    every mention is where something happens, or names what lies there ("the X camp", "X tents"), and
    one at least is where something happens."""
    text = doc_index(doc).text
    uses: dict[str, list[bool | None]] = {}
    org_uses: dict[str, list[bool]] = {}
    for cand in cands:
        if cand.label == "PERSON":
            use = None if _modifies_a_place(doc, cand) or _struck(doc, cand) else (
                _where_something_happens(doc, cand) or _placed_in_an_area(doc, cand))
            uses.setdefault(cand.text, []).append(use and not titled(text, cand))
        elif _a_placeless_name(cand):
            # a place noun's name ("the rural area of X", "a hospital in X") counts twice: a body is seldom so
            where = _where_something_happens(doc, cand)
            org_uses.setdefault(cand.text, []).extend([where] * (2 if where and _of_a_place_noun(doc, cand) else 1))
    countries = {c.place.country_code for c in cands if c.place is not None and c.place.kind == "country"}
    countries |= {code for c in cands if c.label == "NORP" and (code := _country_code_of_people(c.text))}
    out = []
    for cand in cands:
        words = name_tokens(cand.text)
        unit = len(words) >= 2 and words[-1].lower() in _UNIT_HEADS
        if cand.label == "PERSON" and (unit or (all(use is not False for use in uses[cand.text])
                                                and any(uses[cand.text]))):
            cand = replace(cand, label="GPE")
        elif _a_placeless_name(cand) and len(org_uses[cand.text]) >= 2 and all(org_uses[cand.text]):
            # "a tent in al-Mawasi", "residents of al-Mawasi": a name only ever where people are is a place.
            cand = replace(cand, label="GPE")
        elif cand.label == "PERSON" and len(words) >= 2 and words == cand.text.split() \
                and (town := lookup_place(cand.text)) is not None and town.kind == "city" \
                and town.country_code in countries:
            # "Nay Pyi Taw" in a story about Myanmar: a town of the country the story is about, in full,
            # whatever given name its first word is.
            cand = replace(cand, label="GPE", place=town)
        out.append(cand)
    return out


def _where_something_happens(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root: Token = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ == "of" and (prep.head.lower_ in _PARTS_OF_A_PLACE
                                                        or prep.head.lemma_.lower() in PLACE_NOUNS):
        return True  # "on the outskirts of X", "west of X", "the rural area of X"
    return root.dep_ == "pobj" and prep.lower_ in _WHERE and (
        prep.head.pos_ in {"VERB", "AUX"} or prep.head.lemma_.lower() in _HAPPENINGS)


# What follows a village's name to say where it lies: ", in Marjayoun district", ", Swat district",
# ", a farming village in ...".
_IN_AN_AREA = re.compile(
    rf",\s+(?:(?:in\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,3}}(?P<area>{'|'.join(sorted(AREA_OF_VILLAGES_WORDS))})\b"
    r"|(?:the\s+)?(?:headquarters|capital|seat|administrative\s+cent(?:re|er))\s+of\b"
    r"|an?\s+(?:[a-z-]+\s+)?"
    r"(?:village|town|hamlet|settlement|suburb|neighbou?rhood|district)\s+(?:in|near|of|on)\b)")


def _placed_in_an_area(doc: Doc, cand: Candidate) -> bool:
    """A name set in the area around it by apposition: "in X, in Y district", "X, a village in Y".
    An area word that modifies the noun after it makes an office, not an area: "X, Ohio state
    director", "X, Kent county commissioner" are people."""
    m = _IN_AN_AREA.match(doc_index(doc).text, cand.end)
    if m is None:
        return False
    if m.group("area") is None:
        return True
    area = doc.char_span(m.start("area"), m.end("area"), alignment_mode="expand")
    after = doc[area.end] if area is not None and area.end < len(doc) else None
    return after is None or not (after.pos_ == "NOUN" and after.is_lower)


def _of_a_place_noun(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    prep = span.root.head
    return (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS) or (
        prep.lower_ in _WHERE and prep.head.lemma_.lower() in _SITES | {"hospital", "school", "house", "home"})


def _struck(doc: Doc, cand: Candidate) -> bool:
    """A name that was attacked, shelled or taken ("X has been attacked too many times", "the assault on
    X", "retook X"): a town or a person, so it says nothing either way."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"on", "against"}:
        return root.head.head.lemma_.lower() in _ATTACK_NOUNS  # "the assault on X"
    return root.dep_ in {"nsubjpass", "dobj"} and root.head.lemma_.lower() in PLACE_VERBS


def _modifies_a_place(doc: Doc, cand: Candidate) -> bool:
    """A name before a noun of where people are or things happen ("a strike on X tents", "the X camp"):
    says nothing against a place, and a person is seldom written so."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root: Token = span.root
    return root.dep_ == "compound" and root.head.i == span.end and root.head.lemma_.lower() in _SITES


def _country_code_of_people(word: str) -> str | None:
    """The ISO code of the country a nationality names: "Burmese" -> "MM"."""
    name = country_for_demonym(word)
    place = lookup_place(name) if name else None
    return place.country_code if place is not None else None


def _a_placeless_name(cand: Candidate) -> bool:
    """A name typed an organisation that has no word of one and is no acronym: it may be a place."""
    words = cand.text.split()
    return cand.label == "ORG" and not cand.text.isupper() and not any(w.lower() in ORG_WORDS for w in words)


# A camp's or a site's noun after a name: "the Zamzam camp", "the Ngongo displacement site" (a "site" alone
# may be a company's or a test's).
CAMP_AFTER = re.compile(r"\s+(?:(?:displacement|displaced|refugee|IDP|idp|transit)\s+)?camps?\b"
                         r"|\s+(?:displacement|displaced|refugee|IDP|idp)\s+sites?\b")


# Sites that stand at or in a place: "an army base at X", "a checkpoint in X".
_SITES_AT = frozenset({"base", "camp", "checkpoint", "outpost", "post", "garrison", "barracks", "airbase", "airfield",
                       "market", "clinic", "school", "mosque", "church", "monastery", "village", "town"})


def where_a_site_is(token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in {"at", "in", "near"} \
        and token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in _SITES_AT


# Verbs of winning ground that take what they win "from" someone ("took X from the army", "recovered X
# from the rebels"), and nouns of what only a place suffers ("the shelling of X"; "the capture of X" and
# "the fall of X" may be a man's).
_TAKING_FROM_VERBS = frozenset({"take", "recover", "retake", "regain", "wrest", "reclaim"})
_HOLDERS_OF_GROUND = GROUP_NOUNS | {"troop", "force", "army", "militiaman", "rebel", "fighter", "government",
                                    "regime", "junta", "enemy"}
_SUFFERED_BY_PLACES = frozenset({"shelling", "bombardment", "bombing", "siege", "encirclement", "liberation",
                                 "recapture", "blockade"})


def won_or_shelled(token) -> bool:
    """A name won from someone ("seized X from government troops") or shelled ("the shelling of X")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _TAKING_FROM_VERBS:
        # won from an armed force, not taken from a home: "took the boy from his home"
        return any(c.dep_ == "prep" and c.lower_ == "from" and any(
            o.dep_ == "pobj" and (o.ent_type_ in {"ORG", "NORP"} or o.lemma_.lower() in _HOLDERS_OF_GROUND)
            for o in c.children) for c in token.head.children)
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SUFFERED_BY_PLACES


# Prepositions whose object is where something is or runs: "between X and Y", "at X and Y" ("from" and "to" carry
# people too: "a letter from Kabul and the president").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "between", "outside", "around"})


def places_named_with_places(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name read as a person's, a body's or a building's that is coordinated with a place, where the pair
    is where something is ("convoys between Chilas and X", "crossings at X and Louroujina", "the border town of
    Thakhek and X"): a place too. People are coordinated with people, not towns."""
    text = doc_index(doc).text
    place_tokens = {i for c in cands if c.label == "GPE" for i in _token_range(doc, c)}
    out = list(cands)
    for n, cand in enumerate(cands):
        words = cand.text.split()
        if cand.label not in {"PERSON", "ORG", "FAC"} or cand.place is not None or not 1 <= len(words) <= 3 \
                or any(w.lower() in ORG_WORDS for w in words) or titled(text, cand) \
                or len(name_tokens(cand.text)) < len(words) or looks_like_person(cand.text):
            continue  # (a person's shape stays a person's: "Ann Roe in Bergen and Kofi Mensah in Accra")
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
        partner = next((p for p in partners if p.i in place_tokens), None)
        if partner is None:
            continue
        first = partner if root.dep_ == "conj" else root
        # (joined by "and" or "or": a comma after a place opens the next clause's subject, "in X, Officer Y said")
        if any(c.dep_ == "cc" and c.lower_ in {"and", "or"} for c in first.children) and _where_a_pair_is(first):
            out[n] = replace(cand, label="GPE", place=lookup_place(cand.text))
    return out


def _token_range(doc: Doc, cand: Candidate) -> range:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _where_a_pair_is(first: Token) -> bool:
    """Whether the first of two coordinated names is the object of a preposition of place, directly or as
    the name of a place noun's ("between the border town of X and Y")."""
    if first.dep_ != "pobj":
        return False
    head = first.head
    if head.lower_ == "of" and head.head.lemma_.lower() in SETTLEMENTS | PLACE_NOUNS:
        head = head.head.head if head.head.dep_ == "pobj" else head
    return head.lower_ in _PLACE_PREPOSITIONS
