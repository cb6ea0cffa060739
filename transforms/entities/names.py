"""Personal and organisation names: their words, parts and spelling-tolerant comparison."""

from __future__ import annotations

import re
from functools import cache

import jellyfish
from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "gen.", "gen",
     "general", "sen.", "sen", "senator", "rep.", "rep", "sir", "lord", "lady", "secretary", "chancellor",
     "spokesman", "spokeswoman", "spokesperson", "envoy", "king", "queen", "prince", "pope", "cardinal",
     "bishop", "rev.", "rev", "col.", "col", "lt.", "lt", "sgt.", "sgt", "capt.", "capt", "adm.", "adm",
     "gov.", "gov", "judge", "justice", "mayor", "ambassador", "commissioner", "chairman", "chairwoman",
     "director", "officer", "deputy", "vice", "premier", "foreign", "defence", "defense"]
)
# Honorifics and offices that directly precede a name; the mention is widened to hold them
# ("Mr. Zelensky") because NER leaves them out.

POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
INITIAL = re.compile(r"^[A-Z]\.?$")
_GIVEN_SIMILARITY = 0.85
_SURNAME_SIMILARITY = 0.9


def name_tokens(text: str) -> list[str]:
    """The words of a name without leading titles, a leading 'the' or a possessive ending."""
    words = POSSESSIVE.sub("", text.strip()).split()
    while len(words) > 1 and (words[0].lower() in _TITLES or words[0].lower() == "the"):
        words = words[1:]
    if words and (words[0].lower() in _TITLES or words[0].lower() == "the") and len(words) == 1:
        return []
    return words


def clean_name(text: str) -> str:
    return " ".join(name_tokens(text)) or text.strip()


def person_parts(text: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a person's name, without titles and middle initials.

    "Dmitri S. Peskov" -> (("Dmitri",), "Peskov"); "Peskov" -> ((), "Peskov").
    """
    words = name_tokens(text)
    if not words:
        return (), ""
    given = tuple(w for w in words[:-1] if not INITIAL.match(w))
    return given, words[-1]


def skeleton(word: str) -> str:
    """A spelling key under which the common romanisations of one name agree.

    Cyrillic names reach English through several systems (Ukrainian national, BGN/PCGN,
    Library of Congress) that differ in a few letter groups: Zelensky/Zelenskyy/Zelenskiy,
    Heorhii/Georgiy, Syniehubov/Synegubov, Kiril/Kirill all share a skeleton.
    """
    s = unidecode(word).lower()
    s = re.sub(r"[^a-z]", "", s)
    for old, new in (("kh", "h"), ("h", "g"), ("ie", "e"), ("ye", "e"), ("iy", "i"), ("yy", "i"), ("ii", "i"),
                     ("y", "i"), ("j", "i"), ("ts", "c"), ("w", "v")):
        s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


def surnames_match(a: str, b: str) -> bool:
    """Same surname in another spelling: the same skeleton, or the same sound and nearly the same letters."""
    if skeleton(a) == skeleton(b):
        return True
    a_, b_ = unidecode(a).lower(), unidecode(b).lower()
    return jellyfish.metaphone(a_) == jellyfish.metaphone(b_) and JaroWinkler.similarity(a_, b_) >= _SURNAME_SIMILARITY


def given_names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """First given names that may be the same person's: equal in spelling variants, or an initial of the other."""
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0].lower() == y[0].lower()
    if skeleton(x) == skeleton(y):
        return True
    x_, y_ = unidecode(x).lower(), unidecode(y).lower()
    return jellyfish.metaphone(x_) == jellyfish.metaphone(y_) and JaroWinkler.similarity(x_, y_) >= _GIVEN_SIMILARITY


@cache
def given_name_detector():
    """gender-guesser's name list, loaded once per process (about 2 s) and shared with coref."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """Whether `word` is a known given name (the gender-guesser list of about 40,000 names)."""
    word = word.strip(".")
    if len(word) < 2 or not word[0].isupper():
        return False
    return given_name_detector().get_gender(word) != "unknown"


def org_key(text: str) -> str:
    """Comparison form of a non-person name: ASCII, lower case, no punctuation or leading 'the'."""
    key = unidecode(" ".join(name_tokens(text)) or text).lower().replace("'", "")
    key = re.sub(r"[^\w&]+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key

