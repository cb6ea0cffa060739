"""The spellings a place name is looked up by: `place_key` (ASCII, lower case, no dots or 'the'), one
spelling of transliterations' Russian endings, and one of a region's where transliterations differ."""

from __future__ import annotations

import re

from unidecode import unidecode

_ALT_NAME_SHAPE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$")
# The Arabic article as transliterations write it before a place's name, assimilated or not.
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az)\s+(?=\w{4})")


def place_key(text: str) -> str:
    """The lookup form of a place name: ASCII, lower case, no dots, hyphens or leading 'the'."""
    key = unidecode(text).lower().replace(".", "").replace("'", "").replace("-", " ")
    key = re.sub(r"\s+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


def _transliteration_key(key: str) -> str:
    """One spelling of the Russian endings that transliterations write several ways: "Primorskiy
    kray", "Primorsky Krai" and "Primorskyi krai" share it."""
    key = re.sub(r"(?:iy|yi|ij|yy)\b", "y", key)
    return re.sub(r"\bkray\b", "krai", key)


def _region_spelling_key(key: str) -> str:
    """One spelling of a region's name where transliterations differ in a closing "ay" or "ai"
    ("Tigray", ISO's "Tigrai") or an aspirate after a consonant ("Amhara", ISO's "Amara"); only
    regions are looked up by it, as a town's or a word's spelling is too often another's ("Pharma")."""
    key = re.sub(r"\b(\w{3,}a)y\b", r"\1i", _transliteration_key(key))
    return re.sub(r"\b\w{6,}\b", lambda m: re.sub(r"(?<=[bdgkmnprt])h", "", m.group()), key)
