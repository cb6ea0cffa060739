"""Names the model ran together that are two: two places joined by "and" ("from George and Oudtshoorn"),
a body's person after its possessive ("the Tribune's Jeremy Voss"), a body and the country of its branch,
a country and the person after it ("Ambassador to Ukraine" + "Kirsten Holm"), two names over a verb
("Tanabe urged Kurosawa"), a person and the body they speak for. `span_repairs.repair_spans` runs them."""

from __future__ import annotations

from spacy.tokens import Doc

from transforms.entities.candidates import ORG_WORDS, Candidate, looks_like_person, relabel
from transforms.entities.names import company_base, is_given_name, is_particle, is_title, seldom_in_english
from transforms.gazetteer import is_world_region, lookup_place
from transforms.lexicon.entities import INSTITUTION_HEADS

_TOWN_OF_A_PAIR = 50_000


def names_apart_at_a_verb(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Two names the model ran together over the verb between them ("Tanabe urged Kurosawa", "Okafor
    thanked Brandt"): each apart, of the label the model gave the whole."""
    out = []
    for cand in cands:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        verb = next((t for t in span[1:-1] if t.is_lower and t.is_alpha and t.pos_ == "VERB"
                     and not is_particle(t.text)), None) \
            if span is not None and len(span) >= 3 else None
        if verb is None or not span[0].text[:1].isupper() or not span[-1].text[:1].isupper():
            out.append(cand)
            continue
        left, right = doc[span.start : verb.i], doc[verb.i + 1 : span.end]
        out += [relabel(Candidate(part.start_char, part.end_char, part.text, cand.label))
                for part in (left, right) if part.text[:1].isupper()]
    return out


def places_apart(cands: list[Candidate]) -> list[Candidate]:
    out = []
    for cand in cands:
        town, comma, region = cand.text.rpartition(", ")
        if comma and cand.label in {"GPE", "LOC"} and (within := lookup_place(region)) is not None \
                and within.kind in {"region", "country"}:
            # "Pauk Township, Magway Region" read as one name: the place, and the region it lies in
            cut = cand.start + len(town) + len(comma)
            out += [Candidate(cand.start, cand.start + len(town), town, "GPE", lookup_place(town)),
                    Candidate(cut, cand.end, region, "GPE", within)]
            continue
        first, sep, second = cand.text.partition(" and ")
        a, b = (lookup_place(first), lookup_place(second)) \
            if sep and cand.label != "GPE" and " " not in first and len(second.split()) == 1 else (None, None)
        if (_a_known_place(a) and _a_known_place(b)) or _neighbours(a, b):
            cut = cand.start + len(first) + len(sep)
            out += [Candidate(cand.start, cand.start + len(first), first, "GPE", a),
                    Candidate(cut, cand.end, second, "GPE", b)]
        else:
            out.append(cand)
    return out


def _neighbours(a, b) -> bool:
    """Two towns of one country within about a degree of each other: "Holyoke and Chicopee" are two
    places, however small, where a firm named for two founders is not."""
    return a is not None and b is not None and a.country_code == b.country_code and a.latitude is not None \
        and b.latitude is not None and abs(a.latitude - b.latitude) + abs(a.longitude - b.longitude) < 1.0


def people_of_bodies_apart(cands: list[Candidate]) -> list[Candidate]:
    """A person and the body they work at that the model ran into one name ("Dr Ann de Vries of Utrecht
    University"): the person, without the title, and the body (a word of an institution or an
    organisation after "of")."""
    out = []
    for cand in cands:
        person, sep, body = cand.text.partition(" of ")
        words = person.split()
        while words and is_title(words[0]):
            words = words[1:]
        name = " ".join(words)
        if cand.label in {"ORG", "PERSON"} and sep and _a_persons_name(words) \
                and any(w.lower() in INSTITUTION_HEADS | ORG_WORDS for w in body.split()):
            start = cand.start + len(person) - len(name)
            cut = cand.start + len(person) + len(sep)
            if body.startswith("the "):
                body, cut = body[4:], cut + 4
            out += [Candidate(start, start + len(name), name, "PERSON"), Candidate(cut, cand.end, body, "ORG")]
        else:
            out.append(cand)
    return out


def _a_persons_name(words: list[str]) -> bool:
    """A given name, a capitalised surname, and between them particles or capitalised names ("Ann de Vries",
    "Maria van der Berg")."""
    return 2 <= len(words) <= 5 and is_given_name(words[0]) and words[-1][:1].isupper() \
        and all(w[:1].isupper() or is_particle(w) for w in words[1:-1]) \
        and not any(w.lower().strip(".,") in ORG_WORDS | INSTITUTION_HEADS for w in words)


def owners_apart(cands: list[Candidate]) -> list[Candidate]:
    """A name the model ran on through its owner's possessive ("Hezbollah’s Radwan Force", "the
    Tribune’s Jane Roe"), where the article names the owner alone too: the owner, and the rest (a person
    by its shape, else of the label the model gave). "People's", "Attorney General's" or a shop's "Dick's"
    are no names of their own and stay whole."""
    alone = {c.text: c.label for c in cands}
    out = []
    for cand in cands:
        owner, sep, rest = cand.text.partition("'s ") if "'s " in cand.text else cand.text.partition("’s ")
        label = alone.get(owner) if sep and rest[:1].isupper() else None
        if label is None and sep and _a_named_owners_unit(owner, rest) and cand.label == "ORG":
            label = "ORG"  # "Hezbollah’s Radwan Force" named once: a movement and its unit
        if label is None and sep and cand.label == "ORG" and owner.split()[-1].lower() in ORG_WORDS | INSTITUTION_HEADS \
                and (is_world_region(rest) or lookup_place(rest) is not None):
            # "the World Health Organization's South-East Asia office": the body, and the region it serves
            cut = cand.start + len(owner) + len(sep)
            out += [Candidate(cand.start, cand.start + len(owner), owner, "ORG"),
                    Candidate(cut, cand.end, rest, "LOC" if is_world_region(rest) else "GPE", lookup_place(rest))]
            continue
        if label is not None and label != "PERSON" and cand.label in {"ORG", "PERSON"}:
            cut = cand.start + len(owner) + len(sep)
            place = lookup_place(owner) if label == "GPE" else None
            out += [Candidate(cand.start, cand.start + len(owner), owner, label, place),
                    Candidate(cut, cand.end, rest, "PERSON" if looks_like_person(rest)
                              or (label == "ORG" and _one_of_a_bodys_people(rest)) else cand.label)]
        else:
            out.append(cand)
    return out


def _one_of_a_bodys_people(rest: str) -> bool:
    """"the party's Morag Lindqvist": two or three capitalised words a body owns, the first a word English
    seldom writes and none a body's word or a place, name one of its people."""
    words = rest.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in words) \
        and seldom_in_english(words[0]) and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS for w in words) \
        and lookup_place(rest) is None


def _a_named_owners_unit(owner: str, rest: str) -> bool:
    """"Hezbollah’s Radwan Force": one word English seldom writes (no "People's", "Dick's", "Women's"), no
    place, owning two or more capitalised words closed by a body's word."""
    words = rest.split()
    return " " not in owner and owner[:1].isupper() and seldom_in_english(owner) and lookup_place(owner) is None \
        and len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() in ORG_WORDS


def owner_and_place_apart(cands: list[Candidate]) -> list[Candidate]:
    """A body and the country of its branch the model read as one name ("Amnesty International's Nigeria
    director"): the body, and the place."""
    out = []
    for cand in cands:
        owner, sep, rest = cand.text.partition("'s ") if "'s " in cand.text else cand.text.partition("’s ")
        place = lookup_place(rest) if sep and cand.label == "ORG" and " " in owner else None
        if place is not None and place.kind in {"country", "region", "state"}:
            cut = cand.start + len(owner) + len(sep)
            out += [Candidate(cand.start, cand.start + len(owner), owner, "ORG"),
                    Candidate(cut, cand.end, rest, "GPE", place)]
        else:
            out.append(cand)
    return out


def place_and_person_apart(cands: list[Candidate]) -> list[Candidate]:
    """A country run into the name after it ("Ambassador to Ukraine Ingrid Holm"): the place, and the
    person. A given name is no country here ("Chad Michael Murray"), and a company's name may open with a
    place ("PT Sulawesi Mitra Nikel Tbk")."""
    out = []
    for cand in cands:
        words = cand.text.split()
        split = next((n for n in range(1, min(3, len(words) - 2) + 1)
                      if (place := lookup_place(" ".join(words[:n]))) is not None
                      and place.kind == "country" and not is_given_name(words[0])
                      and looks_like_person(" ".join(words[n:]))), None) \
            if cand.label in {"ORG", "PERSON"} and len(words) >= 3 and company_base(cand.text) is None else None
        if split is None:
            out.append(cand)
            continue
        head = " ".join(words[:split])
        cut = cand.text.index(words[split], len(head))
        out += [Candidate(cand.start, cand.start + len(head), head, "GPE", lookup_place(head)),
                Candidate(cand.start + cut, cand.end, cand.text[cut:], "PERSON")]
    return out


def _a_known_place(place) -> bool:
    """A country, a region, or a town big enough that a firm's founder is not more likely ("Marks and
    Spencer" are two small towns too)."""
    return place is not None and (place.kind != "city" or place.population >= _TOWN_OF_A_PAIR)
