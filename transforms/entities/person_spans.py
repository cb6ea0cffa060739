"""A person's name whole where the model cut it or ran it into another: the given name it left out
("Oleksandr" + "Prokudin, head of the administration,"), and the person closing a body's name ("Friends
of the Earth Scotland Maria Lopez said")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from transforms.entities.candidates import Candidate, looks_like_person, relabel
from transforms.entities.names import is_given_name, is_particle, is_person_noun, is_title
from transforms.entities.outlets import FAR_TOWN_POPULATION, SOURCE_VERBS
from transforms.lexicon.entities import PERSON_NOUNS


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
        speaks = after is not None and (after.text == "," or after.lemma_.lower() in SOURCE_VERBS)
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
            while end < len(doc) and end - span.end < 2 and _untagged_name_word(doc[end]):
                end += 1
            if end > span.end and not is_given_name(doc[end - 1].text):
                end_char = doc[end - 1].idx + len(doc[end - 1].text)
                cand = Candidate(cand.start, end_char, doc.text[cand.start : end_char], "PERSON")
        if span is not None and len(span) == 1 and cand.label == "PERSON" and span.start > 0 \
                and len(cand.text.split()) == 1:
            before = doc[span.start - 1]
            if _untagged_name_word(before) and is_given_name(before.text) and (not before.is_sent_start or _introduced(span)):
                # "... Council Amira" + "Haddad", "Enver | Solomon, the chief executive of ...": the model
                # left the given name outside the person.
                cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        if span is not None and cand.label in {"PERSON", "ORG"} and cand.place is None \
                and len(cand.text.split()) == 1 and span.start > 1 and _untagged_name_word(doc[span.start - 1]) \
                and is_title(doc[span.start - 2].text) and doc[span.start - 2].text[:1].isupper():
            # "Dr Sione" + "Tupou-Havili": a title before a word and a name opens a person's name in full,
            # whatever list of given names knows the word
            before = doc[span.start - 1]
            cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        elif span is not None and len(span) == 1 and cand.label in {"ORG", "GPE"} and span.start > 0 \
                and len(cand.text.split()) == 1 and (cand.place is None or (
                    cand.place.kind == "city" and cand.place.population < FAR_TOWN_POPULATION)):
            before = doc[span.start - 1]
            if not before.ent_type_ and before.dep_ in {"compound", "nmod"} and before.head.i == span.root.i \
                    and re.match(r"^[A-Z][a-z'’-]+$", before.text) and is_given_name(before.text):
                # "Field Marshal Asim" + "Munir" (a town), "Shabana" + "Mahmood" (a body): a given name the
                # parse joins to the name makes it a person's.
                cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        out.append(cand)
    return out


def _untagged_name_word(token) -> bool:
    """A capitalised word the model left outside every name and tagged a proper noun."""
    return not token.ent_type_ and token.pos_ == "PROPN" and re.match(r"^[A-Z][a-z'’-]+$", token.text) is not None


def _introduced(span: Span) -> bool:
    """Whether a name is followed by its role in apposition ("Solomon, the chief executive of"): a person
    introduced, so a given name opening the sentence before it is part of the name."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    after = doc[span.end + 1]
    # "Solomon, the chief executive of", "Prokudin, head of the administration,", "Haddad, who leads"
    return doc[span.end].text == "," and (after.lower_ in {"the", "a", "an", "who"} or (
        after.pos_ == "NOUN" and (is_person_noun(after.lemma_) or after.lemma_.lower() in PERSON_NOUNS)))
