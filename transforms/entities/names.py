"""Personal and organisation names: their words, parts and spelling-tolerant comparison."""

from __future__ import annotations

import re

import jellyfish
from cleanco import basename
from cleanco.clean import prepare_default_terms
from nameparser.config import CONSTANTS as _PARSER
from rapidfuzz.distance import JaroWinkler, Levenshtein
from unidecode import unidecode
from wordfreq import zipf_frequency

from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import INSTITUTION_HEADS, ORG_NOUNS, ROLE_NOUNS, SCOPE_WORDS
from transforms.lexicon.given_names import given_name_detector

# Honorifics and offices written directly before a name: the mention is widened to hold them
# ("Mr. Zelensky", "Vice President Joe Biden") because NER leaves them out, and the name's
# words are read without them.
_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "gen.", "gen",
     "general", "sen.", "sen", "senator", "rep.", "rep", "sir", "lord", "lady", "secretary", "chancellor",
     "spokesman", "spokeswoman", "spokesperson", "envoy", "king", "queen", "prince", "pope", "cardinal",
     "bishop", "rev.", "rev", "col.", "col", "lt.", "lt", "sgt.", "sgt", "capt.", "capt", "adm.", "adm",
     "gov.", "gov", "judge", "justice", "mayor", "ambassador", "commissioner", "chairman", "chairwoman",
     "director", "officer", "deputy", "vice", "premier", "foreign", "defence", "defense", "representative",
     "professor", "prof.", "prof", "admiral", "congressman", "congresswoman", "councillor", "councilman",
     "councilwoman", "treasurer", "governor", "sheriff", "pastor", "rabbi", "imam", "sergeant", "lieutenant",
     "colonel", "emir", "sheikh", "ayatollah", "patriarch", "archbishop", "chairperson", "mp", "mep", "mla",
     "taoiseach", "tánaiste", "tanaiste", "councilor", "alderman", "alderwoman", "selectman", "selectwoman",
     "maj", "maj.", "major", "brig", "brig.", "brigadier", "cpl", "cpl.", "corporal", "pvt", "pvt.", "cmdr", "cmdr.",
     "commander", "marshal", "captain", "commodore",
     # a company's founder and owner, written before the name as an office is ("Founder Ann Roe")
     "founder", "co-founder",
     # police ranks as South Asian, Nigerian and Kenyan police write them ("SP Jane Okoro", "DSP Amir Khan")
     "sp", "ssp", "dsp", "asp", "acp", "dcp", "igp", "aig", "supt", "supt.", "insp", "insp.", "cdr", "cdr.", "pte",
     "superintendent", "inspector",
     # British and Irish police ranks ("Chief Constable X", "Police Constable Y")
     "constable",
     # a chief minister of a state or province, as South Asian news writes the office before the name
     "cm",
     # the Burmese honorifics of a man and of a woman ("U Kyaw Hla", "Daw Seng Mai"), and the Karen ones
     # ("Saw Eh Htoo", "Naw Say Paw")
     "u", "daw", "saw", "naw",
     # Malaysian and Bruneian honorifics, written between an office and the name ("Judge Datuk X")
     "datuk", "dato", "dato'", "dato’", "datin",
     # Muslim clerics' and scholars' honorifics in Afghan, Pakistani and Iranian news ("Mawlawi X", "Maulana
     # Y", "Mufti Z", "Hojatoleslam W"), and a pilgrim's ("Haji X"); "Sheikh" and "Imam" are above
     "mawlawi", "maulvi", "maulana", "mufti", "qari", "hafiz", "haji", "hajji", "hojatoleslam", "allama",
     # a city councillor, as Canadian and British papers abbreviate it ("Coun. Ann Roe", "Cllr Ann Roe")
     "coun", "coun.", "cllr", "cllr.",
     # a Catholic priest ("Rev. Fr. Jose Cruz")
     "fr", "fr.",
     # offices of a general remit, hyphenated ("Inspector-General (Operations) X", "Director-General Y")
     "inspector-general", "director-general", "secretary-general", "attorney-general", "solicitor-general",
     "auditor-general", "surveyor-general", "accountant-general", "commissioner-general", "governor-general"]
)
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
INITIAL = re.compile(r"^[A-Z]\.?$")
GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z]\.)(?=[A-Z][a-z])")
_GIVEN_SIMILARITY = 0.85
_SURNAME_SIMILARITY = 0.9
# Differing letters needed before a consonant swap counts as transliteration, not another name.
_TRANSLITERATION_EVIDENCE = 2
_NAME_SUFFIXES = frozenset(s for s in _PARSER.suffix_not_acronyms if len(s) > 1)
# Letters after a name for a rank, a seat or an honour: nameparser's list, with the King's Counsel it
# predates, the Senior Counsel of Ireland and Australia, and members of the European, Scottish and Northern
# Irish parliaments ("Ann Roe MSP said").
POST_NOMINALS = frozenset(s for s in _PARSER.suffix_acronyms if s.isalpha() and 2 <= len(s) <= 4) \
    | {"kc", "sc", "mep", "msp", "mla"}
# Particles nameparser's list lacks: Hebrew "ben" ("Avraham ben David"), the spaced Arabic article
# "el" ("Khaled el Hassan"; it lists only "el-"), Welsh "ap" ("Rhodri ap Gwilym") and Faroese "á", "í".
_MORE_PARTICLES = frozenset({"ben", "el", "ap", "á", "í"})
# Particles that, in lower case between capitalised words, join them into one person's name in English
# text: nameparser's list without its words that are also English ("do", "op", "bar", "san", "te").
_JOINING_PARTICLES = (
    "von", "vom", "van", "zu", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "dos", "du", "la",
    "le", "bin", "bint", "binti", "ibn", "ben", "abu", "al", "el", "ter", "ten", "ap",
    # Bantu "son/daughter of" ("Ngugi wa Thiong'o", "Kasongo wa Kasongo")
    "wa",
    # Faroese "at", "in" of names taken from a farm or a village ("Jógvan á Lakjuni", "Óli í Gøtu")
    "á", "í",
)
# Arabic articles written joined to the name by a hyphen: "al-Burhan", "el-Sisi", "as-Sadr".
_ARTICLE_PREFIX = r"(?:al|el|ad|an|ar|as|ash|at|az|ed|en|er|es|et|ez|ul)-"
# One surname word: capitalised, or an Arabic article and a capitalised word.
SURNAME_WORD = rf"(?:{_ARTICLE_PREFIX})?[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
# Lower-case particles, each followed by spaces ("von der ", "de la ").
PARTICLE_RUN = rf"(?:(?:{'|'.join(_JOINING_PARTICLES)})\s+)+"
# The same run opening a sentence, its first particle capitalised ("Von der ", "De la ").
OPENING_PARTICLE_RUN = (rf"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?:{'|'.join(p.capitalize() for p in _JOINING_PARTICLES)})"
                        rf"\s+(?:(?:{'|'.join(_JOINING_PARTICLES)})\s+)*")


# Words that open an air force's ranks ("Air Commodore", "Air Vice Marshal", "Wing Commander", "Group
# Captain", "Squadron Leader", "Flight Lieutenant"): a title where a title or a leader follows.
_RANK_OPENERS = frozenset({"air", "wing", "group", "squadron", "flight"})


def _opens_a_title(words: list[str]) -> bool:
    first = words[0].lower()
    return first in _TITLES or first == "the" or (
        first in _RANK_OPENERS and len(words) > 2 and words[1].lower() in _TITLES | {"leader", "chief"})


# What the second word of a title with "of" names: "Inspector General of Police", "Chief of Staff".
TITLES_OF = frozenset({"Police", "Staff", "State", "Customs", "Prisons", "Defence", "Defense"})


def name_tokens(text: str) -> list[str]:
    """The words of a name without leading titles, a leading 'the' or a possessive ending."""
    words = POSSESSIVE.sub("", text.strip()).split()
    while len(words) > 1 and _opens_a_title(words):
        words = words[1:]
        if len(words) > 2 and words[0] == "of" and words[1] in TITLES_OF:
            words = words[2:]  # "Superintendent of Police Jane Roe"
    if len(words) == 1 and _opens_a_title(words):
        return []
    return words


def clean_name(text: str) -> str:
    return " ".join(name_tokens(text)) or text.strip()


def person_parts(text: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a person's name, without titles, suffixes and middle initials.

    The surname keeps its particles (nameparser's list: de, van, von der, bin, al-...):
    "Dmitri S. Peskov" -> (("Dmitri",), "Peskov"); "Ursula von der Leyen" -> (("Ursula",),
    "von der Leyen"); "Peskov" -> ((), "Peskov"); "D.Ganbold" (an initial glued to the name, as Mongolian
    news writes the father's) -> ((), "Ganbold").
    """
    words = name_tokens(GLUED_INITIAL.sub(r"\1 ", text))
    while len(words) > 1 and words[0].lower().strip(".") in _PARSER.titles:
        words = words[1:]
    while len(words) > 1 and words[-1].lower().strip(".,") in _NAME_SUFFIXES:
        words = words[:-1]
    if not words:
        return (), ""
    first = len(words) - 1
    while first > 0 and is_particle(words[first - 1]) and (first > 1 or words[0].islower() or first < len(words) - 1):
        # A capitalised particle first is a given name ("Van Morrison") unless another particle
        # follows it: "Von der Leyen" opening a sentence is a surname.
        first -= 1
    given = tuple(w for w in words[:first] if not INITIAL.match(w) and not (w.islower() and is_particle(w)))
    return given, " ".join(words[first:])


# Below this Zipf frequency (about once in a million words of English) a name is one news seldom
# writes: the model has no reading of it to trust ("Congress" and "Hamas" are far above).
_SELDOM_WRITTEN_ZIPF = 3.0
# Below this one (about once in a hundred thousand words) a word is a name rather than a
# common word: "Hezbollah" and "Hamas" are, "people", "women" and "dick" are not.
_NAME_NOT_WORD_ZIPF = 4.0


def seldom_written(word: str) -> bool:
    """Whether English text seldom writes `word` (wordfreq's bundled lists): a small town's or a small
    group's name, which the model labels by guess."""
    return zipf_frequency(word, "en") < _SELDOM_WRITTEN_ZIPF


def seldom_in_english(word: str) -> bool:
    """Whether English text seldom writes `word` in any case: a name ("Hezbollah"), not a common word
    that also opens names ("People's", "Women's")."""
    return zipf_frequency(word.lower(), "en") < _NAME_NOT_WORD_ZIPF


def is_title(word: str) -> bool:
    """An honorific or office written before a name: "Mr.", "Sen.", "Vice", "Representative"."""
    return word.lower() in _TITLES or word.lower().rstrip(".") in _TITLES


def is_person_noun(word: str) -> bool:
    """A noun of a person's role or office ("member", "spokesperson", "commander", "economist"):
    nameparser's titles and the titles written before names."""
    word = word.lower().strip(".")
    return word in _PARSER.titles or word in _TITLES or word in ROLE_NOUNS \
        or word.endswith(("person", "spokesman", "spokeswoman"))


def is_persons_role(word: str) -> bool:
    """A person noun that names no body too: nameparser lists "group" and "broadcaster" as titles."""
    return is_person_noun(word) and word.lower() not in ORG_NOUNS | INSTITUTION_HEADS


def is_particle(word: str) -> bool:
    """A surname particle: "de", "van", "von", "der", "bin", "al" (nameparser's list, any case)."""
    return (word.lower() in _PARSER.prefixes or word.lower() in _MORE_PARTICLES) and len(word) <= 5


def joins_a_name(word: str) -> bool:
    """A particle that joins the words around it into one name in English text ("von", "de", "bin"),
    not one that is also an English word ("do", "san", "bar")."""
    return word.lower() in _JOINING_PARTICLES


def surname_only(text: str) -> bool:
    """Whether a name is a surname that opens with particles and has no given name: "Le Pen", "Von
    der Leyen", "bin Salman" (also, alone, "Van Morrison": the article's full names decide)."""
    words = name_tokens(text)
    return len(words) >= 2 and all(is_particle(w) for w in words[:-1]) and words[-1][:1].isupper()


def surname_core(surname: str) -> str:
    """A surname without its particles: "von der Leyen" -> "Leyen", "al-Burhan" -> "Burhan"."""
    last = surname.split()[-1] if surname.split() else surname
    head, dash, tail = last.partition("-")
    if dash and tail and (head.lower() + "-") in _PARSER.prefixes:
        return tail
    return last


def _fold(word: str, *, loose: bool) -> str:
    s = re.sub(r"[^a-z]", "", unidecode(word).lower())
    # Spellings of one sound that only transliteration produces, at places where English
    # names do not differ by them: the endings of Cyrillic names (Zelensky/Zelenskyy/Zelenskiy,
    # Dmitri/Dmitry), an iotated vowel (Yevgeny/Evgeny, Dmitriyev/Dmitriev).
    s = re.sub(r"(?:iy|yy|ii|yi|ij|y)$", "i", s)
    s = re.sub(r"iy(?=[aeiou])", "i", s)
    s = re.sub(r"^ye", "e", s)
    if loose:
        # Letters that are one sound in transliteration (Ukrainian h for Russian g, German w
        # for v, j for i, ie for e) but tell English names apart: Hill/Gill, Wang/Vang, Field/Feld.
        for old, new in (("kh", "h"), ("h", "g"), ("ie", "e"), ("ye", "e"), ("j", "i"), ("w", "v"), ("y", "i"),
                         ("ts", "c")):
            s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


def skeleton(word: str) -> str:
    """A loose spelling key under which the romanisations of one name agree, for indexing.

    Heorhii/Georgiy, Zelensky/Zelenskyy, Kiril/Kirill share it, but so do distinct names
    (Hill/Gill, Wang/Vang): a shared skeleton makes candidates, `spellings_agree` decides.
    """
    return _fold(word, loose=True)


def spellings_agree(a: str, b: str) -> bool:
    """Whether two words are one name in two romanisations.

    Vowel spellings (y/i/ie, doubled letters) are always variants; a consonant or first
    letter that differs (h/g, w/v, j/i, kh/h) is one only with a second difference as
    evidence of transliteration: Heorhii/Georgiy and Hlib/Gleb agree, Hill/Gill, Wang/Vang,
    Jan/Ian and Khan/Han stay apart.
    """
    if _fold(a, loose=False) == _fold(b, loose=False):
        return True
    if skeleton(a) != skeleton(b):
        return False
    a_, b_ = unidecode(a).lower(), unidecode(b).lower()
    return Levenshtein.distance(a_, b_) >= _TRANSLITERATION_EVIDENCE


def a_named_surname(word: str, surnames: list[str]) -> bool:
    """Whether `word` is, in some spelling, one of `surnames` (those of the people an article names in full)."""
    return any(surnames_match(surname, word) for surname in surnames)


def surnames_match(a: str, b: str) -> bool:
    """Same surname in another spelling: agreeing spellings, or the same sound and nearly the same
    letters; particles aside ("von der Leyen" and "Leyen", "al-Burhan" and "Burhan")."""
    if spellings_agree(a.replace(" ", ""), b.replace(" ", "")):
        return True
    a, b = surname_core(a), surname_core(b)
    if spellings_agree(a, b):
        return True
    a_, b_ = unidecode(a).lower(), unidecode(b).lower()
    return _sound_alike(a_, b_, _SURNAME_SIMILARITY)


def given_names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """First given names that may be the same person's: equal in spelling variants, or an initial of the other."""
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0].lower() == y[0].lower()
    if spellings_agree(x, y):
        return True
    x_, y_ = unidecode(x).lower(), unidecode(y).lower()
    return _sound_alike(x_, y_, _GIVEN_SIMILARITY)


def _sound_alike(a: str, b: str, similarity: float) -> bool:
    """Same first letter and sound, nearly the same letters, and two differences or more: English
    surnames one letter apart are other families (Field/Feld, Clark/Clarke, Thomson/Thompson)."""
    return a[:1] == b[:1] and jellyfish.metaphone(a) == jellyfish.metaphone(b) \
        and JaroWinkler.similarity(a, b) >= similarity and Levenshtein.distance(a, b) >= _TRANSLITERATION_EVIDENCE


def is_given_name(word: str) -> bool:
    """Whether `word` is a known given name (the gender-guesser list of about 40,000 names)."""
    word = word.strip(".")
    if len(word) < 2 or not word[0].isupper():
        return False
    if given_name_detector().get_gender(word) != "unknown":
        return True
    # French and Arabic double given names ("Jean-Baptiste", "Anne-Marie") are two names joined.
    parts = word.split("-")
    return len(parts) == 2 and all(len(p) >= 2 and p[0].isupper() and given_name_detector().get_gender(p) != "unknown"
                                   for p in parts)


_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}")


# cleanco's legal forms, and those its lists lack: Indonesia's "Tbk" (a listed company) and Peru's "SAC"
# (a closely held company; cleanco has the listed "SAA").
_LEGAL_FORMS = sorted([*prepare_default_terms(), (1, ["tbk"]), (1, ["sac"])], key=lambda term: -term[0])


def company_base(text: str) -> str | None:
    """A company's name without its legal form ("Halvorsen Logistics ASA" -> "Halvorsen Logistics"), or
    None when the name carries no legal form (cleanco's list: Inc., plc, ASA, GmbH ...)."""
    base = basename(text, terms=_LEGAL_FORMS)
    return base if base and base.rstrip(".") != text.rstrip(".") else None  # "Marcos Jr." keeps its dot


def org_short_form(text: str) -> str | None:
    """The name a company or news agency also goes by: without its legal form and a closing "Group",
    "News" or "News Agency" ("Goldman Sachs Group Inc." -> "Goldman Sachs", "Amaq News Agency" ->
    "Amaq"); None when nothing closes it or nothing would be left."""
    base = company_base(text) or text
    short = _ORG_CLOSER.sub("", base).strip()
    if not short or short == text.strip() or len(short) <= 2 or short.lower() in _ORG_CLOSER_WORDS | SCOPE_WORDS:
        return None  # "News Corp" is not "News", nor "National News Agency" "The National"
    return short


_ORG_CLOSER_WORDS = frozenset({"group", "news", "news agency", "media", "press"})
_ORG_CLOSER = re.compile(r"[\s,]+(?:Group|News(?:\s+Agency)?)\.?$", re.IGNORECASE)


def org_key(text: str) -> str:
    """Comparison form of a non-person name: ASCII, lower case, no punctuation or leading 'the'; an
    acronym written with full stops is the acronym ("U.N." and "UN")."""
    text = _DOTTED_ACRONYM.sub(lambda m: m.group(0).replace(".", ""), text)
    # Only "the" and a possessive go: the words a person's name sheds as titles name organisations
    # ("Foreign Ministry" and "Defense Ministry", "General Motors" and "Motors" are not one).
    key = unidecode(POSSESSIVE.sub("", text.strip())).lower().replace("'", "")
    key = re.sub(r"[^\w&]+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


def of_head(name: str) -> str | None:
    """The one word an organisation's name opens before its "of": "House of Federation" -> "house", else None.
    Within its article the body goes by it ("the House"); elsewhere it is every house's."""
    words = org_key(name).split()
    return words[0] if len(words) >= 3 and words[1] == "of" else None


def of_tail(name: str) -> str | None:
    """The one-word name an organisation is "of": "Church of Scientology" -> "scientology", else None."""
    words = org_key(name).split()
    if len(words) >= 3 and words[-2] == "of" and lookup_place(words[-1]) is None:
        return words[-1]
    return None
