"""Countries and cities that play: in a report of a match, "Ghana beat Mali 2-1" names two teams.

News names national teams and many clubs by their country or city ("Sweden's goalkeeper",
"Japan 1 Qatar 0"); those mentions are organisations, not the state. A place is a team in an
article when one of its mentions is one by the sentence around it; its other mentions follow,
except where it is plainly the setting ("in Russia", "at Wembley").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.entities.candidates import Candidate
from transforms.lexicon.entities import SPORTS_NOUNS, SPORTS_RESULT_VERBS, TEAM_ROLES

# A result: two small numbers joined by a dash ("2-1", "3 – 0"); a year or a range of years is no result.
_SCORE = re.compile(r"(?<![\d/.:-])\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?![\d/.:-])")
# A score written right after the team: "Sweden 1 South Korea 0", "Panama 1, England 6".
_SCORE_AFTER = re.compile(r"^\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?=\s*[,;.)]|\s*$|\s+[A-Z]|\s+(?:in|at|after|on|with)\b)")
_NAME_THEN_SCORE = re.compile(r"[A-Z][\w.'’-]*\s+\d{1,2}\b(?![.,:/-]?\d)")
_TEAM_AFTER = re.compile(r"^\s+(?:national\s+(?:football\s+|soccer\s+|rugby\s+|cricket\s+)?team|squad|XI)\b")
_OPPONENT_PREPOSITIONS = frozenset({"against", "versus", "vs", "vs."})
_SETTING_PREPOSITIONS = frozenset({"in", "at", "from", "into", "across", "throughout"})
_ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "npadvmod", "conj", "appos"})


def _sporting(sent: Span) -> bool:
    return bool(_SCORE.search(sent.text)) or any(t.lower_ in SPORTS_NOUNS for t in sent)


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
    return _sporting(span.sent) and (opponent or _result_verb(root) is not None)


def _results_line(sent: Span) -> bool:
    """Two names each followed by a score: "Japan 2 Qatar 1"."""
    return len(_NAME_THEN_SCORE.findall(sent.text)) >= 2


def _setting(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _SETTING_PREPOSITIONS


def teams(doc: Doc, text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates for a country or city that is a team in this article, relabelled ORG (see module)."""
    spans = [doc.char_span(c.start, c.end, alignment_mode="expand") for c in cands]
    playing = {c.place.place_id for c, span in zip(cands, spans, strict=True)
               if c.label == "GPE" and c.place is not None
               and span is not None and _plays(span, text, c.end)}
    if not playing:
        return cands
    out = []
    for cand, span in zip(cands, spans, strict=True):
        if cand.label == "GPE" and cand.place is not None and cand.place.place_id in playing \
                and span is not None and not _setting(span):
            cand = replace(cand, label="ORG", place=None)
        out.append(cand)
    return out
