"""Capitalised words that name nothing: page furniture, events and prizes, acronyms of common nouns, time
zones, adverbs, web addresses, stances, stock symbols and currency codes; laws are typed LAW."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

import pycountry
from spacy.tokens import Doc
from wordfreq import zipf_frequency

from transforms.doc_index import doc_index
from transforms.entities.candidates import ORG_WORDS, Candidate, is_nationality, relabel
from transforms.entities.margins import opens_a_listed_headline, title_case_headline
from transforms.entities.names import company_base, is_given_name, person_parts, seldom_in_english
from transforms.entities.outlets import speaks
from transforms.entities.things import law_name
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import DISEASES, EVENT_HEADS, INSTITUTION_HEADS, STATES_BY_THEIR_FORM

# Words of a page's frame, not of its story: section labels, captions, calls to read on.
_PAGE_FURNITURE = frozenset({
    "read more", "analysis", "opinion", "explainer", "live", "watch", "listen", "related", "advertisement",
    "image", "photo", "file photo", "subscribe", "sign up", "newsletter", "video", "gallery",
    "comment", "share", "updated", "breaking", "exclusive", "editorial", "podcast", "more",
    "key points", "email", "e-mail", "print", "save", "publié", "modifié", "mis à jour", "lire aussi", "voir aussi",
    "supplied", "handout", "courtesy", "source",
    # wire services' slugs and markers ("(LEAD)", "(ATTN: ...)", "(END)", "FILE -", a stringer's "Str" credit)
    "file", "lead", "attn", "end", "update", "urgent", "corrected", "str", "pool", "ad",
    # acronyms of common nouns that news writes in capitals
    "gdp", "cpi", "pmi", "ipo", "ceo", "cfo", "lng", "vat", "ai", "ebitda", "ebita", "ebit", "capex", "opex",
    # and of a science story's common nouns: viruses, molecules, scans, a paper's identifier
    "hiv", "aids", "tb", "rsv", "hpv", "dna", "rna", "mrna", "mri", "icu", "ivf", "doi",
})
_FURNITURE_TAIL = re.compile(r"\s+(?:Image|Photo|Video|File Photo|Read more)$"
                             # a dateline's date run into its place: "Popayán - JAN 13"
                             r"|\s+[-–—|]\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b.*$"
                             # and its dash run into the sentence's count: "Kurdistan Region - Three members"
                             r"|\s+[-–—]\s+(?:\d|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                             r"dozens|hundreds|thousands)\b).*$")
# An acronym of a common noun, spelt out in lower case beside it: "a POW (prisoner of war)", "improvised
# explosive devices (IEDs)"; and one in the plural ("UAVs"): names are not counted.
_SPELT_OUT_AFTER = re.compile(r"\s*\(\s*[a-z][a-z -]+\)")
_SPELT_OUT_BEFORE = re.compile(r"\b[a-z]+(?:[ -][a-z]+)*\s*\($")
# A legal form as companies write it, not a surname that cleanco also lists ("Co.", "Ltd", "SA", not "Sa").
_LEGAL_FORM_WRITTEN = re.compile(r"^(?:[A-Z][a-z]{1,3}\.|[A-Z]{2,4}|Ltd|Inc|Corp|plc|GmbH)$")
# A price or an amount after a currency's letters: "SR0.50", "HK$12.40", "Rs3.5".
_DECIMAL_AMOUNT = re.compile(r"^[A-Z][A-Za-z]{0,2}\$?\d[\d,]*\.\d+$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,6}s$")
# Time zones, which wire copy gives with every time ("0900 GMT") and the model takes for organisations.
_TIME_ZONE = re.compile(r"^(?:(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT)"
                        r"|(?:[A-Z][a-z]+ )+(?:Standard|Daylight|Summer) Time)$")
# "pro-Kremlin", "anti-Trump": an adjective of a stance, no mention of the name's bearer.
_STANCE_PREFIX = re.compile(r"^(?:pro|anti|non|neo|post|pre)[-‑]", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"(?i)\w\.(?:com|org|net|gov|edu|info|io|co\.uk|org\.uk)$")
# A stock's symbol after its exchange, in a company's first mention: "(NASDAQ: BWFT)", "(Oslo: ABC)".
_EXCHANGE_BEFORE = re.compile(r"\(\s*[A-Z][\w .&-]{0,25}:\s*$")
_AMOUNT_AFTER = re.compile(r"\s?\d")
# Codes of things, never names of bodies: letters and a long number ("VX-2207"), a model's number after a
# hyphen ("KX-9", "CryoSat-2") and two capitals and a number ("CA19", "FY28"). A body's name keeps one
# capital before its number ("M23", "G20") or three ("TVN24"), and digits inside letters ("M5S", "G4S", "3M");
# an influenza virus's subtype ("H5N1", "H7N9") is a thing.
_CODE = re.compile(r"^(?:[A-Z]{1,4}-\d{3,6}[A-Z]?|[A-Z][A-Za-z]*-\d{1,3}|[A-Z]{2}\d{1,4}|H\d{1,2}N\d{1,2})$")
# A time of day the model takes for a name: "10:02pm", "9.30 a.m.".
_CLOCK_TIME = re.compile(r"(?i)^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?$")
# An amount the model takes for a name: "£300bn", "40m".
_AMOUNT = re.compile(r"^[£$€¥]?\d[\d.,]*\s?[a-z]{0,8}$")
# An amount in a currency written with letters ("R200-million", "Sh5bn", "Rs500 crore", "P45-M"), which the
# model takes for a model number; or with its ISO 4217 code ("CHF23 million", "ZAR2bn").
_LETTERED_AMOUNT = re.compile(r"^(?:[A-Z][a-z]{0,2}|[A-Z]{1,2}\$|(?P<code>[A-Z]{3}))\d[\d.,]*$")
_SCALE_AFTER = re.compile(r"-?\s?(?i:million|billion|trillion|bn|tn|m|crore|lakh)\b")
# Last words of a periodic document named by its month ("the May Monetary Policy Report").
_PERIODIC_DOCUMENTS = frozenset({"report", "review", "statement", "survey", "bulletin", "outlook", "update"})
_WORD_BEFORE = re.compile(r"\b(\w+)[ \t]+$")
# A day or a year written beside a month, however a page glues them: "19,", "2027", "19,2027".
_DAY_OR_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th)?,?(?:\d{4})?|\d{4}")
# The days and months of a dateline ("Thu Dec 10 2026"), full or cut to three letters ("Sun" and "Sat"
# are not here: "The Sun" is a paper).
_CALENDAR_WORDS = frozenset({
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
})
# A stock index by its count of shares after the name: "FTSE 100", "S&P 500", "CAC 40".
_INDEX_SIZE_AFTER = re.compile(r"\s(?:20|25|30|40|50|100|200|225|250|300|350|400|500|600|1000|2000|3000)\b(?![.,:]?\d)")
# A title in quotes, a show's, a book's or a project's, not a name: 'on CNBC's "Morning Desk."'
_OPEN_QUOTE = frozenset("\"“‘'")
_CLOSING = re.compile(r"^[.,!?]?[\"”’']")
# A line of tags: "Topics: A, B, C" or three or more short capitalised items and nothing else.
_TAG_LINE = re.compile(r"(?m)^[ \t]*(?:(?:Topics?|Tags?|Filed under|More on|Related topics)\s*:\s*[^\n]+"
                       r"|[A-Z][\w'&-]*(?: [\w'&-]+){0,3}(?:, [A-Z][\w'&-]*(?: [\w'&-]+){0,3}){2,})[ \t]*$")
# A channel's name is where something is said, not who says it: "wrote on Telegram", "in a post on X",
# "her Telegram channel". "Posted to Twitter" stays: some gold lists the platform there.
_CHANNEL_ACTS = frozenset({
    "post", "write", "say", "publish", "share", "upload", "announce", "broadcast", "stream", "tweet",
    "statement", "message", "video", "photo",
})
_UPLOAD_VERBS = frozenset({"post", "publish", "share", "upload"})
_CHANNEL_NOUNS = frozenset({"channel", "account", "post", "page", "feed", "handle", "story", "video", "livestream"})

# The lower-case noun after a disease's name: "Chagas disease", "Ebola virus", "Lassa fever".
_DISEASE_NOUN_AFTER = re.compile(r"[ \t]+(?:disease|virus|fever|parasite|syndrome)s?\b")


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


# What a word joined to it makes a position in politics: "Centre-left", "Centre-right".
_POSITION_AFTER = re.compile(r"-(?:left|right|leaning)\b")


def _code_off(cand: Candidate) -> Candidate:
    """A body's name run into the code of a thing it owns: "the Kenya Air Force F-5" is the air force's jet."""
    words = cand.text.split()
    if cand.label != "ORG" or len(words) < 3 or not _CODE.match(words[-1]):
        return cand
    kept = cand.text[: cand.text.rindex(words[-1])].rstrip()
    return replace(cand, end=cand.start + len(kept), text=kept)


def drop_non_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Drop what is capitalised but names no person, organisation or place: events and prizes
    ("the Abel Prize", "Book Fair Berlin"), acronyms of common nouns ("a POW (prisoner of war)", "UAVs"),
    time zones ("GMT") and times of day ("10:02pm"), adverbs opening a sentence ("Realistically,"),
    web addresses ("example.com"), stances ("pro-Kremlin"), spans
    without a capital ("el-Fasher" has one), and a one-word "person" that the article also writes in
    lower case, a common noun ("Salt", "salt")."""
    text = doc_index(doc).text
    common = {t.lower_ for t in doc if t.text.islower() and t.is_alpha}
    # "Todd Young ... Young said ... young voters": a surname the article gives in full is a name.
    surnames = {person_parts(c.text)[1].lower() for c in cands if c.label == "PERSON" and len(c.text.split()) > 1}
    common -= surnames
    channels = _channels(doc, cands)
    tags = _only_in_tag_lines(text, cands)
    # An acronym the article spells out once as a common noun is that noun wherever it stands ("an
    # improvised explosive device (IED)" ... "the IED blast").
    # A body spelt out in lower case ("the monetary policy committee (MPC)") stays the body's elsewhere.
    spelt_out = {c.text for c in cands if _common_acronym(text, c)
                 and not _BODY_SPELT_OUT_BEFORE.search(text, max(0, c.start - 30), c.start)}
    kept = []
    for cand in (_code_off(c) for c in cands):
        if cand.text in channels:
            continue
        words = cand.text.split()
        if not any(c.isupper() or c.isdigit() for c in cand.text) or _WEB_ADDRESS.search(cand.text) \
                or _STANCE_PREFIX.match(cand.text):
            continue
        if all(w.lower().strip(".,") in _CALENDAR_WORDS or _DAY_OR_YEAR.fullmatch(w) for w in words) or (
                (amount := _LETTERED_AMOUNT.match(cand.text)) and _SCALE_AFTER.match(text, cand.end)
                and (amount.group("code") is None or pycountry.currencies.get(alpha_3=amount.group("code")) is not None)):
            continue
        if cand.label == "PERSON" and len(words) >= 3 and _LEGAL_FORM_WRITTEN.match(words[-1]) \
                and company_base(cand.text) is not None:
            kept.append(replace(cand, label="ORG", place=None))  # "Najran Plastics Co.": a company by its legal form
            continue
        if cand.label in {"PERSON", "ORG"} and is_nationality(cand.text):
            kept.append(replace(cand, label="NORP", place=None))  # "Sri Lankan President X"
            continue
        if _POSITION_AFTER.match(text, cand.end) and len(words) == 1:
            continue  # "Centre-left", "Far-right": a place on the political spectrum
        if cand.text in spelt_out or _TIME_ZONE.match(cand.text) or _an_adverb(doc, cand) \
                or _a_ticker(text, cand) or _a_currency(text, cand) or _AMOUNT.match(cand.text) \
                or _an_index(text, cand) or _a_quoted_title(text, cand) or _CLOCK_TIME.match(cand.text):
            continue
        if (cand.label == "PERSON" and any(c.isdigit() for c in cand.text)) or _CODE.match(cand.text):
            # People's names hold no digits, and a name of letters and a long number is a code: "VX-2207".
            kept.append(replace(cand, label="PRODUCT", place=None))
            continue
        if len(words) >= 2 and words[-1].lower() in _PERIODIC_DOCUMENTS and (
                words[0].lower() in _CALENDAR_WORDS or ((before := _WORD_BEFORE.search(text, max(0, cand.start - 12), cand.start))
                                                        and before.group(1).lower() in _CALENDAR_WORDS)):
            # "the April Monetary Policy Report", "its June Financial Stability Review": a periodic document
            kept.append(replace(cand, label="WORK_OF_ART", place=None))
            continue
        if words[-1] in {"No", "Nos"} and _NUMBER_AFTER.match(text, cand.end):
            kept.append(replace(cand, label="LAW", place=None))  # "Bill No. 4521": a numbered document
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
        if cand.label == "PERSON" and len(words) == 1 and words[0][1:].islower() and not is_given_name(words[0]) \
                and words[0].lower() not in surnames and zipf_frequency(words[0].lower(), "en") >= _COMMON_WORD_ZIPF \
                and (_opens_a_line_or_sentence(doc, cand) or _AFTER_AN_OPENING_QUOTE.search(text, max(0, cand.start - 2), cand.start)) \
                and not _speaks(doc, cand) and not opens_a_listed_headline(text, cand.start):
            # '"Debris fell on the roof," he said': a common word opening a sentence or a quote ("Rice said"
            # is a surname's speaker, "Putin discusses ..." under "Read also" a headline's, however often
            # wordfreq finds the famous name)
            continue
        if cand.label == "ORG" and len(words) == 1 and words[0][1:].islower() and words[0].lower() in common \
                and _opens_a_line_or_sentence(doc, cand):
            continue  # "Junta spokesman X said" before "the junta": a common noun opening a sentence
        if cand.label in {"PERSON", "ORG"} and len(words) == 1 and words[0].lower() in _currency_words() \
                and words[0].lower() not in surnames:
            continue  # "Yen slides to an 11-month low"; not "Pound" after "Ezra Pound"
        if cand.start in tags or cand.text.startswith("Rest of "):
            continue  # "News | Rest of Africa": a section of the page
        if cand.label in {"PERSON", "ORG"} and cand.text.lower() in DISEASES:
            continue  # "Measles returns to ...": a disease
        if _DISEASE_NOUN_AFTER.match(text, cand.end):
            continue  # "chronic Chagas disease", "the Marburg virus": a disease named after a man or a town
        if len(words) >= 3 and sum(seldom_in_english(w) for w in words) <= 1 \
                and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in words) \
                and _in_a_title_case_headline(text, cand):
            continue  # "Regime Airstrike Hits School": a headline's words in capitals, no name
        if cand.text in STATES_BY_THEIR_FORM or _DECIMAL_AMOUNT.match(cand.text):
            continue  # "the Kingdom's largest producer"; "SR0.50 a share", a price in a currency's letters
        kept.append(cand)
    return kept


def _in_a_title_case_headline(text: str, cand: Candidate) -> bool:
    """Whether a name stands in a headline in title case (see `title_case_headline`)."""
    start = text.rfind("\n", 0, cand.start) + 1
    end = text.find("\n", cand.end)
    return title_case_headline(text[start : end if end >= 0 else len(text)])


# How often English writes a word for it to be a common word before a name (wordfreq's Zipf scale): "debris"
# is, "Kiir" is not.
_COMMON_WORD_ZIPF = 3.5
_AFTER_AN_OPENING_QUOTE = re.compile(r"[\"“‘']$")


def _speaks(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and speaks(span.root)


def _opens_a_line_or_sentence(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return cand.start == 0 or doc_index(doc).text[cand.start - 1] == "\n" or (span is not None and span[0].is_sent_start)


_NOT_CURRENCY_WORDS = frozenset({"account", "involved", "purposes", "gold", "silver", "platinum", "palladium",
                                 "fomento", "previsional", "mvdol", "bceao", "beac", "real", "won", "mark"})


@cache
def _currency_words() -> frozenset[str]:
    """The one-word names of currencies ("yen", "rupee", "rand"), from ISO 4217's names."""
    words = {c.name.split()[-1].lower() for c in pycountry.currencies if c.name.split()[-1].isalpha()}
    # ISO's names of funds and metals end in other words; "real" and "won" are English words too
    return frozenset(w for w in words if len(w) >= 3) - _NOT_CURRENCY_WORDS


def _only_in_tag_lines(text: str, cands: list[Candidate]) -> set[int]:
    """Starts of the names that stand only in an article's lists of topics ("Topics: Malaria, Global
    health", "Markets, Japan, Semiconductors"): tags file a story, they name nothing in it."""
    lines = _tag_lines(text)
    tagged = [c for c in cands if any(a <= c.start < b for a, b in lines)]
    if not tagged:
        return set()
    elsewhere = {c.text for c in cands if c not in tagged}
    return {c.start for c in tagged if c.text not in elsewhere and text.count(c.text) == 1}


def _tag_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TAG_LINE.finditer(text)]


def _channels(doc: Doc, cands: list[Candidate]) -> set[str]:
    """One-word names the article uses as a channel (see `_CHANNEL_ACTS`) and never as one that acts
    ("Telegram said", "Telegram's founder")."""
    used, acting = set(), set()
    for cand in cands:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or len(span) != 1 or cand.place is not None or cand.label not in {"ORG", "PERSON", "GPE"}:
            continue
        token = span[0]
        if token.dep_ in {"nsubj", "nsubjpass", "poss"} and not (
                token.dep_ == "poss" and token.head.lemma_.lower() in _CHANNEL_NOUNS):
            acting.add(cand.text)
        elif _a_channel(token):
            used.add(cand.text)
    return used - acting


def _a_channel(token) -> bool:
    if token.dep_ == "compound" or (token.dep_ == "poss" and token.i < token.head.i):
        return token.head.lemma_.lower() in _CHANNEL_NOUNS
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "via"}:
        return False
    # What was said or posted there ("wrote on X", "a statement on X"), or what was posted ("posted photos on X").
    head = token.head.head
    return head.lemma_.lower() in _CHANNEL_ACTS or (head.dep_ == "dobj" and head.head.lemma_.lower() in _UPLOAD_VERBS)


_BODY_SPELT_OUT_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(ORG_WORDS))})\s*\($")


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
    """A one-word candidate the tagger reads as an adverb: "Realistically," or "Nationwide," opening a sentence."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1 or span[0].pos_ != "ADV":
        return False
    # "Nationwide, Russia launched ...": an adverb opening a sentence, no place the gazetteer knows.
    return span[0].text.endswith("ly") or (span[0].is_sent_start and lookup_place(cand.text) is None)


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether lower-case `words` are what `acronym` stands for: "post-traumatic stress disorder" PTSD."""
    parts = [p for w in words for p in w.split("-") if p]
    letters = acronym.lower()
    return "".join(p[0] for p in parts) == letters or "".join(
        p[0] for p in parts if p not in {"of", "and", "the", "for", "in", "on", "to"}) == letters


def _event_head(words: list[str]) -> int | None:
    """Where the head noun of an event or prize is in a name: last ("Abel Prize"), or followed only by
    a place ("Book Fair Berlin"); None for other names."""
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in EVENT_HEADS and (i == len(words) - 1 or lookup_place(" ".join(words[i + 1 :]))):
            return i
    return None


def _a_ticker(text: str, cand: Candidate) -> bool:
    """A stock's symbol, no name: the exchange before it, in brackets ("(NYSE: XYZ)")."""
    return cand.text.replace(".", "").isupper() and len(cand.text) <= 6 and text[cand.end : cand.end + 1] in {")", ","} \
        and _EXCHANGE_BEFORE.search(text, max(0, cand.start - 30), cand.start) is not None


def _an_index(text: str, cand: Candidate) -> bool:
    """A one-word name in capitals followed by a count of shares: a stock index (see `_INDEX_SIZE_AFTER`)."""
    return " " not in cand.text and not any(c.islower() for c in cand.text) \
        and _INDEX_SIZE_AFTER.match(text, cand.end) is not None


def _a_quoted_title(text: str, cand: Candidate) -> bool:
    """A name of two or more words alone in quotation marks: a title (see `_CLOSING`)."""
    return " " in cand.text and cand.start > 0 and text[cand.start - 1] in _OPEN_QUOTE \
        and _CLOSING.match(text[cand.end : cand.end + 2]) is not None


def _a_currency(text: str, cand: Candidate) -> bool:
    """An ISO 4217 currency code before an amount: "NOK 9.8 billion", "EUR 120"."""
    return len(cand.text) == 3 and cand.text.isupper() and _AMOUNT_AFTER.match(text, cand.end) is not None \
        and pycountry.currencies.get(alpha_3=cand.text) is not None
