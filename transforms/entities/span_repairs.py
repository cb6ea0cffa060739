"""Spans the model cut or joined where the text shows the name's true extent: an outlet's name after
the noun that says what it is ("newspaper The Global New Light of Myanmar"), a long form an acronym
in brackets spells out ("the Australian Competition and Consumer Commission (ACCC)", cut at "and"),
a contact line's e-mail address glued to a name ("Dana Orlikowski press@example.com"), an office named
after its holder cut at the possessive ("the X State Attorney General's Office"), a local government
area read as a body. Names cut at a hyphen, an "and", a surname or an abbreviation are made whole in
`cut_names.py`; two names run together are apart in `names_apart.py`."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from transforms.entities.candidates import (
    LOCAL_GOVERNMENT_AREA,
    ORG_WORDS,
    Candidate,
    is_nationality,
)
from transforms.entities.cut_names import (
    bodies_joined,
    hyphened_names_whole,
    joined_places_whole,
    known_places_whole,
    saints_whole,
    surnames_joined,
)
from transforms.entities.names import (
    POST_NOMINALS,
    company_base,
    is_given_name,
    is_persons_role,
    is_title,
)
from transforms.entities.names_apart import (
    names_apart_at_a_verb,
    owner_and_place_apart,
    owners_apart,
    place_and_person_apart,
    places_apart,
)
from transforms.gazetteer import is_demonym, lookup_place
from transforms.lexicon.entities import GROUP_NOUNS, LOCAL_UNITS_BEFORE_NAMES, MILITARY_UNITS, SEAT_NICKNAMES

# "(ACCC)" after a name: the acronym of the words before it.
# (An acronym said as a word is often written as one: "(Pagasa)", "(Nato)".)
_ACRONYM_IN_BRACKETS = re.compile(r"\s*\(([A-Z]{2,8}|[A-Z][a-z]{2,7})\)")
# Words a long form holds that its acronym leaves out.
_UNCOUNTED_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "&", "de", "du", "des", "la", "le", "et"})
_MAX_LONG_FORM_WORDS = 12
_WORD = re.compile(r"\S+")
# "newspaper The Global New Light of Myanmar": what an outlet is, then its name of capitalised words and
# small words, up to the first lower-case word after it.
_OUTLET_NAMED = re.compile(
    r"\b(?:newspaper|daily|broadcaster|tabloid|weekly|magazine|news agency|news site|news outlet|outlet|"
    r"state television|state TV|state radio|radio station|TV channel|television channel|news channel|"
    r"news website|(?P<run>state-(?:run|owned|controlled|backed)))[ \t]+"
    r"(?:The[ \t]+)?(?P<name>[A-Z][\w'’&+-]*(?:[ \t]+(?:(?:of|the|and|for|de|du)[ \t]+)?[A-Z][\w'’&+-]*)*)")
# Whom a source spoke to, named with its article: "told The Irrawaddy", "according to The Hindu", "in an
# interview with The Times". A person is never named so; a town seldom is ("told The Hague court" aside).
_SPOKEN_TO_THE = re.compile(
    r"\b(?:told|telling|tells|according[ \t]+to|(?:speaking|spoke|talking|talked)[ \t]+to|"
    r"(?:interview|comments|remarks)[ \t]+(?:with|to))[ \t]+"
    r"(?P<name>The[ \t]+[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|the|and)[ \t]+)?[A-Z][\w'’&-]*)*)")
# A word the model left untagged before the noun of what it is: "its Amaq news agency".
_NAME_BEFORE_AGENCY = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)[ \t]+(?:news|press)[ \t]+agency\b")
_EMAIL = re.compile(r"\s+\S+@\S+$")


# A unit of an army by its number: an ordinal ("47th", "Second") or a number with the unit's own words
# ("444 Combat Brigade"), never a count of soldiers ("5 Army officers") or a year ("2024 Army budget").
_UNIT_WORD = rf"(?:{'|'.join(sorted(w.capitalize() for w in MILITARY_UNITS))})"
# A word after a name, possibly after a comma; a legal form is one to three of them.
_WORD_AFTER = re.compile(r",?[ \t]+[A-Z][\w.&]*")
_MAX_LEGAL_FORM_WORDS = 3
_NUMBERED_UNIT = re.compile(
    rf"\b(?:(?:\d{{1,3}}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
    rf"(?:\s+[A-Z][\w-]*){{0,3}}|\d{{1,3}}(?:\s+[A-Z][\w-]*){{1,3}})\s+{_UNIT_WORD}\b(?![-‑])")


def repair_spans(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """`cands` with acronyms' long forms whole, a person's name whole, joined places and owners apart and
    e-mail addresses cut off."""
    repaired = _outlets_after_their_noun(text, _long_forms_whole(text, cands))
    repaired = _local_government_areas(_offices_of_office_holders(text, bodies_joined(text, repaired)))
    repaired = _names_opened_by_a_people_word(doc, hyphened_names_whole(text, repaired))
    # after the legal forms: "SC" closes a Spanish company's name and a Senior Counsel's
    repaired = _post_nominals_off(_legal_forms_whole(text, _numbered_units(text, repaired)))
    repaired = owners_apart(owner_and_place_apart(places_apart(surnames_joined(doc, repaired))))
    repaired = place_and_person_apart(repaired)
    repaired = joined_places_whole(text, known_places_whole(text, saints_whole(text, names_apart_at_a_verb(doc, repaired))))
    return _local_unit_names(text, _seat_nicknames(text, _cut_emails(repaired)))


# The capitalised words of a place's name after its unit's word: "Barangay Tumahubong, Sumisip".
_NAME_AFTER_UNIT = re.compile(r"\.?[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})")
# What a unit's word opens that is no place's name: "Barangay Captain Ana Cruz", "Barangay Hall".
_NOT_NAMES_AFTER_UNIT = frozenset({"hall", "officials", "council", "election", "elections", "health"})


def _local_unit_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name opened by a local unit's word ("Barangay Tumahubong", read as a body or a person, or "Barangay"
    alone before a name the model left out): the place is the name after the word."""
    out = []
    for cand in cands:
        words = cand.text.split()
        m = _NAME_AFTER_UNIT.match(text, cand.start + len(words[0])) \
            if words and words[0].lower().rstrip(".") in LOCAL_UNITS_BEFORE_NAMES else None
        if m is None:
            out.append(cand)
            continue
        named = m.group(1).split()[0].lower()
        if named in ORG_WORDS | _NOT_NAMES_AFTER_UNIT or is_persons_role(named):
            if len(words) > 1:
                out.append(cand)  # the unit's word alone before a title names nothing
            continue
        end = max(cand.end, m.end(1))
        out.append(Candidate(m.start(1), end, text[m.start(1) : end], "GPE"))
    # a piece of the name the model tagged apart lies inside the place now
    return [c for c in out if not any(o is not c and o.start <= c.start and c.end <= o.end and o.label == "GPE"
                                      and (o.start, o.end) != (c.start, c.end) for o in out)]


def _legal_forms_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name the model cut before its legal form (cleanco's list of every country's: "Sdn Bhd", "GmbH",
    "S.A."), typed whatever it was: the whole company, a body."""
    out = []
    for cand in cands:
        if company_base(cand.text) is None:
            ends = [cand.end]
            while len(ends) <= _MAX_LEGAL_FORM_WORDS and (word := _WORD_AFTER.match(text, ends[-1])) is not None:
                ends.append(word.end())
            end = next((e for e in reversed(ends[1:]) if company_base(text[cand.start : e]) == cand.text.strip()), None)
            if end is not None:
                cand = Candidate(cand.start, end, text[cand.start : end], "ORG")
        out.append(cand)
    return out


def _numbered_units(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A unit of an army named with its number, which the model cuts off or misses: "the 444 Combat
    Brigade" is one body, not "444" and "Combat Brigade"."""
    out = list(cands)
    for m in _NUMBERED_UNIT.finditer(text):
        inside = _inside(out, m.start(), m.end())
        if inside is None or any(c.label == "PERSON" for c in inside) \
                or (len(inside) == 1 and (inside[0].start, inside[0].end) == m.span()):
            continue
        out = whole_body(out, inside, Candidate(m.start(), m.end(), m.group(), "ORG"))
    return out


def _post_nominals_off(cands: list[Candidate]) -> list[Candidate]:
    """A person's name with the letters of a rank after it ("Judge Ana Lowe KC", "Tom Reed QC", "Sir Ian
    Fry KBE"), which the model reads as a body's: the person, without them."""
    out = []
    for cand in cands:
        words = cand.text.split()
        if cand.label in {"ORG", "PERSON"} and len(words) >= 3 and words[-1].isupper() \
                and words[-1].lower() in POST_NOMINALS and (is_title(words[0]) or is_given_name(words[0])):
            name = cand.text[: cand.text.rindex(" ")]
            cand = Candidate(cand.start, cand.start + len(name), name, "PERSON")
        out.append(cand)
    return out


def _names_opened_by_a_people_word(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A body whose name opens with a word of a people or a faith that the model tagged alone: "the Islamic
    State group", "Islamic Jihad fighters". The capitalised nouns after it, no title and no nationality,
    finish the name."""
    out: list[Candidate] = []
    swallowed_to = -1
    for cand in cands:
        if cand.start < swallowed_to:
            continue  # a word of the name, tagged alone ("State")
        span = doc.char_span(cand.start, cand.end) if cand.label == "NORP" and not is_demonym(cand.text) \
            and not cand.text.endswith("s") else None  # "Democrats" opens no name
        if span is not None and len(span) == 1 and span.end < len(doc):
            end = span.end
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text.istitle() \
                    and doc[end].ent_type_ in {"", "ORG"} and doc[end].is_alpha and not is_title(doc[end].text) \
                    and not is_nationality(doc[end].text) and end - span.end < 3:
                end += 1
            after = doc[end] if end < len(doc) else None
            if after is not None and after.text[:1].isupper() and (is_title(after.text) or is_persons_role(after.lemma_)):
                end = span.end  # "Islamic Affairs Minister": an office, no body's name
            elif after is not None and after.pos_ == "NOUN" and after.is_lower \
                    and after.lemma_ not in GROUP_NOUNS | ORG_WORDS and after.lower_ not in GROUP_NOUNS:
                end = span.end  # "the Shia Hazara community": a people, no body
            name = doc[span.start : end]
            if end > span.end and lookup_place(name[1:].text) is None \
                    and not any(c.start >= cand.end and c.start < name.end_char < c.end for c in cands):
                cand = Candidate(name.start_char, name.end_char, name.text, "ORG")
                swallowed_to = name.end_char
        out.append(cand)
    return out


def _local_government_areas(cands: list[Candidate]) -> list[Candidate]:
    """A local government area is the place it is named after ("Damboa"), like a district."""
    out = []
    for cand in cands:
        if cand.text in {"LGA", "LGAs"}:
            continue  # "the Danko Local Government Area (LGA)": the unit's initials, which name no body
        m = LOCAL_GOVERNMENT_AREA.search(cand.text) if cand.label in {"ORG", "GPE", "FAC", "LOC", "PERSON"} else None
        if m is not None and m.start() > 0:
            name = cand.text[: m.start()]
            cand = Candidate(cand.start, cand.start + len(name), name, "GPE", lookup_place(name))
        out.append(cand)
    return out


# An office named after its holder, which the model cuts at the possessive: "Attorney General's Office".
_HOLDERS_OFFICE = re.compile(r"(?:General|Auditor|Controller|Ombudsman|Prosecutor)['’]s (?:Office|Department)\b")
_HEAD_OF_GOVERNMENTS_OFFICE = re.compile(r"(?<=\bthe )(?:Prime Minister|President|Premier|Chancellor|Taoiseach)['’]s "
                                         r"(?:Office|Department)\b")
# The first words of two-word titles, and the words that finish them.
_TITLE_OPENERS = frozenset({"Prime", "Vice", "Deputy", "Attorney", "Solicitor", "Chief", "Foreign", "Home"})
_TITLE_REST = re.compile(r"[ \t]+(?:Minister|President|General|Secretary|Chancellor|Executive|Justice)\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z][\w'’-]*[ \t]+){1,4}$")


def _offices_of_office_holders(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The whole name of an office named after its holder, with the capitalised words before it that
    say whose ("the Borno State Attorney General's Office"), where the model kept only its end."""
    out = list(cands)
    for cand in cands:
        if cand.label != "ORG" or not _HOLDERS_OFFICE.match(cand.text):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, cand.start - 60), cand.start)
        if before is None:
            continue
        start = before.start()
        if (the := text.rfind("The ", start, cand.start)) != -1:
            start = the + 4  # "The Attorney General's Office" opening a sentence
        whole = Candidate(start, cand.end, text[start : cand.end], "ORG")
        out = sorted([c for c in out if not (start <= c.start and c.end <= cand.end)] + [whole], key=lambda c: c.start)
    # "the Office of the Prime" + "Minister": the model cut the holder's title in two
    for i, cand in enumerate(out):
        words = cand.text.split()
        if cand.label == "ORG" and "of" in words and words[-1] in _TITLE_OPENERS \
                and (m := _TITLE_REST.match(text, cand.end)) is not None:
            out[i] = Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")
    # "the Prime Minister's Office said": the model tags no office of a head of government
    for m in _HEAD_OF_GOVERNMENTS_OFFICE.finditer(text):
        if not any(c.start < m.end() and m.start() < c.end for c in out):
            out = sorted([*out, Candidate(m.start(), m.end(), m.group(), "ORG")], key=lambda c: c.start)
    return out


def _seat_nicknames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A seat of power's nickname the model leaves untagged ("a No 10 spokesperson"), where the article
    names the seat itself ("Downing Street")."""
    extra = []
    for nickname, seat in SEAT_NICKNAMES.items():
        if seat not in text:
            continue
        for m in re.finditer(rf"(?<![\w.]){re.escape(nickname)}(?![\w.]|\s\d)", text):
            if not any(c.start < m.end() and m.start() < c.end for c in cands):
                extra.append(Candidate(m.start(), m.end(), nickname, "ORG"))
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _outlets_after_their_noun(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An outlet's whole name after the noun that says what it is ("state-run newspaper The Global New
    Light of Myanmar", "the broadcaster NHK World"), where the model tagged a place inside it or nothing."""
    repaired = list(cands)
    for m in _OUTLET_NAMED.finditer(text):
        start, end = m.start("name"), m.end("name")
        inside = _inside(repaired, start, end)
        if inside is None:
            continue
        if any(c.start == start and c.end == end for c in inside):
            # "state television Télé Sahel", read as a person: what it is says it is a body
            if not m.group("run"):
                repaired = [replace(c, label="ORG", place=None) if c in inside else c for c in repaired]
            continue
        if not inside and len(m.group("name").split()) < 2 and not _an_acronym(m.group("name")):
            continue  # one word the model did not take for a name may be none; "state-run MRTV" is one
        if m.group("run") and inside and all(c.label == "PERSON" for c in inside):
            continue  # "state-run Gazprom's chief Alexei Miller"
        repaired = whole_body(repaired, inside, Candidate(start, end, m.group("name"), "ORG"))
    return _outlets_spoken_to(text, _agencies_before_their_noun(text, repaired))


def _an_acronym(word: str) -> bool:
    return len(word) >= 2 and sum(ch.isupper() for ch in word) >= 2


def _outlets_spoken_to(text: str, cands: list[Candidate]) -> list[Candidate]:
    """An outlet named with its article where a source speaks to it (`_SPOKEN_TO_THE`), whole, whatever
    the model tagged inside it or nothing."""
    repaired = list(cands)
    for m in _SPOKEN_TO_THE.finditer(text):
        start, end, name = m.start("name"), m.end("name"), m.group("name")
        if lookup_place(name) is not None or lookup_place(name.split(None, 1)[1]) is not None:
            continue  # "told The Hague court"
        inside = _inside(repaired, start, end)
        if inside is None or any(c.label == "PERSON" for c in inside):
            continue
        repaired = whole_body(repaired, inside, Candidate(start, end, name, "ORG"))
    return repaired


def _inside(cands: list[Candidate], start: int, end: int) -> list[Candidate] | None:
    """The candidates within `start`:`end`, or None where one reaches past it (the span cuts a name)."""
    inside = [c for c in cands if c.start < end and start < c.end]
    return None if any(c.start < start or c.end > end for c in inside) else inside


def whole_body(cands: list[Candidate], inside: list[Candidate], whole: Candidate) -> list[Candidate]:
    """`cands` with the pieces `inside` a body's name replaced by the whole name."""
    return sorted([c for c in cands if c not in inside] + [whole], key=lambda c: c.start)


def _agencies_before_their_noun(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A news agency's name the model left untagged before "news agency": "claimed through its Amaq news
    agency"."""
    extra = [Candidate(m.start("name"), m.end("name"), m.group("name"), "ORG")
             for m in _NAME_BEFORE_AGENCY.finditer(text)
             if not any(c.start < m.end("name") and m.start("name") < c.end for c in cands)
             and lookup_place(m.group("name")) is None and m.start("name") > 0 and text[m.start("name") - 1] != "\n"]
    return sorted(cands + extra, key=lambda c: c.start) if extra else cands


def _long_forms_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    repaired = list(cands)
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        start = _long_form_start(text, m.start(), m.group(1).upper())
        if start is None:
            continue
        # a body's own name may open its long form: "United Nations" + "Office for the ... (OCHA)"
        start = next((c.start for c in repaired if c.start < start < c.end and c.label != "PERSON"), start)
        inside = [c for c in repaired if start <= c.start and c.end <= m.start()]
        # the model found nothing here but the acronym a body's: "Transparency International PNG (TIPNG)"
        named_by_acronym = not inside and len(text[start : m.start()].split()) >= 2 and any(
            c.start == m.start(1) and c.end == m.end(1) and c.label == "ORG" for c in repaired)
        if (not inside and not named_by_acronym) or (
                len(inside) == 1 and inside[0].start == start and inside[0].end == m.start()):
            continue  # the model found nothing here, or found the whole name
        # a body's piece makes the whole a body: "UN Mission" + "in the Central African Republic (MINUSCA)"
        label = "ORG" if named_by_acronym or any(c.label == "ORG" for c in inside) \
            else max(inside, key=lambda c: c.end - c.start).label
        whole = Candidate(start, m.start(), text[start : m.start()], label if label != "PERSON" else "ORG",
                          lookup_place(text[start : m.start()]))
        repaired = sorted([c for c in repaired if c not in inside] + [whole], key=lambda c: c.start)
    return repaired


def _long_form_start(text: str, end: int, acronym: str) -> int | None:
    """Where the capitalised words before `end` whose initials spell `acronym` begin, if they do. A small
    word may give its letter or not ("UN Mission in South Sudan (UNMISS)", "Office for the Coordination of
    Humanitarian Affairs (OCHA)"), and a short word in capitals gives all of its ("UN")."""
    found = list(_WORD.finditer(text, max(0, end - 200), end))[-_MAX_LONG_FORM_WORDS:]
    words = [w.group() for w in found]

    def spelt(i: int, letters: str) -> int | None:
        """The index of the first word when words[:i+1] end by spelling `letters`, else None."""
        if not letters:
            return i + 1 if i + 1 < len(words) and words[i + 1].lower() not in _UNCOUNTED_WORDS else None
        if i < 0:
            return None
        word = words[i].rstrip(",") if i < len(words) - 1 else words[i]  # "Atmospheric, Geophysical and ..."
        if word.lower() in _UNCOUNTED_WORDS:
            if letters[-1] == word[0].upper() and (found := spelt(i - 1, letters[:-1])) is not None:
                return found
            return spelt(i - 1, letters)
        if not word[:1].isupper() or not (word.isalpha() or "-" in word):
            return None
        if word.isupper() and 2 <= len(word) <= 4 and letters.endswith(word):
            return spelt(i - 1, letters[: -len(word)])
        return spelt(i - 1, letters[:-1]) if letters[-1] == word[0] else None

    first = spelt(len(words) - 1, acronym)
    return found[first].start() if first is not None else None


def _cut_emails(cands: list[Candidate]) -> list[Candidate]:
    out = []
    for cand in cands:
        if (m := _EMAIL.search(cand.text)) is not None:
            cand = replace(cand, end=cand.start + m.start(), text=cand.text[: m.start()])
        if "@" not in cand.text:
            out.append(cand)
    return out


# Two names joined by a hyphen between "the" and a noun: "the Karachi-Quetta highway", "the Iasi-Ungheni
# gas link" (a double surname stands without them: "Ann Roe-Lloyd said").
_HYPHEN_PAIR = re.compile(r"(?<=\b[Tt]he )([A-Z][\w'’]{2,})-([A-Z][\w'’]{2,})(?=[ \t]+[a-z])")


def places_joined_by_a_hyphen(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two places a hyphen joins into a route or a link ("the Karachi-Quetta highway", "the Iasi-Ungheni
    gas link") are two places, whatever the model made of the pair or left untagged. A pair that is itself
    a place's name ("Guinea-Bissau") or whose halves are no places by their own names ("Kabardino-Balkaria")
    stays."""
    out = list(cands)
    for m in _HYPHEN_PAIR.finditer(text):
        halves = [lookup_place(m.group(k)) for k in (1, 2)]
        if None in halves or lookup_place(m.group()) is not None or is_demonym(m.group(1)) or is_demonym(m.group(2)):
            continue
        if (inside := _inside(out, m.start(), m.end())) is None:
            continue  # inside a longer name ("the Lagos-Ibadan Expressway Authority")
        out = [c for c in out if c not in inside]
        out += [Candidate(m.start(k), m.end(k), m.group(k), "GPE", place)
                for k, place in zip((1, 2), halves, strict=True)]
    return sorted(out, key=lambda c: c.start)


# A place's name whose words a small word joins by hyphens: "Rostov-on-Don", "Stratford-upon-Avon",
# "Châlons-en-Champagne".
_PARTICLED_PLACE = re.compile(r"(?<![\w'’-])[A-Z][\w'’]+(?:-(?:on|upon|en|sur|le|la|les|am|an|de|del|di|du)-[A-Z][\w'’]+)+(?![\w'’-])")


def particled_places_whole(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A place whose name joins words with small words and hyphens ("Rostov-on-Don") is one place where the
    gazetteer knows it, though the model tagged a piece of it ("Don", read as a person) or nothing."""
    out = list(cands)
    for m in _PARTICLED_PLACE.finditer(text):
        if (place := lookup_place(m.group())) is None:
            continue
        if (inside := _inside(out, m.start(), m.end())) is None:
            continue
        out = whole_body(out, inside, Candidate(m.start(), m.end(), m.group(), "GPE", place))
        # "Stoke" alone, after "Stoke-on-Trent", is that place
        short = m.group().split("-")[0]
        out = [replace(c, place=place) if c.text == short and c.label in {"GPE", "LOC"} else c
               for c in out]
    return sorted(out, key=lambda c: c.start)
