"""Within-article grouping: the mentions of one entity joined, and the name it is shown by."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from transforms.doc_index import doc_index
from transforms.entities.candidates import (
    ACRONYM_AFTER,
    PLACE_APPOSITION_AFTER,
    PLACE_NOUN_BEFORE,
    PLACE_WORDS,
    Candidate,
    is_nationality,
    named_as_a_town,
)
from transforms.entities.names import (
    GLUED_INITIAL,
    INITIAL,
    clean_name,
    given_names_match,
    is_given_name,
    name_tokens,
    of_head,
    of_tail,
    org_key,
    person_parts,
    seldom_in_english,
    spellings_agree,
    surname_only,
    surnames_match,
)
from transforms.entities.outlets import in_a_place
from transforms.entities.person_or_body import speaks_for_a_body
from transforms.entities.short_forms import BROADCASTER_OPENERS, WORD_ACRONYM_AFTER, initials
from transforms.gazetteer import lookup_place, place_key
from transforms.lexicon.entities import HOSPITAL_WORDS, INSIDE_PREPOSITIONS, SEAT_NICKNAMES

# What joins a person's name to the other name they go by: "Mohamed Dagalo, widely known as Hemedti".
# A comma or an adverb sets the nickname off: "Ruiz called Ortega" is a call, not a name.
_KNOWN_AS = re.compile(r"^(?:,\s+(?:(?:widely|also|better|commonly|popularly|locally)\s+)?|\s+(?:widely|also|better|"
                       r"commonly|popularly|locally)\s+|\s+(?=known\s+as|a\.?k\.?a))(?:known\s+as|nicknamed|"
                       r"dubbed|called|a\.k\.a\.?|aka)\s+[\"“‘']?$")


class Groups:
    """Union-find over candidate indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group_people(cands: list[Candidate], groups: Groups) -> None:
    """Join the full names of one person, then the short forms that point to exactly one of them."""
    full = [i for i, c in enumerate(cands) if c.label == "PERSON" and person_parts(c.text)[0]]
    full.sort(key=lambda i: -len(name_tokens(cands[i].text)))
    heads: list[int] = []
    for i in full:
        given, surname = person_parts(cands[i].text)
        if surname_only(cands[i].text) and len(owners := _owners_of_surname(cands, heads, cands[i].text)) == 1:
            # "Le Pen" after "Marine Le Pen": the particle is no given name.
            groups.union(owners[0], i)
            continue
        if len(owners := _owners_of_double_surname(cands, heads, cands[i].text)) == 1:
            # "Kalonji Mukendi" after "Bernard Kalonji Mukendi": a surname of two words, without the given name
            groups.union(owners[0], i)
            continue
        same = [h for h in heads if _same_person(person_parts(cands[h].text), (given, surname))]
        if len(same) == 1:
            groups.union(same[0], i)
        elif not same:
            heads.append(i)
    head_parts = {h: person_parts(cands[h].text) for h in heads}
    for i, cand in enumerate(cands):
        # "J. Smithers" or "J.Smithers" after "John Smithers": the one full name whose surname and first initial agree
        words = name_tokens(GLUED_INITIAL.sub(r"\1 ", cand.text))
        if cand.label not in {"PERSON", "ORG"} or i in full or len(words) < 2 \
                or not all(INITIAL.match(w) for w in words[:-1]):
            continue
        owners = [h for h, (given, surname) in head_parts.items()
                  if surnames_match(surname, words[-1]) and given[0][:1] == words[0][0]]
        if len(owners) == 1:
            cands[i] = replace(cand, label="PERSON", place=None)  # (read as a body's initials by the model)
            groups.union(owners[0], i)
    for i, cand in enumerate(cands):
        words = name_tokens(cand.text)
        particled = len(words) > 1 and surname_only(cand.text)  # "Von der Leyen said" (ORG)
        if (len(words) != 1 and not particled) or i in full or cand.label == "NORP" or (cand.place and cand.label == "GPE"):
            continue
        if cand.label not in {"PERSON", "ORG", "GPE"}:
            continue
        if particled:
            by_surname, by_given = _owners_of_surname(cands, heads, cand.text), []
        else:
            by_surname = [h for h in heads if surnames_match(person_parts(cands[h].text)[1], words[0])]
            by_given = [h for h in heads if person_parts(cands[h].text)[0][0].lower() == words[0].lower()]
        target = None
        if len(by_surname) == 1:
            target = by_surname[0]
        elif not by_surname and len(by_given) == 1 and cand.label in {"PERSON", "ORG"}:
            target = by_given[0]
        elif not by_surname and not by_given and cand.label == "PERSON" and not particled \
                and len(by_middle := [h for h in heads if words[0].lower() in
                                      {w.lower() for w in name_tokens(cands[h].text)[1:-1]}]) == 1:
            # "Governor Puok" after "Stephen Puok Diu Kuach": South Sudanese and other long names are
            # shortened to a middle one
            target = by_middle[0]
        if target is not None:
            cands[i] = Candidate(cand.start, cand.end, cand.text, "PERSON")
            groups.union(target, i)
            continue
        if by_surname and cand.label == "ORG":
            # The surname of two people of the article ("Ann Lee", "Tom Lee"): a person, not which one.
            cand = cands[i] = Candidate(cand.start, cand.end, cand.text, "PERSON")
        if cand.label == "PERSON" and not particled:
            # A lone surname: all its mentions are one person until a full name says otherwise, and
            # one (unattributed) person when two full names share it.
            others = [j for j in range(i) if cands[j].label == "PERSON" and len(name_tokens(cands[j].text)) == 1
                      and spellings_agree(name_tokens(cands[j].text)[0], words[0])]
            if others:
                groups.union(others[0], i)


def _owners_of_double_surname(cands: list[Candidate], heads: list[int], text: str) -> list[int]:
    """The longer full names that `text` closes, where its first word is no given name: the people whose
    surname of two words it is."""
    tokens = name_tokens(text)
    words = [w.lower() for w in tokens]
    # "Lima de Castro" after "Rogério Augusto Lima de Castro": a particle between two surnames makes them one
    # surname, whichever given name the first also is
    particled = len(tokens) == 3 and tokens[1].islower() and tokens[0][:1].isupper() and tokens[2][:1].isupper()
    if not particled and (len(words) != 2 or is_given_name(tokens[0])):
        return []
    return [h for h in heads if len(whole := name_tokens(cands[h].text)) > len(words)
            and [w.lower() for w in whole[-len(words):]] == words]


def join_nicknames(text: str, cands: list[Candidate], groups: Groups) -> None:
    """A name given as what a person or a body is known by joins it: "Mohamed Hamdan Dagalo, widely known
    as Hemedti" is one man (whatever the model typed the nickname), "the Monetary Policy Committee, known
    as Copom" one body; a seat of power's nickname joins its name ("No 10", "Downing Street")."""
    for i in range(1, len(cands)):
        prev, cand = cands[i - 1], cands[i]
        if prev.label in {"PERSON", "ORG"} and cand.label in {"PERSON", "GPE", "ORG"} \
                and _KNOWN_AS.match(text[prev.end : cand.start]):
            groups.union(i - 1, i)
    named = {c.text: i for i, c in enumerate(cands) if c.label == "ORG"}
    for i, c in enumerate(cands):
        if (seat := SEAT_NICKNAMES.get(c.text)) is not None and seat in named:
            groups.union(named[seat], i)


def _owners_of_surname(cands: list[Candidate], heads: list[int], text: str) -> list[int]:
    """The full names whose whole surname, particles and all, is `text`: "von der Leyen" for "Von der
    Leyen" (its last word alone would also fit "Peter Leyen")."""
    surname = "".join(name_tokens(text))
    return [h for h in heads if spellings_agree(person_parts(cands[h].text)[1].replace(" ", ""), surname)]


def _same_person(a: tuple[tuple[str, ...], str], b: tuple[tuple[str, ...], str]) -> bool:
    return surnames_match(a[1], b[1]) and given_names_match(a[0], b[0])


def _place_group_key(cand: Candidate) -> tuple[str, ...]:
    """A place's key: its gazetteer entry, but "Gaza City" and "Cebu City" apart from the bare "Gaza" and
    "Cebu" that the gazetteer gives the same town and news uses for the wider place around it."""
    words = cand.text.split()
    if len(words) >= 2 and words[-1] == "City" and (bare := lookup_place(" ".join(words[:-1]))) is not None \
            and bare.place_id == cand.place.place_id:
        return cand.label, cand.place.place_id, "city"
    return cand.label, cand.place.place_id


def group_others(text: str, cands: list[Candidate], groups: Groups) -> None:
    """Join non-person names: same place, same name, an acronym and its long form, a shortened name."""
    first_of: dict[tuple[str, str], int] = {}
    for i, c in enumerate(cands):
        if c.label == "PERSON":
            continue
        key = _place_group_key(c) if c.place else (c.label, org_key(c.text))
        if key in first_of:
            groups.union(first_of[key], i)
        else:
            first_of[key] = i
    # A party or a movement named by its members in the singular ("a Liberal Democrat candidate", "Houthi
    # drones") and the plural ("the Liberal Democrats", "the Houthis"): one body. (One common English word
    # is not: "Nation" and "Nations".)
    for i, c in enumerate(cands):
        words = org_key(c.text).split()
        if c.label == "ORG" and (len(words) > 1 or seldom_in_english(c.text)) \
                and (j := first_of.get(("ORG", org_key(c.text) + "s"))) is not None:
            groups.union(j, i)
    # ("the Houthis", read as a person beside "the Houthi militia": the movement's members by its name)
    for i, c in enumerate(cands):
        if c.label == "PERSON" and len(words := c.text.split()) == 1 and words[0].endswith("s") \
                and seldom_in_english(words[0][:-1]) and (j := first_of.get(("ORG", org_key(c.text)[:-1]))) is not None:
            cands[i] = replace(c, label="ORG", place=None)
            groups.union(j, i)
    # A place's mention found without its gazetteer entry (a repeat of a name, "TORONTO" in a headline
    # over "TORONTO 1996-08-18") is the place the same letters name elsewhere in the article.
    placed: dict[tuple[str, str], set[int]] = {}
    for i, c in enumerate(cands):
        if c.place is not None and c.label in {"GPE", "LOC"}:
            placed.setdefault((c.label, org_key(c.text)), set()).add(groups.find(i))
    for i, c in enumerate(cands):
        if c.place is None and c.label in {"GPE", "LOC"} and len(owners := placed.get((c.label, org_key(c.text)), ())) == 1:
            groups.union(next(iter(owners)), i)
    # Long forms: a body's, and a place's the gazetteer does not know ("the Marlow Hill Districts"), whose
    # acronym shares no gazetteer entry with it.
    longs = [i for i, c in enumerate(cands) if (c.label == "ORG" or (c.label == "GPE" and c.place is None))
             and len(org_key(c.text).split()) > 1]
    introduced = {(cands[i].label, m.group(1).replace(".", "")): i for i in longs
                  if (m := ACRONYM_AFTER.match(text, cands[i].end))}
    introduced |= {(cands[i].label, m.group(1)): i for i in longs if (m := WORD_ACRONYM_AFTER.match(text, cands[i].end))}
    for i, c in enumerate(cands):
        if not (c.label == "ORG" or (c.label == "GPE" and c.place is None)) or len(org_key(c.text).split()) != 1:
            continue
        acronym = c.text.replace(".", "")
        if not acronym.isupper() and (c.label, acronym) not in introduced:
            continue
        if (c.label, acronym) in introduced:
            groups.union(introduced[c.label, acronym], i)
            continue
        # (or the acronym that closes the long form: "the Institute for Snow and Avalanche Research SLF" is "the SLF")
        matches = {groups.find(j) for j in longs if cands[j].label == c.label
                   and (acronym in initials(cands[j].text) or cands[j].text.split()[-1] == c.text)}
        if len(matches) == 1:
            groups.union(matches.pop(), i)
    _join_shortened(cands, groups, "ORG", lambda extra, short: True)
    _join_without_their_place(cands, groups)
    _join_of_names(cands, groups)
    _join_broadcasters(cands, groups)
    _join_shortened(cands, groups, "GPE", lambda extra, short: _one_place(text, extra, short))


def _one_place(text: str, extra: list[str], short: str) -> bool:
    """Whether a place's name and a longer name holding it plus `extra` words are one place: "Gaza" and
    "Gaza Strip" are; "Nikopol" and "Nikopol district", "Kursk" and "Kursk region" are two where the
    article calls the name a town's ("the city of Nikopol"), else one; a word no place has of its own is
    the city whose name it opens."""
    if extra and lookup_place(short) is None and not PLACE_WORDS.intersection(extra) \
            and (place := lookup_place(f"{short} {' '.join(extra)}")) is not None and place.kind == "city":
        return True  # "Addis" for "Addis Ababa": a city by the first word of its name, no place of its own
    if not all(w in _UNIT_WORDS for w in extra):
        return False  # ("Dragaš municipality" is Dragaš, as "Kursk region" is Kursk)
    return not (_APART_UNIT_WORDS.intersection(extra) and named_as_a_town(text, short))


def _join_broadcasters(cands: list[Candidate], groups: Groups) -> None:
    """A broadcaster by its name alone ("told Tamazuj") joins its full name ("Radio Tamazuj")."""
    hosts: dict[str, set[int]] = {}
    for j, c in enumerate(cands):
        if c.label == "ORG" and len(words := c.text.split()) >= 2 and words[0] in BROADCASTER_OPENERS:
            hosts.setdefault(" ".join(words[1:]), set()).add(groups.find(j))
    for i, c in enumerate(cands):
        if c.label == "ORG" and len(hosts.get(c.text, ())) == 1:
            groups.union(next(iter(hosts[c.text])), i)


def _join_of_names(cands: list[Candidate], groups: Groups) -> None:
    """A one-word organisation joins the one "<body> of <word>" of the article ("Temple of Ysl"
    -> "Ysl"), or the one "<word> of <...>" ("the House" after "House of Federation"); a place stays
    apart ("Bank of Spain" is no "Spain")."""
    hosts: dict[str, set[int]] = {}
    for j, c in enumerate(cands):
        if c.label == "ORG" and (tail := of_tail(c.text)):
            hosts.setdefault(tail, set()).add(groups.find(j))
        if c.label == "ORG" and (head := of_head(c.text)):
            hosts.setdefault(head, set()).add(groups.find(j))
    for i, c in enumerate(cands):
        if c.label == "ORG" and len(key := org_key(c.text).split()) == 1 and len(hosts.get(key[0], ())) == 1:
            groups.union(next(iter(hosts[key[0]])), i)


# Words of a district or region named after a town, which may be a place apart from it.
_APART_UNIT_WORDS = frozenset({"district", "region", "oblast", "province", "governorate", "krai"})
# Last words of a body named after another that it belongs to or serves: "United Nations Security
# Council", "African Union Mission in Somalia" (the long name then ends on "somalia": see below).
_SUB_BODY_HEADS = frozenset({
    "mission", "commission", "council", "office", "committee", "force", "forces", "command", "court", "secretariat",
    "assembly", "parliament", "bureau", "directorate", "department", "ministry", "authority", "board", "tribunal",
    "delegation", "province", "branch", "wing", "division", "program", "programme", "agency", "fund",
})
# Words after which a name within a name is another body's: "Office of the President".
_LINKS = frozenset({"of", "for"})


def _join_without_their_place(cands: list[Candidate], groups: Groups) -> None:
    """A body named by its place and one word, then by that word alone ("Manitoba Hydro" ... "Hydro said"):
    one body, where one such name in the article ends with the word."""
    for i, c in enumerate(cands):
        if c.label != "ORG" or len(words := org_key(c.text).split()) != 1 or c.text.isupper():
            continue
        hosts = {groups.find(j) for j, h in enumerate(cands) if h.label == "ORG"
                 and len(long_ := h.text.split()) == 2 and org_key(long_[1]) == words[0]
                 and lookup_place(long_[0]) is not None}
        if len(hosts) == 1:
            groups.union(hosts.pop(), i)


def _join_shortened(cands: list[Candidate], groups: Groups, label: str, extra_ok) -> None:
    """Join a name of 2+ words (1+ for places) to the one longer name of its group that contains it.

    "Air Force" -> "Ukrainian Air Force", "General Staff" -> "General Staff of the Armed
    Forces of Ukraine"; nothing joins when two longer names contain it.
    """
    idx = [i for i, c in enumerate(cands) if c.label == label]
    keys = {i: org_key(cands[i].text).split() for i in idx}
    # the city of Kharkiv and the Kharkiv Oblast around it are two places (also where a step left the
    # city's name without its place: the gazetteer knows it)
    places = {i: cands[i].place or lookup_place(cands[i].text) for i in idx} if label == "GPE" else {}
    min_words = 1 if label == "GPE" else 2
    for i in idx:
        short = keys[i]
        if len(short) < min_words:
            continue
        hosts = set()
        city_hosts = set()  # "Gaza City" beside "Gaza Strip": "Gaza" is the Strip
        for j in idx:
            long_ = keys[j]
            if len(long_) <= len(short) or groups.find(j) == groups.find(i):
                continue
            if places.get(i) and places.get(j) and places[i].place_id != places[j].place_id:
                continue
            for k in range(len(long_) - len(short) + 1):
                if label == "ORG" and _LINKS & set(long_[max(0, k - 2) : k]):
                    continue  # "Armed Forces of X" is named in "General Staff of the Armed Forces of X", not it
                if label == "ORG" and k == 0 and long_[: len(short)] == short and long_[len(short)] not in _LINKS \
                        and _head_word(long_) in _SUB_BODY_HEADS:
                    break  # "African Union" opens "African Union Commission", a body of its own
                extra = long_[:k] + long_[k + len(short) :]
                if long_[k : k + len(short)] == short and extra_ok(extra, cands[i].text):
                    (city_hosts if label == "GPE" and extra == ["city"] else hosts).add(groups.find(j))
                    break
        if not hosts and not any(groups.find(j) == groups.find(i) and len(keys[j]) > len(short) for j in idx):
            hosts = city_hosts
        if len(hosts) == 1:
            groups.union(hosts.pop(), i)


def _head_word(words: list[str]) -> str:
    """The head of a body's name, before the country it serves: "office" of "UN Integrated Office in Haiti"."""
    return words[words.index("in") - 1] if "in" in words[1:] else words[-1]


_DISTRICT_WORD_AT_END = re.compile(r"[ \t]+(?:district|county|territory|municipality)$")


def _a_district_of_no_town(name: str) -> bool:
    """Whether `name` is a district's written with the lower-case word of its kind, where no town the
    gazetteer knows bears the bare name."""
    m = _DISTRICT_WORD_AT_END.search(name)
    return m is not None and ((place := lookup_place(name[: m.start()])) is None or place.kind != "city")


def display_name(members: list[Candidate]) -> str:
    """The fullest common form of a name: for people the most used full name, preferring one without initials."""
    label = members[0].label
    place = next((m.place for m in members if m.place), None)
    if place is not None and (place.kind == "country" or (place.kind == "state" and all(m.text.endswith(".")
                                                                                        for m in members))):
        return place.name  # "N.H." is New Hampshire
    # Titles open people's names, not bodies' ("General Staff", "President's Office") or places' the
    # gazetteer knows ("Prince Albert", "General Santos").
    forms = Counter(re.sub(r"^[Tt]he\s+", "", m.text) if label == "ORG" or (m.place and place_key(m.text) == place_key(
        m.place.name)) else clean_name(m.text) for m in members)
    if label == "PERSON":
        return max(forms, key=lambda f: (len(person_parts(f)[0]) > 0, not any(INITIAL.match(w) for w in f.split()),
                                         forms[f], len(f)))
    if label == "ORG":
        return max(forms, key=lambda f: (len(org_key(f).split()), forms[f]))
    # "North Waziristan district" is North Waziristan, written with the word of its kind ("the Kursk region"
    # is no town Kursk's)
    return max(forms, key=lambda f: (not f.isupper(), not _a_district_of_no_town(f), forms[f], len(f)))



# Labels one name may wrongly carry in one article; NORP joins them only for a word that is no
# nationality or people ("the Valuiki and Veidelevka districts" read as a people).
_TYPED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
_UNIT_WORDS = PLACE_WORDS | frozenset({"township", "raion", "krai", "governorate", "prefecture", "municipality",
                                       "hromada", "parish", "borough"})
# Units of government, not of landscape ("valley", "strip"): a name they close is a place's.
_ADMINISTRATIVE_UNITS = _UNIT_WORDS - {"valley", "strip", "city", "state", "republic"}


def one_type_per_name(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """One label for all the mentions of a name in an article, decided from all of them, so that a name
    the model typed one way here and another there ("Valuiki" a person, a company and a town) comes out
    as one entity. A place's or a body's label a rule of context gave (it differs from the model's) outweighs
    the model's, and
    an even vote goes to an organisation over a place over a person (a small town's gazetteer entry is weak
    evidence against "told Bloomberg"); what things are in ("garrisons in Kordofan") is likelier a place;
    and a name that opens a place of the article ("Valuiki" beside "the Valuiki district") is that place.
    Names the article gives people in full are left to the grouping of people ("Mahmood")."""
    cands = _branches_of_bodies(cands)
    spans = [doc.char_span(c.start, c.end, alignment_mode="expand") for c in cands]
    # "Yirol County", read as a landform or, where something is in it, as a body: a unit of government, a
    # place like its other mentions
    cands = [replace(c, label="GPE") if (c.label == "LOC" or (c.label == "ORG" and span is not None
                                                             and in_a_place(span.root)))
             and len(words := c.text.split()) >= 2 and words[-1][:1].isupper()
             and words[-1].lower() in _ADMINISTRATIVE_UNITS else c for c, span in zip(cands, spans, strict=True)]
    text = doc_index(doc).text
    # A seat of power that speaks ("a Downing Street spokesman", "according to State House") is the office,
    # wherever else it is a place; a hospital that speaks stays the building, and one word the model read as a
    # building and that speaks is more likely a person's name ("DIG (north zone) X Raina told").
    voiced = {org_key(c.text) for c, span in zip(cands, spans, strict=True)
              if c.label in {"FAC", "LOC", "ORG"} and span is not None and speaks_for_a_body(span.root)}
    by_name: dict[str, list[int]] = {}
    for i, c in enumerate(cands):
        if (c.label in _TYPED or (c.label == "FAC" and org_key(c.text) in voiced)) \
                and not (c.label == "NORP" and is_nationality(c.text)):
            by_name.setdefault(org_key(c.text), []).append(i)
    surnames = {person_parts(c.text)[1].lower() for c in cands if c.label == "PERSON" and person_parts(c.text)[0]}
    units = {" ".join(words[:-1]) for c in cands if c.label == "GPE"
             and len(words := org_key(c.text).split()) >= 2 and words[-1] in _UNIT_WORDS}
    # "President Trump", "Mr. Okafor": a title before the name says whose it is, in its other mentions too.
    titled_people = {org_key(" ".join(bare)) for c in cands if c.label == "PERSON"
                     and (bare := name_tokens(c.text)) and len(bare) < len(c.text.split())
                     and c.text.split()[0].lower() != "the"}
    out = list(cands)
    for key, idx in by_name.items():
        labels = {cands[i].label for i in idx}
        if (len(labels) < 2 and not (key in units and labels != {"GPE"}) and not (key in titled_people and labels != {"PERSON"})
                and not (key in voiced and labels == {"FAC"} and len(key.split()) > 1
                         and not HOSPITAL_WORDS.intersection(key.split()))) \
                or key in surnames or not key:
            continue
        votes: Counter[str] = Counter()
        for i in idx:
            c = cands[i]
            span = spans[i]
            model = span.root.ent_type_ if span is not None else c.label
            # A person's label given against the model's is the weak guess of a given name ("Al Jazeera").
            votes[c.label] += 3 if model != c.label and c.label != "PERSON" else 1
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in INSIDE_PREPOSITIONS \
                    and in_a_place(span.root):
                votes["GPE"] += 2  # "garrisons in Kordofan": what things are in is a place
        if key in units or any(PLACE_NOUN_BEFORE.search(text, max(0, cands[i].start - 40), cands[i].start)
                               or PLACE_APPOSITION_AFTER.match(text[cands[i].end : cands[i].end + 60]) for i in idx):
            # "the Valuiki district", "the town of Babanusa", "Nagbeni, a village in ...": the text says what it is
            votes["GPE"] += 10
        if key in voiced:
            votes["ORG"] += 10
        if key in titled_people:
            votes["PERSON"] += 10
        label = max(votes, key=lambda lab: (votes[lab], lab == "ORG", lab == "GPE"))
        if label == "NORP":
            continue
        for i in idx:
            if cands[i].label != label:
                out[i] = replace(cands[i], label=label, place=cands[i].place if label in {"GPE", "LOC"} else None)
    return out


def _branches_of_bodies(cands: list[Candidate]) -> list[Candidate]:
    """A body's branch named by its area ("Islamic State West Africa Province" beside "the Islamic State")
    is a body, not the area."""
    bodies = {org_key(c.text) + " " for c in cands if c.label == "ORG" and len(c.text.split()) >= 2}
    return [replace(c, label="ORG") if c.label == "GPE" and c.place is None
            and any(org_key(c.text).startswith(body) for body in bodies) else c for c in cands]
