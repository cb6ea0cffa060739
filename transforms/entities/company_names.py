"""A company's short forms: its name without legal form and trade words ("Brightwater" of "Brightwater
Freight Inc."), or its coined first word ("Tillvik" of "Tillvik Sjøfart"), joined to it within an article."""

from __future__ import annotations

import re

from transforms.entities.candidates import ORG_WORDS, Candidate, titled
from transforms.entities.grouping import Groups
from transforms.entities.names import company_base, is_given_name, org_key, person_parts, seldom_in_english
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import BUSINESS_HEADS

# Towns smaller than this give way to a company of the article that bears their name.
_MIN_TOWN_OVER_COMPANY = 100_000
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|outside|into)\s+$")


def join_company_short_forms(text: str, cands: list[Candidate], groups: Groups) -> None:
    """A company's name without its legal form and trailing words joins it: "Brightwater" and "Brightwater
    Freight" join "Brightwater Freight Inc.", "Halvorsen" (typed a person) joins "Halvorsen Logistics ASA",
    when exactly one company of the article opens with it and no person the article names in full bears it;
    so does a small town's name where nothing is in it ("Maplewood said")."""
    # Each company under its name without legal form and trade words, so that "Maplewood Robotics Inc." and
    # "Maplewood Robotics" are one host of "Maplewood"; a short form matches the opening of either.
    companies: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    coined: set[str] = set()  # a company known by its coined word alone, which no place's name joins
    for j, c in enumerate(cands):
        if c.label == "ORG" and (base := company_base(c.text) or (c.text if _trade_base(c.text) else None)):
            stem = org_key(_trade_base(base) or base)
            companies.setdefault(stem, []).append((tuple(org_key(base).split()), j))
    hosted_already = {k for hosted in companies.values() for _, k in hosted}
    for j, c in enumerate(cands):
        # (a coined name the article also gives with its legal form, "X Infotech Ltd", is that company's)
        if c.label == "ORG" and j not in hosted_already and _coined_name(c.text) \
                and not any(stem.split()[0] == org_key(c.text).split()[0] for stem in companies if stem not in coined):
            coined.add(stem := org_key(c.text))
            companies.setdefault(stem, []).append((tuple(stem.split()), j))
    if not companies:
        return
    members = {j for hosted in companies.values() for _, j in hosted}
    surnames = {person_parts(c.text)[1].lower() for c in cands if c.label == "PERSON" and person_parts(c.text)[0]}
    # A full name never titled ("Mr", "Chief Executive") that a company's name opens with is the company's:
    # "Harlan Brooks" of "Harlan Brooks Technologies Inc."
    titled_names = {c.text for c in cands if c.label == "PERSON" and titled(text, c)}
    for i, c in enumerate(cands):
        words = tuple(org_key(c.text).split())
        # A town with no gazetteer entry or a small one: "Pellham shares" beside "Pellham Aerospace".
        small_town = c.label == "GPE" and (c.place is None or (c.place.kind == "city"
                                           and c.place.population < _MIN_TOWN_OVER_COMPANY)) \
            and not _LOCATIVE_BEFORE.search(text, max(0, c.start - 12), c.start)
        if (c.label not in {"ORG", "PERSON"} and not small_town) or not words or i in members or \
                (c.label == "PERSON" and (words[0] in surnames if len(words) == 1 else c.text in titled_names)):
            continue
        hosts = [hosted for stem, hosted in companies.items() if any(base[: len(words)] == words for base, _ in hosted)
                 and not (small_town and stem in coined)]
        if c.label == "PERSON" and len(words) > 1 and not any(
                len(base) > len(words) and base[: len(words)] == words for hosted in hosts for base, _ in hosted):
            continue  # a full name joins only a longer company name it opens
        if len(hosts) == 1 and _one_company(hosts[0]):
            cands[i] = Candidate(c.start, c.end, c.text, "ORG")
            for _, j in hosts[0]:
                groups.union(j, i)
    for hosted in companies.values():
        if _one_company(hosted):
            for _, j in hosted[1:]:
                groups.union(hosted[0][1], j)


def _coined_name(text: str) -> bool:
    """Whether a body's name has two or three words, opened by a word English does not write and no place or
    person bears ("Vorna Kraft", "Tillvik Sjøfart"): a company's, which the story goes on calling by that word."""
    words = text.split()
    return 2 <= len(words) <= 3 and words[0][:1].isupper() and not words[0].isupper() \
        and seldom_in_english(words[0]) and not is_given_name(words[0]) and lookup_place(words[0]) is None \
        and not any(w.lower() in ORG_WORDS for w in words)


def _one_company(hosted: list[tuple[tuple[str, ...], int]]) -> bool:
    """Whether the names of a stem are one company's ("Maplewood Robotics Inc.", "Maplewood Robotics"),
    each the opening of the longest, not two ("Tata Motors", "Tata Steel")."""
    longest = max((base for base, _ in hosted), key=len)
    return all(longest[: len(base)] == base for base, _ in hosted)


def _trade_base(text: str) -> str | None:
    """A company's name without the trade words that close it: "Brixby Aerospace" -> "Brixby", "Halden
    Power Systems" -> "Halden"; None when no such word closes it or nothing would be left."""
    words = text.split()
    n = len(words)
    while n > 1 and words[n - 1].lower() in BUSINESS_HEADS:
        n -= 1
    return " ".join(words[:n]) if 0 < n < len(words) else None
