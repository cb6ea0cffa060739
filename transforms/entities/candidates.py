"""Candidate mentions: spaCy's entity spans cut into names, with the model's label corrected."""

from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.entities.name_shapes import _ARTICLES_OF_NAMES, _burmese_honorific
from transforms.entities.name_shapes import ORG_WORDS as ORG_WORDS
from transforms.entities.name_shapes import is_demonym_noun as is_demonym_noun
from transforms.entities.name_shapes import is_nationality as is_nationality
from transforms.entities.name_shapes import looks_like_person as looks_like_person
from transforms.entities.names import (
    POSSESSIVE,
    TITLES_OF,
    is_given_name,
    is_title,
    joins_a_name,
    name_tokens,
)
from transforms.gazetteer import BIG_CITY_POPULATION, LOCAL_UNIT_WORDS, Place, lookup_place
from transforms.lexicon.entities import (
    UNIT_OF_GOVERNMENT_HEADS,
    WATER_HEADS,
)

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# One word and the spaces after it, ending where a name starts.
_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][\w-]*\.?)[ \t]+$")
_MAX_TITLE_WORDS = 4
_MAX_CUT_GIVEN_NAMES = 2
_CUT_GIVEN_NAME = re.compile(r"^[A-Z][a-z'’-]+$")
_LOWER_FIRST_WORD = re.compile(r"([a-z]{3,}|an?)\s+(?=[A-Z])")
_LOWER_LAST_WORD = re.compile(r"(?<=\w)\s+[a-z]+$")
_COLON = re.compile(r":\s+")
# A sentence's end and a quote's opening inside a span: 'wrote on X. "Berlin ...'.
_SENTENCE_AND_QUOTE = re.compile(r"[.!?]\s*[\"“”]\s*|[.!?][\"”’]\s+")
_DASHES = re.compile(r"\)?\s*(?:--|—)\s*\(?")
_INNER_POSSESSIVE = re.compile(r"['’]s\s+")
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z.&-]*[A-Z])\)")
_ACRONYM_SHAPE = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$")
_MIN_CITY_FOR_ORG = 100_000
PLACE_NOUN_AFTER = re.compile(r"\s+(?:district|region|oblast|province|county|village|town|city|township|municipality|"
                              r"governorate|prefecture|subdistrict|hromada|raion|Oblast|Raion|Hromada|Township)\b")
# Lower-case nouns of the local areas a name denotes ("the Mir Ali area", "Doma village", "Djugu territory"): after
# a name no one holds as a body's or a people's, they make it a place: "the NATO area" and "Congolese territory"
# name none.
# A front's stretch named after its town ("the Bakhmut direction", "the Kupiansk and Borova directions") is one too.
# So are two neighbourhoods or villages named together ("the Hodan and Wadajir neighbourhoods").
AREA_NOUN_AFTER = re.compile(r"(?:\s+(?:and|or)\s+[A-Z][\w'’-]+(?=\s+(?:directions|axes|sectors|neighbou?rhoods|villages)\b))?"
                             r"\s+(?:area|zone|neighbou?rhoods?|territory|chiefdom|locality|state|direction|directions|axis|"
                             r"axes|sector|sectors|"
                             + "|".join(sorted(w for w in LOCAL_UNIT_WORDS if w.islower())) + r")\b(?![-‑])")
# Nigeria's districts, which the model reads as bodies or leaves untagged: "Damboa Local Government
# Area", "Maru LGA".
LOCAL_GOVERNMENT_AREA = re.compile(r"[ \t]+(?:Local Government Area|Local Government Council|LGA)$")
# Nouns that say the name next to them is a settlement or an administrative area.
SETTLEMENT_NOUNS = (r"(?:village|town|city|settlement|hamlet|township|district|region|province|suburb|municipality"
                    r"|island|county|commune|locality|neighbou?rhood)")
# What an article calls a place right after its name: "Nagbeni, a village in the prefecture".
PLACE_APPOSITION_AFTER = re.compile(rf"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}(?:{SETTLEMENT_NOUNS}|community)\b")
# Words by which an article marks a name as a town's, not its district's or region's: "the city of X".
_TOWN_NOUNS = r"(?:village|town|city|settlement|hamlet|suburb)"


def named_as_a_town(text: str, name: str) -> bool:
    """Whether the article calls `name` a town: "the city of Kursk", "the town of Nikopol", "Kursk city"
    ("Nikopol district" and "in Nikopol" alone leave open whether the town or the district is meant)."""
    escaped = re.escape(name)
    return re.search(rf"(?i:\b{_TOWN_NOUNS}\s+of\s+){escaped}\b|\b{escaped}\s+(?:city|town)\b", text) is not None


PLACE_NOUN_BEFORE = re.compile(rf"(?i)\b(?:(?:the\s+)?{SETTLEMENT_NOUNS}|residents|inhabitants|mayor|outskirts)\s+of\s+$")
# Lower-case words that join two names the model ran into one span ("Kharkiv as Zelenskiy" from a
# headline); names hold "of", "for", "and", "de", never these.
_JOINING_WORDS = re.compile(r"\s+(?:as|while|amid|after|before|says|said|tells|told|when|where|than|but|vs\.?)\s+(?=[A-Z])")
_AND = re.compile(r"\s+and\s+(?=[A-Z])")
# "in" inside a span joins a place to the region it lies in ("Nikopol in Dnipropetrovsk Oblast").
_IN_A_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
# Words glued by scraping: a lower-case word or a place run into the capitalised word after it
# ("saidPresident", "KyivUkraine"); brands glue on purpose ("YouTube", "BlackRock"), so a glued word is
# cut only where both halves are places, or the first is an English word in lower case.
_GLUE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_LOWER_WORD_GLUED = re.compile(r"^[a-z]{4,}(?=[A-Z][a-z])")
# A lawmaker's seat: the name after it is a constituency ("MP for Bolton West").
_SEAT_BEFORE = re.compile(r"\b(?:[Mm]ember|MP|MLA|MSP|MEP|TD|[Ll]awmaker)\s+for\s+(?:the\s+)?$")
# A subdivision's type word after its name: the subdivision is another place than the town it is named
# after, so the word stays in the span ("Nikopol district", "Esman hromada", "Kursk Oblast"); but not
# the word of an institution's name ("the Nikopol district court").
SUBDIVISION_AFTER = re.compile(
    r"\s+(?:hromada|district|raion|rayon|township|municipality|Oblast|Raion|Rayon|Hromada|Township|Valley)\b(?![-‑])"
    r"(?!\s+(?:[Cc]ourts?|[Cc]ouncils?|[Aa]dministrations?|[Pp]olice|[Mm]ilitary|[Hh]ospitals?|[Oo]ffices?|[Hh]eads?|"
    r"[Cc]hiefs?|[Gg]overnors?|[Aa]ttorneys?|[Jj]udges?|[Ss]chools?|[Ee]lections?|[Bb]oards?|[Ii]nspectorates?)\b)")
# Words that extend a place's name without changing the place ("Gaza" -> "Gaza Strip").
PLACE_WORDS = frozenset(["strip", "region", "oblast", "province", "state", "city", "county", "district", "republic", "valley"])


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    label: str
    place: Place | None = None


def _strip(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to drop a leading 'the', a possessive ending and surrounding punctuation."""
    text = doc_text[start:end]
    # ("Its Ministry of Health said", opening a sentence: the owner's word, no part of the name)
    if (m := re.match(r"(?i)the\s+|(?:Its|Their|His|Her|Our)\s+(?=[A-Z])", text)) and len(text) > m.end():
        start += m.end()
    # A lower-case word opening a span is the sentence's ("the national Government of National Unity", "a Kenya Navy base").
    while (m := _LOWER_FIRST_WORD.match(doc_text, start, end)) and not joins_a_name(m.group(1)):
        start += m.end() - m.start()
    text = doc_text[start:end]
    if (m := POSSESSIVE.search(text)) and m.start() > 0:
        end = start + m.start()
    while end > start and not doc_text[end - 1].isalnum() and doc_text[end - 1] != ".":
        end -= 1
    if end > start and doc_text[end - 1] == "." and not _abbreviated(doc_text[start : end - 1]) \
            and re.search(r"\b[a-z]+\s+$", doc_text[max(0, start - 20) : start]):
        end -= 1
    while start < end and not doc_text[start].isalnum():
        start += 1
    # A lower-case word closing a span is the sentence's ("Interfax news agency", "the Oval on Monday").
    while (m := _LOWER_LAST_WORD.search(doc_text, start, end)) and m.start() > start \
            and not joins_a_name(m.group().strip()):
        end = m.start()
    return start, end


def _abbreviated(name: str) -> bool:
    """Whether the full stop after `name` belongs to it. Only a lone letter after a lower-case word
    ("wrote on X.") or a big place's full name ("in Ukraine.") ends a sentence for sure; abbreviations
    ("Corp.", "Fla.", "Pa.") and initials ("U.S.", "Mr. P.") are many and keep theirs."""
    if " " in name or "." in name:
        return True
    if len(name) == 1:
        return False
    place = lookup_place(name)
    return place is None or place.name != name or (place.kind == "city" and place.population < BIG_CITY_POPULATION)


def pieces(doc_text: str, start: int, end: int, label: str) -> list[Candidate]:
    """Split one NER span into the names it runs together.

    "Andrew Kravchenko/Bloomberg" is a photo credit (person / agency); "World Health
    Organization (WHO" swallowed the acronym; "Kharkiv's Nemyshlyanskyi" is a place and what
    belongs to it.
    """
    text = doc_text[start:end]
    cuts: list[tuple[int, int, str]] = []
    paren = text.find("(")
    if _DASHES.search(text) or _SENTENCE_AND_QUOTE.search(text):
        # A dateline and its credit between dashes: "OSLO, Norway & BALTIMORE--(BUSINESS WIRE)--Halvorsen ASA".
        pos, found = start, []
        for m in re.finditer(f"{_DASHES.pattern}|{_SENTENCE_AND_QUOTE.pattern}", text):
            found += pieces(doc_text, pos, start + m.start(), label)
            pos = start + m.end()
        return found + pieces(doc_text, pos, end, label)
    if paren > 0 and text[:paren].split() and is_title(text[:paren].split()[-1]):
        # "Inspector-General (Operations" + a name: an office and its remit, no names
        close = text.find(")", paren)
        cuts += [(start + close + 1, end, label)] if close > paren else []
    elif paren > 0 and (close := text.find(")", paren)) > paren:
        # "the World Health Organization (WHO) Regional": the name and its acronym; one word the model ran on
        # into is the title or noun after them ("Regional Director"), more may be another name
        cuts += [(start, start + paren, label), (start + paren + 1, start + close, label)]
        if len(text[close + 1 :].split()) >= 2:
            cuts.append((start + close + 1, end, label))
    elif paren > 0:
        cuts += [(start, start + paren, label), (start + paren + 1, end, label)]
    elif (m := _COLON.search(text)) and m.start() > 0:
        cuts += [(start, start + m.start(), label), (start + m.end(), end, label)]  # "NASDAQ: XYZ"
    elif "/" in text:
        pos = start
        for part in text.split("/"):
            cuts.append((pos, pos + len(part), ""))
            pos += len(part) + 1
    elif (m := _INNER_POSSESSIVE.search(text)) and m.start() > 0 and (
        owner_label := _owner_label(text[: m.start()])
    ):
        cuts += [(start, start + m.start(), owner_label), (start + m.end(), end, label)]
    elif (m := _JOINING_WORDS.search(text)) or ((m := _IN_A_PLACE.search(text)) and lookup_place(text[m.end() :])):
        cuts += [(start, start + m.start(), label), (start + m.end(), end, "")]
    elif (m := _AND.search(text)) is not None and (label == "PERSON" or (
            label in {"GPE", "LOC", "FAC"} and lookup_place(text) is None)):
        # "Ed Damazin and Roseires", "Bau and Geissan": no one's name holds an "and", nor a town's the
        # gazetteer does not know ("Trinidad and Tobago"); each side is a name of its own
        cuts += [(start, start + m.start(), label), (start + m.end(), end, label)]
    elif (pair := _place_pair(text)) is not None:
        cuts += [(start, start + pair[0], "GPE"), (start + pair[1], end, "GPE")]
    elif (pair := _name_pair(doc_text, text)) is not None:
        cuts += [(start, start + pair, ""), (start + pair + 1, end, "")]
    elif (glued := _glued_at(text)) is not None:
        cuts += [(start, start + glued, "" if text[:1].isupper() else "-"), (start + glued, end, label)]
    else:
        cuts = [(start, end, label)]
    out = []
    for s, e, lab in cuts:
        s, e = _strip(doc_text, s, e)
        if e <= s or not any(c.isalpha() for c in doc_text[s:e]) or lab == "-":
            continue
        if (sub_end := subdivision_end(doc_text, s, e)) and (e == end or sub_end <= end) \
                and not (lab == "NORP" and is_nationality(doc_text[s:e])):
            e, lab = sub_end, "GPE"
        piece_text = doc_text[s:e]
        if not lab:  # a credit: the person who took the picture, the agency that sells it
            lab = "PERSON" if looks_like_person(piece_text) or _credited_person(piece_text) else (
                "GPE" if lookup_place(piece_text) else "ORG")
        out.append(Candidate(s, e, piece_text, lab))
    return out


def subdivision_end(doc_text: str, start: int, end: int) -> int | None:
    """Where a subdivision's name ends when its type word follows the name at `start`:`end` (see
    `SUBDIVISION_AFTER`), else None. A "district" is told from the town it is named after only where the
    article names the town too ("the town of Nikopol ... Nikopol district"); else the name is the place,
    as a township in lower case is ("Kanbalu township"; "Kanbalu Township" is the township's name)."""
    m = SUBDIVISION_AFTER.match(doc_text, end)
    if m is None:
        return None
    if m.group(0).strip() in {"district", "municipality", "township"}:
        name = re.escape(doc_text[start:end])
        if not re.search(rf"\b{name}\b(?!\s+(?:district|municipality|township))", doc_text[:start] + " " + doc_text[m.end() :]):
            return None
    return m.end()


def _place_pair(text: str) -> tuple[int, int] | None:
    """Where a hyphen joins two places into one word ("U.S.-Mexico border", "Russia-Ukraine war"):
    the end of the first and the start of the second, else None ("Guinea-Bissau" is one country)."""
    if (m := re.search(r"\s+&\s+", text)) and _known_place(text[: m.start()]) and _known_place(text[m.end() :]):
        return m.start(), m.end()  # a dateline of two cities: "OSLO, Norway & BALTIMORE"
    if " " in text or lookup_place(text) is not None:
        return None
    for m in re.finditer(r"[-–]", text):
        if _known_place(text[: m.start()]) and _known_place(text[m.end() :]):
            return m.start(), m.end()
    return None


def _name_pair(doc_text: str, text: str) -> int | None:
    """Where a hyphen joins two names the article also writes alone ("the EU-Mercosur deal" in a story
    that names the EU and Mercosur): the hyphen's offset, else None ("Rolls-Royce" is one name)."""
    if " " in text or text.count("-") != 1 or lookup_place(text) is not None:
        return None
    cut = text.index("-")
    first, second = text[:cut], text[cut + 1 :]
    if len(first) < 2 or len(second) < 2 or not (first[:1].isupper() and second[:1].isupper()):
        return None
    alone = all(re.search(rf"(?<![\w-]){re.escape(part)}(?![\w-])", doc_text) for part in (first, second))
    return cut if alone else None


def _credited_person(text: str) -> bool:
    """A photographer's name in a credit: two or three capitalised words, the first a given name, even
    where the last is one too ("Hassan Ammar/AP"); a credit names a person or an agency."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
        and is_given_name(words[0]) and not any(w.lower() in ORG_WORDS for w in words) and lookup_place(text) is None


def _glued_at(text: str) -> int | None:
    """Where scraping glued two words of `text` together, else None (see `_GLUE`)."""
    if m := _LOWER_WORD_GLUED.match(text):
        return m.end()
    first = text.split()[0] if text.split() else ""
    for m in _GLUE.finditer(first):
        if _known_place(first[: m.start()]) and _known_place(_POSSESSIVE_TAIL.sub("", first[m.start() :])):
            return m.start()
    return None


_POSSESSIVE_TAIL = re.compile(r"['’]s?$")


def _known_place(name: str) -> bool:
    """A country, a region or a city of 100,000 people by its own name: small towns are called "Wa"."""
    place = lookup_place(name)
    return place is not None and (place.kind != "city" or place.population >= _MIN_CITY_FOR_ORG)


def _owner_label(owner: str) -> str | None:
    """The label of a place or person that owns the rest of a span ("Kharkiv's mayor"), else None.

    Other possessives are part of the name ("Prosecutor General's Office").
    """
    if owner.split()[-1] in _COLLECTIVE_OWNERS:
        return None  # "the Lao People's Revolutionary Party", "the Workers' Party": a body's own words
    if lookup_place(owner):
        return "GPE"
    return "PERSON" if looks_like_person(owner) else None


# Who a body's name says it is for, with a possessive: "People's", "Workers'", "Women's".
_COLLECTIVE_OWNERS = frozenset({"People", "Peoples", "Workers", "Women", "Farmers", "Citizens", "Children", "Nations"})


def after_the(doc_text: str, cand: Candidate) -> bool:
    """Whether "the" stands before the name: "the Red Cross" is no person's, whatever given name it holds."""
    return _THE_BEFORE.search(doc_text, max(0, cand.start - 5), cand.start) is not None


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def titled(doc_text: str, cand: Candidate) -> bool:
    """Whether an honorific or office directly precedes the name ("Mr.", "President")."""
    return _title_start(doc_text, cand.start) != cand.start


# "Said Maria Lenz, a neighbour:": a speech verb fronted before the name, though "Said" is a given name too.
_FRONTED_SPEECH = frozenset({"Said", "Says"})
# Prepositions and conjunctions a title-case headline capitalises, some of them in the given-name list:
# "Attacks On Donald Trump's Plan". ("To" is left out: it is a Vietnamese surname.)
_HEADLINE_WORDS = frozenset({"On", "In", "At", "For", "With", "From", "By", "Of", "Against", "About", "After",
                             "Before", "Over", "Into", "And", "Or", "But", "As", "Than", "Amid", "Upon"})


def with_title(doc_text: str, cand: Candidate) -> Candidate:
    """The person's mention with the given name the model left out of a name of two or more words
    ("Lieutenant Didier" + "Mbuyi Kasongo") and the titles written before it: "Vice President Joe Biden",
    "Representative Maxine Waters", "Justice Scalia"; titles are capitalised words in a row."""
    start = cand.start
    m = _WORD_BEFORE.search(doc_text, max(0, start - 40), start)
    if m is not None and len(cand.text.split()) >= 2 and m.group(1)[:1].isupper() and not is_title(m.group(1)) \
            and is_given_name(m.group(1)) and m.group(1) not in _FRONTED_SPEECH | _HEADLINE_WORDS and not is_nationality(m.group(1)) \
            and lookup_place(m.group(1)) is None \
            and not ((p := _WORD_BEFORE.search(doc_text, max(0, m.start(1) - 40), m.start(1))) and joins_a_name(p.group(1))):
        # Not inside a name of particles ("Mohammed bin Abdulrahman" + "Al Thani"): those join elsewhere.
        start = m.start(1)
    elif len(cand.text.split()) >= 2:
        start = _names_after_a_title(doc_text, start)
    start = _title_start(doc_text, start)
    if start == cand.start:
        return cand
    return Candidate(start, cand.end, doc_text[start : cand.end], cand.label, cand.place)


def _names_after_a_title(doc_text: str, start: int) -> int:
    """Where a person's name begins that the model cut after its first names, which no list knows but
    which stand between a title and the rest ("Maj. Gen. Abdulsalami" + "Garba Yakubu", "Commissioner
    Gatluak" + "Nyang Chuol"): up to two capitalised words that name no place or body."""
    begin = start
    for _ in range(_MAX_CUT_GIVEN_NAMES):
        m = _WORD_BEFORE.search(doc_text, max(0, begin - 40), begin)
        if m is None or not _CUT_GIVEN_NAME.match(m.group(1)) or is_title(m.group(1)) \
                or m.group(1).lower() in ORG_WORDS or lookup_place(m.group(1)) is not None:
            return start
        begin = m.start(1)
        if _title_start(doc_text, begin) != begin:
            return begin
    return start


def _title_start(doc_text: str, start: int) -> int:
    """Where the titles written directly before `start` begin (`start` if there are none)."""
    for _ in range(_MAX_TITLE_WORDS):
        m = _WORD_BEFORE.search(doc_text, max(0, start - 40), start)
        if m is not None and m.group(1) in TITLES_OF and (t := _WORD_BEFORE.search(
                doc_text, max(0, m.start(1) - 40), m.start(1))) is not None and t.group(1) == "of" \
                and (o := _WORD_BEFORE.search(doc_text, max(0, t.start(1) - 40), t.start(1))) is not None \
                and is_title(o.group(1)):
            m = o  # "Superintendent of Police", "Chief of Staff": a title of two words and an "of"
        if m is None or not m.group(1)[:1].isupper() or not is_title(m.group(1)):
            break
        start = m.start(1)
    return start



def relabel(cand: Candidate) -> Candidate:
    """Correct the model's label where the gazetteer or the given-name list knows better."""
    words = name_tokens(cand.text)
    if (cand.label in {"GPE", "ORG", "NORP"} or (cand.label == "PERSON" and cand.text.endswith("s"))) \
            and is_nationality(cand.text):
        # People are not named in the plural: "Christians" is a faith's people, "Christian" may be a man.
        return Candidate(cand.start, cand.end, cand.text, "NORP")
    if cand.label == "PERSON" and words and all(is_nationality(w) and not is_given_name(w) for w in words):
        # "the Bangladeshi contingent", "a Rwandan Hutu militia": peoples, where no word is a given name.
        return Candidate(cand.start, cand.end, cand.text, "NORP")
    place = lookup_place(cand.text, allow_codes=cand.label in {"GPE", "LOC"})
    if place is not None:
        big = place.kind != "city" or place.population >= BIG_CITY_POPULATION
        if cand.label == "LOC" and place.kind == "region" and words[-1].lower() in WATER_HEADS:
            return cand  # "the Red Sea", a sea before a state of Sudan
        if cand.label in {"GPE", "LOC", "NORP", "FAC"}:
            return Candidate(cand.start, cand.end, cand.text, "GPE", place)
        # Multi-word names of small towns are often ordinary phrases that name an organisation.
        if (cand.label == "ORG" and (len(words) == 1 or place.kind != "city" or place.population >= _MIN_CITY_FOR_ORG)) or (
            cand.label == "PERSON" and (big or not is_given_name(words[0]) or words[0] in _ARTICLES_OF_NAMES)
        ):
            return Candidate(cand.start, cand.end, cand.text, "GPE", place)
        return cand
    if cand.label == "PERSON" and len(words) >= 2 and is_title(words[-1]) \
            and (where := lookup_place(" ".join(words[:-1]))) is not None:
        # "Tinsukia Superintendent (of Police X)": the place whose officer the title names; no one's name ends on a title
        end = cand.start + cand.text.rindex(words[-1]) - 1
        return Candidate(cand.start, end, cand.text[: end - cand.start], "GPE", where)
    if cand.label == "PERSON" and len(words) >= 2 and not any(is_given_name(w) for w in words) \
            and (first := lookup_place(words[0])) is not None and first.kind in {"country", "region"} \
            and lookup_place(" ".join(words[1:])) is None:
        # "Manitoba Hydro", "Tasmania Ports Corporation": no one's name opens with a country's or a province's
        # that is no given name; a body's named for where it serves does
        return Candidate(cand.start, cand.end, cand.text, "ORG")
    if cand.label in {"GPE", "LOC"} and _ACRONYM_SHAPE.match(cand.text):
        # Places are not written as initials, except countries ("U.S."), found above: "U.N." is an organisation.
        return Candidate(cand.start, cand.end, cand.text, "ORG")
    if words and words[-1] in UNIT_OF_GOVERNMENT_HEADS and len(words) >= 2:
        # "Rakhine State", "Kano State": no one's name ends on a unit of government, nor a building's
        return Candidate(cand.start, cand.end, cand.text, "GPE") if cand.label in {"PERSON", "FAC"} else cand
    if cand.label != "PERSON" and words and words[0] not in _ARTICLES_OF_NAMES and (
            looks_like_person(cand.text) or _burmese_honorific(cand.text)):
        return Candidate(cand.start, cand.end, cand.text, "PERSON")
    return cand



def offices_and_seats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two corrections of a "person" the words around it undo: an organisation's acronym run into the
    office after it ("UN Secretary-General Antonio Guterres": the UN, then the person), and the seat a
    lawmaker holds ("the member for York Central"), a constituency, a place."""
    out = []
    for cand in cands:
        words = cand.text.split()
        if cand.label == "PERSON" and len(words) >= 2 and _ACRONYM_SHAPE.match(words[0]) \
                and all(is_title(part) for word in words[1:] for part in word.split("-") if part):
            cand = Candidate(cand.start, cand.start + len(words[0]), words[0], "ORG")
        elif cand.label in {"PERSON", "ORG", "FAC", "LOC"} and _SEAT_BEFORE.search(text, max(0, cand.start - 30), cand.start) \
                and all(w[:1].isupper() and w.lower() not in ORG_WORDS for w in words):
            cand = Candidate(cand.start, cand.end, cand.text, "GPE", lookup_place(cand.text))
        out.append(cand)
    return out


# The second half of a double-barrelled surname, after the hyphen the tokenizer split it at: "-Hayes".
HYPHENED_SURNAME = re.compile(r"-[A-Z][a-z'’]+\b(?!-)")


# A partnership's name, its partners' surnames in a list closed by an ampersand: "Wachtell, Lipton, Rosen &
# Katz", "Skadden, Arps, Slate, Meagher & Flom"; the model cuts it at the commas. A list that goes on with
# "and" is one of several names ("Tesco, Marks & Spencer and Sainsbury's").
_FIRM_NAME = re.compile(r"\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+&\s+[A-Z][a-z]+\b(?!\s+and\s+[A-Z])")


def in_place_of_overlaps(cands: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """`cands` with the spans a rule `found` in place of every candidate they overlap, in the text's order."""
    if not found:
        return cands
    kept = [c for c in cands if not any(f.start < c.end and c.start < f.end for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def firm_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` with the names of partnerships whole (see `_FIRM_NAME`), as organisations."""
    firms = [Candidate(m.start(), m.end(), m.group(), "ORG") for m in _FIRM_NAME.finditer(text)
             if not lookup_place(m.group().split(",")[0])]
    return in_place_of_overlaps(found, firms)
