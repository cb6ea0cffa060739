"""Where news names its sources: outlets and wire services the model took for people or places.

"told Anadolu", "according to Kyodo", "Interfax reported", "state news agency Bernama": the slot a
name stands in says it is an outlet, unless the article names a person by it or something happens
in it ("in Xinhua" is the town).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Span

from transforms.entities.candidates import Candidate
from transforms.entities.names import is_given_name, is_particle, is_persons_role, name_tokens
from transforms.gazetteer import FAR_TOWN_POPULATION
from transforms.lexicon.entities import OUTLET_NAME_HEADS
from transforms.lexicon.speech import SPEECH_VERBS

# Prepositions whose object is a location whatever else the name could be.
SPATIAL_PREPOSITIONS = frozenset({"near", "outside", "around"})
LOCATIVE_PREPOSITIONS = SPATIAL_PREPOSITIONS | {"in", "at", "to", "from", "into", "across", "toward", "towards"}
# Verbs through which an outlet, not a person, is the source ("Anadolu reported").
OUTLET_VERBS = frozenset({"report", "broadcast", "publish"})


SOURCE_VERBS = SPEECH_VERBS | OUTLET_VERBS
# Verbs of which an outlet is the subject and a person rarely is ("Interfax quoted a source").
_CITING_VERBS = OUTLET_VERBS | {"quote", "cite"}
# What outlets do with a story besides telling it: "carried by Xinhua", "Kyodo aired the footage".
_CARRYING_VERBS = frozenset({"carry", "air", "cite", "quote"})
# What a newsroom does with a claim or a document: "X could not independently verify", "X has obtained".
_CHECKING_VERBS = frozenset({"verify", "confirm", "obtain", "review"})
# Verbs whose "to" names whom one speaks to ("speaking to Xinhua", "said to Yonhap").
_ADDRESS_VERBS = frozenset({"speak", "talk", "say", "tell", "explain", "confirm", "describe"})
# Who works for an outlet, named with it: "a Kyodo correspondent", "the Vesti reporter".
_NEWSROOM_PEOPLE = frozenset({"correspondent", "reporter", "journalist", "photographer", "cameraman", "columnist"})
# What one gives an outlet: "in comments to Yonhap", "an interview with Kyodo".
_REMARK_NOUNS = frozenset({"interview", "comment", "remark", "statement", "conversation"})
# The line that closes a newspaper's article: "Published in Dawn", "First published in The Hindu".
_PUBLISHED_IN = re.compile(r"(?im)^[ \t]*(?:first\s+|originally\s+)?(?:published|appeared)\s+in\s+(?:the\s+)?$")
# Nouns that name what an outlet is, next to its name: "state news agency Bernama", "Kyodo news agency".
_OUTLET_BEFORE = re.compile(r"(?i)\b(?:news\s+agency|press\s+agency|newspaper|daily|broadcaster|tabloid|"
                            r"news\s+site|news\s+website|news\s+outlet|news\s+channel|wire\s+service|"
                            r"state\s+(?:television|TV|radio)|television\s+channel|TV\s+channel|radio\s+station)\s+$")
_OUTLET_AFTER = re.compile(r"(?i)\s+(?:news\s+agency|press\s+agency|newspaper|daily|broadcaster|tabloid|"
                           r"news\s+site|news\s+website|news\s+outlet|news\s+channel|wire\s+service)\b")


# A credit that closes a line: "Photo: X", "Source: X", "(X)", "(Maria Lopes/X)", "© 2026 X", a caption's
# "... on Monday. | X".
_CREDIT = re.compile(r"(?m)(?:\b(?:Source|Image|Photo|Photograph|Picture|Credit|Video)s?:[ \t]*"
                     r"|©[ \t]*(?:\d{4}[ \t]+)?|[(/]|(?<=[.!?])[ \t]*\|[ \t]*)(?P<name>[A-Z][^\n()/:|]{0,40}?)\)?[ \t]*$")


# An agency's credit in brackets in a paragraph's dateline: "PEMBA, 9 Mar 2027 (Lusa) - ...".
_DATELINE_CREDIT = re.compile(r"(?m)^[A-Z][^\n()]{1,60}?\((?P<name>[A-Z][\w.&'’-]*(?:[ \t][A-Z][\w.&'’-]*){0,2})\)[ \t]*(?:--|[-–—])[ \t]")


# The credits that sign a picture without a label: "© X", a caption's "... on Monday. | X". A labelled credit
# ("Image: X") names whom some corpora count among the article's entities; these signatures name the
# owner of the picture only.
_SIGNATURE_CREDIT = re.compile(r"(?m)(?:©[ \t]*(?:\d{4}[ \t]+)?|(?<=[.!?])[ \t]*\|[ \t]*)"
                               r"(?P<name>[A-Z][^\n()/:|]{0,40}?)[ \t]*$")


def picture_credits(text: str) -> set[int]:
    """Where the names start that sign a picture ("© X", "... on Monday. | X")."""
    return {m.start("name") for m in _SIGNATURE_CREDIT.finditer(text)}


# The page's own outlet, alone on its first line: "Harbour Voice", "Kawa".
_MASTHEAD = re.compile(r"\A[ \t]*(?P<name>[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3})[ \t]*$", re.MULTILINE)


def credits(text: str) -> dict[int, str]:
    """The names the article credits a picture, a report or itself to (photographers', outlets',
    agencies', its masthead's), by where they start."""
    return {m.start("name"): " ".join(name_tokens(m.group("name")))
            for pattern in (_CREDIT, _DATELINE_CREDIT, _MASTHEAD) for m in pattern.finditer(text)}


def credited_name(name: str, credits: Collection[str]) -> bool:
    """Whether the article credits a picture, a report or itself to `name`, or to the outlet whose
    edition it names ("told Kawa English" on a page whose masthead is "Kawa")."""
    # (a credit of two letters, "AP", opens too many other names to name their outlet)
    return name in credits or any(name.startswith(credit + " ") and len(credit) > 2 for credit in credits)


def name_key(cand: Candidate) -> str:
    return " ".join(name_tokens(cand.text))


def speaks(token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in SOURCE_VERBS | _CARRYING_VERBS


def acts(token) -> bool:
    """The subject or the object of a verb that is not one of speech or of a newsroom's checking:
    "Halvorsen will veto", "praised Brisco"; not "Al Jazeera could not verify the claim"."""
    return token.dep_ in {"nsubj", "dobj"} and token.head.pos_ in {"VERB", "AUX"} \
        and token.head.lemma_.lower() not in SOURCE_VERBS | _CARRYING_VERBS | _CHECKING_VERBS


def in_a_place(token) -> bool:
    """Whether a name is where something happens or goes ("in Xinhua", "flew to Kyodo"), not whom one
    speaks to ("speaking to Xinhua", "according to Kyodo")."""
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS:
        return False
    verb = token.head.head
    return verb.lower_ != "according" and verb.lemma_.lower() not in _ADDRESS_VERBS | _REMARK_NOUNS


def people_words(cands: list[Candidate], credits: Collection[str] = ()) -> dict[str, set[str]]:
    """The words of the names the article gives people, each with the names that hold it ("" for a
    name with a title): a word held by a titled name or by another name is a person's. ("Al Jazeera",
    typed a person twice, does not make itself one; nor does an edition of the page's own outlet,
    "Kawa English" on Kawa's page.)"""
    words: dict[str, set[str]] = {}
    for cand in cands:
        tokens = name_tokens(cand.text)
        titled = tokens != cand.text.split()
        if cand.label == "PERSON" and (len(tokens) >= 2 or titled) \
                and not (len(tokens) >= 2 and credited_name(" ".join(tokens), credits)):
            for token in tokens:
                if not is_particle(token):
                    words.setdefault(token.lower(), set()).add("" if titled else " ".join(tokens))
    return words


def published_in(text: str, cand: Candidate) -> bool:
    """Whether a name is the paper of the line that closes its article: "Published in Dawn, May 2nd"."""
    return _PUBLISHED_IN.search(text, max(0, cand.start - 40), cand.start) is not None


def the_pages_masthead(text: str, cand: Candidate) -> bool:
    """Whether a name of two words or more is the outlet the page names alone on its first line, in its
    own capitals or not ("CAUCASIAN KNOT" over "told Caucasian Knot"): the page's own outlet wherever the
    story names it. One word alone may be the page's section ("Sudan")."""
    masthead = _MASTHEAD.search(text)
    words = name_tokens(cand.text)
    return masthead is not None and len(words) >= 2 and masthead.start("name") != cand.start \
        and " ".join(words).casefold() == " ".join(name_tokens(masthead.group("name"))).casefold()


def an_outlet(span: Span, text: str, cand: Candidate, people: dict[str, set[str]],
              credits: Collection[str] = ()) -> bool:
    """A name the model took for a person or a place that stands where news names an outlet: told
    something ("told Anadolu"), spoken to ("speaking to Xinhua", "said to Yonhap", "in an interview with
    Kyodo"), the source of "according to", the subject or agent of "quoted", "cited", "reported" ("carried
    by Xinhua"), or named beside "news agency", "newspaper", "broadcaster" ("state news agency Bernama",
    "Yonhap news agency"). Not a name the article gives a person ("told Peskov" after "Dmitry Peskov"), a
    given name, a country or a large city ("told Israel"), unless the article credits a picture or itself
    to that name (`credits`: "told Lusa" and "Source: Lusa")."""
    if cand.label not in {"PERSON", "GPE", "LOC", "ORG"}:
        return False
    if _OUTLET_BEFORE.search(text, max(0, cand.start - 30), cand.start):
        return True  # "state news agency Saba", "the daily Dawn": whatever town or given name it is
    if cand.label == "ORG":
        return False
    words = name_tokens(cand.text)
    if len(words) >= 2 and (any(w.lower() in OUTLET_NAME_HEADS for w in words[1:]) or words[0] == "Daily") \
            and not is_given_name(words[0]):
        # "he told Jubba Online by phone", "told Daily Herald", "told Novaya Gazeta Europe": no person's name is so
        return True
    place = cand.place
    if place is not None and (place.kind != "city" or place.population >= FAR_TOWN_POPULATION):
        return False
    name = " ".join(words)
    if not words or words != cand.text.split() or any(people.get(w.lower(), set()) - {name} for w in words):
        return False  # a title before it, or a person the article names elsewhere
    if _OUTLET_AFTER.match(text, cand.end):
        return True  # "Yonhap news agency"
    if published_in(text, cand):
        return True
    if not credited_name(name, credits) or (len(words) > 1 and is_given_name(words[0])):  # a photographer's name
        if is_given_name(words[0]) and not (len(words) > 1 and (words[0].isupper() or is_particle(words[0]))):
            return False  # a given name; "RIA Novosti" and "Al Arabiya" open with an acronym or an article
        if cand.label == "PERSON" and len(words) > 1 and not (words[0].isupper() or is_particle(words[0])):
            return False  # "an interview with ESPN's Tavish Moreland": a person's name in full
    root = span.root
    head = root.head
    if any(child.dep_ == "appos" and child.i > root.i and is_persons_role(child.lemma_) for child in root.children):
        return False  # "according to Paluku Sikuli, a civil society leader": what the text calls him
    if root.dep_ == "poss":
        # "CNN's Jake Tapper": the one whose correspondent a person's full name is, is an outlet
        return head.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON"
                                                  for c in head.children)
    if root.dep_ == "compound" and head.lemma_.lower() in _NEWSROOM_PEOPLE:
        return True  # "told the Caucasian Herald correspondent": whose correspondent it is
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return head.lemma_.lower() in _CITING_VERBS
    if root.dep_ in {"dobj", "dative"}:
        return head.lemma_.lower() == "tell"
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return head.head.lower_ == "according" or head.head.lemma_.lower() in _ADDRESS_VERBS | _REMARK_NOUNS
    if head.lower_ == "by":
        return head.head.lemma_.lower() in _CITING_VERBS | _CARRYING_VERBS  # "carried by Xinhua"
    return head.lower_ == "with" and head.head.lemma_.lower() in _REMARK_NOUNS


# The word after an outlet's initials that completes its name: "ABS-CBN News", "GMA News", "NDTV Online".
_NEWS_WORD_AFTER = re.compile(r"[ \t]+(?:News|Online)\b(?![ \t]+[A-Z])")


def outlets_with_their_news_word(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A body named by initials that the model cut before "News" ("ABS-CBN" + "News poll"): the outlet's
    whole name."""
    out = []
    for cand in cands:
        m = _NEWS_WORD_AFTER.match(text, cand.end)
        initials = sum(ch.isupper() for ch in cand.text) >= 2 and not any(ch.islower() for ch in cand.text)
        if cand.label == "ORG" and m is not None and initials:
            cand = Candidate(cand.start, m.end(), text[cand.start : m.end()], "ORG")
        out.append(cand)
    return out


# An outlet named after telling it or after "according to" it, by the word that ends an outlet's name: "told
# Kenya Today", "she told OC Media", "according to Harbour Times". "Today" closes outlets' names too.
_TOLD_OUTLET = re.compile(
    r"\b(?:told|tells|telling|according[ \t]+to|interview[ \t]+with|speaking[ \t]+to)[ \t]+(?:the[ \t]+)?"
    r"((?:[A-Z][\w&'’.-]*[ \t]+){1,3}(?:" + "|".join(sorted(w.title() for w in OUTLET_NAME_HEADS | {"today"}))
    + r"|TV))\b(?![ \t]+[A-Z0-9])")


def outlets_told(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Outlets in the slot of the one told ("told Kenya Today"), which the model cut at a place's name or
    left untagged: the whole name, a body, in place of what it overlaps."""
    told = [Candidate(m.start(1), m.end(1), m.group(1), "ORG") for m in _TOLD_OUTLET.finditer(text)]
    if not told:
        return cands
    # (a longer name the model read stays: "told BBC Radio 4's Today programme")
    told = [t for t in told if not any(c.start < t.end and t.start < c.end and (c.start < t.start or c.end > t.end)
                                       for c in cands)]
    kept = [c for c in cands if not any(t.start < c.end and c.start < t.end for t in told)]
    return sorted(kept + told, key=lambda c: c.start)
