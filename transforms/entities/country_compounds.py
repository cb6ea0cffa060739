"""Organisations whose names hold a country's: "UK Biobank", "Cancer Research UK", "Reform UK", and
a body's branch in a country, "Amnesty International Indonesia", "Example Bank Zambia".

The model tags the country alone and leaves the other words untagged, so the article gains a
country it never spoke of and loses the organisation. The parse still joins the words: the
country is a compound of the name's head, or the head the other words are compounds of.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.entities.candidates import ORG_WORDS, Candidate
from transforms.entities.names import is_person_noun, is_title
from transforms.lexicon.entities import BUSINESS_HEADS, INSTITUTION_HEADS


def _name_word(token: Token) -> bool:
    """A capitalised proper noun the model left outside every name, and no office ("Prime Minister")."""
    return token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper() and token.text.isalpha() \
        and not is_title(token.text) and not is_person_noun(token.text)


def country_compounds(doc: Doc, found: list[Candidate]) -> list[Candidate]:
    """`found` with each country written inside an organisation's name replaced by that name."""
    out = []
    for cand in found:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label != "GPE" or cand.place is None or cand.place.kind != "country" or span is None or len(span) != 1:
            out.append(cand)
            continue
        country = span[0]
        start, end = country.i, country.i + 1
        while end < len(doc) and _name_word(doc[end]) and country.head.i >= end and country.dep_ == "compound":
            end += 1  # "UK Biobank": the country qualifies the words after it
        if end == country.i + 1:
            while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i >= country.i:
                start -= 1  # "Cancer Research UK": words before it qualify the country as a name's head
            if start == country.i and country.dep_ == "compound" and _a_capitalised_noun_of(doc, country):
                start -= 1  # "Reform UK leader ...": the tagger took the name's first word for a common noun
            if start == country.i and country.dep_ != "compound" and (branch := _body_before(doc, country)) is not None:
                start = branch  # "Amnesty International Indonesia said": the body's branch in the country
        if (start, end) == (country.i, country.i + 1):
            out.append(cand)
            continue
        start_char, end_char = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        out = [c for c in out if not (start_char <= c.start and c.end <= cand.start)]
        out.append(Candidate(start_char, end_char, doc.text[start_char:end_char], "ORG"))
    return out


def _a_capitalised_noun_of(doc: Doc, country: Token) -> bool:
    """Whether a capitalised common noun right before a country qualifies it or the same head, inside a
    sentence or opening one ("Reform UK chairman ...", "Reform UK leader ...")."""
    if country.i == 0:
        return False
    before = doc[country.i - 1]
    return before.pos_ == "NOUN" and before.dep_ == "compound" and before.text[:1].isupper() and before.text.isalpha() \
        and before.head.i in {country.i, country.head.i} and not is_title(before.text) and not is_person_noun(before.text) \
        and before.lower_ not in ORG_WORDS


_BODY_LAST_WORDS = ORG_WORDS | INSTITUTION_HEADS | BUSINESS_HEADS | {"international"}


def _body_before(doc: Doc, country: Token) -> int | None:
    """Where a body's name tagged by the model starts, when it stands right before the country as the
    country's compound and ends in a word of bodies ("International", "Bank", "Foundation")."""
    before = doc[country.i - 1] if country.i > 0 else None
    if before is None or before.ent_type_ != "ORG" or before.dep_ != "compound" or before.head.i != country.i \
            or before.lower_ not in _BODY_LAST_WORDS:
        return None
    start = before.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
        start -= 1
    return start
