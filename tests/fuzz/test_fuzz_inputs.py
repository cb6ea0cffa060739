"""Folders of generated inputs, in every supported format, through the whole command: valid,
truncated, in the wrong encoding, with odd names and random metadata (dates in every form, with
and without zones, out of range, missing, huge), duplicates and near duplicates.

For every folder: the command exits 0; every input (a file, or a record of a multi-record file)
is accounted for once, as an article, a duplicate or a reject; article ids are unique; and every
offset points at its text (`text[start:end]` is the row's text).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from flows.cli import app
from flows.storage import connect_catalog
from tests.articles import BRIDGE, FERRY, FRENCH, HARBOUR, LIBRARY, SCHOOL
from tests.transforms.test_ingest_formats import _warc, html_page

STORIES = [HARBOUR, BRIDGE, LIBRARY, FERRY, SCHOOL, FRENCH]
FORMATS = ["txt", "md", "html", "json", "jsonl", "warc", "warc.gz"]
ZONES = [timezone(timedelta(hours=h, minutes=m)) for h, m in ((-12, 0), (-5, 0), (0, 0), (5, 30), (14, 0))]


# --- What goes into a file ---------------------------------------------------------------------

def _dates() -> st.SearchStrategy:
    moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59))
    return st.one_of(
        st.none(),
        moments.map(lambda d: d.date().isoformat()),  # a date alone
        moments.map(datetime.isoformat),  # no zone
        st.tuples(moments, st.sampled_from(ZONES)).map(lambda p: p[0].replace(tzinfo=p[1]).isoformat()),
        st.tuples(moments, st.sampled_from(ZONES)).map(lambda p: format_datetime(p[0].replace(tzinfo=p[1]))),
        st.just("9999-12-31T23:00:00-05:00"),
        st.integers(min_value=-(10**20), max_value=10**20),  # epoch seconds or milliseconds, or nonsense
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=40),
        st.just("2" * 10_000),  # huge
    )


@st.composite
def texts(draw) -> str:
    """A story, a near copy of one (a line added, a word changed), a mix of two, or random text."""
    story = draw(st.sampled_from(STORIES))
    kind = draw(st.sampled_from(["story", "near", "mix", "random"]))
    if kind == "near":
        return story.replace(" the ", " a ", 1) + "\n\n" + draw(st.sampled_from(["More soon.", "Updated."]))
    if kind == "mix":
        return story + "\n\n" + draw(st.sampled_from(STORIES))
    if kind == "random":
        return draw(st.text(max_size=300))
    return story


@st.composite
def records(draw) -> dict:
    record: dict = {draw(st.sampled_from(["text", "content", "body", "html"])): draw(texts())}
    if draw(st.booleans()):
        record[draw(st.sampled_from(["published", "date", "pubDate", "datePublished"]))] = draw(_dates())
    if draw(st.booleans()):
        record["title"] = draw(st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.text(), max_size=3)))
    if draw(st.booleans()):
        record["author"] = draw(st.one_of(st.text(max_size=30), st.lists(st.dictionaries(st.just("name"), st.text(max_size=10)), max_size=2)))
    return record


def _yaml_scalar(value) -> str:
    return json.dumps(value) if not isinstance(value, float) or value == value and abs(value) != float("inf") else "x"


@dataclass
class Input:
    name: bytes
    data: bytes
    # How many outcomes the file must give: exactly (low == high), or within a range (a cut archive
    # cut at a record boundary is a shorter archive: the records after the cut are not there).
    low: int
    high: int


def _encode(text: str, encoding: str, draw) -> bytes:
    if encoding == "random":
        return draw(st.binary(max_size=400))
    return text.encode(encoding, errors="replace")


@st.composite
def inputs(draw, number: int) -> Input:
    kind = draw(st.sampled_from(FORMATS))
    stem = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/\\.\x00", exclude_categories=["Cs"]),
                        max_size=12))
    name = f"{number:02d}-{stem}".encode() + (b"\xff" if draw(st.booleans()) else b"") + f".{kind}".encode()
    truncate = draw(st.booleans()) and draw(st.booleans())
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1251", "random"]))
    if kind in ("txt", "md", "html"):
        text, published = draw(texts()), draw(_dates())
        if kind == "html":
            text = html_page(text, published=published if isinstance(published, str) else None)
        elif published is not None or kind == "md":
            text = f"---\npublished: {_yaml_scalar(published)}\ntitle: {_yaml_scalar(draw(st.text(max_size=20)))}\n---\n{text}"
        data = _encode(text, encoding, draw)
        count = None
    elif kind == "json":
        many = draw(st.lists(records(), min_size=1, max_size=4))
        data = _encode(json.dumps(many if len(many) > 1 or draw(st.booleans()) else many[0]), encoding, draw)
        count = len(many)  # an object alone is one record too
    elif kind == "jsonl":
        lines = [json.dumps(r) for r in draw(st.lists(records(), min_size=1, max_size=5))]
        if draw(st.booleans()):
            lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(["{not json", "[" * 5000, "", "42"])))
        data = _encode("\n".join(lines) + "\n", encoding, draw)
        count = None
    else:
        pages = draw(st.lists(st.tuples(texts(), _dates(), st.sampled_from(["200 OK", "404 Not Found"])),
                              min_size=1, max_size=3))
        data = _warc([(f"https://example.org/{i}", "text/html",
                       html_page(t, published=p if isinstance(p, str) else None).encode(), status)
                      for i, (t, p, status) in enumerate(pages)], gzip=kind == "warc.gz").getvalue()
        if encoding == "random":
            data = draw(st.binary(max_size=400))
        count = len(pages)
    if truncate and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    if kind == "jsonl":
        # a file of blank lines, or none, is one file rejected as empty
        low = high = max(1, sum(1 for line in data.split(b"\n") if line.strip()))
    elif kind == "json" and encoding == "random":
        # random bytes may be JSON, even a list; no bytes at all are one file rejected as empty
        low, high = 1, max(1, len(data))
    elif kind == "json":
        low = high = 1 if truncate else count
    elif kind.startswith("warc"):
        low, high = 1, count
    else:
        low = high = 1
    return Input(name, data, low, high)


@st.composite
def folders(draw) -> list[Input]:
    files = [draw(inputs(i)) for i in range(draw(st.integers(1, 6)))]
    # Copies: the same bytes again under another name.
    for original in draw(st.lists(st.sampled_from(files), max_size=2)):
        files.append(Input(f"{len(files):02d}-copy-".encode() + original.name[3:], original.data,
                           original.low, original.high))
    return files


# --- The properties ----------------------------------------------------------------------------

def _printable(path: str) -> str:
    """How the tables name a file: the bytes of its name that are not UTF-8 escaped (`\\xff`)."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple]:
    return con.execute(query).fetchall()


@pytest.mark.slow
@given(folder=folders())
def test_any_folder_of_inputs_is_accounted_for_and_offsets_hold(prefect_harness, folder):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        for item in folder:
            (Path(os.fsdecode(bytes(root / "in") + b"/" + item.name))).write_bytes(item.data)
        result = CliRunner().invoke(app, ["run", str(root / "in"), "--out", str(root / "out"), "--no-progress",
                                          "--workers", "1"])
        assert result.exit_code == 0, result.output
        with connect_catalog(root / "out") as con:
            outcomes = Counter(source for (source,) in _rows(
                con, "select source from articles union all select source from duplicates "
                     "union all select source from rejects"))
            ids = [article_id for (article_id,) in _rows(con, "select article_id from articles")]
            texts = dict(_rows(con, "select article_id, text from articles"))
            spans = _rows(con, "select article_id, start_char, end_char, text from mentions union all "
                               "select article_id, start_char, end_char, text from quotes union all "
                               "select article_id, start_char, end_char, sentence from events "
                               "where start_char is not null")
    assert len(ids) == len(set(ids))
    by_name = {_printable(os.fsdecode(bytes(root / "in") + b"/" + item.name)): item for item in folder}
    assert set(outcomes) <= set(by_name)
    for source, item in by_name.items():
        assert item.low <= outcomes[source] <= item.high, (source, item.data[:200])
    for article_id, start, end, text in spans:
        assert texts[article_id][start:end] == text
