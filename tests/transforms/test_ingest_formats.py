"""HTML pages, JSON and JSON Lines records, WARC archives: one outcome per article, metadata kept."""

import io
import json
from datetime import UTC, datetime

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.articles import BRIDGE, FRENCH, HARBOUR, LIBRARY
from transforms.formats import format_of, parse_html, parse_json, parse_json_lines, parse_warc
from transforms.ingest import EMPTY, ArticleRecord, Rejection


def html_page(body: str, *, title: str = "Harbour wall to be rebuilt", published: str | None = None) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    date_meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{title} | Port Elm Gazette</title>"
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="Port Elm Gazette">'
        f'<meta name="author" content="Jane Roe">{date_meta}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>{paragraphs}</article>'
        f"<footer>Subscribe to our newsletter. Copyright 2026 Port Elm Gazette</footer></body></html>"
    )


@pytest.mark.parametrize(
    "name, expected",
    [("a.txt", "text"), ("a.MD", "text"), ("a.htm", "html"), ("a.html", "html"), ("a.json", "json"),
     ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.warc", "warc"), ("a.warc.gz", "warc"), ("a.pdf", None),
     ("a.gz", None)],
)
def test_format_of(name, expected):
    assert format_of(name) == expected


def test_an_html_page_gives_its_main_text_and_metadata():
    page = html_page(HARBOUR, published="2026-02-03T09:30:00+01:00")
    outcome = parse_html(page.encode(), source="a.html", url="https://example.org/harbour")
    assert isinstance(outcome, ArticleRecord)
    assert "Mayor Ellen Brooks said" in outcome.text
    assert "Home" not in outcome.text and "newsletter" not in outcome.text
    assert outcome.title == "Harbour wall to be rebuilt"
    assert outcome.outlet == "Port Elm Gazette" and outcome.author == "Jane Roe"
    assert outcome.published_at == datetime(2026, 2, 3, 8, 30, tzinfo=UTC)
    assert outcome.url == "https://example.org/harbour"
    assert outcome.language == "en"


def test_an_html_page_that_states_no_date_has_none():
    outcome = parse_html(html_page(HARBOUR).encode(), source="a.html")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.published_at is None


@pytest.mark.parametrize(
    "page, reason",
    [
        ("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
         "no_article_text"),
        ("<html><body></body></html>", "no_article_text"),
        ("", "empty"),
        (html_page(FRENCH, title="Le mur du port"), "unsupported_language"),
    ],
)
def test_html_without_an_english_article_is_rejected(page, reason):
    outcome = parse_html(page.encode(), source="a.html")
    assert isinstance(outcome, Rejection)
    assert outcome.reason == reason


def _lines(*records) -> list[bytes]:
    return [r if isinstance(r, bytes) else json.dumps(r).encode() for r in records]


def test_json_lines_each_line_is_an_article_and_a_bad_line_does_not_stop_the_file():
    lines = _lines(
        {"text": HARBOUR, "title": "Harbour wall", "url": "https://example.org/h", "publishedAt": "2026-02-03T10:00:00Z",
         "source": {"id": "peg", "name": "Port Elm Gazette"}, "authors": ["Jane Roe", "John Doe"]},
        b"{not json",
        b"",
        {"content": BRIDGE},
        {"body": "   "},
        {"headline": "No text here"},
        ["a", "list"],
        {"body": f"<div><p>{LIBRARY}</p></div>"},
        {"text": FRENCH},
    )
    outcomes = list(parse_json_lines(iter(lines), source="feed.jsonl"))
    assert [(o.record, o.reason if isinstance(o, Rejection) else "ok") for o in outcomes] == [
        (1, "ok"), (2, "malformed_json"), (4, "ok"), (5, "empty"), (6, "no_text"), (7, "malformed_json"),
        (8, "ok"), (9, "unsupported_language"),
    ]
    first = outcomes[0]
    assert first.title == "Harbour wall" and first.url == "https://example.org/h"
    assert first.outlet == "Port Elm Gazette" and first.author == "Jane Roe, John Doe"
    assert first.published_at == datetime(2026, 2, 3, 10, tzinfo=UTC)
    assert outcomes[2].text == BRIDGE
    assert "<p>" not in outcomes[6].text and "Grace Okafor" in outcomes[6].text


def test_a_json_line_over_the_size_limit_is_rejected():
    [outcome] = parse_json_lines(iter(_lines({"text": HARBOUR})), source="feed.jsonl", max_bytes=200)
    assert isinstance(outcome, Rejection) and outcome.reason == "too_large"


@pytest.mark.parametrize(
    "data, expected",
    [
        (json.dumps({"text": HARBOUR}).encode(), [(None, "ok")]),
        (json.dumps([{"text": HARBOUR}, {"text": ""}]).encode(), [(1, "ok"), (2, "empty")]),
        (b"\n".join(_lines({"text": HARBOUR}, {"text": BRIDGE})), [(1, "ok"), (2, "ok")]),
        (b'{"text": "unterminated', [(None, "malformed_json")]),
        (b"[]", [(None, "empty")]),
        (b"", [(None, "empty")]),
    ],
)
def test_a_json_file_holds_one_record_or_a_list(data, expected):
    outcomes = list(parse_json(data, source="a.json"))
    assert [(o.record, o.reason if isinstance(o, Rejection) else "ok") for o in outcomes] == expected


def _warc(records: list[tuple[str, str, bytes, str]], *, gzip: bool) -> io.BytesIO:
    """A WARC of (url, content type, payload, HTTP status) responses, plus a request and a warcinfo.

    Record ids and dates are fixed, so the same records give the same bytes: the fuzz test cuts
    archives at a drawn length, which hypothesis must be able to replay.
    """
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    numbers = iter(range(1, 10_000))

    def fixed(record):
        record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{next(numbers):012d}>")
        record.rec_headers.replace_header("WARC-Date", "2026-02-05T12:00:00Z")
        return record

    writer.write_record(fixed(writer.create_warcinfo_record("test.warc", {"software": "tests"})))
    for url, content_type, payload, status in records:
        writer.write_record(fixed(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(fixed(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                            http_headers=headers)))
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize("gzip", [True, False])
def test_a_warc_gives_one_outcome_per_response_with_its_url(gzip):
    stream = _warc([
        ("https://example.org/harbour", "text/html; charset=utf-8",
         html_page(HARBOUR, published="2026-02-03T09:30:00Z").encode(), "200 OK"),
        ("https://example.org/bridge", "text/html", html_page(BRIDGE, title="Bridge closed").encode(), "200 OK"),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "200 OK"),
        ("https://example.org/gone", "text/html", b"<html>Not found</html>", "404 Not Found"),
        ("https://example.org/nav", "text/html", b"<html><body><nav>Home</nav></body></html>", "200 OK"),
    ], gzip=gzip)
    outcomes = list(parse_warc(stream, source="crawl.warc.gz"))
    assert [(o.record, o.reason if isinstance(o, Rejection) else "ok") for o in outcomes] == [
        (1, "ok"), (2, "ok"), (3, "unsupported_format"), (4, "http_error"), (5, "no_article_text"),
    ]
    harbour, bridge = outcomes[:2]
    assert harbour.url == "https://example.org/harbour" and harbour.source == "crawl.warc.gz"
    assert harbour.published_at == datetime(2026, 2, 3, 9, 30, tzinfo=UTC)
    # No date on the page: the capture time is the latest it can have been published.
    assert bridge.published_at == datetime(2026, 2, 5, 12, tzinfo=UTC)
    assert bridge.title == "Bridge closed"


@pytest.mark.parametrize(
    "data, reason",
    [(b"this is not an archive", "malformed_warc"), (b"", "empty")],
)
def test_a_broken_warc_is_rejected(data, reason):
    outcomes = list(parse_warc(io.BytesIO(data), source="bad.warc"))
    assert [o.reason for o in outcomes] == [reason]


@pytest.mark.parametrize("lines", [[], [b"", b"   ", b"\t"]])
def test_a_json_lines_file_without_a_record_is_rejected_as_empty(lines):
    [outcome] = parse_json_lines(iter(lines), source="feed.jsonl")
    assert isinstance(outcome, Rejection)
    assert outcome.reason == EMPTY
