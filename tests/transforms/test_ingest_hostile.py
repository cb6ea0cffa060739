"""Hostile and odd inputs at the level of the readers: each is one outcome per article with a
reason, costs no more than its limits, and never stops the reading of the inputs after it."""

import gzip
import io
import json
import random
import resource
import zlib

import pytest

from tests.articles import BRIDGE, FERRY, HARBOUR, LIBRARY
from tests.transforms.test_ingest_formats import _warc, html_page
from transforms.formats import parse_json, parse_json_lines, parse_text, parse_warc
from transforms.ingest import ArticleRecord, Rejection, article_from_text, decode_bytes

# Characters of a reject's detail people need; the input itself is not repeated there.
MAX_DETAIL_CHARS = 300


def outcomes_of(outcomes) -> list[tuple[str, int | None]]:
    return [(o.reason if isinstance(o, Rejection) else "article", o.record) for o in outcomes]


# --- Encodings -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Mayor Ana Muñoz met bankers in Zürich on Tuesday to discuss the loan.", "latin-1"),
        ("The café near the Zürich station reopened, Señor Muñoz told the council.", "latin-1"),
        ("“We will not move,” said Muñoz — the council’s leader — after the vote.", "cp1252"),
        ("Prices rose 5 °C… no, 5 % in Köln, Straße by Straße, said François Lefèvre.", "cp1252"),
    ],
)
def test_western_text_that_is_not_utf8_is_decoded_right(text, encoding):
    assert decode_bytes(text.encode(encoding), source="a.txt") == text


def _damaged(seed: int) -> bytes:
    rng = random.Random(seed)
    words = HARBOUR.encode().split()
    return b" ".join(w + (bytes(rng.randrange(0x80, 0x100) for _ in range(2)) if rng.random() < 0.3 else b"")
                     for w in words)


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(0x80, 0x100)) * 4,  # every high byte, no text in any code page
        bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]) * 20,
        # English words with pairs of stray high bytes between them (a damaged file).
        *(_damaged(seed) for seed in range(6)),
    ],
)
def test_bytes_no_encoding_explains_with_confidence_are_undecodable(data):
    outcome = decode_bytes(data, source="a.txt")
    assert isinstance(outcome, Rejection) and outcome.reason == "undecodable"


# --- Language ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "市议会周二投票决定重建旧港口的防波墙。市长说，工程将于四月开始，耗资约一千二百万美元。渔民们对这一决定表示欢迎。",
        "Мэр города заявил во вторник, что ремонт моста начнётся в апреле.",
        "Москва, 5 марта. Суд отложил заседание.",
        "港の壁を再建することが火曜日に決まった。",
    ],
)
def test_text_in_another_script_is_an_unsupported_language_however_short(text):
    outcome = article_from_text(text, source="a.txt")
    assert isinstance(outcome, Rejection) and outcome.reason == "unsupported_language"


def test_a_short_english_text_with_a_foreign_name_is_kept():
    outcome = article_from_text("Talks with Владимир in Kyiv ended on Monday without a deal.", source="a.txt")
    assert isinstance(outcome, ArticleRecord)


# --- Front matter ----------------------------------------------------------------------------

def test_yaml_aliases_in_front_matter_are_not_expanded():
    # Each level names the one below ten times: expanded, the title would hold 10^9 strings.
    levels = ['a0: &a0 ["lol"]'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    data = ("---\n" + "\n".join(levels) + "\ntitle: *a9\n---\n" + HARBOUR).encode()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    [outcome] = parse_text(data, source="bomb.md")
    assert isinstance(outcome, Rejection) and outcome.reason == "malformed_metadata"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 50_000  # KB


def test_front_matter_over_its_limit_is_too_large():
    data = ("---\ntitle: Harbour\nnotes: " + "x" * 70_000 + "\n---\n" + HARBOUR).encode()
    [outcome] = parse_text(data, source="big.md")
    assert isinstance(outcome, Rejection) and outcome.reason == "too_large"


# --- JSON ----------------------------------------------------------------------------------------

def test_a_json_line_nested_too_deeply_is_one_reject_and_the_lines_after_it_are_kept():
    deep = "[" * 100_000 + "]" * 100_000
    lines = [json.dumps({"text": HARBOUR}), deep, json.dumps({"text": BRIDGE}), json.dumps({"text": LIBRARY})]
    found = list(parse_json_lines(iter((line + "\n").encode() for line in lines), source="a.jsonl"))
    assert outcomes_of(found) == [("article", 1), ("malformed_json", 2), ("article", 3), ("article", 4)]


def test_a_record_whose_metadata_is_nested_too_deeply_is_one_reject():
    deep = {"text": HARBOUR}
    node = deep
    for _ in range(3000):
        node["author"] = {"name": None}
        node = node["author"]
    data = json.dumps([{"text": BRIDGE}, {"text": LIBRARY, "title": {"name": {"name": "x"}}}]).encode()
    assert outcomes_of(parse_json(data, source="a.json")) == [("article", 1), ("article", 2)]


def test_a_lone_surrogate_in_a_json_record_does_not_reach_the_writers():
    line = json.dumps({"text": HARBOUR + " \ud800", "title": "Harbour \udcff"}).encode()
    [outcome] = parse_json_lines(iter([line]), source="a.jsonl")
    outcome.text.encode("utf-8")
    outcome.title.encode("utf-8")


# --- WARC --------------------------------------------------------------------------------------

def _three_pages(*, gzip: bool) -> bytes:
    return _warc([(f"https://example.org/{i}", "text/html", html_page(text, title=f"Story {i}").encode(), "200 OK")
                  for i, text in enumerate((HARBOUR, BRIDGE, LIBRARY), start=1)], gzip=gzip).getvalue()


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("cut", [40, 400])
def test_a_truncated_warc_rejects_the_cut_record_and_keeps_the_whole_ones(compressed, cut):
    data = _three_pages(gzip=compressed)
    found = list(parse_warc(io.BytesIO(data[: len(data) - cut]), source="a.warc"))
    assert outcomes_of(found) == [("article", 1), ("article", 2), ("malformed_warc", 3)]
    assert found[1].text.endswith(BRIDGE[-30:])


def test_a_gzip_bomb_is_too_large_and_costs_neither_memory_nor_a_long_detail():
    bomb = gzip.compress(b"\0" * 300_000_000, compresslevel=9)  # 300 KB that decompress to 300 MB
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    found = list(parse_warc(io.BytesIO(bomb), source="bomb.warc.gz", max_bytes=5_000_000))
    assert outcomes_of(found) == [("too_large", 1)]
    assert len(found[0].detail) <= MAX_DETAIL_CHARS
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 100_000  # KB


def test_a_warc_past_its_decompressed_limit_is_too_large_from_that_record_on():
    data = _three_pages(gzip=True)
    size = len(zlib.decompress(data[: data.index(b"\x1f\x8b", 10)], wbits=31))  # the warcinfo member
    found = list(parse_warc(io.BytesIO(data), source="a.warc.gz", max_total=size + 3000))
    assert [o.reason for o in found if isinstance(o, Rejection)] == ["too_large"]
    assert len(found) <= 2


def test_rejection_details_are_bounded():
    assert len(Rejection("a", "parse_error", "x" * 10_000_000).detail) <= MAX_DETAIL_CHARS


# --- Texts -----------------------------------------------------------------------------------------

def test_a_text_file_with_a_date_only_and_one_with_a_zone_are_both_aware():
    dated = parse_text(("---\npublished: 2024-03-05\n---\n" + FERRY).encode(), source="a.md")
    zoned = parse_text(("---\npublished: 2024-03-05T10:00:00-05:00\n---\n" + BRIDGE).encode(), source="b.md")
    [first], [second] = dated, zoned
    assert first.published_at < second.published_at  # comparable: both aware


@pytest.mark.parametrize("published", ["9999-12-31T23:00:00-05:00", "0000-01-01", "2024-13-45", "10000-01-01"])
def test_an_impossible_or_out_of_range_date_leaves_the_article_undated(published):
    [outcome] = parse_text(f"---\npublished: '{published}'\n---\n{HARBOUR}".encode(), source="a.md")
    assert isinstance(outcome, ArticleRecord) and outcome.published_at is None
