"""A body's name the model cut before its remit or the country it serves.

Centres, funds, missions and offices are named for what they are for and where they work: "the Centre
for Policy Studies", "the Fund to Fight Hunger, Malaria and Polio", "the UN Support Mission in Libya",
"the Centre for Human Rights in Africa". The model often stops at the head noun. After "for" or "to" a
run of capitalised words is the rest of the name; after "in", only a country or a world region is (a
city after "in" says where the body sits: "the Centre for Policy Studies in Lagos"), save for a state's
missions abroad, named by their host city too ("the US Embassy in Dakar").
"""

from __future__ import annotations

import re

from transforms.entities.candidates import Candidate
from transforms.entities.span_repairs import whole_body
from transforms.gazetteer import is_world_region, lookup_place

# Head nouns of bodies named by a remit or a country served.
_REMIT_HEADS = frozenset({
    "centre", "center", "institute", "fund", "headquarters", "mission", "office", "embassy", "programme",
    "program", "initiative", "observatory", "delegation", "forum", "agency", "authority", "bureau", "directorate",
})
# Bodies that serve a country: "the UN Mission in South Sudan", "the Embassy in Fiji".
_COUNTRY_HEADS = frozenset({"mission", "office", "embassy", "delegation", "centre", "center", "institute"})
# A state's missions abroad are named by where they sit, a city as well as a country: "the US Embassy in
# Dakar", "the Indian High Commission in Nairobi".
_DIPLOMATIC_HEADS = frozenset({"embassy", "consulate", "consulate-general", "high commission"})
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
        diplomatic = head in _DIPLOMATIC_HEADS or " ".join(words[-2:]).lower() in _DIPLOMATIC_HEADS
        if cand.label not in {"ORG", "FAC"} or cand not in out or not (head in _REMIT_HEADS or remit_inside or diplomatic):
            continue
        end = cand.end - len(words[-1]) - 1 if cut else cand.end
        if head in _REMIT_HEADS and (remit := _REMIT.match(text, end)) is not None:
            end = remit.end()
        elif remit_inside and (inside_remit := _REMIT_INSIDE.search(cand.text)) is not None \
                and (remit := _REMIT.match(text, cand.start + inside_remit.start() + len(inside_remit.group().split()[0]))) \
                and remit.end() > end:
            end = remit.end()  # "the Office for Reintegration" + "and Dialogue": the remit runs on
        remitted = remit_inside or end > cand.end
        if cut and not remitted:
            continue
        if head in _COUNTRY_HEADS or remitted or diplomatic:
            served = _SERVED.match(text, end)
            if served is not None and (_a_country_or_region(served.group("place"))
                                       or (diplomatic and lookup_place(served.group("place")) is not None)):
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


# A body's head noun the model left untagged, after "the" or a possessive, with its remit: "Serbia's Office
# for Kosovo and Metohija", "the Agency for Roads and Bridges".
_UNTAGGED_HEAD = re.compile(rf"(?:\bthe|['’]s?)[ \t]+(?P<head>{'|'.join(sorted(h.capitalize() for h in _REMIT_HEADS))})"
                            r"(?=[ \t]+(?:for|to)[ \t]+(?:the[ \t]+)?[A-Z])")


def untagged_remit_bodies(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with the head noun of a body named by its remit added where the model tagged nothing of it
    (it may have tagged a word of the remit alone, as a person or a place): `remits_whole` runs it on."""
    extra = [Candidate(m.start("head"), m.end("head"), m.group("head"), "ORG") for m in _UNTAGGED_HEAD.finditer(text)
             if not any(c.start < m.end("head") and m.start("head") < c.end for c in cands)]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _a_country_or_region(name: str) -> bool:
    place = lookup_place(name)
    return (place is not None and place.kind == "country") or is_world_region(name)


_MISSION_OF_A_STATE = re.compile(
    r"\b(?:Embassy|Consulate(?:-General)?|High[ \t]+Commission)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<state>[A-Z][\w'’]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’]*){0,4})"
    r"(?:[ \t]+in[ \t]+(?P<seat>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}))?(?![\w'’])")


def missions_of_states(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A state's mission named head first, which the model leaves untagged or cuts at the state: "the
    Embassy of the Republic of Korea in Accra", "the High Commission of Canada": one body, with its seat."""
    out = list(cands)
    for m in _MISSION_OF_A_STATE.finditer(text):
        state = lookup_place(m.group("state"))
        if state is None or state.kind != "country":
            continue
        end = m.end() if m.group("seat") and lookup_place(m.group("seat")) is not None else m.end("state")
        if any(c.start < m.start() < c.end or c.start < end < c.end for c in out):
            continue  # the run would cut another name
        inside = [c for c in out if m.start() <= c.start and c.end <= end]
        out = whole_body(out, inside, Candidate(m.start(), end, text[m.start() : end], "ORG"))
    return out

