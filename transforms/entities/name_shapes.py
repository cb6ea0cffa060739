"""Name shapes: what the words of a name say it names. A person's name (`looks_like_person`), a
people's or a nation's adjective and nouns (`is_nationality`, `is_demonym_noun`), and the words that make a
name an organisation's (`ORG_WORDS`)."""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from transforms.entities.names import is_given_name, is_particle, name_tokens
from transforms.gazetteer import is_demonym, lookup_place
from transforms.lexicon.entities import DEMONYM_NOUNS, INSTITUTION_HEADS, PEOPLES

# Words that make a capitalised span an organisation, never a person's name.
ORG_WORDS = frozenset(
    ["council", "ministry", "forces", "force", "army", "navy", "bank", "group", "company", "corporation", "corp", "inc", "ltd", "llc", "university", "institute", "agency", "committee", "party", "news", "times", "post", "office", "fund", "foundation", "association", "union", "service", "services", "airlines", "airways", "media", "press", "court", "parliament", "government", "administration", "department", "commission", "organization", "organisation", "network", "club", "league", "federation", "authority", "police", "guard", "assembly", "staff", "cabinet", "secretariat", "bureau",
     "directorate", "command", "movement", "alliance", "coalition", "front", "board", "tribunal", "embassy", "consulate",
     "cartel", "gang", "syndicate", "militia", "exchange", "bourse", "cell", "forum",
     "brigade", "battalion", "regiment", "securities", "holdings", "partners", "investments", "industries",
     "ventures", "bancorp", "insurance", "pharmaceuticals", "laboratories", "labs", "biobank",
     "therapeutics", "biosciences", "biotherapeutics", "lab"]
)


def looks_like_person(text: str) -> bool:
    """Two or three capitalised words, the first a known given name, the last not one, no organisation word."""
    words = name_tokens(text)
    gaelic = [i for i, w in enumerate(words[:-1]) if w in _GAELIC_PATRONYMICS]
    if gaelic and 1 <= gaelic[0] <= 2 and len(words) <= 5 and all(w[:1].isupper() for w in words):
        # "Alexis Mac Allister", "Aengus Ó Snodaigh": a surname opened by "son of" or "daughter of" may
        # close on a word that is a given name too
        return is_given_name(words[0]) and not any(w.lower() in ORG_WORDS for w in words)
    if not 2 <= len(words) <= 3:
        return False
    if not all(re.match(r"^[A-Z][\w'’-]*\.?$", w) for w in words):
        return False
    if any(w.lower().strip(".") in ORG_WORDS for w in words) or words[-1].lower() in INSTITUTION_HEADS:
        return False  # (a body's head closing it: "Karen Information Center", whatever given name opens it)
    if len(words[0].strip(".")) > 1 and words[0].isupper() and not all(w.isupper() for w in words):
        return False  # an acronym opening a name is an organisation's ("UN General Assembly"), not a given name
    if lookup_place(text) or words[0] in _ARTICLES_OF_PLACE_NAMES:
        return False
    # a particle before it makes the last word a surname, whatever given name it also is ("Anna De Luca")
    surname = (len(words) == 3 and is_particle(words[1])) or not is_given_name(words[-1])
    # a given name joined to a second element ("Yunus-Bek", "Magomed-Sultan", as North Caucasian and Central
    # Asian names are written) opens a name as the given name alone does
    return (is_given_name(words[0]) or is_given_name(words[0].split("-")[0])) and surname


# Irish and Scottish words for "son of", "daughter of", "grandson of" that open a surname written apart.
_GAELIC_PATRONYMICS = frozenset({"Mac", "Mc", "Ó", "Ní", "Nic", "Uí", "Ua", "Mhic"})
# Articles that open Spanish, French and Arabic place names ("El Tarra", "La Paz", "Los Llanos"); the given-name
# list holds some of them, but a name of two words they open is seldom a person's.
_ARTICLES_OF_PLACE_NAMES = frozenset({"El", "La", "Los", "Las", "Le", "Les"})
# Arabic "Al" opens bodies' and places' names ("Al Jazeera", "Al Qusayr") and families' ("Al Thani"): it
# keeps the model's reading of a name, but does not make an untagged one no person's.
_ARTICLES_OF_NAMES = _ARTICLES_OF_PLACE_NAMES | {"Al"}


def _burmese_honorific(text: str) -> bool:
    """A name opened by a Burmese honorific, "U" (Mr) or "Daw" (Ms): "U Kyaw Zaw" is a man's name."""
    words = text.split()
    return len(words) >= 2 and words[0] in {"U", "Daw"} and all(w[:1].isupper() and w[1:].islower() for w in words[1:])


def is_nationality(word: str) -> bool:
    """Whether a word is a nationality or a people's adjective ("Russian", "Kazakh", "Kurdish") or
    its plural: the gazetteer's demonyms, the faiths and peoples of `PEOPLES`, a country's stem ("Kazakh" of Kazakhstan, "Afghan" of Afghanistan), or the
    name of a language that names no place (a people and its language share the word: "Catalan")."""
    if is_demonym(word) or word.lower() in PEOPLES or is_demonym_noun(word):
        return True
    if " " in word or not word[:1].isupper() or word.isupper() or lookup_place(word) is not None:
        return False
    if word.endswith("s") and len(word) > 4 and is_nationality(word[:-1]):
        return True  # the people: "Kazakhs", "Latinos"
    if any((p := lookup_place(word + end)) is not None and p.kind == "country" for end in ("stan", "istan")):
        return True
    return word in _language_names()


_MAN_OR_WOMAN = re.compile(r"(?:wo)?m[ae]n$")


def is_demonym_noun(word: str) -> bool:
    """Whether `word` names a person or people by nationality: "Frenchman", "Englishwomen", "Spaniard",
    "Briton" (the adjectives "French", "Kenyan" are `is_nationality`'s)."""
    lower = word.lower()
    if lower in DEMONYM_NOUNS or lower.removesuffix("s") in DEMONYM_NOUNS:
        return True
    stem = _MAN_OR_WOMAN.sub("", word)
    return stem != word and len(stem) >= 4 and is_nationality(stem)


@cache
def _language_names() -> frozenset[str]:
    return frozenset(name for name in Locale("en").languages.values() if " " not in name)
