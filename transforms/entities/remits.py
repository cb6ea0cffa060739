"""A body's name the model cut before its remit or the country it serves.

Centres, funds, missions and offices are named for what they are for and where they work: "the Centre
for Policy Studies", "the Fund to Fight Hunger, Malaria and Polio", "the UN Support Mission in Libya",
"the Centre for Human Rights in Africa". The model often stops at the head noun. After "for" or "to" a
run of capitalised words is the rest of the name; after "in", only a country or a world region is (a
city after "in" says where the body sits: "the Centre for Policy Studies in Lagos").
"""

from __future__ import annotations

import re

from transforms.entities.candidates import Candidate
from transforms.entities.span_repairs import whole_body
from transforms.gazetteer import is_world_region, lookup_place

# Head nouns of bodies named by a remit or a country served.
_REMIT_HEADS = frozenset({
    "centre", "center", "institute", "fund", "headquarters", "mission", "office", "embassy", "programme",
    "program", "initiative", "observatory", "delegation", "forum",
})
# Bodies that serve a country: "the UN Mission in South Sudan", "the Embassy in Fiji".
_COUNTRY_HEADS = frozenset({"mission", "office", "embassy", "delegation", "centre", "center", "institute"})
_CAP = r"[A-Z][\w'’&-]*"
_RUN = rf"{_CAP}(?:[ \t]+(?:(?:and|of|the|for|on|&)[ \t]+)*{_CAP})*"
# A list inside a remit needs its closing "and": "AIDS, Tuberculosis and Malaria" (", Lagos" is no part).
_REMIT = re.compile(rf"[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?(?:{_RUN}(?:,[ \t]+{_RUN})*,?[ \t]+and[ \t]+{_RUN}|{_RUN})")
_REMIT_INSIDE = re.compile(rf"(?i:\b(?:{'|'.join(sorted(_REMIT_HEADS))}))[ \t]+(?:for|to)[ \t]+[A-Z]")
_SERVED = re.compile(rf"[ \t]+in[ \t]+(?:the[ \t]+)?(?P<place>{_CAP}(?:[ \t]+{_CAP}){{0,2}})")


def remits_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with each body's name run on through its remit and the country it serves, the pieces
    found inside the longer name dropped. A centre the model read as a building is a body when a remit
    names it ("the Centre for Security Studies")."""
    out = list(cands)
    for cand in cands:
        words = cand.text.split()
        # the model may stop after the remit's preposition: "the X Center for" + "Marine Toxins"
        cut = len(words) >= 3 and words[-1] in {"for", "to"}
        head = words[-2 if cut else -1].lower()
        remit_inside = _REMIT_INSIDE.search(cand.text) is not None
        if cand.label not in {"ORG", "FAC"} or not (head in _REMIT_HEADS or remit_inside) or cand not in out:
            continue
        end = cand.end - len(words[-1]) - 1 if cut else cand.end
        if head in _REMIT_HEADS and (remit := _REMIT.match(text, end)) is not None:
            end = remit.end()
        remitted = remit_inside or end > cand.end
        if cut and not remitted:
            continue
        if head in _COUNTRY_HEADS or remitted:
            served = _SERVED.match(text, end)
            if served is not None and _a_country_or_region(served.group("place")):
                end = served.end()
        if any(c.start < end < c.end for c in out):
            continue  # the run would cut another name
        if cand.label == "FAC" and not remitted:
            continue  # "the Press Centre in Kyiv": a building where something happens
        inside = [c for c in out if cand.start <= c.start and c.end <= end]
        whole = Candidate(cand.start, end, text[cand.start : end], "ORG")
        if whole != cand:
            out = whole_body(out, inside, whole)
    return out


def _a_country_or_region(name: str) -> bool:
    place = lookup_place(name)
    return (place is not None and place.kind == "country") or is_world_region(name)
