"""Short forms of names the model missed: an acronym the article introduces ("Rapid Support Forces
(RSF)" then "RSF"), and a company by the first word of its name ("Corvane" after "Corvane Systems Corp.")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.entities.candidates import ACRONYM_AFTER, Candidate
from transforms.entities.names import company_base, is_given_name, org_key
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import BUSINESS_HEADS


def introduced_acronyms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Occurrences, missed by NER, of an acronym the article introduces: "Rapid Support Forces (RSF)". A
    body's, or a place's the gazetteer knows ("Democratic Republic of Congo (DRC)"); the model's other
    labels on a long form with initials are a body's misread ("X West Africa Province (ISWAP)")."""
    covered = [(c.start, c.end) for c in found]
    acronyms = {m.group(1): "GPE" if c.label == "GPE" and c.place is not None else "ORG" for c in found
                if (m := ACRONYM_AFTER.match(text, c.end)) and (c.label == "ORG" or c.label == "GPE"
                                                               and _spelt_by(m.group(1), c.text))}
    extra = []
    for acronym, label in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if not any(s < m.end() and m.start() < e for s, e in covered):
                extra.append(Candidate(m.start(), m.end(), acronym, label))
    return extra



# An acronym said as a word, written as one in brackets after its body's name: "(Pagasa)", "(Nato)".
WORD_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][a-z]{2,7})\)")


def acronyms_said_as_words(text: str, found: list[Candidate]) -> list[Candidate]:
    """Mentions of an acronym written as a word that the article introduces after a body's long form
    ("... Services Administration (Pagasa)"): the body's, whatever the model typed them (a person)."""
    words = {m.group(1) for c in found if c.label == "ORG"
             if (m := WORD_ACRONYM_AFTER.match(text, c.end)) and _spelt_by(m.group(1), c.text)}
    return [replace(c, label="ORG", place=None) if c.text in words and c.label != "ORG" else c for c in found]


# Small words a long form's acronym may skip: "Reserve Bank of India" is the "RBI".
_ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "&", "on", "in", "de"})


def initials(text: str) -> tuple[str, ...]:
    """A long form's acronyms: without its small words ("RBI") and with them ("BOJ", Bank of Japan), a
    hyphened word one word or two ("OSCE", Organization for Security and Co-operation in Europe)."""
    found: list[str] = []
    for words in (org_key(text).split(), org_key(text.replace("-", "")).split()):
        found += ["".join(w[0] for w in words if w not in _ACRONYM_STOPWORDS).upper(), "".join(w[0] for w in words).upper()]
    return tuple(dict.fromkeys(found))


def acronyms_of_places(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """An acronym of a place the gazetteer knows and the article names in full is the place's, whatever
    the model typed it or missed it: "the KP government" beside "Khyber Pakhtunkhwa" is no country code of
    North Korea, "NSW crews" beside "New South Wales" no word. A body's long form of the same letters
    wins; two letters count only where the model read a place, for "UN" beside "Upper Nile" is the United
    Nations."""
    places: dict[str, dict[str, Candidate]] = {}
    bodies: set[str] = set()
    for c in found:
        if len(c.text.split()) < 2:
            continue
        if c.label in {"GPE", "LOC"} and c.place is not None:
            # (only a place the gazetteer knows: the model reads bodies' names as places, "the Islamic State
            # West Africa Province (ISWAP)")
            for letters in initials(c.text):
                places.setdefault(letters, {}).setdefault(c.place.place_id, c)
        elif c.label == "ORG":
            bodies.update(initials(c.text))
    if not places:
        return found
    text = doc.text
    kept = []
    for c in found:
        acronym = c.text.replace(".", "")
        spelt = places.get(acronym, {})
        # (the model's own reading counts: a later step may have made an unknown two letters a body's)
        read_as_place = c.label == "GPE" or any(t.ent_type_ in {"GPE", "LOC"} for t in doc.char_span(
            c.start, c.end, alignment_mode="expand") or ())
        if len(spelt) == 1 and acronym.isalpha() and acronym.isupper() and acronym not in bodies \
                and (read_as_place or (c.label == "ORG" and len(acronym) > 2)) and lookup_place(c.text) is None:
            (long_form,) = spelt.values()
            c = replace(c, label=long_form.label, place=long_form.place)
        kept.append(c)
    covered = [(c.start, c.end) for c in kept]
    for letters, spelt in places.items():
        if len(spelt) != 1 or len(letters) < 3 or letters in bodies or lookup_place(letters) is not None:
            continue
        (long_form,) = spelt.values()
        kept += [Candidate(m.start(), m.end(), letters, long_form.label, long_form.place)
                 for m in re.finditer(rf"\b{letters}\b", text)
                 if not any(s < m.end() and m.start() < e for s, e in covered)]
    return sorted(kept, key=lambda c: c.start)


_IN_THE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")
_CAPITALS_WORD = re.compile(r"\b[A-Z]{3,}\b")


def long_forms_of_acronyms(text: str, found: list[Candidate]) -> list[Candidate]:
    """A body named for where it acts, which the model cut at the "in" ("Al Qaeda" + "in the" + "Arabian
    Peninsula"), is one name where the article writes its acronym ("AQAP")."""
    acronyms = set(_CAPITALS_WORD.findall(text))
    if not acronyms:
        return found
    out: list[Candidate] = []
    for cand in found:
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and cand.label in {"GPE", "LOC"} \
                and _IN_THE.fullmatch(text, prev.end, cand.start) is not None \
                and acronyms.intersection(initials(text[prev.start : cand.end])):
            out[-1] = Candidate(prev.start, cand.end, text[prev.start : cand.end], "ORG")
            continue
        out.append(cand)
    return out


# First words of a broadcaster's name: "Radio Dabanga", "TV Pirveli".
BROADCASTER_OPENERS = frozenset({"Radio", "TV", "Télé", "Radio-Télévision"})


def broadcasters_by_their_names(found: list[Candidate]) -> list[Candidate]:
    """"Radio Tamazuj", read as a person: a broadcaster by its first word; its name alone ("witnesses told
    Tamazuj") is the broadcaster's too, whatever the model read (a town, a person)."""
    names = {" ".join(words[1:]) for c in found if len(words := c.text.split()) >= 2
             and words[0] in BROADCASTER_OPENERS and all(w[:1].isupper() for w in words[1:])}
    if not names:
        return found
    return [replace(c, label="ORG", place=None) if c.label != "ORG" and (
        c.text in names or c.text.split()[0] in BROADCASTER_OPENERS and " ".join(c.text.split()[1:]) in names)
        else c for c in found]


def _spelt_by(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name's capitalised words ("DRC", "ISWAP"), not a source's credit after
    a place ("Madrid (AFP)")."""
    return acronym.replace(".", "").upper() == "".join(w[0] for w in name.split() if w[:1].isupper()).upper()


def _without_trade_word(name: str) -> str | None:
    """"Murchison Crest" of "Murchison Crest Resources": a company of three words or more without the word
    of its trade, which news drops after the first mention."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in BUSINESS_HEADS:
        return None
    base = " ".join(words[:-1])
    return base if lookup_place(base) is None else None  # "Abu Dhabi Capital" leaves a place, no firm


def company_short_forms(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """Mentions, missed by NER, of a company by the first word of its name ("Corvane shareholders" after
    "Corvane Systems Corp."), and its name without the legal form or the trade word, whatever the model
    typed it: the name with a legal form ("Inc.", "ASA", "plc") says it is a company's."""
    bases = {base for c in found if c.label == "ORG" and (base := company_base(c.text) or _without_trade_word(c.text))}
    # "Wira Jaya" after "Wira Jaya Sdn Bhd": the company without its legal form, whatever the model said
    found = [replace(c, label="ORG", place=None) if c.label != "ORG" and c.text in bases else c for c in found]
    found = _short_forms_whole(doc.text, found, {base for base in bases if len(base.split()) >= 2})
    firsts = {base.split()[0] for base in bases if len(base.split()[0]) > 2 and base.split()[0][0].isupper()}
    firsts = {w for w in firsts if not is_given_name(w) and lookup_place(w) is None}
    extra = []
    for token in doc:
        if token.text in firsts and not token.ent_type_ and not any(c.start <= token.idx < c.end for c in found) \
                and (token.i + 1 >= len(doc) or not doc[token.i + 1].text[:1].isupper()):
            extra.append(Candidate(token.idx, token.idx + len(token.text), token.text, "ORG"))
    return sorted(found + extra, key=lambda c: c.start) if extra else found


def _short_forms_whole(text: str, found: list[Candidate], bases: set[str]) -> list[Candidate]:
    """"Clarion Deep Metals said", which the model cut in pieces ("Clarion Deep" + "Metals"), after
    "Clarion Deep Metals Ltd": the company's name of several words, whole wherever the article writes it."""
    for base in bases:
        for m in re.finditer(rf"(?<![\w-]){re.escape(base)}(?![\w-])", text):
            inside = [c for c in found if c.start < m.end() and m.start() < c.end]
            if any(c.start < m.start() or c.end > m.end() for c in inside) \
                    or any((c.start, c.end) == m.span() for c in inside):
                continue  # a longer name holds it ("Clarion Deep Metals Ltd"), or the model found it whole
            kept = [c for c in found if c not in inside]
            found = sorted([*kept, Candidate(m.start(), m.end(), base, "ORG")], key=lambda c: c.start)
    return found
