"""Ingestion: turn one raw input into a cleaned `ArticleRecord`, or a `Rejection` with a reason.

Pure functions over bytes and strings; the flow does the file walking and I/O.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


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


# News pages end with prompts to comment, share or subscribe; none of it is the story.
_TRAILING_BOILERPLATE = re.compile(
    r"^\s*(source link|read more|related:?|share (this|on)\b|comments?\b|leave a comment|"
    r"sign up\b|subscribe\b|click here\b|follow us\b|advertisement$|we want to hear|"
    r"what do you think|join the conversation|copyright|©)",
    re.IGNORECASE,
)


def normalise_for_hash(text: str) -> str:
    """The text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_hash(text).encode()).hexdigest()


def article_id_for(text: str) -> str:
    """Same text (after normalisation), same id, every run."""
    return content_hash(text)[:16]


def drop_trailing_boilerplate(lines: Iterable[str]) -> list[str]:
    """Drop blank lines and boilerplate prompts from the end of an article."""
    kept = list(lines)
    while kept and (not kept[-1].strip() or _TRAILING_BOILERPLATE.match(kept[-1])):
        kept.pop()
    return kept


def clean_text(raw: str) -> str:
    """Normalise line ends and strip trailing boilerplate; inner text is kept as written."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return "\n".join(drop_trailing_boilerplate(text.split("\n"))).strip()


def article_from_text(raw: str, *, source: str, record: int | None = None, **metadata) -> ArticleRecord | Rejection:
    """Clean `raw` and build the article, or reject it when nothing is left."""
    if not raw.strip():
        return Rejection(source, "empty", "the input holds no text", record)
    text = clean_text(raw)
    if not text:
        return Rejection(source, "empty", "nothing is left after removing boilerplate", record)
    digest = content_hash(text)
    return ArticleRecord(
        article_id=digest[:16], source=source, text=text, content_hash=digest, record=record, **metadata
    )


def article_from_bytes(data: bytes, *, source: str) -> ArticleRecord | Rejection:
    """Decode a plain-text file and build the article."""
    if b"\x00" in data[:4096]:
        return Rejection(source, "binary", "the file holds NUL bytes: not text")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Rejection(source, "undecodable", f"not valid UTF-8: {exc}")
    return article_from_text(raw, source=source)
