"""Corrections from a name's surroundings: what the words and the parse around a candidate say it is.

The small model types a name by its letters; news tells the type around it. A surname
particle between two spans makes one person ("Ursula von der" + "Leyen"); a place-type
noun makes a place ("the village of X", "X, a town in", "in X, Y Oblast"); the subject of a
speech verb is a person or an organisation, never a place the gazetteer does not know; page
furniture ("Read more", "File Photo") and things named like people ("Shaheds") are no entity.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nameparser.config import CONSTANTS as PARSER_CONSTANTS
from spacy.tokens import Doc, Span

from transforms.entities.candidates import (
    ORG_WORDS,
    PLACE_NOUN_BEFORE,
    SETTLEMENT_NOUNS,
    Candidate,
    looks_like_person,
    relabel,
    with_title,
)
from transforms.entities.names import (
    OPENING_PARTICLE_RUN,
    PARTICLE_RUN,
    SURNAME_WORD,
    is_given_name,
    is_particle,
    is_title,
    joins_a_name,
    name_tokens,
    person_parts,
    surname_only,
    surnames_match,
)
from transforms.entities.things import law_name
from transforms.gazetteer import BIG_CITY_POPULATION, REGION_WORDS, lookup_place
from transforms.lexicon.entities import EVENT_HEADS, FACILITY_HEADS, INSTITUTION_HEADS, WIRE_SERVICES
from transforms.lexicon.speech import SPEECH_VERBS

_PLACE_APPOSITION_AFTER = re.compile(rf"(?i)^,\s+(?:a|the)\s+(?:small\s+|large\s+|frontline\s+|front-line\s+|border\s+|"
                                     rf"coastal\s+|nearby\s+)?{SETTLEMENT_NOUNS}\b")
# A capitalised region word after a name is part of it ("Zaporizhzhia Oblast", "Primorsky Krai");
# in lower case it describes the name ("the Donetsk region"), which stays the name.
_REGION_WORD_AFTER = re.compile(r"^\s+([A-Z][a-z']+)\b")
# "the Belgorod and Kursk regions", "the Donetsk, Luhansk and Kherson oblasts": names of one kind.
_PLACE_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_PLACE_LIST = re.compile(
    rf"(?<=\b[Tt]he\s)(?P<names>{_PLACE_NAME}(?:,\s+{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME})\s+"
    r"(?P<noun>regions|oblasts|provinces|districts|governorates|counties|prefectures|states|cities|towns|villages)\b")
_LOWER_REGION_WORD_AFTER = re.compile(r"^\s+(region|oblast|province|district|governorate|state|krai)\b")
# Prepositions whose object is a location whatever else the name could be.
_SPATIAL_PREPOSITIONS = frozenset({"near", "outside", "around"})
# Towns smaller than this are rarely named in news far from their country without it.
_FAR_TOWN_POPULATION = 150_000
# Where a person stands in a clause: who acts, owns, is acted on.
_PERSON_ROLES = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative", "pobj", "agent"})
_LOCATIVE_PREPOSITIONS = _SPATIAL_PREPOSITIONS | {"in", "at", "to", "from", "into", "across", "toward", "towards"}
# Words of a page's frame, not of its story: section labels, captions, calls to read on.
_PAGE_FURNITURE = frozenset({
    "read more", "analysis", "opinion", "explainer", "live", "watch", "listen", "related", "advertisement",
    "image", "photo", "file photo", "subscribe", "sign up", "newsletter", "video", "gallery",
    "comment", "share", "updated", "breaking", "exclusive", "editorial", "podcast", "more",
})
_FURNITURE_TAIL = re.compile(r"\s+(?:Image|Photo|Video|File Photo|Read more)$")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# An acronym of a common noun, spelt out in lower case beside it: "a POW (prisoner of war)", "improvised
# explosive devices (IEDs)"; and one in the plural ("UAVs"): names are not counted.
_SPELT_OUT_AFTER = re.compile(r"\s*\(\s*[a-z][a-z -]+\)")
_SPELT_OUT_BEFORE = re.compile(r"\b[a-z]+(?:[ -][a-z]+)*\s*\($")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
# Time zones, which wire copy gives with every time ("0900 GMT") and the model takes for organisations.
_TIME_ZONE = re.compile(r"^(?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)"
                        r"|(?:[A-Z][a-z]+ )+(?:Standard|Daylight|Summer) Time)$")
# Portfolios and institutions named by a common noun; alone, capitalised, they are no name.
_GENERIC_INSTITUTION_WORDS = frozenset({
    "state", "church", "education", "energy", "health", "interior", "justice", "defence", "defense", "finance",
    "home",
})
# What is posted to a platform, and posting: the object of their "on" is a platform, not a person.
_POSTING_WORDS = frozenset({
    "post", "write", "publish", "share", "upload", "message", "video", "statement", "comment", "account",
    "channel", "page", "tweet", "broadcast", "appear", "stream", "announce", "follow", "go", "join",
})
# "pro-Kremlin", "anti-Trump": an adjective of a stance, no mention of the name's bearer.
_STANCE_PREFIX = re.compile(r"^(?:pro|anti|non|neo|post|pre)[-‑]", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?i)\w\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk)$")
_MEDIUM_NOUNS = frozenset({"feed", "account", "handle", "follower", "post", "page", "user", "channel", "video", "live"})
_UPLOAD_VERBS = frozenset({"post", "upload", "publish", "repost", "stream"})
_CODED_NAME = re.compile(r"[a-z][A-Z]|\d")
# Verbs through which an outlet, not a person, is the source ("Anadolu reported").
_OUTLET_VERBS = frozenset({"report", "broadcast", "publish"})


_SOURCE_VERBS = SPEECH_VERBS | _OUTLET_VERBS
# Verbs of which an outlet is the subject and a person rarely is ("Interfax quoted a source").
_CITING_VERBS = _OUTLET_VERBS | {"quote", "cite"}
# What outlets do with a story besides telling it: "carried by Xinhua", "Kyodo aired the footage".
_CARRYING_VERBS = frozenset({"carry", "air", "cite", "quote"})
# Verbs whose "to" names whom one speaks to ("speaking to Xinhua", "said to Yonhap").
_ADDRESS_VERBS = frozenset({"speak", "talk", "say", "tell", "explain", "confirm", "describe"})
# What one gives an outlet: "in comments to Yonhap", "an interview with Kyodo".
_REMARK_NOUNS = frozenset({"interview", "comment", "remark", "statement", "conversation"})
# Nouns that name what an outlet is, next to its name: "state news agency Bernama", "Kyodo news agency".
_OUTLET_BEFORE = re.compile(r"(?i)\b(?:news\s+agency|press\s+agency|newspaper|daily|broadcaster|tabloid|"
                            r"news\s+site|news\s+website|news\s+outlet|news\s+channel|wire\s+service)\s+$")
_OUTLET_AFTER = re.compile(r"(?i)\s+(?:news\s+agency|press\s+agency|newspaper|daily|broadcaster|tabloid|"
                           r"news\s+site|news\s+website|news\s+outlet|news\s+channel|wire\s+service)\b")
# The parts of a particle name around a span: " von der Leyen" or " al-Burhan" after a given name,
# " Pen" after "Marine Le", "von der " before "Leyen", "Annelies " before "van den Broek".
_PARTICLE_SURNAME_AFTER = re.compile(rf"\s+(?:{PARTICLE_RUN}{SURNAME_WORD}|(?:al|el)-[A-Z][\w'’]*)")
_PARTICLE_GAP = re.compile(rf"[ \t]+{PARTICLE_RUN}")
_SURNAME_AFTER = re.compile(rf"[ \t]+{SURNAME_WORD}")
_PARTICLES_BEFORE = re.compile(rf"(?<![\w'’-]){PARTICLE_RUN}$|{OPENING_PARTICLE_RUN}$")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+$")


def strip_furniture(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop page furniture and cut it off names it was glued to ("Ahmed Hassan Image")."""
    kept = []
    for cand in cands:
        if cand.text.lower().strip(" .:") in _PAGE_FURNITURE:
            continue
        if (m := _FURNITURE_TAIL.search(cand.text)) and m.start() > 0:
            cand = relabel(replace(cand, end=cand.start + m.start(), text=cand.text[: m.start()]))
        kept.append(cand)
    return kept


def drop_non_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Drop what is capitalised but names no person, organisation or place: events and prizes
    ("the Abel Prize", "Book Fair Berlin"), acronyms of common nouns ("a POW (prisoner of war)", "UAVs"),
    time zones ("GMT"), adverbs opening a sentence ("Realistically,"),
    web addresses ("example.com"), stances ("pro-Kremlin"), spans
    without a capital ("el-Fasher" has one), and a one-word "person" that the article also writes in
    lower case, a common noun ("Salt", "salt")."""
    common = {t.lower_ for t in doc if t.text.islower() and t.is_alpha}
    # "Todd Young ... Young said ... young voters": a surname the article gives in full is a name.
    common -= {person_parts(c.text)[1].lower() for c in cands if c.label == "PERSON" and len(c.text.split()) > 1}
    kept = []
    for cand in cands:
        words = cand.text.split()
        if not any(c.isupper() or c.isdigit() for c in cand.text) or _WEB_ADDRESS.search(cand.text) \
                or _STANCE_PREFIX.match(cand.text):
            continue
        if _common_acronym(doc.text, cand) or _TIME_ZONE.match(cand.text) or _an_adverb(doc, cand):
            continue
        if cand.label in {"ORG", "FAC", "LOC"} and law_name(words):
            kept.append(replace(cand, label="LAW", place=None))
            continue
        if cand.label != "GPE" and len(words) >= 2 and (head := _event_head(words)) is not None:
            if head < len(words) - 1:
                # "Book Fair Berlin": the event goes, the place that names its edition stays.
                start = cand.start + cand.text.index(words[head + 1], len(" ".join(words[: head + 1])))
                kept.append(relabel(Candidate(start, cand.end, cand.text[start - cand.start :], "GPE")))
            continue
        if cand.label == "PERSON" and len(words) == 1 and not is_given_name(words[0]) and (
                words[0].lower() in common or words[0].lower().removesuffix("s") in common):
            continue
        kept.append(cand)
    return kept


def _common_acronym(text: str, cand: Candidate) -> bool:
    """Whether a candidate is the acronym of a common noun (see `_SPELT_OUT_AFTER`)."""
    if _PLURAL_ACRONYM.match(cand.text):
        return True
    if not (cand.text.isupper() and cand.text.isalpha() and 2 <= len(cand.text) <= 6):
        return False
    if m := _SPELT_OUT_AFTER.match(text, cand.end):
        return _spells(cand.text, m.group(0).strip(" ()").split())
    if text[cand.end : cand.end + 1] == ")" and (m := _SPELT_OUT_BEFORE.search(text, max(0, cand.start - 60), cand.start)):
        words = m.group(0).rstrip(" (").split()
        return any(_spells(cand.text, words[i:]) for i in range(len(words)))
    return False


def _an_adverb(doc: Doc, cand: Candidate) -> bool:
    """A one-word candidate the tagger reads as an adverb: "Realistically," opening a sentence."""
    span = doc.char_span(cand.start, cand.end)
    return span is not None and len(span) == 1 and span[0].pos_ == "ADV" and span[0].text.endswith("ly")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether lower-case `words` are what `acronym` stands for: "post-traumatic stress disorder" PTSD."""
    parts = [p for w in words for p in w.split("-") if p]
    letters = acronym.lower()
    return "".join(p[0] for p in parts) == letters or "".join(
        p[0] for p in parts if p not in {"of", "and", "the", "for", "in", "on", "to"}) == letters


def facilities(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Names of buildings and structures typed as organisations, people or unknown places are
    facilities (FAC): "Westfield Tower", "Kursk Nuclear Power Plant"; so is a person's name before the
    word for one ("Ben Gurion airport", "Mandela bridge"): a place named after them."""
    out = []
    for cand in cands:
        words = name_tokens(cand.text)
        structure = cand.label in {"ORG", "PERSON", "GPE"} and cand.place is None and len(words) >= 2 \
            and words[-1].lower() in FACILITY_HEADS and not any(w.lower() in ORG_WORDS for w in words)
        named_after = cand.label == "PERSON" and (m := _LOWER_WORD_AFTER.match(text, cand.end)) is not None \
            and m.group(1) in FACILITY_HEADS
        if structure or named_after:
            cand = replace(cand, label="FAC")
        out.append(cand)
    return out


def _event_head(words: list[str]) -> int | None:
    """Where the head noun of an event or prize is in a name: last ("Abel Prize"), or followed only by
    a place ("Book Fair Berlin"); None for other names."""
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in EVENT_HEADS and (i == len(words) - 1 or lookup_place(" ".join(words[i + 1 :]))):
            return i
    return None


def join_particle_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One person's name from the pieces its surname particles cut it into, and the words the model
    left out around them: "Ursula von" + "der" + "Leyen", "Marine Le" + "Pen", "Siti" + "binti Yusof",
    "Avraham" + "ben David", "von der" + "Leyen", "Annelies" + "van den Broek". A name held by
    particles is a person's ("Wouter du Plessis" as ORG, "Von der Leyen" opening a sentence), unless the
    gazetteer knows it as a place ("Rio de Janeiro")."""
    merged: list[Candidate] = []
    for cand in cands:
        prev = merged[-1] if merged else None
        if prev is not None and _particle_gap(text, prev, cand) and _personal(prev) and len(name_tokens(cand.text)) <= 2:
            merged[-1] = _name_of(text, prev.start, cand.end)
            continue
        if prev is not None and text[prev.end : cand.start] == " " and len(prev.text.split()) == 1 \
                and cand.label == "PERSON" and len(cand.text.split()) == 1 and prev.place is None \
                and is_given_name(prev.text) and not is_given_name(cand.text):
            # A given name the model typed apart from its surname: "Dries" (ORG) + "Mertens" (PERSON).
            merged[-1] = Candidate(prev.start, cand.end, text[prev.start : cand.end], "PERSON")
            continue
        merged.append(cand)
    out: list[Candidate] = []
    widened = False
    for cand in merged:
        if widened and cand.start < out[-1].end:
            # Swallowed by the name before it, widened over the words the model left out.
            if cand.end > out[-1].end:
                out[-1] = _name_of(text, out[-1].start, cand.end)
            continue
        wide = _widened(text, cand, out[-1].end if out else 0)
        widened, cand = wide is not cand, wide
        words = name_tokens(cand.text)
        if cand.label != "PERSON" and not any(w.lower() in ORG_WORDS for w in words) and (
                (len(words) >= 3 and any(is_particle(w) and w.islower() for w in words[1:-1]) and is_given_name(words[0]))
                or (len(words) >= 3 and surname_only(cand.text) and words[1].islower())) \
                and lookup_place(cand.text) is None:
            # "Wouter du Plessis" (ORG); "Von der Leyen" opening a sentence: two particles make a surname.
            cand = replace(cand, label="PERSON", place=None)
        out.append(cand)
    return out


def _personal(cand: Candidate) -> bool:
    """Whether a span may open a person's name: the model's person, or a name led by a given name."""
    words = cand.text.split()
    return cand.label == "PERSON" or (cand.label in {"ORG", "GPE"} and bool(words) and is_given_name(words[0]))


def _particle_gap(text: str, prev: Candidate, cand: Candidate) -> bool:
    """Whether two spans are one name cut at its particles: "Ursula von" + "der" + "Leyen", "Charles de"
    + "Gaulle", "Avraham" + "ben David"."""
    gap = text[prev.end : cand.start]
    if _PARTICLE_GAP.fullmatch(gap):
        return True
    prev_words, cand_words = prev.text.split(), cand.text.split()
    if gap == " " and prev.label == "PERSON" and len(cand_words) == 2 and joins_a_name(cand_words[0]) \
            and surname_only(cand.text):
        return True  # "Sheikh Mohammed bin Abdulrahman" + "Al Thani"
    return gap.isspace() and ((joins_a_name(prev_words[-1]) and prev_words[-1].islower())
                              or (joins_a_name(cand_words[0]) and cand_words[0].islower()))


def _widened(text: str, cand: Candidate, floor: int) -> Candidate:
    """`cand` widened over the parts of a particle name the model left untagged, not before `floor`."""
    start, end = cand.start, cand.end
    words = cand.text.split()
    if cand.label in {"PERSON", "GPE"} and cand.place is None and len(name_tokens(cand.text)) <= 2 \
            and (m := _PARTICLES_BEFORE.search(text, max(floor, start - 30), start)) and re.match(SURNAME_WORD, cand.text):
        start = m.start()  # "von der" + "Leyen"
    if _personal(cand) and ((m := _PARTICLE_SURNAME_AFTER.match(text, end))
                            or (len(words) >= 2 and joins_a_name(words[-1]) and (m := _SURNAME_AFTER.match(text, end)))):
        end = m.end()  # "Siti" + "binti Yusof", "Marine Le" + "Pen"
    inner = text[start:end].split()
    if any(is_particle(w) and w.islower() for w in inner[:-1]) and (cand.label == "PERSON" or start != cand.start):
        for _ in range(2):  # "Annelies" + "van den Broek"
            m = _GIVEN_NAME_BEFORE.search(text, max(floor, start - 30), start)
            if m is None or not all(is_given_name(part) and not is_title(part) for part in m.group(1).split("-")):
                break
            start = m.start(1)
    if (start, end) == (cand.start, cand.end):
        return cand
    return _name_of(text, start, end)


def _name_of(text: str, start: int, end: int) -> Candidate:
    """The person named by text[start:end], with the titles before it; a place if the gazetteer knows it."""
    name = text[start:end]
    if (place := lookup_place(name)) is not None:
        return Candidate(start, end, name, "GPE", place)
    return with_title(text, Candidate(start, end, name, "PERSON"))


def split_trailing_person(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An organisation's name run into the person who speaks for it: "Friends of the Earth Scotland
    Maria Lopez said" is the organisation and "Maria Lopez" (a given name and a surname close the span,
    a speech verb or a comma follows it; "... Missionary Baptist Church in" stays whole)."""
    text = doc.text
    out = []
    for cand in cands:
        words = cand.text.split()
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        speaks = after is not None and (after.text == "," or after.lemma_.lower() in _SOURCE_VERBS)
        if cand.label != "ORG" or not speaks or len(words) < 4:
            out.append(cand)
            continue
        person = looks_like_person(" ".join(words[-2:])) or (
            is_given_name(words[-2]) and words[-1][:1].isupper() and not is_given_name(words[-3]))
        if person and words[-3][:1].isupper() and not is_particle(words[-3]):
            cut = cand.start + cand.text.rindex(words[-2])
            org_end = cut
            while org_end > cand.start and not text[org_end - 1].isalnum():
                org_end -= 1
            out.append(relabel(replace(cand, end=org_end, text=text[cand.start : org_end])))
            cand = Candidate(cut, cand.end, text[cut : cand.end], "PERSON")
        out.append(cand)
    return out


def extend_given_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A given name the model tagged alone, followed by the untagged surname, or left untagged before a
    surname it tagged: one person's name ("Mira" ORG + "Kowalczyk" -> "Mira Kowalczyk" PERSON)."""
    out = []
    for cand in cands:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is not None and len(span) == 1 and cand.place is None and cand.label in {"PERSON", "ORG"} \
                and is_given_name(cand.text) and span.end < len(doc):
            end = span.end
            while end < len(doc) and end - span.end < 2 and not doc[end].ent_type_ and doc[end].pos_ == "PROPN" \
                    and re.match(r"^[A-Z][a-z'’-]+$", doc[end].text):
                end += 1
            if end > span.end and not is_given_name(doc[end - 1].text):
                end_char = doc[end - 1].idx + len(doc[end - 1].text)
                cand = Candidate(cand.start, end_char, doc.text[cand.start : end_char], "PERSON")
        if span is not None and len(span) == 1 and cand.label == "PERSON" and span.start > 0 \
                and len(cand.text.split()) == 1:
            before = doc[span.start - 1]
            if not before.ent_type_ and before.pos_ == "PROPN" and re.match(r"^[A-Z][a-z'’-]+$", before.text) \
                    and is_given_name(before.text) and not before.is_sent_start:
                # "... Council Amira" + "Haddad": the model left the given name outside the person.
                cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        out.append(cand)
    return out


def extend_regions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name followed by a region word is a place: "Zaporizhzhia Oblast" keeps its word (the
    region), "the Belgorod region" stays "Belgorod", one entity with the city of that name; so is each
    name of a list before a plural one ("the Belgorod and Kursk regions"), tagged or not."""
    cands = _coordinated_places(text, cands)
    out = []
    for cand in cands:
        if m := _REGION_WORD_AFTER.match(text[cand.end :]):
            word = m.group(1)
            if word.lower() in REGION_WORDS and (place := lookup_place(f"{cand.text} {word}")) is not None:
                end = cand.end + m.end()
                cand = Candidate(cand.start, end, text[cand.start : end], "GPE", place)
        elif m := _LOWER_REGION_WORD_AFTER.match(text[cand.end :]):
            # News names the region by its centre city and one entity stands for both.
            place = cand.place or lookup_place(cand.text) or lookup_place(f"{cand.text} {m.group(1)}")
            if cand.label != "PERSON" or place is not None:
                cand = replace(cand, label="GPE", place=place)
        out.append(cand)
    return out


def _coordinated_places(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The names of "the X, Y and Z regions" as places: the model tags the list as one thing or misses
    the names after the first."""
    found = []
    for m in _PLACE_LIST.finditer(text):
        for name in re.finditer(_PLACE_NAME, m.group("names")):
            start, end = m.start("names") + name.start(), m.start("names") + name.end()
            place = lookup_place(name.group(0)) or lookup_place(f"{name.group(0)} {m.group('noun')[:-1]}")
            found.append(Candidate(start, end, name.group(0), "GPE", place))
    if not found:
        return cands
    kept = [c for c in cands if not any(f.start < c.end and c.start < f.end for f in found)]
    return sorted(kept + found, key=lambda c: c.start)


def _span(doc: Doc, cand: Candidate) -> Span | None:
    return doc.char_span(cand.start, cand.end, alignment_mode="expand")


def type_from_context(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Labels the parse and the words around a name decide (see the module docstring)."""
    # Surnames the article gives with a given name or a title ("Marco Lopes", "Mr. Lopes").
    full_surnames = [person_parts(c.text)[1] for c in cands
                     if c.label == "PERSON" and (person_parts(c.text)[0] or len(c.text.split()) > 1)]
    people = _people_words(cands)
    spans = [_span(doc, cand) for cand in cands]
    slots = [span is not None and _an_outlet(span, text, cand, people) for cand, span in zip(cands, spans, strict=True)]
    # A name that acts or is acted on where no outlet stands ("Halvorsen will veto", "praised Brisco"), or
    # that the model reads as a person there ("a book about Halvorsen"), is a person's, also where an outlet
    # might stand ("the treasurer told Halvorsen"); saying things, both do.
    acting = {_key(cand) for cand, span, slot in zip(cands, spans, slots, strict=True)
              if span is not None and not slot and not _speaks(span.root)
              and (cand.label == "PERSON" or _acts(span.root))}
    outlets = set(WIRE_SERVICES) | {_key(c) for c, slot in zip(cands, slots, strict=True) if slot} - acting
    out: list[tuple[Candidate, bool]] = []
    for cand, span in zip(cands, spans, strict=True):
        located = False
        if span is not None:
            if _key(cand) in outlets and _an_outlet(span, text, cand, people):
                cand = replace(cand, label="ORG", place=None)
            elif _a_person_not_a_far_town(span, cand, cands):
                cand = replace(cand, label="PERSON", place=None)
            located = _located(span.root)
            cand = _retype(span, text, cand, full_surnames)
        if cand is not None:
            out.append((cand, located))
    # An outlet's name is the outlet's where nothing around it says otherwise ("Al Jazeera said" after
    # "according to Al Jazeera"), and so is a wire service's, unless something happens in it ("in Xinhua").
    return [replace(c, label="ORG", place=None) if c.label in {"PERSON", "GPE", "LOC", "NORP"} and not located
            and c.text.split() == name_tokens(c.text) and _key(c) in outlets else c
            for c, located in out]


def _key(cand: Candidate) -> str:
    return " ".join(name_tokens(cand.text))


def _speaks(token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in _SOURCE_VERBS | _CARRYING_VERBS


def _acts(token) -> bool:
    """The subject or the object of a verb that is not one of speech: "Halvorsen will veto", "praised Brisco"."""
    return token.dep_ in {"nsubj", "dobj"} and token.head.pos_ in {"VERB", "AUX"} \
        and token.head.lemma_.lower() not in _SOURCE_VERBS | _CARRYING_VERBS


def _located(token) -> bool:
    """Whether a name is where something happens or goes ("in Xinhua", "flew to Kyodo"), not whom one
    speaks to ("speaking to Xinhua", "according to Kyodo")."""
    if token.dep_ != "pobj" or token.head.lower_ not in _LOCATIVE_PREPOSITIONS:
        return False
    verb = token.head.head
    return verb.lower_ != "according" and verb.lemma_.lower() not in _ADDRESS_VERBS | _REMARK_NOUNS


def _people_words(cands: list[Candidate]) -> dict[str, set[str]]:
    """The words of the names the article gives people, each with the names that hold it ("" for a
    name with a title): a word held by a titled name or by another name is a person's. ("Al Jazeera",
    typed a person twice, does not make itself one.)"""
    words: dict[str, set[str]] = {}
    for cand in cands:
        tokens = name_tokens(cand.text)
        titled = tokens != cand.text.split()
        if cand.label == "PERSON" and (len(tokens) >= 2 or titled):
            for token in tokens:
                if not is_particle(token):
                    words.setdefault(token.lower(), set()).add("" if titled else " ".join(tokens))
    return words


def _an_outlet(span: Span, text: str, cand: Candidate, people: dict[str, set[str]]) -> bool:
    """A name the model took for a person or a place that stands where news names an outlet: told
    something ("told Anadolu"), spoken to ("speaking to Xinhua", "said to Yonhap", "in an interview with
    Kyodo"), the source of "according to", the subject or agent of "quoted", "cited", "reported" ("carried
    by Xinhua"), or named beside "news agency", "newspaper", "broadcaster" ("state news agency Bernama",
    "Yonhap news agency"). Not a name the article gives a person ("told Peskov" after "Dmitry Peskov"), a
    given name, a country or a large city ("told Israel")."""
    if cand.label not in {"PERSON", "GPE", "LOC"}:
        return False
    place = cand.place
    if place is not None and (place.kind != "city" or place.population >= _FAR_TOWN_POPULATION):
        return False
    words = name_tokens(cand.text)
    name = " ".join(words)
    if not words or words != cand.text.split() or any(people.get(w.lower(), set()) - {name} for w in words):
        return False  # a title before it, or a person the article names elsewhere
    if is_given_name(words[0]) and not (len(words) > 1 and (words[0].isupper() or is_particle(words[0]))):
        return False  # a given name; "RIA Novosti" and "Al Arabiya" open with an acronym or an article
    if _OUTLET_BEFORE.search(text, max(0, cand.start - 30), cand.start) or _OUTLET_AFTER.match(text, cand.end):
        return True
    if cand.label == "PERSON" and len(words) > 1 and not (words[0].isupper() or is_particle(words[0])):
        return False  # "an interview with ESPN's Tavish Moreland": a person's name in full
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return head.lemma_.lower() in _CITING_VERBS
    if root.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() == "tell"
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return head.head.lower_ == "according" or head.head.lemma_.lower() in _ADDRESS_VERBS | _REMARK_NOUNS
    if head.lower_ == "by":
        return head.head.lemma_.lower() in _CITING_VERBS | _CARRYING_VERBS  # "carried by Xinhua"
    return head.lower_ == "with" and head.head.lemma_.lower() in _REMARK_NOUNS


def _a_person_not_a_far_town(span: Span, cand: Candidate, cands: list[Candidate]) -> bool:
    """A one-word name the model read as a person that the gazetteer also knows as a small town of a
    country the article does not otherwise mention, and that is not where something happens: the
    person. "Obama said" in a story about Washington is no town in Japan; "Pokrovsk" in a story about
    Ukraine stays a town."""
    place = cand.place
    if cand.label != "GPE" or place is None or place.kind != "city" or place.population >= _FAR_TOWN_POPULATION:
        return False
    root = span.root
    if len(span) != 1 or root.ent_type_ != "PERSON" or root.dep_ not in _PERSON_ROLES or (
            root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS):
        return False  # "Livorno, Tuscany": an apposition to a place is a place
    return not any(c.place is not None and c.place.place_id != place.place_id
                   and c.place.country_code == place.country_code for c in cands)


def _retype(span: Span, text: str, cand: Candidate, full_surnames: list[str]) -> Candidate | None:
    words = name_tokens(cand.text)
    has_org_word = any(w.lower().strip(".") in ORG_WORDS for w in words)
    root = span.root
    if _surname_not_town(cand, root, full_surnames):
        return replace(cand, label="PERSON", place=None)
    if cand.label == "PERSON" and len(words) >= 2 and (
            words[0].lower() in INSTITUTION_HEADS or words[-1].lower().strip(".") in INSTITUTION_HEADS):
        return replace(cand, label="ORG")
    if cand.place is None and cand.label in {"PERSON", "ORG"} and len(span) == 1 and (
            _a_thing(root) or _a_common_word(cand.text)) and not any(
            surnames_match(surname, cand.text) for surname in full_surnames):
        # A surname the article gives in full is a name even where it opens a sentence ("Trump said").
        return None
    if cand.label in {"ORG", "PERSON", "FAC", "LOC", "GPE"} and not has_org_word and cand.place is None:
        before = text[max(0, cand.start - 40) : cand.start]
        after = text[cand.end : cand.end + 40]
        spatial = root.dep_ == "pobj" and root.head.lower_ in _SPATIAL_PREPOSITIONS
        placed = PLACE_NOUN_BEFORE.search(before) or _PLACE_APPOSITION_AFTER.match(after) or spatial \
            or _before_a_region(after)
        if placed and not (cand.label == "PERSON" and (looks_like_person(cand.text) or (
                len(words) >= 2 and is_given_name(words[0])))):
            end = span.end
            while end < len(span.doc) and span.doc[end].pos_ == "PROPN" and not span.doc[end].ent_type_ \
                    and span.doc[end].text[:1].isupper():
                end += 1  # "the village of Kozacha" + "Lopan": the model cut the name short
            end_char = span.doc[end - 1].idx + len(span.doc[end - 1].text) if end > span.end else cand.end
            return Candidate(cand.start, end_char, text[cand.start : end_char], "GPE")
    if cand.label == "GPE" and cand.place is None and _CODED_NAME.search(cand.text):
        # Inner capitals and digits make brands and products ("YouTube", "IE9"), not places.
        return replace(cand, label="ORG")
    if cand.label == "PERSON" and len(words) >= 2 and any(
            (place := lookup_place(w)) is not None and place.kind == "country" for w in words):
        # A country's name inside a name makes an event, a team or an outlet, not a person.
        return replace(cand, label="ORG")
    if cand.label in {"PERSON", "GPE"} and cand.place is None and len(words) == 1 and (
            _a_platform(root) or (_unintroduced(words[0], full_surnames) and _on_a_medium(root))):
        return replace(cand, label="ORG")
    speaker = root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in _SOURCE_VERBS
    agent = root.dep_ == "pobj" and root.head.lower_ == "by"
    if cand.label == "ORG" and (speaker or agent) and 2 <= len(words) <= 3 and not has_org_word \
            and is_given_name(words[0]) and all(w[:1].isupper() and w[1:].islower() for w in words):
        # "founded by Dean Kamen", "Dean Kamen said": a given name that speaks or acts is a person's,
        # even when the surname is a given name too.
        return replace(cand, label="PERSON")
    if speaker:
        if cand.label == "GPE" and cand.place is None and lookup_place(cand.text) is None:
            # The gazetteer knows no such place, and places do not speak: an organisation or a person.
            return replace(cand, label="PERSON" if looks_like_person(cand.text) else "ORG")
        if cand.label == "PERSON" and len(words) == 1 and root.head.lemma_.lower() in _OUTLET_VERBS \
                and not is_given_name(words[0]) and not any(surnames_match(s, words[0]) for s in full_surnames):
            return replace(cand, label="ORG")
    return cand


def _surname_not_town(cand: Candidate, root, full_surnames: list[str]) -> bool:
    """A one-word "town" that is the surname of a person the article names in full, and is not where
    something happens: "Marco Lopes said ... Lopes added" is no town called Lopes."""
    place = cand.place
    if cand.label != "GPE" or place is None or place.kind != "city" or place.population >= BIG_CITY_POPULATION:
        return False
    if len(cand.text.split()) != 1 or (root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPOSITIONS):
        return False
    return any(surname == cand.text for surname in full_surnames)


def _a_platform(token) -> bool:
    """Where something is posted or said: "wrote on Telegram", "messages on Twitter", "via X"."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _UPLOAD_VERBS:
        return True  # "posted to Instagram"; "wrote to" has a person as its object
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "via"}:
        return False
    return token.head.head.lemma_.lower() in _POSTING_WORDS or token.head.head.lemma_.lower() in _SOURCE_VERBS


def _unintroduced(word: str, full_surnames: list[str]) -> bool:
    """A one-word "person" the article never names in full or with a title, and no given name."""
    return not is_given_name(word) and not any(surnames_match(s, word) for s in full_surnames)


def _on_a_medium(token) -> bool:
    """Where people talk, not who they are: "backlash on Twitter", "took to Instagram", "his TikTok
    account". Read only for names the article does not introduce as a person."""
    if token.dep_ == "pobj" and token.head.lower_ in {"on", "via"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "take":
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in _MEDIUM_NOUNS


def _a_common_word(text: str) -> bool:
    """A lone title ("CEO", "Chancellor") or the head word of organisation names ("Army", "Court",
    "Government"), which alone names no organisation in particular."""
    word = text.lower().strip(".")
    if text.isupper() and len(text) > 3:
        return False  # an acronym that spells a word ("FIRST") is a name
    return word in ORG_WORDS or word in _GENERIC_INSTITUTION_WORDS or word in PARSER_CONSTANTS.titles


def _a_thing(token) -> bool:
    """A one-word name the parse treats as a countable thing: counted ("40 Shaheds", "three HIMARS"),
    plural ("Shaheds" without a number; people are not named in the plural), or a common noun
    capitalised only because it opens the sentence ("Farmers protested")."""
    if any(child.dep_ == "nummod" and child.i < token.i for child in token.children) or (token.tag_ in {"NNS", "NNPS"} and not token.is_upper):
        return not is_given_name(token.text)
    return token.tag_ == "NN" and token.is_sent_start and not token.is_upper


def strip_role_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Cut a capitalised role noun that opens a sentence off the name after it: "Midfielder
    Jonas Wendt" is Jonas Wendt (a known given name follows a word that is none)."""
    out = []
    for cand in cands:
        words = cand.text.split()
        token = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label == "PERSON" and len(words) >= 3 and token is not None and token[0].is_sent_start \
                and not is_given_name(words[0]) and is_given_name(words[1]) \
                and words[0].lower().strip(".") not in PARSER_CONSTANTS.titles and not is_particle(words[0]):
            start = token[1].idx
            cand = replace(cand, start=start, text=cand.text[start - cand.start :])
        out.append(cand)
    return out


def _before_a_region(after: str) -> bool:
    """"X, Y Oblast" or "X, Y region": a settlement named with the region it lies in."""
    m = re.match(r"^,\s+((?:[A-Z][\w'’-]+\s+){1,2})(Oblast|Krai|Province|Governorate|region|oblast|province)\b",
                 after)
    return m is not None and lookup_place(f"{m.group(1).strip()} {m.group(2)}") is not None
