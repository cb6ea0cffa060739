"""`extract_entities`: the candidates of one article, grouped into its entities."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from transforms.doc_index import doc_index
from transforms.entities.candidates import (
    AREA_NOUN_AFTER,
    KEPT_LABELS,
    ORG_WORDS,
    PLACE_NOUN_AFTER,
    Candidate,
    after_the,
    firm_names,
    is_nationality,
    looks_like_person,
    name_tokens,
    offices_and_seats,
    pieces,
    relabel,
    titled,
    with_title,
)
from transforms.entities.chains import join_of_chains
from transforms.entities.company_names import join_company_short_forms
from transforms.entities.context import type_from_context
from transforms.entities.country_compounds import country_compounds
from transforms.entities.cut_names import (
    acronyms_with_their_branch,
    hyphened_names_whole,
    izafe_names_whole,
    portfolios_whole,
    sides_of_places_whole,
)
from transforms.entities.facilities import facilities
from transforms.entities.grouping import (
    Groups,
    display_name,
    group_others,
    group_people,
    join_nicknames,
    one_type_per_name,
)
from transforms.entities.legislatures import legislatures
from transforms.entities.listed_names import listed_names, possessive_brands
from transforms.entities.margins import margin_lines, only_in_margins
from transforms.entities.mentions import AREA_WORDS, ArticleEntities, LocalEntity, Mention
from transforms.entities.names import is_given_name, is_persons_role, is_title
from transforms.entities.names_apart import people_of_bodies_apart
from transforms.entities.natural_places import natural_places
from transforms.entities.non_names import drop_non_names, strip_furniture
from transforms.entities.offices import people_behind_a_title_or_party, strip_office_words, strip_role_words
from transforms.entities.outlets import outlets_told, outlets_with_their_news_word, picture_credits
from transforms.entities.particles import join_particle_names, places_held_by_an_article
from transforms.entities.party_tags import democrat_parties, nations_parties, party_tag_states
from transforms.entities.person_or_body import bodies_by_their_members, units_named_after_people
from transforms.entities.person_spans import (
    extend_given_names,
    first_names_alone,
    holders_after_their_office,
    names_given_whole_elsewhere,
    nicknamed_people,
    split_trailing_person,
    whole_person_names,
)
from transforms.entities.place_roles import places_by_role, places_in_addresses, places_named_with_places
from transforms.entities.regions import extend_regions, regions_apart_from_cities
from transforms.entities.remits import missions_of_states, remits_whole, untagged_remit_bodies
from transforms.entities.repeats import repeated_names
from transforms.entities.short_forms import (
    acronyms_of_places,
    acronyms_said_as_words,
    broadcasters_by_their_names,
    company_short_forms,
    introduced_acronyms,
    long_forms_of_acronyms,
)
from transforms.entities.span_repairs import particled_places_whole, places_joined_by_a_hyphen, repair_spans
from transforms.entities.sports import results_lines, teams
from transforms.entities.story_towns import small_town, towns_of_the_story
from transforms.entities.things import market_indices, things
from transforms.entities.untagged import names_of_allies, untagged_names
from transforms.entities.wire import datelines, places_in_numbers, shouted_names, strip_scores
from transforms.gazetteer import (
    FAR_TOWN_POPULATION,
    lookup_place,
)
from transforms.lexicon.entities import (
    BUSINESS_HEADS,
    INSIDE_PREPOSITIONS,
    OFFICE_TITLES,
    ORG_NOUNS,
    OUTLET_NAME_HEADS,
    PLACE_TAKING_VERBS,
    SEATS_OF_POWER,
    STATE_BODIES,
)
from transforms.lexicon.speech import SPEECH_VERBS

# Labels the small model gives to names that context may show are places.
_MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
# A lower-case noun and "of" after a word: "the Crimean town of X" names the place after the noun.
_NOUN_OF_AFTER = re.compile(r"\s+[a-z]+\s+of\b")
# Where a journal's name follows: "published in", "reported on Monday in the journal", "writing in".
_PUBLISHED_IN = re.compile(r"\b(?:(?:published|appeared|appears|reported|described|writing)\b[^.\n]{0,25}\bin"
                           r"|\bthe(?: (?:scientific|medical|peer-reviewed))? journal)[ \t]+(?:the[ \t]+journal[ \t]+)?$")
# A name right after a quote's closing mark and a comma: the speaker's place ('"...," Ann Roe said').
_AFTER_A_QUOTE = re.compile(r"[,?!][\"”]\s+$")
_SPEAKER_AFTER = re.compile(r",\s+(?:an?\s+|the\s+)?[a-z]+|\s+(?:said|says|told|added)\b")
# The surname the model left out after a name it read as a people's: "Sunil Raina" + " Bhat".
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+(?![\w-])(?! [A-Z])")


def candidates(doc: Doc) -> list[Candidate]:
    """The names of `doc`, in order, from spaCy's spans and the words around them."""
    text = doc_index(doc).text
    found: list[Candidate] = []
    # Small towns the gazetteer made of what the model read as a person or a body, with the model's reading.
    towns_read_otherwise: dict[int, Candidate] = {}
    for ent in doc.ents:
        label = ent.label_
        if (label in _MISREAD_LABELS or (label == "PERSON" and any(c.isdigit() for c in ent.text))) \
                and (person := _titled_person_inside(text, ent)) is not None:
            # "Ward 4 Councilor Jane Doe", tagged a product or read as a model's name for its digit
            found.append(with_title(text, person))
            continue
        if label in {"ORG", "GPE", "NORP", "LOC", "FAC"} and (person := _after_a_short_title(text, ent)) is not None:
            # "Sen. Ann Ruiz (D-NM)", tagged a body for the party tag after it
            found.append(with_title(text, person))
            continue
        # "published in Nature Astronomy", tagged a work of art or a person for "Marine ...": a journal
        journal = len(ent) >= 2 and label in _MISREAD_LABELS | {"PERSON", "ORG", "GPE"} \
            and _PUBLISHED_IN.search(text, max(0, ent.start_char - 60), ent.start_char) is not None
        if journal:
            label = "ORG"
        elif label in {"DATE", "TIME"} and not any(c.isdigit() for c in ent.text) \
                and (place := lookup_place(ent.text)) is not None \
                and (place.kind != "city" or place.population >= FAR_TOWN_POPULATION):
            label = "GPE"  # "linking downtown Winnipeg with X" tagged a date: a city the gazetteer knows well
        elif label not in KEPT_LABELS:
            if label not in _MISREAD_LABELS:
                continue
            if len(ent) >= 2 and ent[-1].lower_ in OUTLET_NAME_HEADS:
                label = "ORG"  # "Garowe Online" tagged a work of art: an outlet's name by its last word
            elif (place := lookup_place(ent.text)) is not None and place.kind == "country":
                label = "GPE"  # '"Angola will ...' opening a quote, tagged a work of art for the quote mark
            elif PLACE_NOUN_AFTER.match(text, ent.end_char):
                label = "GPE"  # "the Kursk region" tagged a product: the region word says what it is
            elif place is not None and place.kind == "city" and place.population >= FAR_TOWN_POPULATION \
                    and _where_something_happens(ent.root):
                # "drones struck a depot near Taganrog" tagged a product: a sizeable city the gazetteer knows (a
                # region's name alone is too often a word of another country's: "the Midlands")
                label = "GPE"
            elif len(ent) >= 3 and ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in SPEECH_VERBS \
                    and ent[0].lower_ == "the":
                label = "ORG"  # "The X Manch, which works with salt workers, said": no event speaks; a body does
            elif _a_speaker_after_a_quote(text, ent) or _a_name_after_a_title(text, ent):
                # '"...," Ann Roe-Lee, chief economist at X, said': the quote's speaker; "Governor Ann Roe"
                label = "PERSON"
            else:
                continue
        for piece in pieces(text, ent.start_char, ent.end_char, label):
            if not name_tokens(piece.text):
                continue
            read = piece
            if not (piece.label == "PERSON" and titled(text, piece)) and not journal:
                # "President Obama", "Mr. Rubio": a title before it makes a name a person's, whatever town bears it.
                relabelled = relabel(piece)
                # "the Red Cross": an article before a name makes it no person's, whatever given name it holds;
                # "Toyota shares fell": a firm named like a town, by what it has
                if not (relabelled.label == "PERSON" and piece.label != "PERSON" and after_the(text, piece)) \
                        and not (piece.label == "ORG" and _COMPANYS_NOUN_AFTER.match(text, piece.end)):
                    piece = relabelled
            if (piece.label in {"ORG", "GPE", "NORP"} and piece.place is None and _a_titled_name(text, piece)) \
                    or ((piece.label == "ORG" or (piece.label == "GPE" and piece.place is None)
                         or (piece.label == "NORP" and not is_nationality(piece.text.split()[0])))
                        and _after_a_role_noun(text, piece)):
                # "Chad's President Mahamat Idriss Déby Itno", tagged a body: an office before a name is a person's
                # ("spokesperson Sunil Raina" + "Bhat", read as a people: the surname the model left out closes it)
                end = m.end() if (m := _SURNAME_AFTER.match(text, piece.end)) and piece.label == "NORP" else piece.end
                piece = Candidate(piece.start, end, text[piece.start : end], "PERSON")
            # (a people's adjective before "the town of X" names none: "the Crimean town of Dzhankoi")
            if (piece.label in {"ORG", "PERSON", "LOC", "FAC"} or (piece.label == "NORP" and not is_nationality(piece.text)
                                                                   and not _NOUN_OF_AFTER.match(text, piece.end))) \
                    and (PLACE_NOUN_AFTER.match(text, piece.end)
                         or (piece.label not in {"ORG", "NORP"} and AREA_NOUN_AFTER.match(text, piece.end))
                         or (piece.label == "ORG" and (area := AREA_NOUN_AFTER.match(text, piece.end)) is not None
                             and _NAMED_TOGETHER.search(area.group()) is not None)):
                # "the Nemyshlyanskyi district", "Donetsk region": whatever the model said, a place.
                piece = Candidate(piece.start, piece.end, piece.text, "GPE", piece.place)
            if read.label in {"PERSON", "ORG"} and piece.label == "GPE" and small_town(piece.place):
                towns_read_otherwise[len(found)] = with_title(text, read) if read.label == "PERSON" else read
            found.append(with_title(text, piece) if piece.label == "PERSON" else piece)
    found = towns_of_the_story(doc, text, found, towns_read_otherwise)
    found = repair_spans(doc, text, found)
    found += introduced_acronyms(text, found)
    found += portfolios_whole(text, hyphened_names_whole(text, untagged_names(doc)))
    found += names_of_allies(text, found)
    found += places_in_numbers(doc)
    found = remits_whole(text, untagged_remit_bodies(text, found))
    found = titles_off_bodies(text, country_compounds(doc, missions_of_states(text, found)))
    kept = without_overlaps(sides_of_places_whole(text, izafe_names_whole(
        text, acronyms_with_their_branch(text, party_tag_states(text, found)))))
    kept = long_forms_of_acronyms(text, places_joined_by_a_hyphen(text, particled_places_whole(text, kept)))
    kept = join_of_chains(text, firm_names(text, democrat_parties(text, possessive_brands(doc, listed_names(kept)))))
    kept = strip_scores(shouted_names(text, datelines(text, split_trailing_person(doc, strip_furniture(text, kept)))))
    kept = join_particle_names(text, strip_office_words(text, strip_role_words(doc, extend_given_names(doc, kept))))
    kept = holders_after_their_office(text, people_behind_a_title_or_party(kept))
    kept = units_named_after_people(text, nicknamed_people(text, whole_person_names(doc, kept)))
    kept = places_held_by_an_article(text, kept)
    kept = people_of_bodies_apart(kept)
    kept = extend_regions(text, offices_and_seats(text, kept))
    kept = places_by_role(doc, places_in_addresses(text, teams(doc, text, type_from_context(doc, text, kept))))
    kept = nations_parties(text, kept)
    kept = places_named_with_places(doc, regions_apart_from_cities(
        text, company_short_forms(doc, without_overlaps(kept + repeated_names(doc, kept)))))
    kept = outlets_told(text, outlets_with_their_news_word(text, acronyms_of_places(doc, acronyms_said_as_words(text, kept))))
    kept = first_names_alone(names_given_whole_elsewhere(text, broadcasters_by_their_names(kept)))
    kept = without_overlaps(results_lines(text, facilities(text, drop_non_names(doc, market_indices(things(doc, kept))))))
    kept = bodies_by_their_members(doc, legislatures(text, natural_places(text, kept)))
    return one_type_per_name(doc, [
        replace(c, label="ORG", place=None) if c.label != "ORG" and c.text.lower().removeprefix("the ") in SEATS_OF_POWER
        else c for c in kept])


# Neighbourhoods or villages named together: "the X and Y neighbourhoods" are places, whatever the model read.
_NAMED_TOGETHER = re.compile(r"\b(?:neighbou?rhoods|villages)$")


def _a_speaker_after_a_quote(text: str, ent) -> bool:
    """A name right after a quote's closing mark: a person's by its shape, or two to four capitalised
    words with a role or a speech verb after them that end on a surname and name no place."""
    if not _AFTER_A_QUOTE.search(text, max(0, ent.start_char - 6), ent.start_char):
        return False
    return looks_like_person(ent.text) or (
        _SPEAKER_AFTER.match(text, ent.end_char) is not None and 2 <= len(ent) <= 4
        and all(t.text[:1].isupper() and not t.is_upper for t in ent if t.is_alpha)
        and lookup_place(ent.text) is None and not is_given_name(ent.text.split()[-1]))


def _a_titled_name(text: str, cand: Candidate) -> bool:
    """Whether `cand` follows a title and has a person's shape (up to five words, none a body's word):
    a person's name, whatever label the model gave it."""
    return titled(text, cand) and _a_persons_shape(cand, 5, ORG_WORDS)


def _a_persons_shape(cand: Candidate, most_words: int, not_in_names: frozenset[str]) -> bool:
    """Two to `most_words` capitalised words, none in capitals or in `not_in_names`, naming no place."""
    words = cand.text.split()
    return 2 <= len(words) <= most_words and all(w[:1].isupper() and not w.isupper() for w in words) \
        and not any(w.lower().strip(".,") in not_in_names for w in words) and lookup_place(cand.text) is None


# The word right before a name, in lower case: "spokesperson", "analyst".
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]+),?[ \t]+$")


def _after_a_role_noun(text: str, cand: Candidate) -> bool:
    """Whether a name the model read as a body's or an unknown place's follows a person's role in lower case
    ("foreign affairs spokesperson X Y-Z", "mining analyst X Y", "the party's leader, X Y") and has a person's shape: two or three capitalised words,
    none a body's or a trade's word or in capitals, naming no place."""
    m = _LOWER_WORD_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    return m is not None and is_persons_role(m.group(1)) and _a_persons_shape(cand, 3, ORG_WORDS | BUSINESS_HEADS)


def _titled_person_inside(text: str, ent) -> Candidate | None:
    """The person's name after the last title of a span the model gave another label: "Councilor Jane
    Doe" in "Ward 4 Councilor Jane Doe"."""
    words = ent.text.split()
    titles = [i for i, w in enumerate(words) if is_title(w)]
    if not titles or not 2 <= len(words) - titles[-1] - 1 <= 3:
        return None
    name = " ".join(words[titles[-1] + 1 :])
    if not looks_like_person(name):
        return None
    start = ent.start_char + ent.text.rindex(name)
    return Candidate(start, start + len(name), name, "PERSON")


# What a company has that a town has not, right after its name: "Toyota shares", "Toyota's quarterly profit".
_COMPANYS_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:quarterly|annual|net|operating|first-half|full-year)\s+)?"
                                  r"(?:shares|stock|profits?|earnings|revenues?|sales|dividends?|shareholders)\b")
_TITLE_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+\.?)\s+$")


def _where_something_happens(root) -> bool:
    """A name after a preposition of place, or the object of a verb that takes or strikes places."""
    return (root.dep_ == "pobj" and root.head.lower_ in INSIDE_PREPOSITIONS | {"on", "near", "over", "to", "from"}) \
        or (root.dep_ == "dobj" and root.head.lemma_.lower() in PLACE_TAKING_VERBS | {"attack", "hit", "strike", "target"})


def _a_name_after_a_title(text: str, ent) -> bool:
    """Two to four capitalised words right after a title written with a capital ("Governor", "Gen."),
    no body's word and no place: a person's name."""
    title = _TITLE_BEFORE.search(text, max(0, ent.start_char - 20), ent.start_char)
    return title is not None and is_title(title.group(1)) and 2 <= len(ent.text.split()) <= 4 \
        and _bare_name(ent.text)


def _bare_name(name: str) -> bool:
    """Capitalised words, none a body's word, that name no place the gazetteer knows."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and not any(w.lower().strip(".,") in ORG_WORDS for w in words) \
        and lookup_place(name) is None


def _after_a_short_title(text: str, ent) -> Candidate | None:
    """The name after an abbreviated title that opens a span ("Sen.", "Gov.", "Dr."): one to three
    capitalised words, no body's word and no place, are a person's, whatever the model's label."""
    words = ent.text.split()
    if not 2 <= len(words) <= 4 or not words[0].endswith(".") or not is_title(words[0]):
        return None
    name = " ".join(words[1:])
    if not _bare_name(name) or is_nationality(name):
        return None
    start = ent.start_char + ent.text.index(name, len(words[0]))
    return Candidate(start, start + len(name), name, "PERSON")


# Titles of who presides over a body that the title list (nameparser's) lacks.
_CHAIR_TITLES = frozenset({"Speaker", "Chair", "Chairperson", "Leader"})
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def titles_off_bodies(text: str, found: list[Candidate]) -> list[Candidate]:
    """A person's title the model ran into a body's name goes to the person: "Army Capt." + "Daniel Ruiz"
    is Capt. Daniel Ruiz of the army, and "Army" alone, a word of rank, names no body."""
    people = [c for c in found if c.label == "PERSON"]
    out = []
    for cand in found:
        words = cand.text.split()
        if len(words) >= 3 and "Chief" in words[-2:] and cand.label in {"ORG", "PERSON"}:
            # "Talvana Robotics Chief" + "Executive Dana Mills": the firm, then its chief's title
            head = cand.text[: cand.text.rindex(" Chief")]
            cand = Candidate(cand.start, cand.start + len(head), head, cand.label, cand.place)
            words = head.split()
        if len(words) >= 2 and len(words[-1]) <= 4 and is_title(words[-1]) and text[cand.end : cand.end + 1] == ".":
            continue  # "Navy Lt." before "Cmdr. Sara Holm": a rank, no name
        if cand.label == "ORG" and len(words) >= 3 and (is_title(words[-1]) or words[-1] in _CHAIR_TITLES) \
                and any(w.lower() in ORG_WORDS for w in words[:-1]) and _NAME_AFTER.match(text, cand.end):
            # "House of Federation Speaker" + "Almaz Tesfaye": the body, then the title of the person it heads
            head = cand.text[: cand.text.rindex(" ")]
            cand = Candidate(cand.start, cand.start + len(head), head, cand.label, cand.place)
            words = head.split()
        if cand.label == "ORG" and len(words) >= 2 and words[-1].lower() in OFFICE_TITLES \
                and not any(w.lower() in ORG_WORDS for w in words):
            # "the UN Resident Coordinator, Jane Doe": an office's title, no body; the body's initials that open it are one
            if not (words[0].isupper() and len(words[0]) >= 2) or lookup_place(words[0]) is not None:
                continue  # ("the US Trade Representative": no body, and the country is no part of the title's name)
            cand = Candidate(cand.start, cand.start + len(words[0]), words[0], "ORG")
        person = next((p for p in people if p is not cand and cand.start < p.start < cand.end <= p.end), None)
        if person is not None:
            head = text[cand.start : person.start].rstrip()
            if len(head.split()) < 2:
                continue
            cand = Candidate(cand.start, cand.start + len(head), head, cand.label, cand.place)
        out.append(cand)
    return out


def without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Spans found twice (an introduced acronym the model also missed) or overlapping: the first, longest."""
    kept: list[Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        if not kept or cand.start >= kept[-1].end:
            kept.append(cand)
    return kept


def extract_entities(doc: Doc) -> ArticleEntities:
    """Mentions of named entities in `doc`, with labels corrected and within-article variants joined.

    A short form joins a full name only when exactly one full name in the article fits it:
    "Mr. Peskov" joins "Dmitry Peskov", but "Smith" next to "John Smith" and "Anna Smith"
    stays on its own. An acronym joins the long form the article introduces it with.
    """
    cands = candidates(doc)
    groups = Groups(len(cands))
    group_people(cands, groups)
    text = doc_index(doc).text
    join_company_short_forms(text, cands, groups)
    group_others(text, cands, groups)
    join_nicknames(text, cands, groups)

    by_root: dict[int, list[int]] = {}
    for i in range(len(cands)):
        by_root.setdefault(groups.find(i), []).append(i)
    margins = margin_lines(doc)
    credited = picture_credits(text)
    cluster_of: dict[int, int] = {}
    members: list[list[Candidate]] = []
    labels: list[str] = []
    for root, indices in by_root.items():
        group = [cands[i] for i in indices]
        label = "PERSON" if any(m.label == "PERSON" for m in group) else \
            Counter(m.label for m in group).most_common(1)[0][0]
        if only_in_margins(group, label, margins) or all(m.start in credited for m in group):
            continue  # a byline's reporter, a masthead's outlet, a picture's credit
        cluster_of[root] = len(members)
        members.append(group)
        labels.append(label)

    entities = []
    for c, (group, label) in enumerate(zip(members, labels, strict=True)):
        name = display_name([m for m in group if m.label == label] or group)
        place = next((m.place for m in group if m.place), None) if label in {"GPE", "LOC"} else None
        aliases = tuple(sorted({m.text for m in group} - {name}))
        entities.append(LocalEntity(c, name, label, aliases, place))

    sent_starts = [sent.start_char for sent in doc_index(doc).sents]
    mentions = []
    for i, cand in enumerate(cands):
        if groups.find(i) not in cluster_of:
            continue
        entity = entities[cluster_of[groups.find(i)]]
        end = _region_word_end(text, cand.end) if entity.label == "GPE" else cand.end
        mentions.append(Mention(cand.start, end, text[cand.start : end], entity.label,
                                max(bisect_right(sent_starts, cand.start) - 1, 0), entity.cluster))
    return ArticleEntities(tuple(mentions), tuple(entities))


_AREA_WORD_AFTER = re.compile(rf"[ \t]+{AREA_WORDS}\b(?![-‑])(?P<next>\s+[a-z]+)?")


def _region_word_end(text: str, end: int) -> int:
    m = _AREA_WORD_AFTER.match(text, end)
    if m is None:
        return end
    if m.group("next") and m.group("next").strip() in ORG_NOUNS | STATE_BODIES:
        return end  # "the Sumy district administration": the body's name, not the area's
    return m.start("next") if m.group("next") else m.end()
