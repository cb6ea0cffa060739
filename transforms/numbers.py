"""Counts from digits and number words, as news reports state them.

`parse_count("at least 12")` -> 12, `parse_count("six")` -> 6, `parse_count("dozens")` -> 12.
Vague plurals follow ACLED's coding conventions ("dozens" = 12, "tens" = 10, "hundreds" = 100);
hedges ("at least", "over", "nearly") keep the stated number, as ACLED and GDELT do.
`count_of(token)` reads the whole number phrase a spaCy token heads or belongs to.
"""

from __future__ import annotations

import re

from spacy.tokens import Token
from word2number import w2n

# ACLED: an unquantified plural is coded as its smallest plausible value.
VAGUE_COUNTS: dict[str, int] = {
    "dozen": 12, "dozens": 12, "tens": 10, "scores": 20, "hundreds": 100, "thousands": 1000,
    "a dozen": 12, "a hundred": 100, "a thousand": 1000, "several": 3, "a few": 3,
}
_HEDGES = re.compile(
    r"^(?:at least|at most|more than|less than|fewer than|over|under|nearly|almost|about|around|"
    r"some|approximately|roughly|up to|as many as|an estimated|a total of|another|other)\s+",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "  # noqa: SIM905
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million".split()
)


def parse_count(text: str) -> int | None:
    """The count a phrase states, or None when it states none.

    "at least 12" -> 12, "a dozen" -> 12, "twenty-one" -> 21, "1,200" -> 1200, "many" -> None.
    """
    phrase = text.strip().lower()
    while (stripped := _HEDGES.sub("", phrase)) != phrase:
        phrase = stripped
    if phrase in VAGUE_COUNTS:
        return VAGUE_COUNTS[phrase]
    if _DIGITS.match(phrase):
        return int(phrase.replace(",", ""))
    words = re.split(r"[\s-]+", phrase)
    if not words or not all(w in _NUMBER_WORDS or w == "and" for w in words):
        return None
    try:
        return w2n.word_to_num(phrase)
    except ValueError:
        return None


def _is_number(token: Token) -> bool:
    text = token.lower_
    return bool(_DIGITS.match(text)) or text in _NUMBER_WORDS or text in VAGUE_COUNTS or (
        "-" in text and all(w in _NUMBER_WORDS for w in text.split("-"))
    )


def count_of(token: Token) -> int | None:
    """The count stated by `token` or by the number modifying it.

    "four people" (token people) -> 4, "Dozens of people" (token Dozens) -> 12,
    "30" in "over 30 were injured" -> 30, "a dozen" -> 12.
    """
    if _is_number(token):
        return _phrase_count(token)
    for child in token.children:
        if child.dep_ == "nummod" and _is_number(child):
            return _phrase_count(child)
    return None


def _phrase_count(token: Token) -> int | None:
    """The number phrase around a number token: "twenty one", "a dozen", "1,200"."""
    doc = token.doc
    start = end = token.i
    while start > 0 and _is_number(doc[start - 1]) and doc[start - 1].lower_ not in VAGUE_COUNTS:
        start -= 1
    while end + 1 < len(doc) and _is_number(doc[end + 1]) and doc[end + 1].lower_ not in VAGUE_COUNTS:
        end += 1
    phrase = doc[start : end + 1].text
    if start > 0 and doc[start - 1].lower_ == "a" and token.lower_ in VAGUE_COUNTS:
        phrase = "a " + phrase
    return parse_count(phrase)
