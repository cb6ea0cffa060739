"""Offices are no names: a role noun opening a sentence before a name ("Midfielder Jonas Wendt"), an
office's words before its holder ("Shadow Home" before "Secretary Yvette Marsh", "District Police
Officer (DPO) Jane Doe"), a title closing a place's or a body's span ("the Leeds East MP")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.entities.candidates import ORG_WORDS, Candidate, is_nationality, looks_like_person, relabel
from transforms.entities.names import is_given_name, is_particle, is_person_noun, is_title
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import GENERIC_INSTITUTION_WORDS, POLITICAL_FAMILIES, PORTFOLIOS, TEAM_ROLES


def people_behind_a_title_or_party(cands: list[Candidate]) -> list[Candidate]:
    """A person's name the model read as a body's with the title or party word before it: "Commissioner
    Ana Ruiz" is the person with her title; "Conservative Brent Hale" the person, without the party."""
    out = []
    for cand in cands:
        words = cand.text.split()
        rest = " ".join(words[1:])
        if cand.label in {"ORG", "GPE"} and 3 <= len(words) <= 4 and looks_like_person(rest) \
                and not any(w.lower() in ORG_WORDS for w in words[1:]):
            if is_title(words[0]) and not is_given_name(words[0]):
                cand = replace(cand, label="PERSON", place=None)
            elif words[0].lower() in POLITICAL_FAMILIES:
                start = cand.start + cand.text.index(words[1], len(words[0]))
                cand = Candidate(start, cand.end, cand.text[start - cand.start :], "PERSON")
        out.append(cand)
    return out


def strip_role_words(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Cut a capitalised role noun that opens a sentence off the name after it: "Midfielder
    Jonas Wendt" is Jonas Wendt (a known given name follows a word that is none)."""
    out = []
    for cand in cands:
        words = cand.text.split()
        token = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if cand.label == "PERSON" and len(words) >= 3 and token is not None and token[0].is_sent_start \
                and (_a_role_noun(words[0]) or is_title(words[1])) and not is_given_name(words[0]) and is_given_name(words[1]) \
                and not is_title(words[0]) and not is_particle(words[0]):
            start = token[1].idx
            cand = replace(cand, start=start, text=cand.text[start - cand.start :])
        out.append(cand)
    return out


# Agent nouns: the shape of a role word the lexicons do not list ("Striker", "Historian", "Consultant"),
# which the first word of a name from a language without them ("Aung San Suu Kyi") does not have.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person")


def _a_role_noun(word: str) -> bool:
    word = word.lower()
    return word in TEAM_ROLES or is_person_noun(word) or (len(word) > 4 and word.endswith(_AGENT_ENDINGS))


def strip_office_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An office's words are no name: "Shadow Home" (before "Secretary Yvette Marsh") goes; a title closing
    a place or a body's span is cut off it ("the Los Angeles Sheriff's office" -> Los Angeles, "the Leeds
    East MP" -> Leeds East, a constituency, a place)."""
    out = []
    people = {c.start for c in cands if c.label == "PERSON"}
    # "District Police Officer (DPO) Jane Doe": an office and its short form written before its
    # holder's name are no names, and neither is "the DPO" after
    office_spans, offices = [], set()
    for m in _OFFICE_BEFORE_NAME.finditer(text):
        if m.end() in people and is_title(m.group(2)):
            office_spans.append((m.start(), m.end()))
            offices.add(m.group(3))
    for cand in cands:
        if cand.label != "PERSON" and (cand.text in offices or any(a <= cand.start < b for a, b in office_spans)):
            continue
        words = cand.text.split()
        if cand.label == "PERSON" or not words:
            out.append(cand)
            continue
        title_after = (m := _TITLE_AFTER.match(text, cand.end)) is not None and is_title(m.group(1))
        if title_after and (all(_an_office_word(w) for w in words)
                            or words[0] == "Union" and len(words) >= 2 and all(_an_office_word(w) for w in words[1:])):
            continue  # "Shadow Home" before "Secretary ..."; India's "Union Home" before "Minister ..."
        if title_after and len(words) >= 2 and all(w.lower() in PORTFOLIOS for w in words[1:]) \
                and ((place := lookup_place(words[0])) is not None and place.kind == "country" or is_nationality(words[0])):
            # "U.S. Treasury" before "Secretary X": the country, and the office's words
            end = cand.start + len(words[0])
            out.append(relabel(replace(cand, end=end, text=text[cand.start : end], label="GPE", place=None)))
            continue
        # A name does not end on "and" or "of": "Law and Justice" keeps its title word.
        # "Civil Defence" closes a body's name: a portfolio is no office without its title after it
        if len(words) >= 2 and words[-1][:1].isupper() and (_a_lawmaker(words[-1]) or is_title(words[-1])) \
                and not any(w.lower() in ORG_WORDS for w in words) and words[-2][:1].isupper() \
                and not (words[-1].lower() in PORTFOLIOS and words[-2].lower() not in PORTFOLIOS and not title_after):
            end = cand.start + cand.text.rindex(words[-1])
            while end > cand.start and not text[end - 1].isalnum():
                end -= 1
            head = replace(cand, end=end, text=text[cand.start : end], place=None)
            if _a_lawmaker(words[-1]):
                out.append(replace(head, label="GPE", place=lookup_place(head.text)))
            else:
                out.append(relabel(head))
            continue
        out.append(cand)
    return out


# Words that make up the name of an office, not of anyone or anything: "Shadow Home Secretary".
_OFFICE_WORDS = frozenset({"shadow", "acting", "interim", "home", "foreign", "deputy", "vice", "chief", "first",
                           "principal", "junior", "senior", "assistant", "under"})
_TITLE_AFTER = re.compile(r"\s+([A-Z][a-z]+\.?)")
# An office in title case with its short form in brackets, before its holder's name: "District Police
# Officer (DPO) ".
_OFFICE_BEFORE_NAME = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,4}([A-Z][a-z]+))\s+\(([A-Z]{2,6})\)\s+")
_LAWMAKERS = frozenset({"MP", "MPs", "MLA", "MSP", "MEP", "TD", "Senator", "Congressman", "Congresswoman",
                        "Assemblyman", "Assemblywoman"})


def _an_office_word(word: str) -> bool:
    return word.lower() in _OFFICE_WORDS or word.lower() in GENERIC_INSTITUTION_WORDS or is_title(word)


def _a_lawmaker(word: str) -> bool:
    """A lawmaker's title, after the seat it is for: "the Leeds East MP"."""
    return word in _LAWMAKERS
