"""Names the model runs together in a list, and a shop's name it cuts at its "'s".

A list of companies ("supplies Tesco, Marks & Spencer and Sainsbury's", "Goldman Sachs and Evercore are
advising") comes out of the small model as one organisation, and the "'s" that ends a shop's or a firm's
name ("Sainsbury's", "McDonald's") is read as a possessive and cut off. A comma or an "and" between two
capitalised names is a list unless the names share a body's head word ("the Science and Technology
Committee") or the second is what the first is "of" ("Department of Health and Social Care"); "&" joins
one name ("Marks & Spencer"). An "'s" that no noun follows is part of the name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.doc_index import doc_index
from transforms.entities.candidates import ORG_WORDS, Candidate, relabel
from transforms.entities.names import seldom_in_english
from transforms.gazetteer import FAR_TOWN_POPULATION
from transforms.lexicon.entities import BUSINESS_HEADS, LAW_HEADS

_LIST_JOINT = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_NAME_PART = re.compile(r"^[A-Z][\w.'’&-]*(?:\s+(?:&\s+)?[A-Z][\w.'’&-]*)*$")
_HEADS = ORG_WORDS | BUSINESS_HEADS | LAW_HEADS
# What follows a name's own "'s": the end of a clause, a list's joint or a verb, no noun the name owns.
_NO_POSSESSED = frozenset({"PUNCT", "CCONJ", "VERB", "AUX", "ADP", "PART"})


def listed_names(cands: list[Candidate]) -> list[Candidate]:
    """Organisations the model read as one name that are a list of several (see the module)."""
    out: list[Candidate] = []
    for cand in cands:
        parts = _parts(cand)
        if len(parts) < 2:
            out.append(cand)
            continue
        listed = [replace(cand, start=cand.start + start, end=cand.start + end, text=cand.text[start:end])
                  for start, end in parts]
        # "Ingushetia, Ali-Bek Tsechoyev" read as one body: a region and its head are no bodies (a list of
        # bodies alone keeps its label: "the schools Santo Spirito and Immacolata")
        reads = [relabel(part) for part in listed]
        regions = any(read.place is not None and read.place.kind != "city" for read in reads)
        out += [read if regions and (read.label == "PERSON" or read.place is not None) else part
                for part, read in zip(listed, reads, strict=True)]
    return out


def _parts(cand: Candidate) -> list[tuple[int, int]]:
    if cand.label != "ORG" or not _LIST_JOINT.search(cand.text) or " of " in f" {cand.text} ":
        return []
    parts, at = [], 0
    for joint in _LIST_JOINT.finditer(cand.text):
        parts.append((at, joint.start()))
        at = joint.end()
    parts.append((at, len(cand.text)))
    names = [cand.text[a:b] for a, b in parts]
    if not all(_NAME_PART.match(name) for name in names):
        return []
    # "the Science and Technology Committee", "the National Security and Investment Act": the last part's
    # head word is every part's
    if names[-1].split()[-1].lower() in _HEADS and not any(n.split()[-1].lower() in _HEADS for n in names[:-1]):
        return []
    # "Law and Justice", "The Globe and Mail": a name of common words joined by "and" is one name
    if any(len(n.split()) == 1 and not seldom_in_english(n) for n in names):
        return []
    return parts


def possessive_brands(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A body's name with the "'s" the model cut off where nothing it owns follows: "Sainsbury's said",
    "... Marks & Spencer and Sainsbury's." (a person's "'s" stays a possessive, and so does a country's)."""
    text = doc_index(doc).text
    out = []
    for cand in cands:
        mark = doc.char_span(cand.end, cand.end + 2) if text[cand.end : cand.end + 2] in {"'s", "’s"} else None
        owned = doc[mark.end] if mark is not None and mark.end < len(doc) else None
        # (a quote's opening mark opens what the name owns: Cairo's "full backing"; a big city owns, it is no shop)
        if owned is not None and cand.label in {"ORG", "GPE"} and (cand.place is None or (
                cand.place.kind == "city" and cand.place.population < FAR_TOWN_POPULATION)) \
                and owned.pos_ in _NO_POSSESSED and not owned.is_space and not _opens_a_quote(owned):
            cand = replace(cand, end=cand.end + 2, text=text[cand.start : cand.end + 2], label="ORG", place=None)
        out.append(cand)
    return out


def _opens_a_quote(token: Token) -> bool:
    """A quote mark with the quoted words right after it."""
    return token.is_quote and not token.whitespace_ and token.i + 1 < len(token.doc) and not token.nbor().is_punct
