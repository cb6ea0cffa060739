"""Entity mentions from spaCy NER, corrected and grouped into the entities of one article.

`extract_entities(doc)` finds PERSON/ORG/GPE/... mentions, corrects the small model's
systematic label errors (a city tagged PERSON, a full name tagged ORG, a nationality tagged
GPE) with the offline gazetteer and a list of given names, and joins the variants of a name
used within the article ("Mr. Zelensky", "Zelensky" -> "Volodymyr Zelensky"; "WHO" ->
"World Health Organization"). Cross-article identity is `transforms/resolve.py`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache

import jellyfish
from rapidfuzz.distance import JaroWinkler
from spacy.tokens import Doc
from unidecode import unidecode

from transforms.doc_index import doc_index
from transforms.gazetteer import BIG_CITY_POPULATION, Place, is_demonym, lookup_place

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "gen.", "gen",
     "general", "sen.", "sen", "senator", "rep.", "rep", "sir", "lord", "lady", "secretary", "chancellor",
     "spokesman", "spokeswoman", "spokesperson", "envoy", "king", "queen", "prince", "pope", "cardinal",
     "bishop", "rev.", "rev", "col.", "col", "lt.", "lt", "sgt.", "sgt", "capt.", "capt", "adm.", "adm",
     "gov.", "gov", "judge", "justice", "mayor", "ambassador", "commissioner", "chairman", "chairwoman",
     "director", "officer", "deputy", "vice", "premier", "foreign", "defence", "defense"]
)
# Honorifics and offices that directly precede a name; the mention is widened to hold them
# ("Mr. Zelensky") because NER leaves them out.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Rev)\.?|\b(?:President|Prime Minister|"
    r"Chancellor|Senator|General|Secretary|Minister|Mayor|Ambassador|Judge|Pope|King|Queen|Prince|Sir))"
    r"\s+$"
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INNER_POSSESSIVE = re.compile(r"['’]s\s+")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z.&-]*[A-Z])\)")
_INITIAL = re.compile(r"^[A-Z]\.?$")
_ACRONYM_SHAPE = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$")
_MIN_CITY_FOR_ORG = 100_000
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:district|region|oblast|province|county|village|town|city)\b")
_MIN_CITY_UNTAGGED = 100_000
# Words that make a capitalised span an organisation, never a person's name.
_ORG_WORDS = frozenset(
    ["council", "ministry", "forces", "force", "army", "navy", "bank", "group", "company", "corporation", "corp", "inc", "ltd", "llc", "university", "institute", "agency", "committee", "party", "news", "times", "post", "office", "fund", "foundation", "association", "union", "service", "services", "airlines", "airways", "media", "press", "court", "parliament", "government", "administration", "department", "commission", "organization", "organisation", "network", "club", "league", "federation", "authority", "police", "guard"]
)
# Words that extend a place's name without changing the place ("Gaza" -> "Gaza Strip").
_PLACE_WORDS = frozenset(["strip", "region", "oblast", "province", "state", "city", "county", "district", "republic", "valley"])
_ACRONYM_STOPWORDS = frozenset({"of", "and", "the", "for", "&", "on", "in", "de"})
_GIVEN_SIMILARITY = 0.85
_SURNAME_SIMILARITY = 0.9


@dataclass(frozen=True)
class Mention:
    """One NER mention; `cluster` indexes the article entity it belongs to."""

    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    cluster: int


@dataclass(frozen=True)
class LocalEntity:
    """One entity of one article: its fullest name and the surface forms used for it."""

    cluster: int
    name: str
    label: str
    aliases: tuple[str, ...]
    place: Place | None = None


@dataclass(frozen=True)
class ArticleEntities:
    mentions: tuple[Mention, ...]
    entities: tuple[LocalEntity, ...]

    def entity_at(self, start_char: int, end_char: int) -> LocalEntity | None:
        """The entity of the mention overlapping [start_char, end_char), if any."""
        for mention in self.mentions:
            if mention.start_char < end_char and start_char < mention.end_char:
                return self.entities[mention.cluster]
        return None


# --- names --------------------------------------------------------------------------------


def name_tokens(text: str) -> list[str]:
    """The words of a name without leading titles, a leading 'the' or a possessive ending."""
    words = _POSSESSIVE.sub("", text.strip()).split()
    while len(words) > 1 and (words[0].lower() in _TITLES or words[0].lower() == "the"):
        words = words[1:]
    if words and (words[0].lower() in _TITLES or words[0].lower() == "the") and len(words) == 1:
        return []
    return words


def clean_name(text: str) -> str:
    return " ".join(name_tokens(text)) or text.strip()


def person_parts(text: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a person's name, without titles and middle initials.

    "Dmitri S. Peskov" -> (("Dmitri",), "Peskov"); "Peskov" -> ((), "Peskov").
    """
    words = name_tokens(text)
    if not words:
        return (), ""
    given = tuple(w for w in words[:-1] if not _INITIAL.match(w))
    return given, words[-1]


def skeleton(word: str) -> str:
    """A spelling key under which the common romanisations of one name agree.

    Cyrillic names reach English through several systems (Ukrainian national, BGN/PCGN,
    Library of Congress) that differ in a few letter groups: Zelensky/Zelenskyy/Zelenskiy,
    Heorhii/Georgiy, Syniehubov/Synegubov, Kiril/Kirill all share a skeleton.
    """
    s = unidecode(word).lower()
    s = re.sub(r"[^a-z]", "", s)
    for old, new in (("kh", "h"), ("h", "g"), ("ie", "e"), ("ye", "e"), ("iy", "i"), ("yy", "i"), ("ii", "i"),
                     ("y", "i"), ("j", "i"), ("ts", "c"), ("w", "v")):
        s = s.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", s)


def surnames_match(a: str, b: str) -> bool:
    """Same surname in another spelling: the same skeleton, or the same sound and nearly the same letters."""
    if skeleton(a) == skeleton(b):
        return True
    a_, b_ = unidecode(a).lower(), unidecode(b).lower()
    return jellyfish.metaphone(a_) == jellyfish.metaphone(b_) and JaroWinkler.similarity(a_, b_) >= _SURNAME_SIMILARITY


def given_names_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """First given names that may be the same person's: equal in spelling variants, or an initial of the other."""
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[0].lower() == y[0].lower()
    if skeleton(x) == skeleton(y):
        return True
    x_, y_ = unidecode(x).lower(), unidecode(y).lower()
    return jellyfish.metaphone(x_) == jellyfish.metaphone(y_) and JaroWinkler.similarity(x_, y_) >= _GIVEN_SIMILARITY


@cache
def given_name_detector():
    """gender-guesser's name list, loaded once per process (about 2 s) and shared with coref."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_given_name(word: str) -> bool:
    """Whether `word` is a known given name (the gender-guesser list of about 40,000 names)."""
    word = word.strip(".")
    if len(word) < 2 or not word[0].isupper():
        return False
    return given_name_detector().get_gender(word) != "unknown"


def org_key(text: str) -> str:
    """Comparison form of a non-person name: ASCII, lower case, no punctuation or leading 'the'."""
    key = unidecode(" ".join(name_tokens(text)) or text).lower().replace("'", "")
    key = re.sub(r"[^\w&]+", " ", key).strip()
    return key[4:] if key.startswith("the ") else key


# --- candidates ---------------------------------------------------------------------------


@dataclass
class _Candidate:
    start: int
    end: int
    text: str
    label: str
    place: Place | None = None


def _strip(doc_text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) to drop a leading 'the', a possessive ending and surrounding punctuation."""
    text = doc_text[start:end]
    if (m := re.match(r"(?i)the\s+", text)) and len(text) > m.end():
        start += m.end()
    text = doc_text[start:end]
    if (m := _POSSESSIVE.search(text)) and m.start() > 0:
        end = start + m.start()
    while end > start and not doc_text[end - 1].isalnum() and doc_text[end - 1] != ".":
        end -= 1
    while start < end and not doc_text[start].isalnum():
        start += 1
    return start, end


def _pieces(doc_text: str, start: int, end: int, label: str) -> list[_Candidate]:
    """Split one NER span into the names it runs together.

    "Andrew Kravchenko/Bloomberg" is a photo credit (person / agency); "World Health
    Organization (WHO" swallowed the acronym; "Kharkiv's Nemyshlyanskyi" is a place and what
    belongs to it.
    """
    text = doc_text[start:end]
    cuts: list[tuple[int, int, str]] = []
    paren = text.find("(")
    if paren > 0:
        cuts += [(start, start + paren, label), (start + paren + 1, end, label)]
    elif "/" in text:
        pos = start
        for part in text.split("/"):
            cuts.append((pos, pos + len(part), ""))
            pos += len(part) + 1
    elif (m := _INNER_POSSESSIVE.search(text)) and m.start() > 0 and (
        owner_label := _owner_label(text[: m.start()])
    ):
        cuts += [(start, start + m.start(), owner_label), (start + m.end(), end, label)]
    else:
        cuts = [(start, end, label)]
    pieces = []
    for s, e, lab in cuts:
        s, e = _strip(doc_text, s, e)
        if e <= s or not any(c.isalpha() for c in doc_text[s:e]):
            continue
        piece_text = doc_text[s:e]
        if not lab:  # a credit: the person who took the picture, the agency that sells it
            lab = "PERSON" if _looks_like_person(piece_text) else ("GPE" if lookup_place(piece_text) else "ORG")
        pieces.append(_Candidate(s, e, piece_text, lab))
    return pieces


def _owner_label(owner: str) -> str | None:
    """The label of a place or person that owns the rest of a span ("Kharkiv's mayor"), else None.

    Other possessives are part of the name ("Prosecutor General's Office").
    """
    if lookup_place(owner):
        return "GPE"
    return "PERSON" if _looks_like_person(owner) else None


def _looks_like_person(text: str) -> bool:
    """Two or three capitalised words, the first a known given name, the last not one, no organisation word."""
    words = name_tokens(text)
    if not 2 <= len(words) <= 3:
        return False
    if not all(re.match(r"^[A-Z][\w'’-]*\.?$", w) for w in words):
        return False
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return False
    if lookup_place(text):
        return False
    return is_given_name(words[0]) and not is_given_name(words[-1])


def _with_title(doc_text: str, cand: _Candidate) -> _Candidate:
    m = _TITLE_BEFORE.search(doc_text[max(0, cand.start - 30) : cand.start])
    if m is None:
        return cand
    start = cand.start - (len(doc_text[max(0, cand.start - 30) : cand.start]) - m.start())
    return _Candidate(start, cand.end, doc_text[start : cand.end], cand.label, cand.place)


def _relabel(cand: _Candidate) -> _Candidate:
    """Correct the model's label where the gazetteer or the given-name list knows better."""
    words = name_tokens(cand.text)
    if cand.label in {"GPE", "ORG", "NORP"} and is_demonym(cand.text):
        return _Candidate(cand.start, cand.end, cand.text, "NORP")
    place = lookup_place(cand.text, allow_codes=cand.label in {"GPE", "LOC"})
    if place is not None:
        big = place.kind != "city" or place.population >= BIG_CITY_POPULATION
        if cand.label in {"GPE", "LOC", "NORP", "FAC"}:
            return _Candidate(cand.start, cand.end, cand.text, "GPE", place)
        # Multi-word names of small towns are often ordinary phrases that name an organisation.
        if (cand.label == "ORG" and (len(words) == 1 or place.population >= _MIN_CITY_FOR_ORG)) or (
            cand.label == "PERSON" and (big or not is_given_name(words[0]))
        ):
            return _Candidate(cand.start, cand.end, cand.text, "GPE", place)
        return cand
    if cand.label in {"GPE", "LOC"} and _ACRONYM_SHAPE.match(cand.text):
        # Places are not written as initials, except countries ("U.S."), found above: "U.N." is an organisation.
        return _Candidate(cand.start, cand.end, cand.text, "ORG")
    if cand.label != "PERSON" and _looks_like_person(cand.text):
        return _Candidate(cand.start, cand.end, cand.text, "PERSON")
    return cand


def _candidates(doc: Doc) -> list[_Candidate]:
    text = doc_index(doc).text
    found: list[_Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        for piece in _pieces(text, ent.start_char, ent.end_char, ent.label_):
            if not name_tokens(piece.text):
                continue
            piece = _relabel(piece)
            if piece.label in {"ORG", "PERSON", "LOC", "FAC"} and _PLACE_NOUN_AFTER.match(text, piece.end):
                # "the Nemyshlyanskyi district", "Donetsk region": whatever the model said, a place.
                piece = _Candidate(piece.start, piece.end, piece.text, "GPE", piece.place)
            found.append(_with_title(text, piece) if piece.label == "PERSON" else piece)
    found += _introduced_acronyms(text, found)
    found += _untagged_names(doc)
    # Spans found twice (an introduced acronym the model also missed) or overlapping: keep the first, longest.
    kept: list[_Candidate] = []
    for cand in sorted(found, key=lambda c: (c.start, -c.end)):
        if not kept or cand.start >= kept[-1].end:
            kept.append(cand)
    return kept


def _untagged_names(doc: Doc) -> list[_Candidate]:
    """Names the small model left untagged: a run of proper nouns that is a person's name by its
    given name ("Rustem Umerov, who leads ...") or a country or sizeable city ("attacked targets in Kyiv")."""
    found = []
    run: list = []
    for token in [*doc, None]:
        shouted = token is not None and token.is_upper and len(token.text) >= 3
        if token is not None and not token.ent_type_ and (token.pos_ == "PROPN" or shouted) \
                and token.text[:1].isupper() and re.match(r"^[A-Za-z][\w'’-]*$", token.text):
            run.append(token)
            continue
        if run:
            span = doc[run[0].i : run[-1].i + 1]
            place = lookup_place(span.text)
            if 2 <= len(run) <= 3 and _looks_like_person(span.text):
                found.append(_Candidate(span.start_char, span.end_char, span.text, "PERSON"))
            elif place and (place.kind != "city" or place.population >= _MIN_CITY_UNTAGGED):
                found.append(_Candidate(span.start_char, span.end_char, span.text, "GPE", place))
            elif len(run) == 1 and run[0].is_upper and run[0].pos_ == "PROPN" and len(run[0].text) >= 3:
                # A word in capitals that the tagger takes for a name: an agency or a ticker ("AFP").
                found.append(_Candidate(span.start_char, span.end_char, span.text, "ORG"))
            run = []
    return found


def _introduced_acronyms(text: str, found: list[_Candidate]) -> list[_Candidate]:
    """Occurrences, missed by NER, of an acronym the article introduces: "Rapid Support Forces (RSF)"."""
    covered = [(c.start, c.end) for c in found]
    acronyms = {m.group(1): c.label for c in found if c.label == "ORG" and (m := _ACRONYM_AFTER.match(text, c.end))}
    extra = []
    for acronym, label in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acronym)}\b", text):
            if not any(s < m.end() and m.start() < e for s, e in covered):
                extra.append(_Candidate(m.start(), m.end(), acronym, label))
    return extra


# --- grouping -----------------------------------------------------------------------------


class _Groups:
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


def _group_people(cands: list[_Candidate], groups: _Groups) -> None:
    """Join the full names of one person, then the short forms that point to exactly one of them."""
    people = [i for i, c in enumerate(cands) if c.label == "PERSON"]
    full = [i for i in people if person_parts(cands[i].text)[0]]
    full.sort(key=lambda i: -len(name_tokens(cands[i].text)))
    heads: list[int] = []
    for i in full:
        given, surname = person_parts(cands[i].text)
        same = [h for h in heads if _same_person(person_parts(cands[h].text), (given, surname))]
        if len(same) == 1:
            groups.union(same[0], i)
        elif not same:
            heads.append(i)
    for i, cand in enumerate(cands):
        words = name_tokens(cand.text)
        if len(words) != 1 or i in full or cand.label == "NORP" or (cand.place and cand.label == "GPE"):
            continue
        if cand.label not in {"PERSON", "ORG", "GPE"}:
            continue
        by_surname = [h for h in heads if surnames_match(person_parts(cands[h].text)[1], words[0])]
        by_given = [h for h in heads if person_parts(cands[h].text)[0][0].lower() == words[0].lower()]
        target = None
        if len(by_surname) == 1:
            target = by_surname[0]
        elif not by_surname and len(by_given) == 1 and cand.label in {"PERSON", "ORG"}:
            target = by_given[0]
        if target is not None:
            cands[i] = _Candidate(cand.start, cand.end, cand.text, "PERSON")
            groups.union(target, i)
        elif cand.label == "PERSON" and not by_surname:
            # A lone surname: all its mentions are one person until a full name says otherwise.
            others = [j for j in people if j < i and len(name_tokens(cands[j].text)) == 1
                      and skeleton(name_tokens(cands[j].text)[0]) == skeleton(words[0])]
            if others:
                groups.union(others[0], i)


def _same_person(a: tuple[tuple[str, ...], str], b: tuple[tuple[str, ...], str]) -> bool:
    return surnames_match(a[1], b[1]) and given_names_match(a[0], b[0])


def _initials(text: str) -> str:
    return "".join(w[0] for w in org_key(text).split() if w not in _ACRONYM_STOPWORDS).upper()


def _group_others(text: str, cands: list[_Candidate], groups: _Groups) -> None:
    """Join non-person names: same place, same name, an acronym and its long form, a shortened name."""
    first_of: dict[tuple[str, str], int] = {}
    for i, c in enumerate(cands):
        if c.label == "PERSON":
            continue
        key = (c.label, c.place.place_id) if c.place else (c.label, org_key(c.text))
        if key in first_of:
            groups.union(first_of[key], i)
        else:
            first_of[key] = i
    orgs = [i for i, c in enumerate(cands) if c.label == "ORG" and len(org_key(c.text).split()) > 1]
    introduced = {m.group(1).replace(".", ""): i for i in orgs if (m := _ACRONYM_AFTER.match(text, cands[i].end))}
    for i, c in enumerate(cands):
        if c.label != "ORG" or len(org_key(c.text).split()) != 1:
            continue
        acronym = c.text.replace(".", "")
        if not acronym.isupper():
            continue
        if acronym in introduced:
            groups.union(introduced[acronym], i)
            continue
        matches = {groups.find(j) for j in orgs if _initials(cands[j].text) == acronym}
        if len(matches) == 1:
            groups.union(matches.pop(), i)
    _join_shortened(cands, groups, "ORG", lambda extra: True)
    _join_shortened(cands, groups, "GPE", lambda extra: all(w in _PLACE_WORDS for w in extra))


def _join_shortened(cands: list[_Candidate], groups: _Groups, label: str, extra_ok) -> None:
    """Join a name of 2+ words (1+ for places) to the one longer name of its group that contains it.

    "Air Force" -> "Ukrainian Air Force", "General Staff" -> "General Staff of the Armed
    Forces of Ukraine"; nothing joins when two longer names contain it.
    """
    idx = [i for i, c in enumerate(cands) if c.label == label]
    keys = {i: org_key(cands[i].text).split() for i in idx}
    min_words = 1 if label == "GPE" else 2
    for i in idx:
        short = keys[i]
        if len(short) < min_words:
            continue
        hosts = set()
        for j in idx:
            long_ = keys[j]
            if len(long_) <= len(short) or groups.find(j) == groups.find(i):
                continue
            for k in range(len(long_) - len(short) + 1):
                if long_[k : k + len(short)] == short and extra_ok(long_[:k] + long_[k + len(short) :]):
                    hosts.add(groups.find(j))
                    break
        if len(hosts) == 1:
            groups.union(hosts.pop(), i)


def _display_name(members: list[_Candidate]) -> str:
    """The fullest common form of a name: for people the most used full name, preferring one without initials."""
    label = members[0].label
    place = next((m.place for m in members if m.place), None)
    if place is not None and place.kind == "country":
        return place.name
    forms = Counter(clean_name(m.text) for m in members)
    if label == "PERSON":
        return max(forms, key=lambda f: (len(person_parts(f)[0]) > 0, not any(_INITIAL.match(w) for w in f.split()),
                                         forms[f], len(f)))
    if label == "ORG":
        return max(forms, key=lambda f: (len(org_key(f).split()), forms[f]))
    return max(forms, key=lambda f: (not f.isupper(), forms[f], len(f)))


def extract_entities(doc: Doc) -> ArticleEntities:
    """Mentions of named entities in `doc`, with labels corrected and within-article variants joined.

    A short form joins a full name only when exactly one full name in the article fits it:
    "Mr. Peskov" joins "Dmitry Peskov", but "Smith" next to "John Smith" and "Anna Smith"
    stays on its own. An acronym joins the long form the article introduces it with.
    """
    cands = _candidates(doc)
    groups = _Groups(len(cands))
    _group_people(cands, groups)
    _group_others(doc_index(doc).text, cands, groups)

    cluster_of: dict[int, int] = {}
    members: list[list[_Candidate]] = []
    for i in range(len(cands)):
        root = groups.find(i)
        if root not in cluster_of:
            cluster_of[root] = len(members)
            members.append([])
        members[cluster_of[root]].append(cands[i])

    entities = []
    for c, group in enumerate(members):
        label = Counter(m.label for m in group).most_common(1)[0][0]
        if any(m.label == "PERSON" for m in group):
            label = "PERSON"
        name = _display_name([m for m in group if m.label == label] or group)
        place = next((m.place for m in group if m.place), None) if label in {"GPE", "LOC"} else None
        aliases = tuple(sorted({m.text for m in group} - {name}))
        entities.append(LocalEntity(c, name, label, aliases, place))

    sent_starts = [sent.start_char for sent in doc_index(doc).sents]
    mentions = tuple(
        Mention(cand.start, cand.end, cand.text, entities[cluster_of[groups.find(i)]].label,
                max(bisect_right(sent_starts, cand.start) - 1, 0), cluster_of[groups.find(i)])
        for i, cand in enumerate(cands)
    )
    return ArticleEntities(mentions, tuple(entities))
