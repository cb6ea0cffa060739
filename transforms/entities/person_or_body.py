"""A person's name or a body's, where the model read one as the other and a word beside it tells: a
leader's noun after a surname ("the Monti government"), a seat of power that speaks ("Downing Street
said"), a group's noun after a name ("the Wagner
group"), a title opening a name the model read as a body's ("Taoiseach Micheál Martin said"), an
acronym read as a person ("according to ACLED")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.entities.candidates import (
    ACRONYM_AFTER,
    ORG_WORDS,
    Candidate,
    is_nationality,
    looks_like_person,
)
from transforms.entities.names import (
    a_named_surname,
    is_given_name,
    is_person_noun,
    is_persons_role,
    is_title,
    name_tokens,
    person_parts,
)
from transforms.entities.outlets import SPATIAL_PREPOSITIONS
from transforms.entities.party_tags import is_party_tag
from transforms.lexicon.entities import (
    ARMS_OF_GROUPS,
    BUSINESS_HEADS,
    GROUP_NOUNS,
    IN_OBJECT_VERBS,
    INSTITUTION_HEADS,
    LEADER_NOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    POLITICAL_FAMILIES,
    VOICE_NOUNS,
)
from transforms.lexicon.speech import SPEECH_VERBS

# Title words that also open the names of bodies ("Foreign Ministry", "General Motors", "Prime Video").
_TITLES_OF_BODIES = frozenset({"foreign", "defence", "defense", "prime", "vice", "deputy", "general", "officer",
                               "director", "king", "queen", "prince", "lord", "lady", "sir", "justice", "premier"})


def person_or_body(text: str, cand: Candidate, root: Token, full_surnames: list[str]) -> str | None:
    """The label the words around `cand` give it, PERSON or ORG, where they overrule the model."""
    if _a_leaders_name(cand, root, full_surnames):
        return "PERSON"
    if cand.label in {"FAC", "LOC"} and root.dep_ in {"compound", "poss"} and root.head.lemma_.lower() in VOICE_NOUNS:
        return "ORG"  # "a Downing Street spokesman": the office that sits there
    written = cand.text.split()
    if cand.label in {"PERSON", "FAC", "LOC", "GPE"} and cand.place is None and root.dep_ == "compound" \
            and root.head.i > root.i and (root.head.lemma_.lower() in GROUP_NOUNS or root.head.lower_ in GROUP_NOUNS) \
            and not (is_given_name(written[0]) if len(written) > 1
                     else a_named_surname(written[-1], full_surnames)):
        # "the Wagner group", "the Tet Kale gang coalition", "Boko Haram fighters": a group's name (a name the
        # article gives a person elsewhere, or that opens with a given name, may be the leader's)
        return "ORG"
    if cand.label in {"PERSON", "GPE", "LOC"} and cand.place is None and root.dep_ == "pobj" \
            and root.head.lower_ == "of" and root.head.head.tag_ == "NNS" \
            and (root.head.head.lower_ in GROUP_NOUNS or root.head.head.lemma_.lower() in GROUP_NOUNS) \
            and not is_given_name(written[0]):
        return "ORG"  # "fighters of the X Province", "guerrillas of the X": the group they fight for
    if cand.label == "PERSON" and root.dep_ == "appos" and root.head.lemma_.lower() in ARMS_OF_GROUPS | GROUP_NOUNS \
            and not _of_a_persons_role(root.head):
        # "its media arm, Az-Something": a body named after what it is ("the chairman of X Group, Ann Lee,"
        # is the chairman, whom the parse hangs on the group)
        return "ORG"
    if cand.label == "PERSON" and (m := ACRONYM_AFTER.match(text, cand.end)) is not None \
            and not is_party_tag(m.group(1)) and "".join(w[0] for w in written if not is_title(w)).upper() != m.group(1).replace(".", ""):
        return "ORG"  # "the far-right National Rally (RN)": a body by its initials ("Mohammed bin Salman (MBS)" spells his)
    if cand.label == "PERSON" and len(written) == 1 and text[cand.start - 1 : cand.start] == "(" \
            and text[cand.end : cand.end + 1] == ")" and sum(ch.isupper() for ch in written[0]) >= 2 \
            and not looks_like_person(" ".join(text[max(0, cand.start - 40) : cand.start - 1].split()[-3:])):
        return "ORG"  # "Jaish-e-Mohammed (JeM)": the initials of a body named before, not a person's
    if cand.label == "PERSON" and len(written) >= 2 and _WHICH_AFTER.match(text, cand.end) and not is_title(written[0]):
        return "ORG"  # "Vorna Kraft, which operates the plant, said": no person is a "which"
    if cand.label == "PERSON" and "&" in written:
        return "ORG"  # "Kim & Chang", "Simpson & Lowe": partners' names joined make a firm
    if cand.label == "PERSON" and len(written) == 1 and written[0].endswith("s") and not written[0].endswith("ss") \
            and text[max(0, cand.start - 4) : cand.start].lower() == "the " \
            and not a_named_surname(written[0][:-1], full_surnames):
        return "ORG"  # "the Houthis said": a movement by its followers' name, no family of the article
    if cand.label == "PERSON" and len(written) == 1 and len(written[0]) >= 3 and written[0].isalpha() \
            and written[0].isupper() and not _line_of(text, cand.start).isupper():
        # a person's name is in capitals only in a line all in capitals
        return "ORG"
    if cand.label in {"GPE", "ORG", "NORP"} and cand.place is None and _listed_among_people(root, written):
        return "PERSON"  # "Ann Lee, Tom Ruiz and Carly Vance": a name in a list of people is a person's
    if (cand.label == "PERSON" or (cand.label == "GPE" and cand.place is None)) and len(written) == 1 \
            and not is_given_name(written[0]) and not a_named_surname(written[0], full_surnames) \
            and _listed_among_bodies(root, 2 if cand.label == "PERSON" else 1) \
            and not (cand.label == "GPE" and _a_list_of_where(root)):
        # "Google, Twitter and Netflix": a lone word in a list of companies is one; so is a name no
        # gazetteer knows in a list of bodies only ("Rothschild & Co and Jefferies")
        return "ORG"
    if cand.label in {"GPE", "ORG"} and 3 <= len(written) <= 4 and is_title(written[0]) \
            and written[0].lower() not in _TITLES_OF_BODIES \
            and not any(w.lower().strip(".") in ORG_WORDS | INSTITUTION_HEADS | BUSINESS_HEADS for w in written) \
            and all(w[:1].isupper() and not w.isupper() for w in written[1:]):
        return "PERSON"
    return None


_WHICH_AFTER = re.compile(r",\s+which\s")


def _first_listed(root: Token) -> Token:
    """The first name of the list a name stands in (the name itself if it stands in none)."""
    first = root
    while first.dep_ in {"conj", "appos"} and first.head.i < first.i:
        first = first.head
    return first


def listed_with(root: Token) -> list[Token]:
    """The other names of the list a name stands in (none if it stands in none)."""
    first = _first_listed(root)
    # the parse hangs a list's middle names on its first as appositions as often as conjuncts
    listed = [first, *first.conjuncts]
    listed += [child for name in listed for child in name.children if child.dep_ == "appos"]
    return [t for t in listed if t.i != root.i]


def _listed_among_people(root: Token, written: list[str]) -> bool:
    """Whether a name stands in a list with two or more names the model read as people's and none it
    read as anything else, and has a person's shape: two or three words, a given name first, no body's
    word ("Microsoft" in a list of people stays the company)."""
    others = [t.ent_type_ for t in listed_with(root) if t.ent_type_]
    return others.count("PERSON") >= 2 and set(others) == {"PERSON"} and 2 <= len(written) <= 3 \
        and is_given_name(written[0]) \
        and not any(w.lower().strip(".") in ORG_WORDS | INSTITUTION_HEADS | BUSINESS_HEADS for w in written)


def _listed_among_bodies(root: Token, least: int) -> bool:
    """Whether a name stands in a list of `least` or more other names, one at least the model read as a
    body's and none as anything but a body or a product (it leaves some companies untagged)."""
    others = listed_with(root)
    return len(others) >= least and all(t.pos_ == "PROPN" and t.ent_type_ in {"", "ORG", "PRODUCT"} for t in others) \
        and any(t.ent_type_ == "ORG" for t in others)


def _a_list_of_where(root: Token) -> bool:
    """Whether a list stands where something happens ("mined in X and Y", "near X and Y"), not in what
    a verb takes "in" ("invested in X and Y")."""
    first = _first_listed(root)
    return first.dep_ == "pobj" and first.head.lower_ in SPATIAL_PREPOSITIONS | {"in"} \
        and first.head.head.lemma_.lower() not in IN_OBJECT_VERBS


def _line_of(text: str, at: int) -> str:
    return text[text.rfind("\n", 0, at) + 1 :].split("\n", 1)[0]


def _a_leaders_name(cand: Candidate, root: Token, full_surnames: list[str]) -> bool:
    """A surname before a leader's noun, which the model reads as a people or a place; a party's name
    there stays a body ("the Likud government", "the Tory cabinet"), unless the article names a
    person of that surname."""
    word = cand.text
    # one leader has one government: "Western governments" are many, of no one person
    if len(word.split()) != 1 or root.dep_ not in {"compound", "amod", "nmod"} or root.head.i <= root.i \
            or root.head.lemma_.lower() not in LEADER_NOUNS or root.head.tag_ in {"NNS", "NNPS"} or word.isupper():
        return False
    if a_named_surname(word, full_surnames):
        return cand.label != "PERSON"
    # a people's or a region's adjective the demonym lists lack ("the Congolese government", "the
    # Western alliance") has their endings
    return cand.label in {"NORP", "GPE"} and cand.place is None and not is_nationality(word) \
        and not word.endswith(("ese", "ian", "ish", "ern", "ean")) \
        and word.lower() not in POLITICAL_FAMILIES and word.lower() not in ORG_WORDS


def a_person_by_apposition(root, words: list[str]) -> bool:
    """A name described, after a comma, by a person's role: "Nadia Karam, a member of ...", "Tariq
    Saleh, the commander of ...". An organisation is also "a member" of something, so a name the model
    read as one needs a given name first as well."""
    roles = [child for child in root.children if child.dep_ == "appos" and child.i > root.i and is_persons_role(child.lemma_)]
    if not roles or not all(w[:1].isupper() for w in words):
        return False
    return root.ent_type_ != "ORG" or is_given_name(words[0]) or any(only_a_persons_role(role) for role in roles)


def named_beside_a_persons_role(root, *, given_name_first: bool = False) -> bool:
    """Whether a name stands in apposition, after a comma, to a person's role: to a place's role ("the
    mayor of Tessaly, X Y Z,"), or to a title no body holds ("the commissioner, X Y Z,"), or to any role
    where the name opens with a given name."""
    role = _role_set_beside(root)
    return role is not None and (role.head.lower_ == "of" or given_name_first
                                 or (is_title(role.text) and only_a_persons_role(role)))


def _role_set_beside(root):
    """The person's role a name stands in apposition to, before it: "the mayor, X," or the place of
    "the mayor of Y, X," (where the parse hangs the name on Y: then the role's place is returned, its
    head "of")."""
    first = root.left_edge
    if root.dep_ != "appos" or root.head.i > root.i or first.pos_ != "PROPN" or first.i == 0 \
            or root.doc[first.i - 1].text != ",":
        return None  # set off by a comma, without an article: "the wing, the X Relations (XR)," is a body
    head = root.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return head if head.head.head.pos_ == "NOUN" and is_persons_role(head.head.head.lemma_) else None
    return head if head.pos_ == "NOUN" and is_persons_role(head.lemma_) else None


# Roles a company or a state holds too ("a member of NATO", "a market leader", "a major supplier").
_ROLES_OF_BODIES = frozenset({"member", "partner", "owner", "operator", "provider", "supplier", "sponsor",
                              "shareholder", "investor", "client", "customer", "contractor", "employer", "player",
                              "founder", "backer", "donor", "party", "signatory", "leader", "head", "chair"})


def only_a_persons_role(role) -> bool:
    """A role no body holds ("a civil society leader" is, "a market leader" is not, a person's)."""
    if role.lemma_.lower() not in _ROLES_OF_BODIES:
        return True
    return role.lemma_.lower() == "leader" and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"society", "community", "opposition", "rebel", "youth",
                                                            "union", "religious", "tribal", "village", "party"}
        for c in role.children)


def people_by_their_speaking_surname(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name the model read as a body that opens with a given name, whose last word alone says things
    elsewhere ("Shabana Mahmood's bill" ... "Mahmood said"): a person's, and so is that surname alone."""
    # a surname alone: no capitalised word before it ("Jazeera" of "Al Jazeera said" is none)
    speaking = {t.text for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.lemma_.lower() in SPEECH_VERBS
                and t.text[:1].isupper() and (t.i == 0 or not doc[t.i - 1].text[:1].isupper())}
    surnames = set()
    for cand in cands:
        words = cand.text.split()
        if cand.label == "ORG" and cand.place is None and 2 <= len(words) <= 3 and is_given_name(words[0]) \
                and words[-1] in speaking and all(w[:1].isupper() and w[1:].islower() for w in words) \
                and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS | BUSINESS_HEADS for w in words):
            surnames.add(words[-1])
        elif cand.label == "ORG" and cand.place is None and len(words) == 1 and cand.text in speaking \
                and cand.text[1:].islower() and any(is_given_name(m.group(1)) for m in re.finditer(
                    rf"\b([A-Z][a-z]+) {re.escape(cand.text)}\b", doc.text)):
            surnames.add(cand.text)  # "Mahmood said", and "Shabana Mahmood" the model left untagged
    if not surnames:
        return cands
    people = [replace(c, label="PERSON", place=None)
              if c.label in {"ORG", "NORP", "GPE"} and (c.text.split()[-1:] and c.text.split()[-1] in surnames)
              and (len(c.text.split()) == 1 or is_given_name(c.text.split()[0])) else c
              for c in cands]
    # the surname where the model tagged nothing ("Mahmood, who met ..."): the repeats step seeds only
    # from full names, and this one may be a given name too
    covered = [(c.start, c.end) for c in cands]
    for surname in surnames:
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", doc.text):
            if not any(s < m.end() and m.start() < e for s, e in covered):
                people.append(Candidate(m.start(), m.end(), surname, "PERSON"))
    return sorted(people, key=lambda c: c.start)


def speaks_for_a_body(root: Token) -> bool:
    """Whether a name says things or has a voice: "X said", "a X spokesman", "X officials", "according to X"."""
    return (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SPEECH_VERBS) \
        or (root.dep_ in {"compound", "poss"} and root.head.lemma_.lower() in VOICE_NOUNS) \
        or (root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according")


def described_as_a_body(root) -> bool:
    """Whether a name stands in apposition to, or right after, a common noun of organisations: "X, a
    company", "the charity X", "utility X" (a compound before the name, not its head: "company
    director X" is a person)."""
    first = root.left_edge
    if first.i >= 2 and root.doc[first.i - 1].text == "," and root.doc[first.i - 2].pos_ == "NOUN" \
            and is_person_noun(root.doc[first.i - 2].text):
        return False  # "his Syrian counterpart, X, the ministry said": a person, whatever the parse hangs on X
    # the nearest apposition, with its article: the parse hangs later ones on the wrong name
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if appos is not None and appos.pos_ == "NOUN" and appos.lemma_.lower() in ORG_NOUNS \
            and any(d.dep_ == "det" for d in appos.children) and not who_does(appos):
        return True
    if appos is not None and appos.pos_ == "PROPN" and appos.lower_ in ORG_NOUNS \
            and any(d.dep_ == "det" and d.lower_ == "the" for d in appos.children):
        return True  # "X, the Vaccine Alliance": the name a body goes by beside its own
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in ORG_NOUNS \
            and root.head.i < root.i and not (looks_like_person(root.doc[root.left_edge.i : root.i + 1].text)
                                              and _of_a_persons_role(root.head)):
        # "the head of the agency's Goma office, Ann Lee": the parse hangs the head's name on the office
        return True
    if appos is not None and appos.lower_ == "one" and any(
            p.lower_ == "of" and any(o.tag_ == "NNS" and o.lemma_.lower() in ORG_NOUNS for o in p.children)
            for p in appos.children):
        return True  # "X, one of the gangs the government outlawed"
    return any(t.dep_ == "compound" and t.head.i == root.i and t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS
               and t.i + 1 < len(root.doc) and root.doc[t.i + 1].pos_ == "PROPN" for t in root.doc[first.i : root.i])


def _of_a_persons_role(noun) -> bool:
    """Whether a noun is what a person's role is of: "the head of the agency's office"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PERSON_NOUNS


def who_does(noun) -> bool:
    """Whether a relative clause on `noun` opens with "who": "a letter carrier who lined up" is a
    person, whatever trades the noun also names ("a carrier that flies to Guam")."""
    return any(c.dep_ == "relcl" and any(d.dep_ in {"nsubj", "nsubjpass"} and d.lower_ == "who" for d in c.children)
               for c in noun.children)


def surnames_given_in_full(cands: list[Candidate]) -> list[str]:
    """Surnames the article gives with a given name or a title ("Marco Lopes", "Mr. Lopes")."""
    return [person_parts(c.text)[1] for c in cands
            if c.label == "PERSON" and (person_parts(c.text)[0] or len(c.text.split()) > 1)]


# What only a body has, written right after its name: "the X party", "X leader Y", "an X lawmaker",
# "a former X executive", "an X division chief" (a person has aides and supporters, not members).
_MEMBERS_OF_BODIES = frozenset({"party", "leader", "lawmaker", "legislator", "mp", "backbencher", "member",
                                "candidate", "executive", "division", "chairman", "chairwoman", "councillor",
                                "councilor", "shareholder", "spokesman", "spokeswoman", "spokesperson"})


def bodies_by_their_members(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A name the model read as a person's everywhere it tagged it, which the article elsewhere writes
    before what only a body has ("Velta leader Ana Sousa", "the far-right Velta party", "Velta CEO",
    "shares in Velta", often where the model left it untagged): a body's, in all its mentions. A name the
    article gives a person in full or with a title, or that opens with a given name, stays a person's."""
    full_surnames = surnames_given_in_full(cands)
    text = doc.text
    bodies = set()
    for key in {c.text for c in cands if c.label == "PERSON" and c.place is None}:
        words = key.split()
        if is_title(words[0]) or (is_given_name(words[0]) if len(words) > 1 else a_named_surname(key, full_surnames)):
            continue
        # a company's name in full goes on as its first word ("Vorna Kraft ... Vorna CEO Ann Lee"), where a
        # person's goes on as its last
        forms = [key, words[0]] if len(words) > 1 else [key]
        for m in re.finditer(rf"(?<![\w-])(?:{'|'.join(map(re.escape, forms))})(?![\w-])", text):
            span = doc.char_span(m.start(), m.end())
            if _COMPANY_AFTER.match(text, m.end()) or _COMPANY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                bodies.add(key)  # "Vorna CEO", "Vorna shares", "shares in Vorna": what only a company has
                break
            if span is not None and _before_a_members_noun(span[-1]):
                bodies.add(key)
                break
    return [replace(c, label="ORG") if c.label == "PERSON" and c.text in bodies else c for c in cands]


# What only a company has, written after its name or before it.
_COMPANY_AFTER = re.compile(r"[ \t]+(?:CEO|CFO|chief executive|shares?|stock)\b")
_COMPANY_BEFORE = re.compile(r"\bshares[ \t]+in[ \t]+$")


def _before_a_members_noun(last: Token) -> bool:
    head = last.head
    return last.dep_ in {"compound", "amod", "nmod"} and head.i == last.i + 1 and head.lemma_.lower() in _MEMBERS_OF_BODIES


# Units named after a person: "the Jaime Ruiz front", "the Ali Musa brigade" (a dissident front, a militia's
# brigade), written after "the" and before the unit's noun in lower case.
_UNIT_NOUNS = r"(?:front|brigade|battalion|column|bloc|faction|cartel)"
_UNIT_AFTER = re.compile(rf"\s+{_UNIT_NOUNS}\b")
_UNITS_AFTER = re.compile(rf"\s+{_UNIT_NOUNS}s\b")
_AND = re.compile(r"\s+and\s+")


def units_named_after_people(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A person's name between "the" and a unit's noun is the unit's name, a body: "the Jaime Ruiz front"
    is the Jaime Ruiz Front ("the Wagner group", a surname alone, is typed elsewhere)."""
    out: list[Candidate] = []
    for i, cand in enumerate(cands):
        before = out[-1] if out else None
        if cand.label == "PERSON" and before is not None and before.label == "ORG" and before.end < cand.start \
                and _AND.fullmatch(text[before.end : cand.start]) and _UNITS_AFTER.match(text, cand.end):
            out.append(replace(cand, label="ORG"))  # the second of "the X and Y fronts"
            continue
        if cand.label == "PERSON" and len(name_tokens(cand.text)) >= 2 and (
                text[max(0, cand.start - 4) : cand.start].lower() == "the " or cand.text.lower().startswith("the ")):
            after = cands[i + 1] if i + 1 < len(cands) else None
            if m := _UNIT_AFTER.match(text, cand.end):
                cand = Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")
            elif after is not None and after.label == "PERSON" and _AND.fullmatch(text[cand.end : after.start]) \
                    and _UNITS_AFTER.match(text, after.end):
                cand = replace(cand, label="ORG")  # "the Jaime Ruiz and Ali Musa fronts": two units by their names
        out.append(cand)
    return out
