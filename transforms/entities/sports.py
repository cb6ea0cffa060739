"""Countries and cities that play: in a report of a match, "Ghana beat Mali 2-1" names two teams.

News names national teams and many clubs by their country or city ("Sweden's goalkeeper",
"Japan 1 Qatar 0"); those mentions are organisations, not the state. A place is a team in an
article when one of its mentions is one by the sentence around it; its other mentions follow,
except where it is plainly the setting ("in Russia", "at Wembley").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.entities.candidates import Candidate, in_place_of_overlaps, looks_like_person
from transforms.entities.names import is_given_name
from transforms.lexicon.entities import SPORTS_NOUNS, SPORTS_RESULT_VERBS, TEAM_ROLES

# A result: two small numbers joined by a dash ("2-1", "3 – 0"); a year or a range of years is no result.
_SCORE = re.compile(r"(?<![\d/.:-])\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?![\d/.:-])")
# A score written right after the team: "Sweden 1 South Korea 0", "Panama 1, England 6".
_SCORE_AFTER = re.compile(r"^\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?=\s*[,;.)]|\s*$|\s+[A-Z]|\s+(?:in|at|after|on|with)\b)")
_NAME_THEN_SCORE = re.compile(r"[A-Z][\w.'’-]*\s+\d{1,2}\b(?![.,:/-]?\d)")
# A team's name in a results line or a table: capitalised words, with the small words of club names.
_TEAM = r"[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|de|del|of|and|la|le|am|upon))*"
_RESULT_LINE = re.compile(rf"^\s*(?P<a>{_TEAM})\s+\d{{1,3}}\s+(?P<b>{_TEAM})\s+\d{{1,3}}\s*(?:\(.*\))?\s*$")
_STANDINGS_LINE = re.compile(rf"^\s*(?:\d{{1,2}}\.?\s+)?(?P<a>{_TEAM})\s+(?:\d{{1,3}}\s+){{4,}}\d{{1,3}}\s*$")
_LINE = re.compile(r"[^\n]+")
# Words that open a line of numbers and name no team.
_NOT_TEAMS = frozenset({"total", "totals", "played", "points", "pts", "attendance", "half-time", "halftime"})
_TEAM_AFTER = re.compile(r"^\s+(?:national\s+(?:football\s+|soccer\s+|rugby\s+|cricket\s+)?team|squad|XI)\b")
# Results of a game between sides; a player also scores, wins and leads.
_CLUB_VERBS = frozenset({"beat", "defeat", "draw", "tie", "lose", "thrash", "rout", "trounce", "edge", "eliminate",
                         "outplay", "host"})
# What is played between two sides.
_CONTESTS = SPORTS_NOUNS | {"test", "game", "tie", "clash", "derby", "series", "fixture", "encounter"}
_OPPONENT_PREPOSITIONS = frozenset({"against", "versus", "vs", "vs."})
_SETTING_PREPOSITIONS = frozenset({"in", "at", "from", "into", "across", "throughout"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "npadvmod", "conj", "appos"})


def _sporting(sent: Span) -> bool:
    return bool(_SCORE.search(sent.text)) or any(t.lower_ in SPORTS_NOUNS or t.lemma_.lower() in SPORTS_NOUNS
                                                 for t in sent)


def _result_verb(token: Token) -> Token | None:
    """The verb of a result this name is an argument of ("beat" in "Ghana beat Mali", "lost to Mali")."""
    node = token
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if node.dep_ in _ARG_DEPS and head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in SPORTS_RESULT_VERBS:
        return head
    return None


def _plays(span: Span, text: str, end_char: int) -> bool:
    """Whether this mention of a place is a team by its own sentence."""
    root = span.root
    if root.dep_ == "poss" and root.head.lower_ in TEAM_ROLES:
        return True
    if _TEAM_AFTER.match(text[end_char : end_char + 30]):
        return True
    if _SCORE_AFTER.match(text[end_char : end_char + 40]) and _results_line(span.sent):
        return True
    opponent = root.dep_ == "pobj" and root.head.lower_ in _OPPONENT_PREPOSITIONS
    # "the third test between England and Pakistan", "a match between Ghana and Mali": the sides.
    first = _first_conjunct(root)
    if first.dep_ == "pobj" and first.head.lower_ == "between" and first.head.head.lemma_.lower() in _CONTESTS:
        # a "test" or "series" is a game's only in a story about games
        return any(t.lemma_.lower() in SPORTS_NOUNS or t.lower_ in SPORTS_NOUNS for t in span.doc)
    return _sporting(span.sent) and (opponent or _result_verb(root) is not None)


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _results_line(sent: Span) -> bool:
    """Two names each followed by a score: "Japan 2 Qatar 1"."""
    return len(_NAME_THEN_SCORE.findall(sent.text)) >= 2


def _setting(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _SETTING_PREPOSITIONS


def teams(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates for a country or city that is a team in this article, relabelled ORG (see module);
    and a club the model took for a person or an unknown place where it plays ("Blackburn Rovers beat
    ...", "Everton 0" in a results line)."""
    spans = [doc.char_span(c.start, c.end, alignment_mode="expand") for c in cands]
    plays = [span is not None and _plays(span, text, c.end) for c, span in zip(cands, spans, strict=True)]
    playing = {c.place.place_id for c, play in zip(cands, plays, strict=True)
               if c.label == "GPE" and c.place is not None and play}
    out = []
    for cand, span, play in zip(cands, spans, plays, strict=True):
        place_playing = cand.label == "GPE" and cand.place is not None and cand.place.place_id in playing \
            and span is not None and not _setting(span)
        if place_playing or (play and _a_club(cand, span, text)):
            cand = replace(cand, label="ORG", place=None)
        out.append(cand)
    return out


def _a_club(cand: Candidate, span: Span, text: str) -> bool:
    """Whether a name that plays is a club's, not a player's: not a given name and a surname, and, for one
    the model typed a person, of several words ("Blackburn Rovers") or with a score after it in a
    results line (a player's surname alone plays too: "Seles beat Hingis")."""
    if cand.label not in {"PERSON", "GPE"} or (cand.label == "GPE" and cand.place is not None):
        return False
    words = cand.text.split()
    if looks_like_person(cand.text) or is_given_name(words[0]):
        return False
    if cand.label == "GPE":
        return True
    if _SCORE_AFTER.match(text[cand.end : cand.end + 40]) is not None and _results_line(span.sent):
        return True
    verb = _result_verb(span.root)
    return len(words) >= 2 and verb is not None and verb.lemma_.lower() in _CLUB_VERBS


def is_results_line(line: str) -> bool:
    """A line of match results or of a table of standings: "Leeds 2 Aston Villa 0"."""
    return _RESULT_LINE.match(line) is not None or _STANDINGS_LINE.match(line) is not None


def results_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The teams of a results line and of a table of standings ("Leeds 2 Aston Villa 0", "Everton 5 3 1 1
    9 4 10"): each name before a score is a club, ORG, the model's spans there aside ("Leeds 2" a person,
    "Sheffield" a place and "Wednesday" a date). A person's name in full stays a person's."""
    found: list[Candidate] = []
    for line in _LINE.finditer(text):
        m = _RESULT_LINE.match(line.group()) or _STANDINGS_LINE.match(line.group())
        if m is None:
            continue
        for group in ("a", "b"):
            if m.groupdict().get(group) is None:
                continue
            start, end = line.start() + m.start(group), line.start() + m.end(group)
            name = text[start:end]
            # "Sheffield Wednesday": a weekday ends a club's name, never a person's.
            person = looks_like_person(name) and name.split()[-1] not in calendar.day_name
            if not person and name.lower() not in _NOT_TEAMS:
                found.append(Candidate(start, end, name, "ORG"))
    return in_place_of_overlaps(cands, found)
