"""The CLI's fast path: a re-run over inputs the dataset already accounts for starts nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows import storage
from flows.cli import app
from flows.sources import discover, discover_inputs, fingerprints
from tests.flows.dataset_helpers import write_extra_corpus

FAST_PATH = "nothing new: 5 inputs unchanged since the last run"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_extra_corpus(tmp_path_factory.mktemp("corpus"))


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, ["run", *args, "--no-progress"])
    assert result.exit_code == 0, result.output
    return result.output


def test_fingerprints_cover_every_discovered_input(corpus):
    sources = discover_inputs([str(corpus)])
    assert len(sources) == 5
    assert set(fingerprints(sources)) == set(sources)


def test_a_rerun_over_unchanged_inputs_takes_the_fast_path(prefect_harness, corpus, tmp_path):
    out = tmp_path / "out"
    first = _run(str(corpus), "--out", str(out))
    assert "nothing new:" not in first
    assert storage.read_manifest(out).version == 1

    again = _run(str(corpus), "--out", str(out))
    assert FAST_PATH in again
    assert storage.read_manifest(out).version == 1

    # A touched file is read again (its articles are known, so nothing is added)...
    touched = corpus / "trade.txt"
    stat = touched.stat()
    os.utime(touched, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    after_touch = _run(str(corpus), "--out", str(out))
    assert "nothing new:" not in after_touch
    assert "rows: nothing new" in after_touch
    assert storage.read_manifest(out).version == 1
    # ...and then counts as accounted for.
    assert FAST_PATH in _run(str(corpus), "--out", str(out))

    reprocessed = _run(str(corpus), "--out", str(out), "--reprocess")
    assert "nothing new:" not in reprocessed
    assert storage.read_manifest(out).version == 2


def test_a_new_input_takes_the_normal_path(prefect_harness, corpus, tmp_path):
    out = tmp_path / "out"
    _run(str(corpus / "budget.txt"), "--out", str(out))
    assert "nothing new: 1 inputs" in _run(str(corpus / "budget.txt"), "--out", str(out))
    both = _run(str(corpus / "budget.txt"), str(corpus / "depot.txt"), "--out", str(out))
    assert "nothing new:" not in both
    assert storage.read_manifest(out).version == 2


# --- Discovery of hostile folders ------------------------------------------------------------

def _names(paths, root: Path) -> list[str]:
    return sorted(os.path.relpath(p, root) for p in paths)


@pytest.mark.timeout(30)
def test_a_glob_over_folder_link_loops_ends_and_reports_the_loops(tmp_path):
    (tmp_path / "in/a").mkdir(parents=True)
    (tmp_path / "in/a/story.txt").write_text("x")
    os.symlink(tmp_path / "in", tmp_path / "in/a/back")
    os.symlink(tmp_path / "in/a", tmp_path / "in/a/self")
    found, refused = discover([str(tmp_path / "in/**/*.txt")])
    assert _names(found, tmp_path) == ["in/a/story.txt"]
    assert sorted((os.path.relpath(r.path, tmp_path), r.reason) for r in refused) == [
        ("in/a/back", "symlink_loop"), ("in/a/self", "symlink_loop")]


def test_links_out_of_the_input_folders_are_refused_and_links_inside_followed(tmp_path):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside/secret.txt").write_text("x")
    (tmp_path / "in/sub").mkdir(parents=True)
    (tmp_path / "in/sub/story.txt").write_text("x")
    os.symlink(tmp_path / "outside/secret.txt", tmp_path / "in/leak.txt")
    os.symlink(tmp_path / "outside", tmp_path / "in/elsewhere")
    os.symlink(tmp_path / "in/sub/story.txt", tmp_path / "in/alias.txt")
    found, refused = discover([str(tmp_path / "in")])
    assert _names(found, tmp_path) == ["in/alias.txt", "in/sub/story.txt"]
    assert sorted((os.path.relpath(r.path, tmp_path), r.reason) for r in refused) == [
        ("in/elsewhere", "outside_input"), ("in/leak.txt", "outside_input")]


def test_special_files_are_found_for_the_reader_to_reject(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in/pipe.txt")
    found, refused = discover([str(tmp_path / "in")])
    assert _names(found, tmp_path) == ["in/pipe.txt"] and refused == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder")
def test_a_folder_that_cannot_be_listed_is_refused(tmp_path):
    (tmp_path / "in/locked").mkdir(parents=True)
    (tmp_path / "in/story.txt").write_text("x")
    (tmp_path / "in/locked").chmod(0)
    try:
        found, refused = discover([str(tmp_path / "in")])
    finally:
        (tmp_path / "in/locked").chmod(0o755)
    assert _names(found, tmp_path) == ["in/story.txt"]
    assert [(os.path.relpath(r.path, tmp_path), r.reason) for r in refused] == [("in/locked", "unreadable")]


def test_the_output_folder_is_never_an_input(tmp_path):
    (tmp_path / "in/out/_state").mkdir(parents=True)
    (tmp_path / "in/out/_state/sources.json").write_text("{}")
    (tmp_path / "in/out/notes.txt").write_text("x")
    (tmp_path / "in/story.txt").write_text("x")
    for inputs in ([str(tmp_path / "in")], [str(tmp_path / "in/**/*")]):
        found, _ = discover(inputs, exclude=tmp_path / "in/out")
        assert _names(found, tmp_path) == ["in/story.txt"]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("in/*.txt", ["in/a.txt"]),
        ("in/**/*.txt", ["in/a.txt", "in/d/b.txt", "in/d/e/c.txt"]),
        ("in/d", ["in/d/b.md", "in/d/b.txt", "in/d/e/c.txt"]),
        ("in/?/*.md", ["in/d/b.md"]),
        ("in/[de]/b.*", ["in/d/b.md", "in/d/b.txt"]),
        ("in/*", ["in/a.txt", "in/d/b.md", "in/d/b.txt", "in/d/e/c.txt"]),
    ],
)
def test_globs_match_as_the_shell_does(tmp_path, pattern, expected):
    for name in ("in/a.txt", "in/d/b.txt", "in/d/b.md", "in/d/e/c.txt", "in/.hidden.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert _names(discover([str(tmp_path / pattern)])[0], tmp_path) == expected
