"""Discovery and the accounting of a whole run: every input is ingested, a duplicate, or rejected."""

import json
import os
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from flows.cli import app
from flows.config import Settings
from flows.inputs import (
    MINHASH_STATE,
    discover_inputs,
    ingest_sources,
    load_known_articles,
    read_source,
    write_duplicate_state,
)
from flows.pipeline import run_pipeline
from flows.storage import connect_catalog
from tests.articles import BRIDGE, FERRY, FRENCH, HARBOUR, LIBRARY, SCHOOL
from tests.transforms.test_ingest_formats import _warc, html_page
from transforms.dedup import signature


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_discovery_walks_folders_expands_globs_and_skips_hidden_files_and_sidecars(tmp_path):
    for name in ("a/one.txt", "a/one.meta.json", "a/.hidden.txt", "a/b/two.html", "a/b/two.html.meta.json",
                 "c/three.jsonl", "c/orphan.meta.json"):
        write(tmp_path / name, "x")
    found = discover_inputs([str(tmp_path / "a"), str(tmp_path / "c" / "*.json*"), str(tmp_path / "missing.txt")])
    assert [Path(p).relative_to(tmp_path).as_posix() if p.startswith(str(tmp_path)) else p for p in found] == [
        "a/b/two.html", "a/one.txt", "c/orphan.meta.json", "c/three.jsonl", "missing.txt"]


def test_a_sidecar_gives_its_article_metadata_and_a_broken_one_is_reported(tmp_path):
    write(tmp_path / "harbour.txt", HARBOUR)
    write(tmp_path / "harbour.meta.json", json.dumps({"title": "Harbour wall", "published": "2026-02-03"}))
    write(tmp_path / "bridge.txt", BRIDGE)
    write(tmp_path / "bridge.txt.meta.json", "{broken")
    result = ingest_sources(discover_inputs([str(tmp_path)]), Settings(out=tmp_path / "out"), tmp_path / "spool")
    by_name = {Path(a.source).name: a for a in result.articles}
    assert by_name["harbour.txt"].title == "Harbour wall"
    assert by_name["bridge.txt"].title is None
    assert [(Path(r.source).name, r.reason) for r in result.rejections] == [("bridge.txt.meta.json",
                                                                             "malformed_metadata")]


def mixed_folder(root: Path) -> int:
    """Every format and every bad input; returns how many inputs (files or records) it holds.
    Folders are named in reading order: the first copy of a story is the article, later ones duplicates."""
    write(root / "a-text/harbour.txt", HARBOUR + "\n\nSource link\nLeave a Reply")
    write(root / "a-text/bridge.md", "---\ntitle: Bridge closed\npublished: 2026-01-05T08:00:00Z\n---\n" + BRIDGE)
    write(root / "a-text/library.txt", LIBRARY)
    write(root / "a-text/library.meta.json", json.dumps({"outlet": "Valley News", "author": "Grace Hill"}))
    write(root / "e-syndicated/bridge.txt", "Bridge shut for repairs\n\n" + BRIDGE + "\n\nMore updates to follow.")
    write(root / "b-pages/ferry.html", html_page(FERRY, title="Night ferry returns", published="2026-03-01T07:00:00Z"))
    write(root / "b-pages/nav.html", "<html><head><title>Home</title></head><body><nav>Home</nav></body></html>")
    lines = [json.dumps({"text": SCHOOL, "title": "Pupils return"}), "{not json",
             json.dumps({"content": HARBOUR, "url": "https://example.org/h"}), json.dumps({"text": FRENCH}),
             json.dumps({"title": "no text"})]
    write(root / "c-feeds/api.jsonl", "\n".join(lines) + "\n")
    write(root / "c-feeds/one.json", json.dumps([{"body": LIBRARY}]))
    crawl = _warc([
        ("https://example.org/library", "text/html", html_page(LIBRARY + "\n\nCouncillors will visit in June.").encode(),
         "200 OK"),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00", "200 OK"),
    ], gzip=True)
    write(root / "d-crawl/site.warc.gz", crawl.getvalue())
    write(root / "d-crawl/broken.warc", b"this is not an archive")
    write(root / "bad/empty.txt", b"")
    write(root / "bad/blank.txt", b" \n\t\n")
    write(root / "bad/binary.txt", b"\x00\x01\x02\x03" * 50)
    write(root / "bad/undecodable.txt", bytes(range(0x80, 0x100)) * 4)
    write(root / "bad/huge.txt", HARBOUR * 20)
    write(root / "bad/french.txt", FRENCH)
    write(root / "bad/scan.pdf", b"%PDF-1.4")
    write(root / "bad/.DS_Store", b"\x00")
    os.symlink(root / "bad/nowhere.txt", root / "bad/unreadable.txt")
    # Files: 4 text (the sidecar is not an input), 2 html, 1 json, 1 broken warc, 8 bad (the hidden
    # file is not an input); records: 5 JSON lines (the blank last line is not a record), 2 WARC responses.
    return 4 + 2 + 1 + 1 + 8 + 5 + 2


@pytest.mark.slow
def test_a_mixed_folder_run_accounts_for_every_input(prefect_harness, tmp_path):
    inputs = mixed_folder(tmp_path / "in")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "--out", str(out)],
                                env={"NEWSFACTS_MAX_BYTES": "5000"})
    assert result.exit_code == 0, result.output
    first_line = result.output.splitlines()[0]
    assert first_line.startswith("5 ingested, 4 duplicates, 14 rejected (")

    def sql(query: str):
        with connect_catalog(out) as con:
            return con.sql(query).fetchall()

    [(ingested,)] = sql("select count(*) from articles")
    [(duplicates,)] = sql("select count(*) from duplicates")
    reasons = Counter(dict(sql("select reason, count(*) from rejects group by reason")))
    assert ingested + duplicates + sum(reasons.values()) == inputs
    assert reasons == {
        "empty": 2, "binary": 1, "undecodable": 1, "too_large": 1, "unsupported_language": 2,
        "malformed_json": 1, "no_text": 1, "no_article_text": 1, "unreadable": 1, "unsupported_format": 2,
        "malformed_warc": 1,
    }
    kinds = Counter(dict(sql("select kind, count(*) from duplicates group by kind")))
    assert kinds == {"exact": 2, "near": 2}
    articles = {Path(r[0]).name: r[1:] for r in sql(
        "select source, title, outlet, author, published_at, language, n_words, text from articles")}
    assert set(articles) == {"harbour.txt", "bridge.md", "library.txt", "ferry.html", "api.jsonl"}
    assert articles["bridge.md"][0] == "Bridge closed"
    assert articles["library.txt"][1:3] == ("Valley News", "Grace Hill")
    assert articles["ferry.html"][0] == "Night ferry returns" and articles["ferry.html"][3] is not None
    assert articles["harbour.txt"][-1] == HARBOUR
    assert all(row[4] == "en" for row in articles.values())

    # A second run over the same inputs finds every article already in the dataset.
    again = run_pipeline([str(tmp_path / "in")], Settings(out=out, max_bytes=5000))
    assert (again.ingested, again.skipped, again.duplicates, again.rejected) == (0, 5, 4, 14)


def test_the_cli_accepts_a_glob_and_refuses_what_matches_nothing(tmp_path):
    missing = CliRunner().invoke(app, ["run", str(tmp_path / "*.txt"), "--out", str(tmp_path / "out")])
    assert missing.exit_code == 2
    assert "no file matches" in missing.output


def test_the_duplicate_state_keeps_the_signature_of_every_article_across_runs(tmp_path):
    out = tmp_path / "out"
    state = out / MINHASH_STATE
    state.parent.mkdir(parents=True)

    def ingest_and_keep(folder: str, texts: dict[str, str]):
        for name, text in texts.items():
            write(tmp_path / folder / name, text)
        result = ingest_sources(discover_inputs([str(tmp_path / folder)]), Settings(out=out), tmp_path / f"{folder}-spool")
        write_duplicate_state(out, result, tmp_path / "state.npz")
        (tmp_path / "state.npz").replace(state)
        return result

    first = ingest_and_keep("one", {"bridge.txt": BRIDGE, "harbour.txt": HARBOUR})
    copy = "Harbour wall will be rebuilt\n\n" + HARBOUR.replace("about 12", "some 12")
    second = ingest_and_keep("two", {"copy.txt": copy, "library.txt": LIBRARY})
    harbour = next(a.article_id for a in first.articles if a.text == HARBOUR)
    assert [(Path(d.source).name, d.kind, d.duplicate_of) for d in second.duplicates] == [("copy.txt", "near", harbour)]
    known = load_known_articles(out)
    kept = [*first.articles, *second.articles]
    assert known.ids == [a.article_id for a in kept]
    assert (known.signatures == np.stack([signature(a.text) for a in kept])).all()


# --- Hostile inputs, end to end ----------------------------------------------------------------

# Three stories that name the same people, dated three ways: a date alone, a time with a zone, none.
MINISTER_VISIT = (
    "Health minister Karla Weiss opened a new clinic in the town of Lindqvist on Wednesday, promising "
    "shorter waits for patients across the northern region.\n\nTomas Brandt, the regional director, said "
    "the clinic would employ forty nurses by the end of the year."
)
MINISTER_BUDGET = (
    "The cabinet approved a larger hospital budget on Tuesday after weeks of talks led by Karla Weiss, "
    "the health minister.\n\nTomas Brandt welcomed the decision and said rural clinics would receive "
    "most of the new money, starting with two in the mountain districts."
)
MINISTER_CRITICS = (
    "Opposition lawmakers criticised Karla Weiss on Thursday over delays to a promised cancer centre "
    "in the capital.\n\nThe minister answered that the plans were on schedule, and Tomas Brandt said "
    "building work would begin before the summer if the permits arrive."
)
GROWING = (
    "Firefighters fought a large blaze at a timber yard near the river port of Caldmoor through the "
    "night, and residents of three streets were told to keep their windows closed.\n\n"
    "The fire service said no one was hurt. Investigators will examine the yard on Saturday, and the "
    "owner said the business would reopen within a month if the sheds can be repaired."
)


def hostile_folder(root: Path, outside: Path) -> dict[str, int]:
    """Inputs that once crashed, hung, doubled or lost articles; returns how many of each outcome
    the first run must give (a dict of outcome: count)."""
    write(root / "feeds/dated.jsonl", "\n".join([
        json.dumps({"text": MINISTER_VISIT, "published": "2024-03-06"}),
        "[" * 50_000 + "]" * 50_000,
        json.dumps({"text": SCHOOL, "published": "2024-03-06T08:00:00"}),
    ]) + "\n")
    write(root / "zoned.md", "---\npublished: 2024-03-05T10:00:00-05:00\n---\n" + MINISTER_BUDGET)
    write(root / "undated.txt", MINISTER_CRITICS)
    write(root / "far.md", "---\npublished: '9999-12-31T23:00:00-05:00'\n---\n" + FERRY)
    write(Path(os.fsdecode(bytes(root) + b"/bad\xffname.txt")), BRIDGE)
    write(root / "copies/one.txt", LIBRARY)
    write(root / "copies/two.txt", LIBRARY)
    os.mkfifo(root / "pipe.txt")
    write(outside / "secret.txt", HARBOUR)
    os.symlink(outside / "secret.txt", root / "leak.txt")
    os.symlink(root, root / "copies/loop")
    write(root / "growing.txt", GROWING[: len(GROWING) // 2])
    return {"ingested": 8, "exact": 1, "malformed_json": 1, "not_a_file": 1, "outside_input": 1,
            "symlink_loop": 1}


@pytest.fixture(scope="module")
def hostile_runs(prefect_harness, tmp_path_factory):
    """Two runs over the hostile folder, whose output folder sits inside it; between them, a
    file that was being written is complete."""
    root = tmp_path_factory.mktemp("hostile")
    expected = hostile_folder(root / "in", root / "outside")
    out = root / "in" / "out"
    first = run_pipeline([str(root / "in")], Settings(out=out))
    write(root / "in/growing.txt", GROWING)
    second = run_pipeline([str(root / "in")], Settings(out=out))
    return first, second, out, expected


def _sql(out: Path, query: str) -> list[tuple]:
    with connect_catalog(out) as con:
        return con.sql(query).fetchall()


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_hostile_inputs_are_each_accounted_for_once(hostile_runs):
    first, _, out, expected = hostile_runs
    assert first.ingested == expected["ingested"]
    assert first.duplicates == expected["exact"]
    assert first.rejects_by_reason == {k: v for k, v in expected.items() if k not in ("ingested", "exact")}


@pytest.mark.slow
def test_dates_of_every_form_are_stored_comparable_and_an_impossible_one_is_empty(hostile_runs):
    _, _, out, _ = hostile_runs
    # A date alone is that day at 00:00 UTC, a time without a zone is UTC.
    assert [p.isoformat() for (p,) in _sql(out, "select published_at from articles where source like "
                                                "'%dated.jsonl' order by 1")] == ["2024-03-06T00:00:00+00:00",
                                                                                   "2024-03-06T08:00:00+00:00"]
    dates = {Path(source).name: published for source, published in
             _sql(out, "select source, published_at from articles")}
    assert dates["far.md"] is None and dates["undated.txt"] is None
    assert dates["zoned.md"] is not None


@pytest.mark.slow
def test_a_file_name_that_is_not_utf8_is_read_and_named(hostile_runs):
    _, _, out, _ = hostile_runs
    assert _sql(out, r"select count(*) from articles where source like '%bad\xffname.txt'") == [(1,)]


@pytest.mark.slow
def test_identical_files_are_exact_duplicates(hostile_runs):
    _, _, out, _ = hostile_runs
    assert _sql(out, "select kind, similarity from duplicates") == [("exact", 1.0)]


@pytest.mark.slow
def test_a_file_that_grew_replaces_its_truncated_version(hostile_runs):
    _, second, out, _ = hostile_runs
    texts = [text for (text,) in _sql(out, "select text from articles where source like '%growing.txt'")]
    assert texts == [GROWING]
    assert _sql(out, "select count(*) from duplicates where source like '%growing.txt'") == [(0,)]
    assert second.ingested == 1 and second.skipped == 7


@pytest.mark.slow
def test_the_output_folder_inside_the_input_folder_is_never_read(hostile_runs):
    first, second, out, _ = hostile_runs
    assert _sql(out, f"select count(*) from rejects where source like '{out}%'") == [(0,)]
    assert second.rejected == first.rejected


@pytest.mark.timeout(30)
def test_a_fifo_named_as_input_is_rejected_without_being_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    [outcome] = read_source(str(tmp_path / "pipe.txt"), Settings(out=tmp_path / "out"))
    assert outcome.reason == "not_a_file"


def test_an_article_over_the_character_limit_is_too_large(tmp_path):
    write(tmp_path / "long.txt", "\n\n".join([HARBOUR, BRIDGE, LIBRARY]))
    write(tmp_path / "short.txt", SCHOOL)
    settings = Settings(out=tmp_path / "out", max_chars=len(SCHOOL) + 10)
    outcomes = [o for source in ("long.txt", "short.txt") for o in read_source(str(tmp_path / source), settings)]
    assert [getattr(o, "reason", "article") for o in outcomes] == ["too_large", "article"]


@pytest.mark.slow
def test_an_article_rejected_by_extraction_is_not_counted_ingested(prefect_harness, tmp_path):
    # Over spaCy's max_length (a million characters), with the run's own limit raised above it.
    long_story = "\n\n".join(f"Report {i} of the harbour board lists {i * 7} repairs to quay {i % 40}."
                             for i in range(17_000))
    write(tmp_path / "in/long.txt", long_story)
    write(tmp_path / "in/harbour.txt", HARBOUR)
    summary = run_pipeline([str(tmp_path / "in")], Settings(out=tmp_path / "out", max_chars=2_000_000))
    assert (summary.ingested, summary.rejected) == (1, 1)
    assert summary.rejects_by_reason == {"extraction_error": 1}


@pytest.mark.slow
def test_a_machine_failure_is_one_error_line_not_a_traceback(prefect_harness, tmp_path):
    write(tmp_path / "in/harbour.txt", HARBOUR)
    write(tmp_path / "taken", "a file where the output folder should be")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "in"), "--out", str(tmp_path / "taken"), "--no-progress"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert [line for line in result.output.splitlines() if line.startswith("error:")] == [
        f"error: FileExistsError: [Errno 17] File exists: '{tmp_path / 'taken'}'"]
