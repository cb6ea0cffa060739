"""Ingestion: turn one raw input into a cleaned `ArticleRecord`, or a `Rejection` with a reason.

Pure functions over bytes and strings; the flow does the file walking and I/O, and
`transforms.formats` reads each input format into calls of `article_from_text`.

Cleaning keeps the story as written and removes only what is not the story:
page furniture found by pattern (`transforms.furniture`: share and newsletter prompts,
credits, bylines), lines that repeat across many articles of one
input batch (`repeated_lines`), and mojibake (ftfy). Every character offset written by
the extractors refers to `ArticleRecord.text`, the text after cleaning.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import PurePath

import charset_normalizer
import ftfy
import ftfy.badness
import numpy as np
from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from transforms.furniture import RELATED_HEADING, clean_lines


@dataclass(frozen=True)
class ArticleRecord:
    """A cleaned article ready for parsing; `text` is what every offset refers to."""

    article_id: str
    source: str
    text: str
    content_hash: str
    title: str | None = None
    published_at: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    record: int | None = None

    @property
    def n_words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Rejection:
    """An input that was not ingested: `reason` is a stable code, `detail` is for people."""

    source: str
    reason: str
    detail: str
    record: int | None = None

    def __post_init__(self) -> None:
        # A detail may quote the input (an exception message can hold a whole line of it): a
        # gzip bomb's detail once held gigabytes. People need the start, not all of it.
        if len(self.detail) > MAX_DETAIL_CHARS:
            object.__setattr__(self, "detail", self.detail[: MAX_DETAIL_CHARS - 1] + "…")


# Characters of a rejection's detail kept.
MAX_DETAIL_CHARS = 300

# Stable reason codes of the rejects table.
EMPTY = "empty"
BINARY = "binary"
UNDECODABLE = "undecodable"
TOO_LARGE = "too_large"
UNSUPPORTED_LANGUAGE = "unsupported_language"

_log = logging.getLogger("newsfacts.ingest")

# Publication times outside these are errors of the input (a year 0001 or 9999 placeholder, epoch
# milliseconds read as seconds), and later steps cannot shift them by a time zone without overflow.
EARLIEST_PUBLISHED = datetime(1800, 1, 1, tzinfo=UTC)
LATEST_PUBLISHED = datetime(2200, 1, 1, tzinfo=UTC)
# Below this share of Latin letters a text is in another script: the English model reads it as noise
# however short it is (a one-line Russian story is too short for the language detector).
MIN_LATIN_SHARE = 0.5
_SCRIPT_SAMPLE_CHARS = 2000
# charset-normalizer's "chaos" of its best guess, from which the guess is too unsure to keep.
MAX_DECODING_CHAOS = 0.1
# Characters a Western (cp1252) reading may produce besides letters: typographic punctuation.
_WESTERN_MARKS = frozenset("“”‘’‚„–—…•·«»‹›€£¥¢©®°±§¶×÷¼½¾¹²³ªº¿¡´¨¸¯ \xa0\xad†‡‰™")

# Below this many words a language guess is noise: such texts are kept and their language left null.
MIN_WORDS_FOR_LANGUAGE = 20
# A language guess needs a paragraph or two, not the whole article (detection time grows with length).
_LANGUAGE_SAMPLE_CHARS = 500
_LONG_LANGUAGE_SAMPLE_CHARS = 4000
# The languages most news arrives in; an unlisted one is still told apart from English by script
# and spelling, and loading every model would make the first detection take seconds.
_DETECTABLE_LANGUAGES = (
    Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
    Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.RUSSIAN, Language.UKRAINIAN,
    Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.HINDI,
    Language.INDONESIAN, Language.CHINESE, Language.JAPANESE, Language.KOREAN,
)

def normalise_for_hash(text: str) -> str:
    """The text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode()).hexdigest()


def article_id_for(text: str) -> str:
    """Same text (after normalisation), same id, every run."""
    return content_hash(text)[:16]


def utc_published(moment: datetime | None, *, source: str = "") -> datetime | None:
    """`moment` made time-zone aware: a time without a zone is taken as UTC (a date alone is
    that day at 00:00 UTC); a stated zone is kept, as the local day is what an article's "today"
    means. None, and a warning in the log, for a time outside `EARLIEST_PUBLISHED`..
    `LATEST_PUBLISHED` or one that cannot be moved to UTC (year 9999 at UTC-5)."""
    if moment is None:
        return None
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    try:
        in_range = EARLIEST_PUBLISHED <= aware.astimezone(UTC) < LATEST_PUBLISHED
    except (OverflowError, ValueError):
        in_range = False
    if not in_range:
        _log.warning("%s: publication time %s is out of range; left empty", source, moment.isoformat())
        return None
    return aware


def decode_bytes(data: bytes, *, source: str, record: int | None = None) -> str | Rejection:
    """The text of `data`: UTF-8 (with or without BOM), a BOM-marked UTF-16/32, Western European
    (cp1252) when every character it gives is a letter or typographic mark of Western text, or
    the encoding charset-normalizer finds when it is sure enough; a `Rejection` for binary
    content or bytes no encoding explains with confidence."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
                          (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    head = data[:8192]
    if b"\x00" in head or _control_share(head) > 0.05:
        return Rejection(source, BINARY, "the input holds NUL or control bytes: not text", record)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western_reading(data)
    if western is not None:
        return western
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return Rejection(source, UNDECODABLE, "not UTF-8 and no other text encoding fits", record)
    if best.chaos > MAX_DECODING_CHAOS:
        return Rejection(source, UNDECODABLE, f"not UTF-8; the best guess, {best.encoding}, has confidence "
                         f"{1 - best.chaos:.2f}, under {1 - MAX_DECODING_CHAOS:.2f}", record)
    text = str(best)
    if latin_share(text) >= MIN_LATIN_SHARE and not _plausible_latin(text):
        # A Latin text that no Western reading explains, read as another Latin code page, gives
        # symbols between the words: mojibake, whatever the guesser's confidence.
        return Rejection(source, UNDECODABLE, f"not UTF-8, and read as {best.encoding} the text holds symbols "
                         "that no Latin text would", record)
    return text


def _western_reading(data: bytes) -> str | None:
    """`data` read as cp1252 (Latin-1 for its five unassigned bytes) when that gives English-like
    text: every non-ASCII character a letter inside mostly ASCII words, or a typographic mark.

    Why first: charset-normalizer guesses from byte statistics, and on a short Latin-1 story, a
    few accented names in ASCII words, it picks a Central European or Asian code page ("Muñoz"
    read as "Muńoz"). Text in another script read as cp1252 gives runs of accented letters
    ("Ìîñêâà"), which this refuses.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text if _plausible_latin(text) else None


def _plausible_latin(text: str) -> bool:
    """Whether a Latin text's non-ASCII characters are what Western text holds: letters inside
    mostly ASCII words (no run of three), typographic marks, and few of them."""
    letters = non_ascii_letters = run = 0
    for char in text:
        if char.isascii():
            run = 0
            letters += char.isalpha()
            continue
        if char.isalpha():
            letters += 1
            non_ascii_letters += 1
            run += 1
            if run >= 3:
                return False
        elif char not in _WESTERN_MARKS:
            return False
        else:
            run = 0
    return non_ascii_letters <= 0.1 * max(letters, 1)


def latin_share(text: str) -> float:
    """The share of the letters of the text's first characters that are Latin (1.0 with no letters)."""
    letters = latin = 0
    for char in text[:_SCRIPT_SAMPLE_CHARS]:
        if char.isalpha():
            letters += 1
            latin += char.isascii() or unicodedata.name(char, "").startswith("LATIN")
    return latin / letters if letters else 1.0


def valid_text(text: str) -> str:
    """`text` with any lone surrogate (JSON may escape one: "\\ud800") replaced: no writer takes them."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def _control_share(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head)


def repair_text(raw: str) -> str:
    """Fix mojibake and normalise line ends; quotes, dashes and widths stay as written
    (quote extraction tells “curly” from "straight" marks)."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii() or not ftfy.badness.is_bad(text):
        # Nearly every article is clean: ftfy's full pass costs more than the rest of cleaning.
        return unicodedata.normalize("NFC", text)
    return ftfy.fix_text(raw, uncurl_quotes=False, fix_character_width=False, unescape_html=False)


def _join(lines: Iterable[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in lines)).strip()


def clean_text(raw: str) -> str:
    """The story of `raw`: mojibake repaired, boilerplate and byline lines removed, blank runs collapsed."""
    lines, _ = clean_lines(repair_text(raw.replace("\ufeff", "")).split("\n"))
    return _join(lines)


@lru_cache(maxsize=1)
def _language_detector() -> LanguageDetector:
    # Built once per process: models load lazily on first use and are then kept. Low accuracy
    # mode loads trigram models only: 16 MB instead of 247 MB and 0.3 s instead of 4 s, and it
    # is weak only on texts of a few words, which are not judged (MIN_WORDS_FOR_LANGUAGE). On 404
    # English articles of 20 words or more, both modes gave the same language for every one; each
    # of eight news paragraphs in other languages (German to Turkish) was named right.
    return LanguageDetectorBuilder.from_languages(*_DETECTABLE_LANGUAGES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text is too short to judge."""
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return None
    detector = _language_detector()
    found = detector.detect_language_of(text[:_LANGUAGE_SAMPLE_CHARS])
    if found is not None and found is not Language.ENGLISH and len(text) > _LANGUAGE_SAMPLE_CHARS:
        # a masthead, a section menu or a standfirst in another language may open an English story:
        # a text is in the language most of it is written in, which a longer sample settles
        found = detector.detect_language_of(text[:_LONG_LANGUAGE_SAMPLE_CHARS])
    return found.iso_code_639_1.name.lower() if found else None


def article_from_text(
    raw: str, *, source: str, record: int | None = None, **metadata
) -> ArticleRecord | Rejection:
    """Clean `raw` and build the article (metadata as `ArticleRecord` fields), or reject it when
    nothing is left or it is not English (the English model would produce garbage from it)."""
    if not raw.strip():
        return Rejection(source, EMPTY, "the input holds no text", record)
    raw = valid_text(raw)
    metadata = {key: valid_text(value) if isinstance(value, str) else value for key, value in metadata.items()}
    lines, byline = clean_lines(repair_text(raw.replace("\ufeff", "")).split("\n"))
    text = _join(lines)
    if not text:
        return Rejection(source, EMPTY, "nothing is left after removing boilerplate", record)
    if latin_share(text) < MIN_LATIN_SHARE:
        return Rejection(source, UNSUPPORTED_LANGUAGE, "the text is mostly in a script other than Latin; "
                         "only English is parsed", record)
    language = detect_language(text)
    if language not in (None, "en"):
        return Rejection(source, UNSUPPORTED_LANGUAGE, f"detected language {language!r}; only English is parsed",
                         record)
    if not metadata.get("author") and byline:
        metadata["author"] = byline
    if "published_at" in metadata:
        metadata["published_at"] = utc_published(metadata["published_at"], source=source)
    digest = content_hash(text)
    return ArticleRecord(
        article_id=digest[:16], source=source, text=text, content_hash=digest, record=record,
        language=language, **metadata,
    )


def article_from_bytes(
    data: bytes, *, source: str, record: int | None = None, max_bytes: int | None = None, **metadata
) -> ArticleRecord | Rejection:
    """Decode a plain-text input and build the article."""
    if max_bytes is not None and len(data) > max_bytes:
        return Rejection(source, TOO_LARGE, f"{len(data)} bytes is over the limit of {max_bytes}", record)
    text = decode_bytes(data, source=source, record=record)
    if isinstance(text, Rejection):
        return text
    return article_from_text(text, source=source, record=record, **metadata)


def batch_of(article: ArticleRecord) -> str:
    """The input batch an article came in: its file for records of a multi-record file
    (JSON Lines, WARC), else the folder holding it."""
    if article.record is not None:
        return article.source
    return str(PurePath(article.source).parent)


def _content_lines(text: str) -> set[str]:
    # The heading of related stories recurs in many articles by design: it marks where the story ends.
    return {stripped for line in text.split("\n") if any(c.isalnum() for c in line)
            and (stripped := line.strip()) != RELATED_HEADING}


def content_line_hashes(text: str) -> np.ndarray:
    """Hashes (int64) of the text's distinct stripped lines that hold a letter or digit.

    Lines are counted by hash, not kept as strings: the lines of 20,000 stories held 130 MB.
    Python's `hash` is fixed within a process only, so the hashes of one run are compared only
    with each other, never stored.
    """
    return np.fromiter({hash(line) for line in _content_lines(text)}, dtype=np.int64)


def repeated_lines(
    batches: Sequence[str],
    units: Sequence[object],
    line_hashes: Sequence[np.ndarray],
    *,
    min_articles: int = 3,
    min_share: float = 0.3,
) -> dict[str, frozenset[int]]:
    """Lines (by `content_line_hashes`) that repeat across many articles of the same input batch
    (`batch_of`): per batch, the lines found in at least `min_articles` units and `min_share` of them.

    Article `i` came in batch `batches[i]` and belongs to unit `units[i]`: an article, or a group
    of articles counted once (copies of one syndicated story share their text, and must not make
    each other's sentences boilerplate).
    """
    members: dict[str, dict[object, list[int]]] = {}
    for i, (batch, unit) in enumerate(zip(batches, units, strict=True)):
        members.setdefault(batch, {}).setdefault(unit, []).append(i)
    found: dict[str, frozenset[int]] = {}
    for batch, by_unit in members.items():
        if len(by_unit) < min_articles:
            continue
        per_unit = [np.unique(np.concatenate([line_hashes[i] for i in indices])) if len(indices) > 1
                    else line_hashes[indices[0]] for indices in by_unit.values()]
        values, counts = np.unique(np.concatenate(per_unit), return_counts=True)
        repeated = values[counts >= max(min_articles, min_share * len(by_unit))]
        if len(repeated):
            found[batch] = frozenset(repeated.tolist())
    return found


def without_lines(article: ArticleRecord, line_hashes: frozenset[int]) -> ArticleRecord | Rejection:
    """The article without the lines whose `content_line_hashes` value is in `line_hashes`, its id recomputed."""
    if not line_hashes:
        return article
    kept = [line for line in article.text.split("\n") if hash(line.strip()) not in line_hashes]
    text = _join(kept)
    if text == article.text:
        return article
    if not text:
        return Rejection(article.source, EMPTY, "nothing is left after removing lines repeated across the batch",
                         article.record)
    digest = content_hash(text)
    return replace(article, article_id=digest[:16], content_hash=digest, text=text)
