"""Input formats: plain text and Markdown (YAML front matter or a sidecar), HTML pages,
JSON / JSON Lines records and WARC archives, each read into `ArticleRecord`s or `Rejection`s.

Every function takes the input's bytes (or a binary stream for archives) and its source
name, and yields one outcome per article the input holds: a multi-record input yields
one per record, numbered from 1 in `record` (the JSON Lines line, the WARC record).
"""

from __future__ import annotations

import io
import json
import re
import zlib
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from typing import IO, Any

import frontmatter
import trafilatura
import yaml
from dateutil import parser as dateutil_parser
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from transforms.ingest import (
    EMPTY,
    TOO_LARGE,
    ArticleRecord,
    Rejection,
    article_from_bytes,
    article_from_text,
    decode_bytes,
    utc_published,
    valid_text,
)
from transforms.suffixes import (  # noqa: F401  (re-exported: the readers' names)
    HTML_SUFFIXES,
    JSON_LINES_SUFFIXES,
    JSON_SUFFIXES,
    SIDECAR_SUFFIX,
    TEXT_SUFFIXES,
    WARC_SUFFIXES,
    format_of,
)

Outcome = ArticleRecord | Rejection

MALFORMED_JSON = "malformed_json"
MALFORMED_METADATA = "malformed_metadata"
NO_TEXT = "no_text"
NO_ARTICLE_TEXT = "no_article_text"
MALFORMED_WARC = "malformed_warc"
UNSUPPORTED_FORMAT = "unsupported_format"
HTTP_ERROR = "http_error"
PARSE_ERROR = "parse_error"


# Front matter is a few lines of metadata; more is not metadata, and YAML's cost grows with it.
MAX_FRONT_MATTER_CHARS = 65_536
# A line of a WARC record's headers is a few hundred bytes; warcio reads one whole, whatever its length.
MAX_WARC_LINE_BYTES = 1 << 20

# Below this many words, what trafilatura finds on a page is navigation, not an article.
MIN_HTML_WORDS = 10

# Field names that news APIs, crawlers and front matter use for the same thing, first match wins.
_TEXT_KEYS = ("text", "content", "body")
_HTML_KEYS = ("html", "raw_html")
_METADATA_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url", "uri"),
    "published_at": ("published", "published_at", "publishedAt", "date_published", "datePublished",
                     "date_publish", "pubDate", "pub_date", "date"),
    "outlet": ("outlet", "site_name", "sitename", "source_name", "source", "publisher"),
    "author": ("author", "authors", "byline", "creator"),
}
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|span|a|article|section|h[1-6]|li|html|body)\b[^>]*>", re.IGNORECASE)
# trafilatura's date search limited to what the page states in its markup and URL: the
# "extensive" search would read any date in the page text (a copyright year, a sidebar).
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def parse_published(value: Any, *, source: str = "") -> datetime | None:
    """A publication time, in UTC and time-zone aware, from what an input states: a datetime, a
    date, an ISO 8601 or RFC 2822 string, or epoch seconds (milliseconds when large). A time
    without a zone is taken as UTC, a date alone as its 00:00 UTC; None when unparseable or out
    of range (see `transforms.ingest.utc_published`), never an error."""
    return utc_published(_published(value), source=source)


def _published(value: Any) -> datetime | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float):
        try:
            seconds = value / 1000 if value > 1e11 else value
            return datetime.fromtimestamp(seconds, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    text = value.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return dateutil_parser.parse(text)
    except (ValueError, OverflowError, TypeError, ArithmeticError):
        return None


def _as_text(value: Any) -> str | None:
    """A metadata value as one string: names of a list of people, `name` of an object."""
    if isinstance(value, Mapping):
        value = value.get("name")
    if isinstance(value, list | tuple):
        names = [_as_text(v) for v in value]
        value = ", ".join(n for n in names if n)
    if value is None or isinstance(value, bool):
        return None
    text = str(value).strip()
    return text or None


def metadata_from(fields: Mapping[str, Any]) -> dict[str, Any]:
    """`ArticleRecord` metadata (title, url, published_at, outlet, author) from a record, front
    matter or sidecar, under any of the usual field names; missing or empty fields are left out."""
    found: dict[str, Any] = {}
    for name, keys in _METADATA_KEYS.items():
        for key in keys:
            if key not in fields:
                continue
            # Range-checked and made aware by `article_from_text`, which knows the source to log.
            value = _published(fields[key]) if name == "published_at" else _as_text(fields[key])
            if value is not None:
                found[name] = value
                break
    return found


def _merged(base: Mapping[str, Any], override: Mapping[str, Any] | None) -> dict[str, Any]:
    return {**base, **(override or {})}


def parse_text(
    data: bytes, *, source: str, max_bytes: int | None = None, sidecar: Mapping[str, Any] | None = None
) -> Iterator[Outcome]:
    """A plain-text or Markdown article; YAML front matter and a sidecar (which wins) give metadata."""
    if max_bytes is not None and len(data) > max_bytes:
        yield Rejection(source, TOO_LARGE, f"{len(data)} bytes is over the limit of {max_bytes}")
        return
    text = decode_bytes(data, source=source)
    if isinstance(text, Rejection):
        yield text
        return
    split = _split_front_matter(text, source=source)
    if isinstance(split, Rejection):
        yield split
        return
    body, front = split
    yield article_from_text(body, source=source, **_merged(front, metadata_from(sidecar or {})))


class _NoAliasLoader(yaml.SafeLoader):
    """YAML's safe loader without aliases: each alias copies what it names, so ten nested levels
    of ten aliases make a 600-byte header hold 10^10 strings."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "YAML aliases are not read in front matter",
                                              self.peek_event().start_mark)
        return super().compose_node(parent, index)


def _split_front_matter(text: str, *, source: str) -> tuple[str, dict[str, Any]] | Rejection:
    stripped = text.lstrip("\ufeff")
    if not stripped.startswith("---"):
        return text, {}
    handler = frontmatter.YAMLHandler()
    try:
        header, content = handler.split(stripped)
    except ValueError:
        return text, {}
    if len(header) > MAX_FRONT_MATTER_CHARS:
        return Rejection(source, TOO_LARGE, f"front matter of {len(header)} characters is over the limit of "
                         f"{MAX_FRONT_MATTER_CHARS}")
    try:
        fields = yaml.load(header, Loader=_NoAliasLoader)  # noqa: S506 - a safe loader, without aliases
    except yaml.composer.ComposerError as exc:
        if "aliases" in str(exc):
            return Rejection(source, MALFORMED_METADATA, "the front matter uses YAML aliases, which are not read")
        return text, {}
    except (yaml.YAMLError, ValueError, TypeError, RecursionError):
        # A story that opens with a rule of dashes, not YAML: keep every line of it.
        return text, {}
    if not isinstance(fields, Mapping) or not fields:
        return text, {}
    return content, metadata_from(fields)


def parse_html(
    data: bytes | str,
    *,
    source: str,
    record: int | None = None,
    max_bytes: int | None = None,
    url: str | None = None,
    fallback_published: datetime | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> Outcome:
    """The article of an HTML page (main text, title, date, author, site name by trafilatura),
    or `no_article_text` when the page holds none. `metadata` (e.g. from a record) wins."""
    if isinstance(data, bytes):
        if max_bytes is not None and len(data) > max_bytes:
            return Rejection(source, TOO_LARGE, f"{len(data)} bytes is over the limit of {max_bytes}", record)
        decoded = decode_bytes(data, source=source, record=record)
        if isinstance(decoded, Rejection):
            return decoded
        data = decoded
    if not data.strip():
        return Rejection(source, EMPTY, "the page holds no text", record)
    try:
        page = trafilatura.bare_extraction(
            data, url=url, fast=True, with_metadata=True, include_comments=False, include_images=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # noqa: BLE001 - a page lxml cannot parse is a bad input, not a crash
        return Rejection(source, NO_ARTICLE_TEXT, f"the page could not be parsed: {exc}", record)
    text = page.text if page is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        return Rejection(source, NO_ARTICLE_TEXT, "no article text found on the page", record)
    found = metadata_from({
        "title": page.title, "url": page.url or url, "published": page.date or fallback_published,
        "outlet": page.sitename, "author": page.author,
    })
    return article_from_text(text, source=source, record=record, **_merged(found, metadata))


def record_outcome(fields: Any, *, source: str, record: int | None, max_bytes: int | None = None) -> Outcome:
    """The article of one JSON record: text under text/content/body (HTML there, or under
    html, goes through the HTML reader), metadata from the usual field names."""
    if not isinstance(fields, Mapping):
        return Rejection(source, MALFORMED_JSON, f"a record must be a JSON object, not {type(fields).__name__}",
                         record)
    metadata = metadata_from(fields)
    text = next((fields[k] for k in _TEXT_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
    html = next((fields[k] for k in _HTML_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
    body = text or html
    if body is None:
        present = [k for k in (*_TEXT_KEYS, *_HTML_KEYS) if k in fields]
        if present:
            return Rejection(source, EMPTY, f"the record's {present[0]!r} is empty", record)
        return Rejection(source, NO_TEXT, f"no text under any of {', '.join(_TEXT_KEYS + _HTML_KEYS)}", record)
    body = valid_text(body)
    size = len(body.encode())
    if max_bytes is not None and size > max_bytes:
        return Rejection(source, TOO_LARGE, f"{size} bytes of text is over the limit of {max_bytes}", record)
    if html is body or _LOOKS_LIKE_HTML.search(body):
        if "<html" not in body[:1000].lower():
            # trafilatura needs a document: a fragment from an API gets one around it.
            body = f"<html><body>{body}</body></html>"
        return parse_html(body, source=source, record=record, url=metadata.get("url"), metadata=metadata)
    return article_from_text(body, source=source, record=record, **metadata)


def parse_json_lines(lines: Iterator[bytes], *, source: str, max_bytes: int | None = None) -> Iterator[Outcome]:
    """One article per line of a JSON Lines file; a malformed line is rejected, the rest still read.
    Blank lines are not records; a file of none but blank lines is rejected as empty, so that every file
    is accounted for. `record` is the line number."""
    records = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        records += 1
        if max_bytes is not None and len(line) > max_bytes:
            yield Rejection(source, TOO_LARGE, f"a {len(line)}-byte line is over the limit of {max_bytes}", number)
            continue
        try:
            fields = json.loads(line)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than Python's stack
            yield Rejection(source, MALFORMED_JSON, f"line {number}: {type(exc).__name__}: {exc}", number)
            continue
        yield _isolated(record_outcome, fields, source=source, record=number, max_bytes=max_bytes)
    if not records:
        yield Rejection(source, EMPTY, "the file holds no JSON lines", None)


def _isolated(read: Any, fields: Any, *, source: str, record: int | None, max_bytes: int | None) -> Outcome:
    """One record's outcome; an error reading it rejects that record, not the records after it."""
    try:
        return read(fields, source=source, record=record, max_bytes=max_bytes)
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one bad record must not lose the file's others
        return Rejection(source, PARSE_ERROR, f"{type(exc).__name__}: {exc}", record)


def parse_json(data: bytes, *, source: str, max_bytes: int | None = None) -> Iterator[Outcome]:
    """A JSON file: one record (an object), many (an array, numbered from 1), or JSON Lines
    saved under a .json name."""
    text = decode_bytes(data, source=source)
    if isinstance(text, Rejection):
        yield text
        return
    if not text.strip():
        yield Rejection(source, EMPTY, "the file holds no JSON", None)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if "\n" in text.strip() and exc.msg == "Extra data":
            yield from parse_json_lines(iter(data.splitlines()), source=source, max_bytes=max_bytes)
        else:
            yield Rejection(source, MALFORMED_JSON, str(exc))
        return
    except RecursionError:
        yield Rejection(source, MALFORMED_JSON, "the JSON is nested deeper than it can be read")
        return
    if isinstance(value, list):
        if not value:
            yield Rejection(source, EMPTY, "the file holds an empty list")
        for number, fields in enumerate(value, start=1):
            yield _isolated(record_outcome, fields, source=source, record=number, max_bytes=max_bytes)
    else:
        yield _isolated(record_outcome, value, source=source, record=None, max_bytes=max_bytes)


class InputTooLarge(Exception):
    """An input that would decompress, or run on, past a limit while being read."""


class TruncatedInput(Exception):
    """An input that ends inside a record. Not an EOFError: warcio takes that for the end of the file."""


class _BoundedReader(io.RawIOBase):
    """The bytes of `stream`, refusing (`InputTooLarge`) past `max_total` bytes in all, or
    `max_line` bytes without a line end: a reader that reads a line whole (warcio) would
    otherwise hold a gzip bomb's gigabyte of zeros as one line."""

    def __init__(self, stream: IO[bytes], *, max_total: int, max_line: int) -> None:
        self._stream = stream
        self._max_total = max_total
        self._max_line = max_line
        self._total = 0
        self._since_line_end = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        # read1: one piece as it comes; `read` would wait for all of them, losing a cut file's whole
        # members to the error at its end.
        size = min(len(buffer), 1 << 16)
        chunk = self._stream.read1(size) if hasattr(self._stream, "read1") else self._stream.read(size)
        n = len(chunk)
        buffer[:n] = chunk
        self._total += n
        if self._total > self._max_total:
            raise InputTooLarge(f"the archive holds more than {self._max_total} bytes once decompressed")
        end = chunk.rfind(b"\n")
        self._since_line_end = n - end - 1 if end >= 0 else self._since_line_end + n
        if self._since_line_end > self._max_line:
            raise InputTooLarge(f"a run of more than {self._max_line} bytes without a line end")
        return n


class _GzipMembers(io.RawIOBase):
    """The decompressed bytes of gzip members one after another, a piece at a time. Unlike
    `gzip.GzipFile`, which fails a read that reaches a cut member without returning the whole
    members before it, this returns them, and fails (EOFError) only at the cut."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._member = zlib.decompressobj(wbits=31)
        self._input = b""
        self._in_member = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._member.unconsumed_tail:
                data = self._member.unconsumed_tail
            elif self._input:
                data, self._input = self._input, b""
            else:
                data = self._stream.read(1 << 16)
                if not data:
                    if self._in_member:
                        raise TruncatedInput("the file ends inside a gzip member: it was cut")
                    return 0
            out = self._member.decompress(data, len(buffer))
            self._in_member = True
            if self._member.eof:
                self._input = self._member.unused_data + self._input
                self._member = zlib.decompressobj(wbits=31)
                self._in_member = False
            if out:
                buffer[: len(out)] = out
                return len(out)


def warc_stream(stream: IO[bytes], *, max_total: int, max_line: int) -> IO[bytes]:
    """The decompressed bytes of a WARC file (gzip members read one after another, as warcio
    does), bounded as `_BoundedReader` says."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    compressed = buffered.peek(2)[:2] == b"\x1f\x8b"
    raw: IO[bytes] = _GzipMembers(buffered) if compressed else buffered
    # Unbuffered, short reads: a buffered read waits for all it asked for, and a cut file's
    # error at its end would lose the whole records before it. warcio buffers itself.
    return _BoundedReader(raw, max_total=max_total, max_line=max_line)


def parse_warc(
    stream: IO[bytes], *, source: str, max_bytes: int | None = None, max_total: int | None = None
) -> Iterator[Outcome]:
    """One outcome per response (or resource) record of a WARC file: HTML through the HTML reader
    with the record's URL, plain text through the text reader. The capture time stands in for the
    publication time only when the page states none (a page cannot be published after its capture).
    `record` counts response records from 1; requests, metadata and warcinfo records are not articles.

    Read through `warc_stream`: past `max_total` decompressed bytes, or at a line longer than a
    record may be, the rest of the file is one `too_large` reject. A record cut short (a
    truncated file) is rejected, not kept in part, and so is the rest of the file after it.
    """
    number = 0
    settled = True
    bounded = warc_stream(stream, max_total=max_total or 1 << 62,
                          max_line=max(MAX_WARC_LINE_BYTES, (max_bytes or 0) + 1))
    try:
        for entry in ArchiveIterator(bounded):
            if entry.format.startswith("arc"):
                # warcio reads any line of words as an old ARC header: this file is no WARC.
                raise ValueError("not a WARC record")
            if entry.rec_type not in ("response", "resource"):
                continue
            number += 1
            settled = False
            outcome = _warc_outcome(entry, source=source, number=number, max_bytes=max_bytes)
            settled = True
            yield outcome
    except InputTooLarge as exc:
        yield Rejection(source, TOO_LARGE, f"not read past record {number - (not settled)}: {exc}",
                        number + settled)
        return
    except (ArchiveLoadFailed, TruncatedInput, OSError, EOFError, ValueError, zlib.error) as exc:
        yield Rejection(source, MALFORMED_WARC, f"the archive cannot be read past record {number - (not settled)}: "
                        f"{type(exc).__name__}: {exc}", number + settled)
        return
    if number == 0:
        yield Rejection(source, EMPTY, "the archive holds no response records")


def _warc_outcome(entry: Any, *, source: str, number: int, max_bytes: int | None) -> Outcome:
    url = entry.rec_headers.get_header("WARC-Target-URI")
    captured = _published(entry.rec_headers.get_header("WARC-Date"))
    content_type = ""
    if entry.http_headers is not None:
        status = entry.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            return Rejection(source, HTTP_ERROR, f"{url}: HTTP status {status}", number)
        content_type = entry.http_headers.get_header("Content-Type") or ""
    else:
        content_type = entry.rec_headers.get_header("Content-Type") or ""
    stream = entry.content_stream()
    payload = stream.read(max_bytes + 1) if max_bytes is not None else stream.read()
    if max_bytes is not None and len(payload) > max_bytes:
        return Rejection(source, TOO_LARGE, f"{url}: payload over the limit of {max_bytes} bytes", number)
    if getattr(entry.raw_stream, "limit", 0) > 0:
        # The record states more bytes than the file holds: the file was cut inside it.
        raise TruncatedInput(f"record {number} ends {entry.raw_stream.limit} bytes before its stated length")
    kind = content_type.split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml") or (not kind and url and format_of(url) == "html"):
        return parse_html(payload, source=source, record=number, url=url, fallback_published=captured)
    if kind == "text/plain":
        return article_from_bytes(payload, source=source, record=number, url=url, published_at=captured)
    return Rejection(source, UNSUPPORTED_FORMAT, f"{url}: content type {kind or 'unknown'!r} is not an article",
                     number)
