"""Corrections from a name's surroundings: what the words and the parse around a candidate say it is.

The small model types a name by its letters; news tells the type around it. A place-type
noun makes a place ("the village of X", "X, a town in", "in X, Y Oblast"); the subject of a
speech verb is a person or an organisation, never a place the gazetteer does not know; a role after a
comma ("X, a member of") makes a person, a price that moves ("X fell 0.25") a company; an office's
words ("Shadow Home") are no name. Particle names are `particles.py`, outlets `outlets.py`, region words
`regions.py`, words that name nothing (page furniture, time zones, tickers) `non_names.py`, where a name
the model guessed at stands `unknown_places.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nameparser.config import CONSTANTS as PARSER_CONSTANTS
from spacy.tokens import Doc, Span
from wordfreq import zipf_frequency

from transforms.doc_index import doc_index
from transforms.entities.candidates import (
    ORG_WORDS,
    PLACE_APPOSITION_AFTER,
    PLACE_NOUN_BEFORE,
    Candidate,
    after_the,
    is_nationality,
    looks_like_person,
    titled,
)
from transforms.entities.clues import (
    a_legal_form_closes,
    a_platform,
    a_price_that_moves,
    a_thing,
    on_a_medium,
    took_a_poll,
    works_for,
)
from transforms.entities.margins import opens_a_listed_headline
from transforms.entities.names import (
    a_named_surname,
    is_given_name,
    is_person_noun,
    is_persons_role,
    is_title,
    name_tokens,
    seldom_written,
)
from transforms.entities.outlets import (
    LOCATIVE_PREPOSITIONS,
    OUTLET_VERBS,
    SOURCE_VERBS,
    SPATIAL_PREPOSITIONS,
    acts,
    an_outlet,
    credits,
    in_a_place,
    name_key,
    people_words,
    published_in,
    speaks,
    the_pages_masthead,
)
from transforms.entities.person_or_body import (
    a_person_by_apposition,
    described_as_a_body,
    listed_with,
    named_beside_a_persons_role,
    people_by_their_speaking_surname,
    person_or_body,
    surnames_given_in_full,
    who_does,
)
from transforms.entities.place_roles import CAMP_AFTER, where_a_site_is, won_or_shelled
from transforms.entities.regions import listed_places
from transforms.entities.unknown_places import (
    HEADING_PREPOSITIONS,
    IN_OR_NEAR_BEFORE,
    MOVES,
    REACHED_OR_LEFT,
    WORKPLACE_BEFORE,
    a_bare_unknown_name,
    a_known_place,
    a_lone_unknown_word,
    a_lone_word,
    an_unknown_word,
    fled_from_or_between,
    in_a_region_after,
    name_start,
    names_a_local_facility,
    owned_in,
    where_an_act_happens,
)
from transforms.entities.untagged import inside_a_known_place
from transforms.gazetteer import BIG_CITY_POPULATION, lookup_place, part_of_a_region, place_key
from transforms.lexicon.entities import (
    BORDER_POSTS,
    BUSINESS_HEADS,
    FIGHTERS,
    GENERIC_INSTITUTION_WORDS,
    GROUP_NOUNS,
    INSTITUTION_HEADS,
    LAW_HEADS,
    LEADER_NOUNS,
    NO_SURNAME_TRADE_WORDS,
    ORG_NOUNS,
    PEOPLE_GROUP_NOUNS,
    PEOPLES,
    PERSON_NOUNS,
    PERSONAL_HONORIFICS,
    PLACE_TAKING_VERBS,
    WIRE_SERVICES,
)
from transforms.lexicon.events import PLACE_NOUNS

# "frontier villages such as X", "towns including X", "neighbourhoods, including X".
# "towns such as X", "counties in the west such as X, Y and Z": each name of the list.
_SETTLEMENTS_SUCH_AS = re.compile(
    r"\b(?i:villages|towns|cities|settlements|hamlets|districts|provinces|regions|counties|states|municipalities|"
    r"governorates|oblasts|territories|suburbs|townships|neighbou?rhoods|localities)(?:\s+(?:in|of|across)\s+(?:the\s+)?[A-Z]?[\w-]+)?"
    r",?\s+(?:such\s+as|including|like)\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+(?:and\s+|or\s+)?)*$")
_ACRONYM_LAST = re.compile(r"^(?!(?:II|III|IV|VI|VII|VIII|IX|XI|XII|JR|SR)$)[A-Z]{2,4}$")
_CODED_NAME = re.compile(r"[a-z][A-Z]|\d")


def _names_a_people(root) -> bool:
    """Whether a name (or the first of the names it is listed with) modifies a noun of an ethnic people."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    # "the Dinka community", "Hawiye clan elders"; "the Google community forum" names a forum
    return first.dep_ in {"compound", "nmod", "amod"} and head.i > first.i and head.lemma_.lower() in PEOPLE_GROUP_NOUNS \
        and (head.dep_ != "compound" or is_person_noun(head.head.lemma_) or head.head.lemma_.lower() == "elder")


# The office of a place's own head before the holder's name: "X Governor Ann Roe", "X Mayor Ann Roe".
_LOCAL_OFFICE_AFTER = re.compile(r"[ \t]+(?:Deputy[ \t]+)?(?:Governor|Mayor|Prefect|Governor-General)[ \t]+[A-Z][a-z]")

def _before_its_fighters(span: Span) -> bool:
    """Whether a name of two or three words modifies a noun of fighters right after it ("three Abu Sayyaf
    militants", "Boko Haram fighters raided ..."): an armed group's, not a person's."""
    head = span.root.head
    return span.root.dep_ in {"compound", "amod", "nmod"} and head.i == span.end and head.lemma_.lower() in FIGHTERS


def _in_a_clause(span: Span) -> bool:
    """Whether a name stands in a sentence with a verb, not alone on a masthead or a dateline ("X | 7
    December"), where the model's reading of it says nothing."""
    return any(t.pos_ in {"VERB", "AUX"} for t in span.sent)


def _span(doc: Doc, cand: Candidate) -> Span | None:
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def type_from_context(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Labels the parse and the words around a name decide (see the module docstring)."""
    full_surnames = surnames_given_in_full(cands)
    credited = credits(text)
    people = people_words(cands, credited.values())
    spans = [_span(doc, cand) for cand in cands]
    slots = [span is not None and an_outlet(span, text, cand, people, credited.values())
             for cand, span in zip(cands, spans, strict=True)]
    # A name that acts or is acted on where no outlet stands ("Halvorsen will veto", "praised Brisco"), or
    # that is read as a person there ("a book about Halvorsen"), unless the model itself read it as a body, is a person's, also where an outlet
    # might stand ("the treasurer told Halvorsen"); saying things, both do.
    acting = {name_key(cand) for cand, span, slot in zip(cands, spans, slots, strict=True)
              if span is not None and not slot and not speaks(span.root) and cand.start not in credited
              and ((cand.label == "PERSON" and span.root.ent_type_ != "ORG" and _in_a_clause(span)) or acts(span.root))}
    # The paper an article says it was published in is that paper wherever its name stands ("told Dawn").
    papers = {name_key(c) for c in cands if published_in(text, c) or the_pages_masthead(text, c)}
    outlets = set(WIRE_SERVICES) | papers | {name_key(c) for c, slot in zip(cands, slots, strict=True) if slot} - acting
    listed = {(start, end) for start, end, _ in listed_places(text)}
    out: list[tuple[Candidate, bool]] = []
    for cand, span in zip(cands, spans, strict=True):
        if (cand.start, cand.end) in listed:
            out.append((cand, True))  # "on Tarsby and Ollen provinces": the list says what they are
            continue
        located = False
        if span is not None:
            if name_key(cand) in outlets and an_outlet(span, text, cand, people, credited.values()):
                cand = replace(cand, label="ORG", place=None)
            located = in_a_place(span.root)
            cand = _retype(span, text, cand, full_surnames)
        if cand is not None:
            out.append((cand, located))
    # An outlet's name is the outlet's where nothing around it says otherwise ("Al Jazeera said" after
    # "according to Al Jazeera"), and so is a wire service's, unless something happens in it ("in Xinhua").
    return people_by_their_speaking_surname(doc, [
        replace(c, label="ORG", place=None) if c.label in {"PERSON", "GPE", "LOC", "NORP"} and not located
        and c.text.split() == name_tokens(c.text) and name_key(c) in outlets else c
        for c, located in out])


# "north of X", "20 km south-west of X": where X is a place, unless X modifies a noun ("east of X positions").
_COMPASS_OF_BEFORE = re.compile(r"(?i)\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+$")
# A capitalised word or a bracket right before a law's word: the law's name ends there.
_CLOSES_A_LAWS_NAME = re.compile(r"(?:\b[A-Z][a-z]+|\))[ \t]+$")


def _before_a_noun(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN"


def _a_known_town(name: str) -> bool:
    place = lookup_place(name)
    return place is not None and place.kind == "city"


def _retype(span: Span, text: str, cand: Candidate, full_surnames: list[str]) -> Candidate | None:
    words = name_tokens(cand.text)
    has_org_word = any(w.lower().strip(".") in ORG_WORDS for w in words)
    root = span.root
    if _surname_not_town(cand, root, full_surnames):
        return replace(cand, label="PERSON", place=None)
    if cand.label in {"ORG", "GPE", "LOC", "FAC"} and not has_org_word and len(words) <= 3 \
            and _HONORIFIC_BEFORE.search(text, max(0, cand.start - 10), cand.start):
        return replace(cand, label="PERSON", place=None)  # "said Mr Xandri-Moyo": a person, whatever the name
    if cand.label == "ORG" and cand.place is None and not has_org_word and 2 <= len(words) <= 3 \
            and all(w[:1].isupper() and not w.isupper() for w in words) and who_does(root):
        return replace(cand, label="PERSON", place=None)  # "Faure Gnassingbé, who has led Togo since 2005"
    if cand.label == "NORP" and len(words) == 1 and words[0] in full_surnames and not is_nationality(cand.text):
        # "Dana Whitfield ... Whitfield said", the surname alone tagged a people's name.
        return replace(cand, label="PERSON")
    if cand.label in {"PERSON", "ORG"} and len(words) == 1 and names_a_local_facility(root) \
            and not a_named_surname(words[0], full_surnames) and (place := lookup_place(cand.text)) is not None:
        return replace(cand, label="GPE", place=place)  # "the Rafah crossing", the town's name a given name too
    if cand.label in {"PERSON", "ORG", "FAC"} and 2 <= len(words) <= 3 and not has_org_word \
            and names_a_local_facility(root, BORDER_POSTS) and not any(w.isupper() for w in words):
        return replace(cand, label="GPE", place=lookup_place(cand.text))  # "the Kfar Aziz crossing": a place's name
    if cand.label in {"ORG", "PERSON", "GPE", "FAC"} and cand.place is None and len(words) == 1 and not has_org_word \
            and not a_named_surname(words[0], full_surnames) and _names_a_people(root):
        return replace(cand, label="NORP")  # "the Hema and Lendu communities": peoples, no body
    if cand.label != "PERSON" and len(words) == 1 and root.dep_ == "appos" and cand.place is None and (
            root.head.lemma_.lower() == "name" or is_given_name(words[0]) and root.head.pos_ == "NOUN"
            and (is_person_noun(root.head.lemma_) or cand.label != "ORG" and root.head.lemma_.lower() not in PLACE_NOUNS)):
        # "her first name, Olena,", "my neighbour, Mykola," (the telecom operator, Elisa, is the company)
        return replace(cand, label="PERSON", place=None)
    if cand.label == "PERSON" and len(words) == 1 and _LOCAL_OFFICE_AFTER.match(text, cand.end):
        # "Nineveh Governor Ann Roe": the place whose governor the person is
        return replace(cand, label="GPE", place=lookup_place(cand.text))
    if cand.label in {"PERSON", "NORP"} and 2 <= len(words) <= 3 and not is_nationality(cand.text) \
            and cand.text.lower() not in PEOPLES and _before_its_fighters(span):
        return replace(cand, label="ORG", place=None)  # "Abu Sayyaf militants", "Boko Haram fighters": a group
    if cand.label in {"ORG", "PERSON", "FAC"} and not has_org_word and part_of_a_region(cand.text) is not None:
        return replace(cand, label="GPE", place=None)  # "Western Tigray", read as a body: a side of a region
    if (label := person_or_body(text, cand, root, full_surnames)) is not None:
        return replace(cand, label=label, place=None)
    if cand.label == "PERSON" and len(words) >= 2 and (
            words[0].lower() in INSTITUTION_HEADS or words[-1].lower().strip(".") in INSTITUTION_HEADS
            or _ACRONYM_LAST.match(words[-1])):
        # "Erasmus MC", "Reform UK": an acronym closes an organisation's name, never a person's.
        return replace(cand, label="ORG")
    if cand.label == "PERSON" and 2 <= len(words) <= 3 and not is_given_name(words[0]) and not looks_like_person(cand.text) \
            and root.dep_ == "pobj" and root.head.lower_ in {"of", "at"} and works_for(root.head.head) \
            and lookup_place(cand.text) is None and not titled(text, cand):
        return replace(cand, label="ORG")  # "Analyst Pieter Vos of Kroonveld Maes": whom a person works for
    if cand.label == "PERSON" and 2 <= len(words) <= 3 and not is_given_name(words[0]) \
            and (city := lookup_place(words[-1])) is not None and city.kind == "city" \
            and place_key(city.name) == place_key(words[-1]) and city.population >= _CITY_IN_A_BODYS_NAME \
            and lookup_place(cand.text) is None and not titled(text, cand) and not is_title(words[0]):
        # "Euronext Amsterdam", "Nasdaq Stockholm": a body and its city (the city by its own name, not a
        # spelling of it that is a surname: "Governor Moise Kabulo")
        return replace(cand, label="ORG")
    if cand.label == "PERSON" and len(words) >= 2 and a_legal_form_closes(cand.text):
        return replace(cand, label="ORG")  # "Bina Teguh Sdn Bhd", "Halvorsen Holdings ASA"
    if cand.label == "PERSON" and len(words) >= 2 and words[-1].lower() in BUSINESS_HEADS | ORG_WORDS \
            and (not is_given_name(words[0]) or words[-1].endswith("ies") or words[-1].lower() in NO_SURNAME_TRADE_WORDS
                 or (len(words) >= 3 and not is_given_name(words[1]) and not seldom_written(words[1]))):
        # "Halden Therapeutics" is a company, "Civic Alliance" a party; "Samantha Power", opening with a
        # given name, is a person, and so may "Mary Ann Power" be; "Gang Suppression Force", its middle
        # word an English one, is a body.
        return replace(cand, label="ORG")
    if cand.place is None and cand.label in {"PERSON", "ORG"} and len(span) == 1 and (
            a_thing(root) or _a_common_word(cand.text)) and not a_named_surname(cand.text, full_surnames):
        # A surname the article gives in full is a name even where it opens a sentence ("Trump said").
        return None
    if cand.place is None and cand.label in {"GPE", "LOC", "PERSON", "ORG"} and len(span) == 1 \
            and (root.tag_ in {"NNS", "NN"} or (root.pos_ == "ADJ" and not is_nationality(cand.text))) \
            and _opens_a_sentence(root) and not root.is_upper and not is_given_name(cand.text) \
            and not seldom_written(root.lemma_) and not a_named_surname(cand.text, full_surnames):
        # "Gunmen stormed ...", "(AP) — Gunmen burst in", "(EFE).- Armed men": an English noun or adjective
        # opening the sentence ("gunman"), no place the gazetteer knows ("Jefferies analyst ..." has no
        # English word for its lemma)
        return None
    if cand.label == "PERSON" and cand.place is None and len(span) == 1 and _opens_a_sentence(root) \
            and not root.is_upper and zipf_frequency(cand.text.lower(), "en") >= _ENGLISH_NOUN_ZIPF \
            and not is_given_name(cand.text) and not a_named_surname(cand.text, full_surnames) \
            and len(re.findall(rf"\b{re.escape(cand.text)}\b", text)) == 1 \
            and not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SOURCE_VERBS) \
            and not opens_a_listed_headline(text, cand.start):
        # "Mortar rounds hit ...": an English word opening a sentence, once, is no one ("Rice said" speaks,
        # "Putin discusses ..." under "Read also" is a headline's subject)
        return None
    if cand.label in {"PERSON", "ORG"} and cand.place is None and len(words) <= 2 and not has_org_word \
            and not titled(text, cand) and inside_a_known_place(span) \
            and not (works_for(root.head.head) or is_person_noun(root.head.head.lemma_)):
        # "a drone struck the market in En Nahud, West Kordofan": where something happens, inside a region
        # ("an economist at X in Hong Kong" works for X)
        return replace(cand, label="GPE", place=lookup_place(cand.text))
    if cand.label == "NORP" and not is_nationality(cand.text) \
            and PLACE_NOUN_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return replace(cand, label="GPE", place=lookup_place(cand.text))  # "the town of X" read as a people's name
    if cand.label == "NORP" and _SETTLEMENTS_SUCH_AS.search(text[max(0, cand.start - 120) : cand.start]):
        return replace(cand, label="GPE", place=lookup_place(cand.text))  # "towns such as Roma and Chinchilla"
    if (cand.label in {"ORG", "PERSON", "FAC", "LOC", "GPE"} or (cand.label == "NORP" and not is_nationality(cand.text))) \
            and not has_org_word and cand.place is None:
        # (a name the model read as a people's that no people bears: "an army base at Padiet")
        before = text[max(0, cand.start - 40) : cand.start]
        after = text[cand.end : cand.end + 40]
        # "near Novopil and Bilohirka": a conjunct stands where the first one does
        first = root
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        spatial = (first.dep_ == "pobj" and (first.head.lower_ in SPATIAL_PREPOSITIONS or (
            first.head.lower_ in HEADING_PREPOSITIONS and first.head.head.lemma_.lower() in MOVES))) or (
            first.dep_ == "dobj" and first.head.lemma_.lower() in PLACE_TAKING_VERBS) or won_or_shelled(first) \
            or where_a_site_is(first) or (
            a_bare_unknown_name(text, cand, words, full_surnames)
            and (where_an_act_happens(first) or IN_OR_NEAR_BEFORE.search(text, 0, name_start(first).idx)
                 or fled_from_or_between(first)
                 or (first.dep_ == "dobj" and first.head.lemma_.lower() in REACHED_OR_LEFT)
                 or any(a_known_place(t) for t in listed_with(root)))) or (
            an_unknown_word(cand, words, full_surnames) and names_a_local_facility(root)) or (
            # "signed a pledge in Mt Hagen": a town the gazetteer knows, where something happens
            len(words) >= 2 and where_an_act_happens(first) and _a_known_town(cand.text)) or (
            a_lone_word(cand, words, full_surnames) and first.dep_ in {"dobj", "pobj"}
            and any(a_known_place(t) for t in listed_with(root)))
        # "supplies meals to Tesco, Marks & Spencer and ...": a body listed with bodies is no place it goes to
        # (but words the model guessed at, listed together, are where the first one stands: "reached X and Y")
        spatial = spatial and not (cand.label == "ORG" and any(
            t.ent_type_ == "ORG" and not (seldom_written(t.text) and a_bare_unknown_name(text, cand, words, full_surnames))
            for t in listed_with(root)))
        # "closed higher on the BSE": a body's acronym the model tagged names no place
        spatial = spatial and not (cand.label == "ORG" and _ACRONYM_LAST.match(cand.text))
        # "the Abu Shouk camp" is where people shelter; "the Harris camp" is the candidate's people
        camp = CAMP_AFTER.match(after) is not None and not a_named_surname(words[-1], full_surnames)
        placed = PLACE_NOUN_BEFORE.search(before) or _a_place_by_apposition(after) or spatial or camp \
            or (_COMPASS_OF_BEFORE.search(before) and not _before_a_noun(span)) \
            or (a_lone_unknown_word(cand, words, full_surnames) and in_a_region_after(text, cand)
                and not WORKPLACE_BEFORE.search(before)) \
            or _before_a_region(after) or _SETTLEMENTS_SUCH_AS.search(text[max(0, cand.start - 120) : cand.start])
        # "the town of Ain Issa" says what it is, whatever given name opens it
        if placed and (PLACE_NOUN_BEFORE.search(before) or camp or not (cand.label == "PERSON" and (
                looks_like_person(cand.text) or (len(words) >= 2 and is_given_name(words[0]))))):
            end = span.end
            while end < len(span.doc) and span.doc[end].pos_ == "PROPN" and not span.doc[end].ent_type_ \
                    and span.doc[end].text[:1].isupper():
                end += 1  # "the village of Kozacha" + "Lopan": the model cut the name short
            end_char = span.doc[end - 1].idx + len(span.doc[end - 1].text) if end > span.end else cand.end
            return Candidate(cand.start, end_char, text[cand.start : end_char], "GPE")
    if cand.label == "GPE" and cand.place is None and owned_in(root):
        return replace(cand, label="ORG")  # "shares in X and Y", "invested in X": what one owns a part of is a firm
    if cand.label == "GPE" and cand.place is None and _CODED_NAME.search(cand.text):
        # Inner capitals and digits make brands and products ("YouTube", "IE9"), not places.
        return replace(cand, label="ORG")
    countries = [i for i, w in enumerate(words) if (place := lookup_place(w)) is not None and place.kind == "country"]
    if cand.label == "PERSON" and len(words) >= 2 and countries and not (
            countries == [len(words) - 1] and len(words) <= 3 and is_given_name(words[0])) and not (
            countries == [0] and len(words) == 2 and is_given_name(words[0]) and not _a_common_word(words[1])
            and lookup_place(words[1]) is None):
        # A country's name inside a name makes an event, a team or an outlet, not a person; but a
        # surname may be one ("Michael Jordan"), and so may a given name ("Chad Okoro").
        return replace(cand, label="ORG")
    if cand.label in {"PERSON", "GPE"} and cand.place is None and len(words) == 1 and (
            a_platform(root) or (_unintroduced(words[0], full_surnames) and on_a_medium(root))):
        return replace(cand, label="ORG")
    if cand.label == "PERSON" and _a_countrys_body(span):
        return replace(cand, label="ORG")  # "Israel's Magen David Adom emergency service said"
    held = root
    while held.dep_ == "conj" and held.head.i < held.i:
        held = held.head
    if cand.label in {"PERSON", "GPE"} and held.dep_ == "pobj" and held.head.lower_ in {"at", "from"} \
            and held.head.head.pos_ == "NOUN" and is_person_noun(held.head.head.lemma_) and lookup_place(cand.text) is None \
            and not (len(words) == 1 and a_named_surname(cand.text, full_surnames)) and not looks_like_person(cand.text):
        # "an analyst at Peel Hunt", "a professor at Stanford", "analysts at Jefferies", "executives from
        # Siemens and Uniper": where a role is held is a body
        return replace(cand, label="ORG")
    if len(words) == 1 and root.dep_ == "dobj" and root.head.lemma_.lower() in {"speak", "understand"}:
        return None  # "the militiamen spoke Kilega": a language, no one and nowhere
    if cand.label == "PERSON" and len(words) == 1 and words[0].lower() in LAW_HEADS \
            and (after_the(text, cand) or cand.text.startswith(("The ", "the "))
                 or _CLOSES_A_LAWS_NAME.search(text, max(0, cand.start - 40), cand.start)):
        # "voted against the Bill", "the Elections (Amendment) Bill was passed": the law a house debates,
        # capitalised, no Bill Roe
        return None
    if cand.label == "PERSON" and (after_the(text, cand) or cand.text.startswith(("The ", "the "))) \
            and root.dep_ != "compound" and not titled(text, cand) and 2 <= len(words) <= 3 and not words[-1].endswith("s") \
            and not any(is_given_name(w) for w in words):
        # "The Lok Sabha passed the bill": "the" before a name the model read as a person's makes a body's
        # ("the Biden administration" is the leader's, "the Kardashians" a family, one word a character's
        # or a nickname, "the Joker", and a given name keeps a person: "the Ayatollah Ali Khamenei")
        return replace(cand, label="ORG")
    if cand.label in {"PERSON", "GPE"} and cand.place is None and root.dep_ == "compound" \
            and root.head.lemma_.lower() in _MARKET_NOUNS and not titled(text, cand):
        # "Jefferies analyst Ann Roe", "Morgan Stanley shares": whose analysts and shares they are is a firm.
        return replace(cand, label="ORG")
    if cand.label == "PERSON" and a_price_that_moves(root):
        # "Ayala Land fell 0.25 pesos": a market report's subject is a company or an index.
        return replace(cand, label="ORG")
    if cand.label in {"GPE", "ORG"} and cand.place is None and 2 <= len(words) <= 3 and not has_org_word \
            and all(w[:1].isupper() and w[1:].islower() for w in words) \
            and (m := _WORD_BEFORE.search(text, 0, cand.start)) and (m.group(1).islower() or m.group(1).isupper()) \
            and is_persons_role(m.group(1)):
        # "Hamas official Bassem Naim", "army spokesman Nabil Khoury", "the commission's chairperson
        # Tendai Moyo", "former CEO Ann Roe": a role before a name written as a person's
        return replace(cand, label="PERSON")
    if cand.label in {"PERSON", "GPE", "FAC", "LOC"} and cand.place is None \
            and _BODY_CALLED_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return replace(cand, label="ORG")  # "the faction known as Los Pelones", "a gang called La Linea"
    if cand.label in {"PERSON", "GPE", "FAC"} and cand.place is None and not _after_a_persons_role(text, cand) and (
            described_as_a_body(root) or (took_a_poll(root) and not looks_like_person(cand.text))):
        # "Oncomark, a spin-out company", "the charity Hope Lane", "utility Korvath Energy": what the
        # text calls it
        return replace(cand, label="ORG")
    if cand.label in {"GPE", "ORG"} and cand.place is None and not has_org_word and not cand.text.isupper() \
            and a_person_by_apposition(root, words) and lookup_place(cand.text) is None:
        # "Nadia Karam, a member of the council": a place or a body is not described by a role (nor is
        # an acronym a person's name: "ACLED, a monitoring group").
        return replace(cand, label="PERSON")
    if cand.label in {"GPE", "ORG"} and cand.place is None and not has_org_word and 2 <= len(words) <= 4 \
            and all(w[:1].isupper() and not w.isupper() for w in words) \
            and named_beside_a_persons_role(root, given_name_first=is_given_name(words[0])) \
            and lookup_place(cand.text) is None:
        # "the mayor of Tessaly, Amadou Garba Tiemoko, said": the name the role is set beside is a person's
        # (a body is "the leader, X," but no "head of the region, X,")
        return replace(cand, label="PERSON")
    speaker = root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SOURCE_VERBS
    agent = root.dep_ == "pobj" and root.head.lower_ == "by"
    if cand.label == "ORG" and (speaker or agent) and 2 <= len(words) <= 3 and not has_org_word \
            and not after_the(text, cand) \
            and is_given_name(words[0]) and all(w[:1].isupper() and w[1:].islower() for w in words):
        # "founded by Dean Kamen", "Dean Kamen said": a given name that speaks or acts is a person's,
        # even when the surname is a given name too.
        return replace(cand, label="PERSON")
    if speaker:
        if cand.label == "GPE" and cand.place is None and lookup_place(cand.text) is None:
            # The gazetteer knows no such place, and places do not speak: an organisation or a person.
            return replace(cand, label="PERSON" if looks_like_person(cand.text) else "ORG")
        if cand.label == "PERSON" and len(words) == 1 and root.head.lemma_.lower() in OUTLET_VERBS \
                and not is_given_name(words[0]) and not a_named_surname(words[0], full_surnames):
            return replace(cand, label="ORG")
    return cand


def _a_countrys_body(span: Span) -> bool:
    """Whether a name stands between a country's possessive and a noun of bodies: "Israel's X emergency
    service", "Kenya's X party"; a leader's noun after a name makes it the leader's ("Hungary's Orban
    government")."""
    doc, root = span.doc, span.root
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].lower_ not in {"'s", "’s"} \
            or doc[span.start - 2].ent_type_ != "GPE":
        return False
    head = root.head
    return root.dep_ == "compound" and head.i > root.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in ORG_NOUNS - LEADER_NOUNS


def _after_a_persons_role(text: str, cand: Candidate) -> bool:
    """Whether a person's role in lower case ("district administrator X") or a title ("Trade Commissioner
    X", inside the mention or before it) stands right before a name: what the parse hangs after the name
    ("X, a group of gunmen entered", "X met ..., the body created by") does not describe it then."""
    if is_title(cand.text.split()[0]) or titled(text, cand):
        return True
    m = _WORD_BEFORE.search(text, 0, cand.start)
    return m is not None and m.group(1).islower() and is_persons_role(m.group(1))


def _a_place_by_apposition(after: str) -> bool:
    """", a village in ...", ", the main town of ..." after a name; not ", a village elder" (a person)."""
    m = PLACE_APPOSITION_AFTER.match(after)
    if m is None:
        return False
    noun = re.match(r"\s+([a-z]+)", after[m.end() :])
    return noun is None or not (is_person_noun(noun.group(1)) or noun.group(1) in PERSON_NOUNS | {"elder", "elders"})


def _surname_not_town(cand: Candidate, root, full_surnames: list[str]) -> bool:
    """A one-word "town" that is the surname of a person the article names in full, and is not where
    something happens: "Marco Lopes said ... Lopes added" is no town called Lopes; a country's name
    only where it speaks, acts or owns."""
    place = cand.place
    if len(cand.text.split()) != 1 or (root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPOSITIONS):
        return False
    if cand.label == "GPE" and place is not None and place.kind == "country":
        # "Luís Montenegro ... Montenegro said": a country's name that acts or owns as the person does
        return root.dep_ in {"nsubj", "poss"} and cand.text in full_surnames
    if cand.label != "GPE" or place is None or place.kind != "city" or place.population >= BIG_CITY_POPULATION:
        return False
    return any(surname == cand.text for surname in full_surnames)


def _unintroduced(word: str, full_surnames: list[str]) -> bool:
    """A one-word "person" the article never names in full or with a title, and no given name."""
    return not is_given_name(word) and not a_named_surname(word, full_surnames)


# A dateline's dash or a label's colon before a sentence's first word: "BUNIA (AP) — Gunmen", "(EFE).- Armed".
_OPENING_MARK_BEFORE = re.compile(r"(?:[—–]|\.-|:)\s*$")


def _opens_a_sentence(token) -> bool:
    return token.is_sent_start or _OPENING_MARK_BEFORE.search(doc_index(token.doc).text, max(0, token.idx - 4), token.idx) is not None


def _a_common_word(text: str) -> bool:
    """A lone title ("CEO", "Chancellor") or the head word of organisation names ("Army", "Court",
    "Government"), which alone names no organisation in particular."""
    word = text.lower().strip(".")
    if text.isupper() and len(text) > 3:
        return False  # an acronym that spells a word ("FIRST") is a name
    return word in ORG_WORDS or word in GENERIC_INSTITUTION_WORDS or word in PARSER_CONSTANTS.titles


def _before_a_region(after: str) -> bool:
    """"X, Y Oblast" or "X, Y region": a settlement named with the region it lies in."""
    m = re.match(r"^,\s+((?:[A-Z][\w'’-]+\s+){1,2})(Oblast|Krai|Province|Governorate|region|oblast|province)\b",
                 after)
    return m is not None and lookup_place(f"{m.group(1).strip()} {m.group(2)}") is not None


# What a body is before the name it goes by: "the faction known as X", "a gang called X".
# (Of groups only: "police named X as the suspect" names a person.)
_BODY_CALLED_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(GROUP_NOUNS))})s?[ \t]+(?:known[ \t]+as|called|named|"
                                 r"calling[ \t]+(?:itself|themselves))[ \t]+$")
# A word English writes this often (Zipf) in lower case is a common noun before it is anyone's name.
_ENGLISH_NOUN_ZIPF = 3.5
# A city this big closing a name makes it a body's ("Euronext Amsterdam"); no one's surname is "Amsterdam".
_CITY_IN_A_BODYS_NAME = 500_000
# Nouns a firm's name modifies and a person's or a place's seldom does.
_MARKET_NOUNS = frozenset({"analyst", "strategist", "share", "stock", "shareholder", "investor"})

_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+)\s+$")  # a whole word: "far-right" is no "right"
# "Mr", "Ms." written before a name (capitalised: "I miss Xandri" holds none).
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(h.capitalize() for h in PERSONAL_HONORIFICS))})\.?[ \t]+$")
