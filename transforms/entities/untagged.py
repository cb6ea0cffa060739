"""Names the small model left untagged, found from the parse: a run of proper nouns that is a person's
name by its given name, title or description, a subdivision or place by the word after it or the place it
lies in, or a body by its head noun."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from transforms.doc_index import doc_index
from transforms.entities.candidates import (
    AREA_NOUN_AFTER,
    HYPHENED_SURNAME,
    LOCAL_GOVERNMENT_AREA,
    ORG_WORDS,
    PLACE_NOUN_AFTER,
    PLACE_NOUN_BEFORE,
    Candidate,
    is_nationality,
    looks_like_person,
    subdivision_end,
)
from transforms.entities.names import (
    TITLES_OF,
    company_base,
    is_given_name,
    is_person_noun,
    is_title,
    joins_a_name,
    seldom_in_english,
    seldom_written,
)
from transforms.entities.person_or_body import named_beside_a_persons_role
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import FACILITY_HEADS, GROUP_NOUNS, PERSON_NOUNS
from transforms.lexicon.speech import SPEECH_VERBS

_MIN_CITY_UNTAGGED = 100_000
# Type words that end an untagged subdivision's name ("Kursk Oblast", "Ann Township").
_SUBDIVISION_WORDS = frozenset({"oblast", "raion", "rayon", "hromada", "township", "valley"})

def untagged_names(doc: Doc) -> list[Candidate]:
    """Names the small model left untagged: a run of proper nouns that is a person's name by its
    given name ("Rustem Umerov, who leads ...") or a country or sizeable city ("attacked targets in Kyiv")."""
    text = doc_index(doc).text
    found = []
    run: list = []
    for token in [*doc, None]:
        shouted = token is not None and token.is_upper and len(token.text) >= 3
        if token is not None and not token.ent_type_ and (token.pos_ == "PROPN" or shouted) \
                and token.text[:1].isupper() and re.match(r"^[A-Za-z][\w'’-]*$", token.text):
            run.append(token)
            continue
        if token is not None and run and token.is_lower and joins_a_name(token.text) and token.i + 1 < len(doc) \
                and (doc[token.i + 1].text[:1].isupper() or joins_a_name(doc[token.i + 1].text)):
            run.append(token)  # "Marcus de la Cruz": the particles hold the name together
            continue
        while run and run[-1].is_lower:
            run.pop()
        titled = len(run) > 1 and run[0].text in TITLES_OF and run[0].i >= 2 and doc[run[0].i - 1].lower_ == "of" \
            and is_title(doc[run[0].i - 2].text)
        if titled:
            run = run[1:]  # "Superintendent of Police Jane Roe": the title's last word ("Police", no town) opens no name
        if run:
            span = doc[run[0].i : run[-1].i + 1]
            place = lookup_place(span.text)
            particled = any(t.is_lower for t in run)
            if particled and place is not None:
                # "began in Mocímboa da Praia", "flights to Mar del Plata": a town whose name holds a particle
                found.append(Candidate(span.start_char, span.end_char, span.text, "GPE", place))
            elif particled:
                # The person's name opens with the given name (or two) before the first particle: "the Hull
                # North MP Imogen de Souza".
                first = next(i for i, t in enumerate(run) if t.is_lower) - 1
                if first > 0 and is_given_name(run[first - 1].text):
                    first -= 1
                name = doc[run[first].i : run[-1].i + 1] if first >= 0 else None
                if name is not None and is_given_name(name[0].text) and lookup_place(name.text) is None:
                    found.append(Candidate(name.start_char, name.end_char, name.text, "PERSON"))
            elif 2 <= len(run) <= 6 and (m := LOCAL_GOVERNMENT_AREA.search(span.text)) is not None and m.start() > 0:
                name = span.text[: m.start()]
                found.append(Candidate(span.start_char, span.start_char + len(name), name, "GPE", lookup_place(name)))
            elif len(run) <= 3 and (run[-1].lower_ in _SUBDIVISION_WORDS and len(run) >= 2
                                    or subdivision_end(text, span.start_char, span.end_char)):
                # "Kursk Oblast", "in Huliaipole district": a subdivision, with its type word.
                end_char = subdivision_end(text, span.start_char, span.end_char) or span.end_char
                name = text[span.start_char : end_char]
                found.append(Candidate(span.start_char, end_char, name, "GPE", lookup_place(name)))
            elif len(run) <= 3 and (PLACE_NOUN_AFTER.match(text, span.end_char) or AREA_NOUN_AFTER.match(
                    text, span.end_char)) and text[span.end_char + 1 : span.end_char + 2].islower() \
                    and not any(is_nationality(t.text) for t in run):
                # "shelled Doma village", "in the Mir Ali area": the lower-case noun after the name says what it is;
                # a name the model tagged right before it is the place's first word ("Nyaung" + "Pin village").
                start = span.start
                while start > 0 and doc[start - 1].ent_type_ and doc[start - 1].ent_iob_ != "O" \
                        and doc[start - 1].whitespace_ and doc[start - 1].text[:1].isupper() \
                        and not is_nationality(doc[start - 1].text) and span.end - start < 4:
                    start -= 1
                whole = doc[start : span.end]
                found.append(Candidate(whole.start_char, whole.end_char, whole.text, "GPE", lookup_place(whole.text)))
            elif (2 <= len(run) <= 3 and (titled or looks_like_person(span.text) or _a_speaker_named_again(span)
                                          or looks_like_person(_through_a_hyphened_surname(span))
                                          or _named_after_said(span) or _of_a_body_speaking(span))) \
                    or (2 <= len(run) <= 4 and (_described_as_a_person(span) or _after_an_office_of_a_body(span))) \
                    or (2 <= len(named := _without_leading_roles(span)) <= 3 and _a_titled_persons_name(span, named)):
                # "Criminologist Ann Lee of ...": a role opening the sentence is no part of the name; "Governor
                # Babajide Sanwo-Olu": a title before two or three names makes them a person's
                named = _without_leading_roles(span)
                if len(named) < 2 or not _a_titled_persons_name(span, named):
                    named = span
                # "Lydia Fontenot" + "-Hayes": the run of words stops at a double-barrelled surname's hyphen
                end = m.end() if (m := HYPHENED_SURNAME.match(text, named.end_char)) else named.end_char
                found.append(Candidate(named.start_char, end, text[named.start_char : end], "PERSON"))
                if named.start > span.start and (where := lookup_place(span[0].text)) is not None:
                    found.append(Candidate(span[0].idx, span[0].idx + len(span[0].text), span[0].text, "GPE", where))
            elif (place and (place.kind != "city" or place.population >= _MIN_CITY_UNTAGGED)) or \
                    PLACE_NOUN_BEFORE.search(text[max(0, span.start_char - 40) : span.start_char]) or \
                    (len(run) <= 2 and inside_a_known_place(span)):
                found.append(Candidate(span.start_char, span.end_char, span.text, "GPE", place))
            elif run[0].i > 0 and doc[run[0].i - 1].lower_ == "the" and not place and span.end < len(doc) \
                    and doc[span.end].lemma_.lower() in GROUP_NOUNS and doc[span.end].pos_ == "NOUN" \
                    and not any(is_nationality(t.text) for t in run):
                # "the Emergency Lawyers group said": a body named by the kind of body it is
                found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
            elif len(run) >= 2 and run[-1].lower_ in {"university", "institute"} and not place \
                    and span.end < len(doc) and doc[span.end].ent_type_ and doc[span.end].text[:1].isupper() \
                    and lookup_place(doc[span.end].text) is not None:
                # "Erasmus University Rotterdam": a university named with its town, which the model alone tagged
                town = doc[span.end]
                found.append(Candidate(span.start_char, town.idx + len(town.text), text[span.start_char : town.idx + len(town.text)], "ORG"))
            elif len(run) >= 2 and run[-1].lower_ in ORG_WORDS and run[0].i > 1 and doc[run[0].i - 1].lower_ in {"'s", "’s"} \
                    and doc[run[0].i - 2].ent_type_ in {"GPE", "ORG"} and not place:
                # "Ukraine's General Staff said": a body of the state or the body before it
                found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
            elif len(run) >= 2 and run[-1].lower_ in ORG_WORDS and run[0].i > 0 and doc[run[0].i - 1].lower_ == "the" \
                    and not place:
                # "the General Staff of ...", "the Supreme Council": a body's name by its head noun.
                found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
            elif 2 <= len(run) <= 5 and not place and company_base(span.text) is not None:
                # "Altiplano Boro SAC rejected ...": a company closed by its legal form
                found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
            elif len(run) == 1 and run[0].is_upper and run[0].pos_ == "PROPN" and len(run[0].text) >= 3:
                # A word in capitals that the tagger takes for a name: an agency or a ticker ("AFP").
                found.append(Candidate(span.start_char, span.end_char, span.text, "ORG"))
            run = []
    return found


# An office of a body written before its holder's name: "Member of the National Assembly", "Secretary of State".
_OFFICE_OF_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _after_an_office_of_a_body(span: Span) -> bool:
    """Whether an untagged run follows an office of a body the model tagged ("Member of the National
    Assembly" + "Hameedullah Jan Turi said"): the holder's name."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].ent_type_ != "ORG":
        return False
    body_start = span.start - 1
    while body_start > 0 and doc[body_start].ent_iob_ == "I":
        body_start -= 1
    before = doc_index(doc).text[max(0, doc[body_start].idx - 30) : doc[body_start].idx]
    if doc[body_start].lower_ == "the":
        before += "the "
    m = _OFFICE_OF_BEFORE.search(before)
    return m is not None and is_person_noun(m.group(1)) and span.end < len(doc) \
        and (doc[span.end].lemma_.lower() in SPEECH_VERBS or doc[span.end].text == ",")


def _through_a_hyphened_surname(span: Span) -> str:
    """The words of a run with the double-barrelled surname its hyphen cut: "Priya Sandhu" + "-Whitmore"."""
    text = doc_index(span.doc).text
    m = HYPHENED_SURNAME.match(text, span.end_char)
    return text[span.start_char : m.end()] if m else span.text


def _a_titled_persons_name(run: Span, named: Span) -> bool:
    """Whether the words left of a run after its roles are a person's name: one by its shape, or any two or
    three capitalised words after a title ("Governor Babajide Sanwo"), none a body's or a place's."""
    if looks_like_person(named.text):
        return True
    return named.start > run.start and is_title(run[named.start - run.start - 1].text) \
        and all(t.text[:1].isupper() and not t.is_upper and t.lower_ not in ORG_WORDS | FACILITY_HEADS for t in named) \
        and lookup_place(named.text) is None and not any(is_nationality(t.text) for t in named)


def _without_leading_roles(span: Span) -> Span:
    """A run of capitalised words without the roles and titles that open it ("Criminologist Ann Lee"), and
    without the place or people whose office the title is ("Kharkiv Mayor Ihor Terekhov")."""
    start = span.start
    if len(span) >= 3 and is_title(span[1].text) and not is_given_name(span[0].text) \
            and (lookup_place(span[0].text) is not None or is_nationality(span[0].text)):
        start += 1  # "Kharkiv Mayor Ihor Terekhov": whose office it is opens the run
    while start < span.end - 1 and not is_given_name(span.doc[start].text) \
            and (is_person_noun(span.doc[start].text) or is_title(span.doc[start].text)):
        start += 1
    return span.doc[start : span.end]


# What follows a place inside a larger one: "near Lgov, Kursk", "near Lgov in the Kursk region".
_INSIDE_A_PLACE = re.compile(r"(?:,[ \t]*|[ \t]+in[ \t]+(?:the[ \t]+)?)(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
                             r"(?P<unit>[ \t]+(?:region|province|oblast|Oblast|district|governorate|state))?\b")
_WHERE_PREPOSITIONS = frozenset({"near", "outside", "around", "in", "at"})


def inside_a_known_place(span) -> bool:
    """An untagged name where something happens ("near X", "in X") set inside a region or country the
    gazetteer knows ("near Lgov in the Kursk region", "in Tajori, Lakki Marwat district"): a place."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _WHERE_PREPOSITIONS:
        return False
    m = _INSIDE_A_PLACE.match(doc_index(span.doc).text, span.end_char)
    if m is None:
        return False
    if m.group("unit"):
        return lookup_place(m.group("name") + m.group("unit")) is not None or lookup_place(m.group("name")) is not None
    place = lookup_place(m.group("name"))
    return place is not None and place.kind != "city"


def _a_body_or_place(span) -> bool:
    """An untagged run holding a body's word, or a place the gazetteer knows: no person's name."""
    return any(t.lower_ in ORG_WORDS for t in span) or lookup_place(span.text) is not None


def _described_as_a_person(span) -> bool:
    """Whether an untagged run of proper nouns is set off by a description of a person: "X Y Z, a nurse
    at the clinic, said", "X Y, a 40-year-old farmer", "the mayor of Tessaly, X Y Z," (names the small model does not know, as many
    Burmese, Vietnamese or Yoruba names are)."""
    if _a_body_or_place(span):
        return False
    root, doc = span.root, span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-" and root.head.i == span.end + 1:
        root = root.head  # "X Tupou" + "-Havili": the parse hangs the name on its last part
    if named_beside_a_persons_role(root):
        return True  # "the mayor of Tessaly, X Y Z, said"
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS
               and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
               for c in root.children)


def _named_after_said(span) -> bool:
    """Whether an untagged run of words English seldom writes is the subject of a speech verb right
    before it: '"...," said Gemechu Tolera Bayisa, whose brother ...' (a body speaks so too, but its name
    holds a body's word or English ones)."""
    doc = span.doc
    if span.start == 0 or _a_body_or_place(span) or span.root.dep_ != "nsubj" \
            or span.root.head.i != span.start - 1 or doc[span.start - 1].lower_ not in {"said", "says", "added"}:
        return False
    return all(is_given_name(t.text) or seldom_written(t.text) for t in span)


def _of_a_body_speaking(span) -> bool:
    """Whether an untagged run of words English seldom writes is followed by the body it belongs to and
    speaks: "X Y of the Tatar Resource Center, which works from Kyiv, said" (a person of a body)."""
    doc = span.doc
    if _a_body_or_place(span) or span.end + 2 >= len(doc) or doc[span.end].lower_ != "of":
        return False
    body = doc[span.end + 2] if doc[span.end + 1].lower_ == "the" else doc[span.end + 1]
    root = span.root
    return body.ent_type_ == "ORG" and root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS \
        and all(is_given_name(t.text) or seldom_written(t.text) for t in span)


def _a_speaker_named_again(span) -> bool:
    """Whether an untagged run of proper nouns speaks ("X Y said") and its last word stands alone elsewhere
    ("Y was asked"): a person by full name and surname, as news names people; a body is not."""
    if _a_body_or_place(span) or is_person_noun(span[-1].text):
        return False  # "Minority Leader X said", later "Majority Leader Y": an office, no name
    root = span.root
    if not (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SPEECH_VERBS):
        return False
    last = span[-1]
    return any(t.text == last.text and t.pos_ == "PROPN" and not t.ent_type_ and (t.i == 0 or t.doc[t.i - 1].text
               != span[-2].text) for t in span.doc if not span.start <= t.i < span.end)


# A name joined to the participle of an alliance: "the Al-Qaeda-linked group", "Wagner-backed fighters".
_LINKED_NAME = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w'’]*-)*[A-Z][\w'’]*)-(?:linked|backed|allied|affiliated|"
                          r"aligned|funded|sponsored|supported|inspired|led)\b")


def names_of_allies(text: str, found: list[Candidate]) -> list[Candidate]:
    """The names the model left untagged before "-linked", "-backed" and like words: a place the gazetteer
    knows, else a body (a people's adjective, "Russian-backed", is neither, nor is a common word)."""
    extra = []
    for m in _LINKED_NAME.finditer(text):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if any(c.start < end and start < c.end for c in found) or is_nationality(name) \
                or is_nationality(name.split("-")[-1]):
            continue
        place = lookup_place(name)
        if place is None and "-" not in name and not seldom_in_english(name):
            continue  # "State-backed lenders": a word opening the sentence
        extra.append(Candidate(start, end, name, "GPE" if place is not None else "ORG", place))
    return extra
