"""A person's name whole where the model cut it or ran it into another: the given name it left out
("Oleksandr" + "Prokudin, head of the administration,"), and the person closing a body's name ("Friends
of the Earth Scotland Maria Lopez said")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from transforms.entities.candidates import (
    ORG_WORDS,
    Candidate,
    in_place_of_overlaps,
    looks_like_person,
    relabel,
)
from transforms.entities.names import (
    GLUED_INITIAL,
    is_given_name,
    is_particle,
    is_person_noun,
    is_title,
    name_tokens,
    seldom_written,
)
from transforms.entities.outlets import FAR_TOWN_POPULATION, SOURCE_VERBS
from transforms.gazetteer import lookup_place
from transforms.lexicon.entities import PERSON_NOUNS


def split_trailing_person(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An organisation's name run into the person who speaks for it: "Friends of the Earth Scotland
    Maria Lopez said" is the organisation and "Maria Lopez" (a given name and a surname close the span,
    a speech verb or a comma follows it; "... Missionary Baptist Church in" stays whole)."""
    text = doc.text
    out = []
    for cand in cands:
        words = cand.text.split()
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        speaks = after is not None and (after.text == "," or after.lemma_.lower() in SOURCE_VERBS)
        if cand.label == "ORG" and speaks and len(words) >= 2 and GLUED_INITIAL.match(words[-1]) \
                and words[-2][:1].isupper():
            # "the State Great Khural D.Ganbold said": an initial glued to a name closes the span, whose
            # owner speaks for the body before it
            cut = cand.start + cand.text.rindex(words[-1])
            org_end = cut - 1
            out.append(relabel(replace(cand, end=org_end, text=text[cand.start : org_end])))
            out.append(Candidate(cut, cand.end, text[cut : cand.end], "PERSON"))
            continue
        if cand.label != "ORG" or not speaks or len(words) < 4:
            out.append(cand)
            continue
        person = looks_like_person(" ".join(words[-2:])) or (
            is_given_name(words[-2]) and words[-1][:1].isupper() and not is_given_name(words[-3]))
        if person and words[-3][:1].isupper() and not is_particle(words[-3]):
            cut = cand.start + cand.text.rindex(words[-2])
            org_end = cut
            while org_end > cand.start and not text[org_end - 1].isalnum():
                org_end -= 1
            out.append(relabel(replace(cand, end=org_end, text=text[cand.start : org_end])))
            cand = Candidate(cut, cand.end, text[cut : cand.end], "PERSON")
        out.append(cand)
    return out


def extend_given_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A given name the model tagged alone, followed by the untagged surname, or left untagged before a
    surname it tagged: one person's name ("Mira" ORG + "Kowalczyk" -> "Mira Kowalczyk" PERSON)."""
    out = []
    for cand in cands:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        given = name_tokens(cand.text)
        # (a title may open it: "Superintendent Gareth" + "Doherty-Quigg")
        if span is not None and cand.place is None and cand.label in {"PERSON", "ORG"} and len(given) == 1 \
                and is_given_name(given[0]) and span[-1].text == given[0] and span.end < len(doc) \
                and (len(span) == 1 or cand.label == "PERSON"):
            end, words = span.end, 0
            while end < len(doc) and words < 2:
                if _untagged_name_word(doc[end]):
                    end, words = end + 1, words + 1
                elif words and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                        and end + 1 < len(doc) and _untagged_name_word(doc[end + 1]):
                    end += 2  # a double-barrelled surname, split at its hyphen
                else:
                    break
            if end > span.end and not is_given_name(doc[end - 1].text):
                end_char = doc[end - 1].idx + len(doc[end - 1].text)
                cand = Candidate(cand.start, end_char, doc.text[cand.start : end_char], "PERSON")
        if span is not None and cand.label == "PERSON" and span.start > 0 and len(cand.text.split()) == 1:
            # (one word, or one double-barrelled surname the tokenizer splits at its hyphen)
            before = doc[span.start - 1]
            if _untagged_name_word(before) and is_given_name(before.text) and (not before.is_sent_start or _introduced(span)):
                # "... Council Amira" + "Haddad", "Enver | Solomon, the chief executive of ...": the model
                # left the given name outside the person.
                cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        if span is not None and cand.label in {"PERSON", "ORG"} and cand.place is None \
                and len(cand.text.split()) == 1 and span.start > 1 and _untagged_name_word(doc[span.start - 1]) \
                and is_title(doc[span.start - 2].text) and doc[span.start - 2].text[:1].isupper():
            # "Dr Sione" + "Tupou-Havili": a title before a word and a name opens a person's name in full,
            # whatever list of given names knows the word
            before = doc[span.start - 1]
            cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        elif span is not None and len(span) == 1 and cand.label in {"ORG", "GPE"} and span.start > 0 \
                and len(cand.text.split()) == 1 and (cand.place is None or (
                    cand.place.kind == "city" and cand.place.population < FAR_TOWN_POPULATION)):
            before = doc[span.start - 1]
            if not before.ent_type_ and before.dep_ in {"compound", "nmod"} and before.head.i == span.root.i \
                    and re.match(r"^[A-Z][a-z'’-]+$", before.text) and is_given_name(before.text):
                # "Field Marshal Asim" + "Munir" (a town), "Shabana" + "Mahmood" (a body): a given name the
                # parse joins to the name makes it a person's.
                cand = Candidate(before.idx, cand.end, doc.text[before.idx : cand.end], "PERSON")
        out.append(cand)
    return out


def _untagged_name_word(token) -> bool:
    """A capitalised word the model left outside every name and tagged a proper noun."""
    return not token.ent_type_ and token.pos_ == "PROPN" and re.match(r"^[A-Z][a-z'’-]+$", token.text) is not None


def _introduced(span: Span) -> bool:
    """Whether a name is followed by its role in apposition ("Solomon, the chief executive of"): a person
    introduced, so a given name opening the sentence before it is part of the name."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    after = doc[span.end + 1]
    # "Solomon, the chief executive of", "Prokudin, head of the administration,", "Haddad, who leads"
    return doc[span.end].text == "," and (after.lower_ in {"the", "a", "an", "who"} or (
        after.pos_ == "NOUN" and (is_person_noun(after.lemma_) or after.lemma_.lower() in PERSON_NOUNS)))


# Words after a person's name that say it is one: "X, a researcher at", "X, who sells", "X said".
_PERSON_AFTER = re.compile(r"(?:,\s+(?:a|an|the|who|whose|head|chief|director)\b|\s+(?:said|says|told|added)\b)")
# Words before it: a speech verb ("said X"), or a role noun in lower case ("co-author X", "analyst X").
_SAID_BEFORE = frozenset({"said", "says", "told", "added", "according"})
_MOST_NAME_WORDS = 5


def whole_person_names(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """A person's name the model cut into pieces or typed in part as a body, made whole: the words of a
    long or foreign name it left out ("Rosa Elvira" + "Quispe Manrique said"), a hyphened given name cut
    at its hyphen ("Min Hae" + "-rin"), two pieces it tagged side by side ("Anindya Putri" + "Wirawan,
    a mining analyst"), a name read as two bodies after a person's role ("co-author Nivi Olsvig Heilmann,
    a researcher"). The whole run of capitalised words is a person's where a given name opens it, or a
    role, a title or a speech verb stands before it, or an apposition or a speech verb after it."""
    text = doc.text
    taken: set[int] = set()
    runs: list[Candidate] = []
    for i, cand in enumerate(cands):
        if i in taken or cand.place is not None or not (
                cand.label == "PERSON" or (cand.label == "ORG" and len(cand.text.split()) == 1 and not cand.text.isupper())):
            continue
        start, end = _name_run(doc, text, cand)
        if (start, end) == (cand.start, cand.end):
            continue
        inside = [j for j, c in enumerate(cands) if c.start < end and start < c.end]
        if not all(cands[j].label == "PERSON" or (cands[j].place is None and len(cands[j].text.split()) == 1)
                   for j in inside):
            continue
        if not _said_to_be_a_person(doc, text, start, end):
            continue
        # a piece the run overlaps reaches past it over a particle the run stops at: "Col. Ana Luísa" +
        # "Luísa Prado de Melo" is one name
        start = min([start] + [cands[j].start for j in inside if cands[j].label == "PERSON"])
        end = max([end] + [cands[j].end for j in inside if cands[j].label == "PERSON"])
        taken.update(inside)
        runs.append(Candidate(start, end, text[start:end], "PERSON"))
    return sorted([c for j, c in enumerate(cands) if j not in taken] + runs, key=lambda c: c.start)


def _name_run(doc: Doc, text: str, cand: Candidate) -> tuple[int, int]:
    """The run of name words around `cand`: capitalised proper nouns that are given names or that English
    seldom writes, no title, role, body's word or place ("Hassan Abdi Image" is a caption's)."""
    start, end = cand.start, cand.end
    if cand.label == "PERSON" and re.search(r"(?<![\w-])[A-Z][a-z]{1,4}$", text[start:end]) \
            and (m := re.match(r"-[a-z]{1,4}\b(?!-)", text[end:])):
        end += m.end()  # "Hae" + "-rin", a syllable of a given name ("Booker Prize" + "-winner" is none)
    words = len(text[start:end].split())
    while words < _MOST_NAME_WORDS and (m := re.match(r" (\S+?)(?=[\s,.;:!?)]|$)", text[end:])) \
            and _a_name_word(doc, end + 1, m.group(1)):
        end += m.end()
        words += 1
    first = text[start:end].split()[0]
    # a given name or a title opens the name the model found: nothing before it is the person's
    while not is_given_name(first) and not is_title(first) and words < _MOST_NAME_WORDS \
            and (m := re.search(r"(\S+) $", text[max(0, start - 40) : start])) \
            and _a_name_word(doc, start - len(m.group(0)), m.group(1)):
        start -= len(m.group(0))
        words += 1
    return start, end


def _a_name_word(doc: Doc, at: int, word: str) -> bool:
    span = doc.char_span(at, at + len(word), alignment_mode="expand")
    return span is not None and word[:1].isupper() and not word.isupper() and len(word) > 1 \
        and all(t.pos_ == "PROPN" or t.text == "-" or t.is_lower for t in span) and span[0].pos_ == "PROPN" \
        and span[0].ent_type_ not in {"GPE", "DATE", "TIME"} \
        and not (is_title(word) or is_person_noun(word) or word.lower() in ORG_WORDS) \
        and (lookup_place(word) is None or span[0].ent_type_ == "PERSON") \
        and (is_given_name(word) or seldom_written(word.split("-")[0]))


def _said_to_be_a_person(doc: Doc, text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    if is_given_name(words[0]) or is_title(words[0]) or _PERSON_AFTER.match(text, end):
        return True  # "President Samia Suluhu" + "Hassan": a title opens a person's name
    name = doc.char_span(start, end, alignment_mode="expand")
    if name is None or name.start == 0:
        return False
    word = doc[name.start - 1]
    if word.text == "," and name.start > 1:
        word = doc[name.start - 2]  # "his spokesperson, X": the role the name stands in apposition to
    return word.lower_ in _SAID_BEFORE or is_title(word.text) or (word.is_lower and is_person_noun(word.text)) \
        or (word.is_lower and word.lemma_.lower() in PERSON_NOUNS)


# A nickname in quotes between a given name and a surname: 'Ismael "El Mayo" Zambada'.
# (The Philippine "Ma." of María may open it: 'Ma. Teresa "Tess" Abad-Santos'.)
_NICKNAMED = re.compile(r"(?<![\w'’.-])(?:Ma\.[ \t]+)?(?P<given>[A-Z][\w'’-]+)[ \t]+[\"“](?P<nick>[^\"”\n]{2,30})[\"”][ \t]+"
                        r"(?P<surname>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")


def nicknamed_people(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A person named with a nickname in quotes inside the name, whole, in place of the pieces the model
    made of it (the nickname read as a title, the surname alone as a person)."""
    found = [Candidate(m.start(), m.end(), m.group(), "PERSON") for m in _NICKNAMED.finditer(text)
             if is_given_name(m.group("given")) and _no_big_place(m.group("surname"))
             and not any(w.lower() in ORG_WORDS for w in m.group("surname").split())]
    return in_place_of_overlaps(cands, found)


def _no_big_place(name: str) -> bool:
    place = lookup_place(name)
    return place is None or (place.kind == "city" and place.population < FAR_TOWN_POPULATION)


def names_given_whole_elsewhere(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A person's name the article writes in full elsewhere, cut here into pieces the model typed apart
    ("Isabel" a place + "Moreno Ruiz" a person, in a caption above "Isabel Moreno Ruiz won ..."): the
    words stand as that whole name, so they are that person."""
    full_names = sorted({c.text for c in cands if c.label == "PERSON" and len(c.text.split()) >= 2}, key=len, reverse=True)
    taken: set[int] = set()
    wholes: list[Candidate] = []
    for i, cand in enumerate(cands):
        if i in taken or cand.label == "PERSON" and len(cand.text.split()) >= 2:
            continue
        for name in full_names:
            end = cand.start + len(name)
            if len(name) <= len(cand.text) or not name.startswith(cand.text + " ") or text[cand.start : end] != name \
                    or text[end : end + 1].isalnum():
                continue
            inside = [j for j, c in enumerate(cands) if c.start < end and cand.start < c.end]
            if all(cands[j].end <= end and (j == i or cands[j].label == "PERSON") for j in inside):
                taken.update(inside)
                wholes.append(Candidate(cand.start, end, name, "PERSON"))
            break
    # "Meinl" + "-Reisinger told journalists" after "Beate Meinl-Reisinger": the double-barrelled surname
    surnames = {c.text.split()[-1] for c in cands if c.label == "PERSON" and "-" in c.text.split()[-1]}
    for i, cand in enumerate(cands):
        if i in taken or " " in cand.text or "-" in cand.text:
            continue
        whole = next((s for s in surnames if s.startswith(cand.text + "-") and text.startswith(s, cand.start)
                      and not text[cand.start + len(s) : cand.start + len(s) + 1].isalnum()), None)
        if whole is not None:
            taken.add(i)
            wholes.append(Candidate(cand.start, cand.start + len(whole), whole, "PERSON"))
    return in_place_of_overlaps(cands, wholes)


def first_names_alone(cands: list[Candidate]) -> list[Candidate]:
    """A word the model read as a place the gazetteer does not know, that opens the name of a person
    the article names in full: that person, called by the first name as some countries' news does
    ("Ruto, Prabowo sign pact" above "President Prabowo Subianto")."""
    openers = {words[0] for c in cands if c.label == "PERSON"
               and len(words := [w for w in c.text.split() if not is_title(w)]) >= 2}
    return [replace(c, label="PERSON", place=None)
            if c.label in {"GPE", "LOC"} and c.place is None and c.text in openers and lookup_place(c.text) is None
            else c for c in cands]


# The words after an office written before its holder's name: "Superintendent" + " of Police Ann Roe",
# "Director" + " of Public Prosecutions Ann Roe".
_OFFICE_OF_A_BODY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<words>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,6})")


def holders_after_their_office(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The person named after an office of a body that the model read as the person, with the place
    whose office it is ("Khagrachhari Superintendent" + " of Police Mohammad Arefin Rahman"): the name
    from its first given name on."""
    out = []
    for cand in cands:
        words = cand.text.split()
        m = _OFFICE_OF_A_BODY.match(text, cand.end) if cand.label == "PERSON" and is_person_noun(words[-1]) else None
        if m is not None:
            after = m.group("words").split()
            first = next((i for i, w in enumerate(after) if i > 0 and is_given_name(w)), None)
            if first is not None and len(after) - first >= 2:
                start = m.start("words") + m.group("words").index(" ".join(after[first:]))
                out.append(Candidate(start, m.end(), text[start : m.end()], "PERSON"))
                continue
        out.append(cand)
    return out
