"""The CLI's fast path: a re-run over inputs the dataset already accounts for starts nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows import storage
from flows.cli import app
from flows.sources import discover_inputs, fingerprints
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
