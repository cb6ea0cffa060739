"""Names the model cut in two, made whole: at a hyphen the tokenizer split ("Canapé" + "-Vert"), at the
"and" of a body's remit or of a place ("Jammu" + "and Kashmir"), before a surname it typed apart or left
untagged, after an abbreviation ("St." + "James Parish"), and after the capitalised word that makes a
place the gazetteer knows ("Sultan" + "Kudarat"). `span_repairs.repair_spans` runs them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.doc_index import doc_index
from transforms.entities.candidates import (
    HYPHENED_SURNAME,
    ORG_WORDS,
    PLACE_NOUN_AFTER,
    PLACE_WORDS,
    Candidate,
    is_nationality,
    looks_like_person,
)
from transforms.entities.names import is_given_name, is_title
from transforms.gazetteer import is_demonym, lookup_place
from transforms.lexicon.entities import INSTITUTION_HEADS

# The rest of a name joined by hyphens, which the tokenizer splits and the model cuts at the first hyphen:
# "Stoke" of "Stoke-on-Trent", "Maluti" of "Maluti-a-Phofung", "Canapé" of "Canapé-Vert".
_HYPHENED_REST = re.compile(r"(?:-(?:(?:on|upon|under|sur|en|le|la|les|de|di|del|e|i|al|el|ul|y|[a-z]{1,3})-)?"
                            r"[A-Z][\w'’]*)+(?![\w-])")
# The given name before the hyphen of a double given name: "Jean" of "Jean-Pierre".
_HYPHENED_GIVEN_NAME = re.compile(r"(?<![\w-])([A-Z][a-zà-ÿ]+)-$")


def hyphened_names_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A place's name whole over its hyphens where the words after them name no place or body of their
    own ("Canapé-Vert", "Marrakech-Safi"; "the Israel-Hamas war" names two, and a country opens no
    other place's name), and a person's double given name whole ("Jean-Pierre")."""
    starts = {c.start: c for c in cands}
    out: list[Candidate] = []
    joined_to = -1
    for cand in cands:
        if cand.start < joined_to:
            continue  # the rest of a name joined to the one before
        if cand.label in {"GPE", "LOC"} and (m := _HYPHENED_REST.match(text, cand.end)) is not None:
            name = text[cand.start : m.end()]
            place = lookup_place(name)
            pieces = re.findall(r"[A-Z][\w'’]*", m.group())
            alone = cand.place or lookup_place(cand.text)
            if place is not None or (alone is None or alone.kind == "city") and not any(
                    lookup_place(piece) is not None or is_nationality(piece) for piece in pieces) and not any(
                    cand.end < start < m.end() and other.label not in {"GPE", "LOC"} for start, other in starts.items()):
                cand = Candidate(cand.start, m.end(), name, cand.label, place)
                joined_to = cand.end
        elif cand.label == "PERSON" and (m := _HYPHENED_GIVEN_NAME.search(text, max(0, cand.start - 20), cand.start)) \
                and is_given_name(m.group(1)) and is_given_name(cand.text.split()[0]):
            cand = Candidate(m.start(1), cand.end, text[m.start(1) : cand.end], "PERSON")
        out.append(cand)
    return out


# The particles inside a Romance body's name: "Banco Central do Brasil", "Partido dos Trabalhadores".
_ROMANCE_PARTICLES = r"\s+(?:do|da|dos|das|de|del|della|di|du|des)\s+"
_ROMANCE_PARTICLE = re.compile(_ROMANCE_PARTICLES)
# Bodies named by what they look after: "the Finance and Budget Committee".
_REMIT_HEADS = frozenset({"committee", "subcommittee", "commission", "ministry", "department"})


def bodies_joined(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One body's name the model cut in two: at a slash between acronyms ("CDU/CSU"), at the "and" of
    a committee's remit ("the Foreign Affairs and Defense Committee") or of what a body is for ("the
    Institute for Snow" + "and Avalanche Research"), and one place the gazetteer knows cut at its "and"
    ("Jammu" + "and Kashmir", "Trinidad" + "and Tobago"), a Romance body's name cut at its particle
    ("Banco Central" + "do Brasil") and a ministry's cut between its portfolios ("the Ministry of Foreign
    Affairs" + "and External Trade", or "and Mines" left untagged)."""
    out: list[Candidate] = []
    for cand in cands:
        last = out[-1] if out else None
        between = text[last.end : cand.start] if last is not None else ""
        if last is not None and {last.label, cand.label} <= {"ORG", "FAC"}:
            words = last.text.split()
            both = last.label == cand.label == "ORG"
            acronyms = both and between == "/" and last.text.isupper() and cand.text.isupper()
            remit = both and between == " and " and len(words) >= 2 and not any(w.lower() in ORG_WORDS for w in words) \
                and cand.text.split()[-1].lower() in _REMIT_HEADS
            purpose = between == " and " and len(words) >= 3 and words[-2] in {"for", "of", "on"} \
                and len(cand.text.split()) >= 2 and cand.text[:1].isupper() and not cand.text.split()[0].isupper() \
                and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in cand.text.split())
            portfolio = both and between == " and " and _a_ministry_of(words) and 2 <= len(cand.text.split()) <= 3 \
                and all(w[:1].isupper() and not w.isupper() for w in cand.text.split()) \
                and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in cand.text.split()) \
                and lookup_place(cand.text) is None and not is_given_name(cand.text.split()[0])
            if acronyms or remit or purpose or portfolio:
                out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "ORG")
                continue
        if last is not None and last.label == "ORG" and _ROMANCE_PARTICLE.fullmatch(between) \
                and last.text.split()[0].lower() in INSTITUTION_HEADS \
                and cand.label in {"ORG", "GPE", "PERSON"} and cand.text[:1].isupper():
            # "Banco Central" + "do Brasil": a Romance body's name goes on past its particle
            out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "ORG")
            continue
        if last is not None and between == " and " and {last.label, cand.label} <= {"GPE", "LOC"} \
                and (place := lookup_place(text[last.start : cand.end])) is not None and place.kind != "city":
            out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "GPE", place)
            continue
        out.append(cand)
    return portfolios_whole(text, [_romance_name_whole(text, c, out) for c in out])


def portfolios_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Ministries with the portfolio the model left untagged after them (see `_portfolio_whole`)."""
    return [_portfolio_whole(text, c, cands) for c in cands]


# The head of a ministry named by its portfolios: "the Ministry of Foreign Affairs" + "and External Trade".
_MINISTRY_HEADS = frozenset({"ministry", "department", "secretariat"})


def _a_ministry_of(words: list[str]) -> bool:
    return "of" in words and any(w.lower() in _MINISTRY_HEADS for w in words[: words.index("of")])


# The second portfolio of a ministry, which the model left untagged: "the Ministry of Energy" + "and Mines visited".
_PORTFOLIO_AFTER_OF = re.compile(r" of ([A-Z][a-z][\w'’-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z][\w'’-]*){0,3})(?![\w'’-]|[ \t]+[A-Z])")
_PORTFOLIO = r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2}"
# (or the list of them: "the Ministry of Agriculture" + ", Fisheries and the Environment")
_PORTFOLIO_REST = re.compile(rf"((?:,[ \t]+{_PORTFOLIO})*,?[ \t]+and[ \t]+(?:the[ \t]+)?{_PORTFOLIO})(?![\w'’-]|[ \t]+[A-Z])")


def _portfolio_whole(text: str, cand: Candidate, cands: list[Candidate]) -> Candidate:
    """"the Ministry of Energy" + "and Mines" where no other name follows the "and"; "the Kordofan State
    Ministry" + "of Education"."""
    words = cand.text.split()
    m = None
    if cand.label == "ORG" and _a_ministry_of(words):
        m = _PORTFOLIO_REST.match(text, cand.end)
    elif cand.label == "ORG" and len(words) >= 2 and words[-1].lower() in _MINISTRY_HEADS:
        m = _PORTFOLIO_AFTER_OF.match(text, cand.end)
    if m is None or any(cand.end < c.start < m.end() for c in cands):
        return cand
    rest = [w for w in m.group(1).replace(",", " ").split() if w not in {"and", "the"}]
    if any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in rest) or lookup_place(" ".join(rest)) is not None \
            or is_given_name(rest[0]):
        return cand
    return Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")


_ROMANCE_REST = re.compile(_ROMANCE_PARTICLES + r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}")


def _romance_name_whole(text: str, cand: Candidate, cands: list[Candidate]) -> Candidate:
    """"Banco Central" + "do Brasil" where the model left the rest untagged; "Universidad" + "Mayor de San
    Andrés", the head alone read as a place."""
    head = cand.text.split()[0]
    if head.lower() in _ROMANCE_HEADS and cand.label != "ORG" and len(cand.text.split()) == 1 \
            and (m := _ROMANCE_RUN.match(text, cand.end)) is not None \
            and not any(cand.end < c.start < m.end() and c.label == "PERSON" for c in cands):
        return Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")
    if cand.label != "ORG" or head.lower() not in INSTITUTION_HEADS \
            or (m := _ROMANCE_REST.match(text, cand.end)) is None \
            or any(cand.end < c.start < m.end() for c in cands):
        return cand
    return Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")


# Heads of institutions in the Romance languages, which name no place or person: "Universidad Mayor de
# San Andrés", "Instituto Nacional de Salud".
_ROMANCE_HEADS = frozenset({"universidad", "universidade", "université", "universitat", "università", "instituto",
                            "istituto", "institut", "banco", "banca", "banque", "ministerio", "ministério", "ministère",
                            "fundación", "fundação", "fondation", "fondazione", "hospital", "hôpital", "colegio",
                            "consejo", "conselho", "tribunal", "secretaría", "secretaria", "corte", "procuraduría"})
_ROMANCE_RUN = re.compile(r"(?:[ \t]+[A-Z][\w'’-]+)*" + _ROMANCE_PARTICLES + r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}")


def surnames_joined(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A person's name the model cut before a surname it typed apart ("Alix Didier" + "Fils-Aimé"): the
    parse makes the two one noun phrase, and the second is one word that is no place."""
    text = doc_index(doc).text
    out: list[Candidate] = []
    for cand in cands:
        last = out[-1] if out else None
        if last is not None and last.label == "PERSON" and cand.label in {"ORG", "GPE", "NORP"} \
                and text[last.end : cand.start] == " " and len(cand.text.split()) == 1 \
                and cand.text[:1].isupper() and not cand.text.isupper() and lookup_place(cand.text) is None:
            first = doc.char_span(last.start, last.end, alignment_mode="expand")
            second = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if first is not None and second is not None and first.root.head.i in range(second.start, second.end) \
                    and first.root.dep_ == "compound":
                out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "PERSON")
                continue
        if last is not None and last.label == cand.label == "PERSON" and len(cand.text.split()) == 1 \
                and (middle := _MIDDLE_NAME.fullmatch(text, last.end, cand.start)) is not None \
                and lookup_place(middle.group(1)) is None:
            # "Jean-Claude" + "Mbuyi" + "Kalala": two pieces of one name with an untagged word between them,
            # all one noun phrase
            first = doc.char_span(last.start, last.end, alignment_mode="expand")
            second = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if first is not None and second is not None and first.root.dep_ == "compound" \
                    and first.root.head.i in range(first.end, second.end):
                out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "PERSON")
                continue
        if last is not None and last.label != "PERSON" and cand.label != "PERSON" \
                and text[last.end : cand.start] == " " and len(last.text.split()) == len(cand.text.split()) == 1 \
                and is_given_name(last.text) and lookup_place(cand.text) is None \
                and looks_like_person(f"{last.text} {cand.text}") and _INTRODUCED_AFTER.match(text, cand.end):
            # "Hanna" + "Ostapenko", read as a town and a body, before ", 46, a pharmacist" or "said": a person
            out[-1] = Candidate(last.start, cand.end, text[last.start : cand.end], "PERSON")
            continue
        out.append(cand)
    return [_untagged_surname_joined(doc, c) if c.label == "PERSON" else c for c in out]


# What follows a person's name the first time: an age, a role in apposition, a speech verb.
_INTRODUCED_AFTER = re.compile(r",\s*(?:\d{1,3},|an?\s|the\s)|\s+(?:said|says|told)\b")


_MIDDLE_NAME = re.compile(r" ([A-Z][a-z]+) ")


def _untagged_surname_joined(doc: Doc, cand: Candidate) -> Candidate:
    """A person's name the model cut before a second surname it left untagged ("Omar García" +
    "Harfuch met"): the name is a compound of the word after it, a proper noun that names nothing else."""
    text = doc_index(doc).text
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return cand
    if (m := HYPHENED_SURNAME.match(text, cand.end)) is not None and (
            span.end + 1 >= len(doc) or doc[span.end + 1].ent_iob_ != "B" or (
                (span.end + 2 >= len(doc) or doc[span.end + 2].ent_iob_ != "I")
                and lookup_place(doc[span.end + 1].text) is None)):
        # "Megan O'Donnell" + "-Park": the tokenizer split a double-barrelled surname at its hyphen (a
        # surname the model tagged alone, "Fontenot" + "-" + "Hayes", is no other name)
        return Candidate(cand.start, m.end(), text[cand.start : m.end()], "PERSON")
    after = doc[span.end]
    if span[-1].dep_ == "compound" and span[-1].head.i == after.i and after.pos_ == "PROPN" and after.is_title \
            and after.is_alpha and not after.ent_type_ and after.lower_ not in ORG_WORDS and not is_title(after.text) \
            and lookup_place(after.text) is None and text[cand.end : after.idx] == " ":
        return Candidate(cand.start, after.idx + len(after), text[cand.start : after.idx + len(after)], "PERSON")
    return cand


# A name opened by an abbreviation ("St. James Parish", "Mt. Hood", "Ft. Worth"), which the model
# often cuts after the abbreviation or tags in pieces.
_OPENED_BY_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt|Ft)\.?(?:[ \t]+[A-Z][\w'’-]*){1,3}")


def saints_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a name opened by "St." or "Mt." that the model cut or tagged in pieces whole again: a
    place where the gazetteer knows it or its last word is a place's, a body's where that is ("St. Anne's
    Hospital"), else the label of its longest piece, a person's aside ("James Parish" has a surname's shape)."""
    out = list(cands)
    for m in _OPENED_BY_ABBREVIATION.finditer(text):
        abbreviation_end = m.start() + len(m.group().split()[0].rstrip("."))
        pieces = [c for c in out if c.start < m.end() and m.start() < c.end]
        # a place name the abbreviation stands inside, cut after it: "Sault Ste" + "Marie"
        start = min((c.start for c in pieces if c.start < m.start() and c.end == abbreviation_end
                     and (c.label in {"GPE", "LOC"} or lookup_place(text[c.start : m.end()]))), default=m.start())
        if not pieces or any(c.start < start or c.end > m.end() for c in pieces) \
                or (len(pieces) == 1 and pieces[0].start == start and pieces[0].end == m.end()):
            continue  # no piece tagged, one inside a longer name ("Richard St. John"), or already whole
        name = text[start : m.end()]
        place = lookup_place(name)
        last = name.split()[-1].lower()
        longest = max(pieces, key=lambda c: c.end - c.start).label
        label = "GPE" if place is not None or last in PLACE_WORDS | {"parish", "island", "islands"} else (
            "ORG" if last in ORG_WORDS else longest if longest != "PERSON" else "GPE")
        out = sorted([c for c in out if c not in pieces] + [Candidate(start, m.end(), name, label, place)],
                     key=lambda c: c.start)
    return out


# A capitalised word right before a name.
_CAPITALISED_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)[ \t]+$")


def known_places_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with a place's name whole again where the capitalised word before it makes a place the
    gazetteer knows: "Kudarat" tagged alone in "Sultan Kudarat", "Santos" in "General Santos" (the model
    reads the first word as a title)."""
    out: list[Candidate] = []
    for cand in cands:
        m = _CAPITALISED_WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
        place = None
        if m is not None and cand.label in {"GPE", "LOC"}:
            place = lookup_place(f"{m.group(1)} {cand.text}")
            alone = lookup_place(cand.text)
            if place is not None and alone is not None and alone.place_id == place.place_id:
                place = None  # "The Hague", "the Geneva talks": the word before adds nothing
        if place is None:
            out.append(cand)
            continue
        while out and out[-1].end > m.start(1):
            out.pop()  # the word before, tagged alone
        out.append(Candidate(m.start(1), cand.end, text[m.start(1) : cand.end], "GPE", place))
    return out


# What joins two names into one place's: "Trinidad and Tobago", "Port of Spain", "Sistan and Baluchestan".
_PLACE_JOINTS = frozenset({" and ", " of ", " & "})


def joined_places_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two names joined by "and" or "of" that together name a place the gazetteer knows, which the model
    tagged apart ("Port" + "Spain", "Sistan" read as a person + "Baluchestan"): the one place."""
    out: list[Candidate] = []
    for cand in cands:
        before = out[-1] if out else None
        if before is not None and text[before.end : cand.start] in _PLACE_JOINTS \
                and {before.label, cand.label} <= {"GPE", "LOC", "PERSON", "ORG", "FAC"} \
                and (place := lookup_place(text[before.start : cand.end])) is not None:
            out[-1] = Candidate(before.start, cand.end, text[before.start : cand.end], "GPE", place)
            continue
        out.append(cand)
    return out


# Names joined by the Persian and Urdu izafe or the Arabic article between hyphens, which the model cuts,
# drops or reads as a person's: "Jaish-e-Adl", "Hizb-ut-Tahrir", "Pul-e-Khumri". What such a name opens,
# it holds: capitalised words after it that a candidate runs on with ("... Pakistan").
_IZAFE_NAME = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:-(?:e|i|ul|ut|ud|un|ur|us|al)-[A-Z][a-z]+)+(?![\w-])")
_WHERE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|to|from)\s+(?:the\s+)?$")
# A body's acronym and the letters after its hyphen that name its wing or branch: "SPLM-N", "ISIS-K".
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_BRANCH_LETTERS = re.compile(r"-[A-Z]{1,3}(?![\w])")
_HYPHENED_WORD = re.compile(r"-[A-Z][\w]+(?![\w-])")


def izafe_names_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Each izafe name whole, in place of the pieces the model made of it: a place where the gazetteer
    knows it or something happens in it ("in Dasht-e-Barchi"), else a body ("Lashkar-e-Jhangvi said"),
    with the words of a body's name the model tagged before it ("Pakistan Tehreek-e-Insaf")."""
    out = list(cands)
    for m in _IZAFE_NAME.finditer(text):
        inside = [c for c in out if c.start < m.end() and m.start() < c.end]
        start = min([m.start(), *(c.start for c in inside)])
        end = max([m.end(), *(c.end for c in inside)])
        name = text[start:end]
        place = lookup_place(name) or lookup_place(m.group())
        where = place is not None or _WHERE_BEFORE.search(text, max(0, start - 12), start) is not None \
            or PLACE_NOUN_AFTER.match(text, end) is not None
        person = bool(inside) and all(c.label == "PERSON" for c in inside) and not where and end > m.end()
        if start < m.start() and not person and (where or not all(c.label == "ORG" for c in inside if c.start < m.start())):
            continue  # "Pakistan Tehreek-e-Insaf" holds it as a body's name; no other name does
        # "Home Minister Zia-ul" + "Hassan Lanjar": a person's izafe given name, cut by the model at its
        # hyphens, with the surname after it ("Jamaat-ud-Dawa" has none)
        whole = Candidate(start, end, name, "PERSON" if person else "GPE" if where else "ORG", None if person else place)
        out = sorted([c for c in out if c not in inside] + [whole], key=lambda c: c.start)
    return out


def acronyms_with_their_branch(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body's acronym whole with the letters after its hyphen ("SPLM" + "-N"), or with the hyphened word
    the article names it with elsewhere ("RED" + "-Tabara" beside "RED-Tabara") or every time it writes it
    ("SSC" + "-Khatumo", where no place follows as in "US-China"): the model stops at it."""
    names = {c.text for c in cands if c.label == "ORG"}
    return [Candidate(c.start, m.end(), text[c.start : m.end()], c.label, c.place)
            if c.label == "ORG" and _ACRONYM.match(c.text) and (
                (m := _BRANCH_LETTERS.match(text, c.end)) is not None
                or ((m := _HYPHENED_WORD.match(text, c.end)) is not None and (
                    c.text + m.group() in names or _always_hyphened(text, c.text, m.group()))))
            else c for c in cands]


def _always_hyphened(text: str, acronym: str, hyphened: str) -> bool:
    word = hyphened.lstrip("-‑")
    return lookup_place(word) is None and not is_demonym(word) \
        and len(re.findall(rf"(?<![\w-]){re.escape(acronym)}(?![\w])", text)) \
        == len(re.findall(rf"(?<![\w-]){re.escape(acronym + hyphened)}(?![\w-])", text))


# A side closing a place's name, which the model leaves out: the counties "Rumbek East" and "Gogrial West",
# the seat "Leeds East". A capitalised word after it would make the side another name's ("East Timor").
_SIDE_AFTER = re.compile(r"[ \t]+(?:East|West|North|South|Central)\b(?![-‑’'])"
                         r"(?![ \t]+(?!County|Constituency|District|Payam)[A-Z])")


_TOWN_AND_SIDE = re.compile(r"^([A-Z][\w'’-]+) (?:East|West|North|South|Central)$")


def sides_of_places_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A place's name whole with the side that closes it ("Rumbek" + " East"), and a town's name with its
    side a place whatever the model read ("Tonj North" a landform)."""
    starts = {c.start for c in cands}
    out = []
    for cand in cands:
        if cand.label in {"LOC", "PERSON", "ORG", "FAC"} and (m := _TOWN_AND_SIDE.match(cand.text)) is not None \
                and (town := lookup_place(m.group(1))) is not None and town.kind == "city":
            cand = replace(cand, label="GPE", place=lookup_place(cand.text))
        if cand.label == "GPE" and (m := _SIDE_AFTER.match(text, cand.end)) is not None \
                and not any(cand.end < s < m.end() for s in starts):
            cand = Candidate(cand.start, m.end(), text[cand.start : m.end()], "GPE", lookup_place(text[cand.start : m.end()]))
        out.append(cand)
    return out
