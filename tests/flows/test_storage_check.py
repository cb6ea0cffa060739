"""Damage is found, never carried forward, and repaired: `newsfacts check` and `repair`, and the
check every run and compaction makes of what it carries into a new version. Real flow, real
Parquet, real DuckDB, real CLI; the damage is done to real files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows import storage
from flows.cli import app
from flows.config import Settings
from flows.pipeline import run_pipeline
from tests.conftest import SEEDS
from tests.flows.dataset_helpers import assert_consistent, catalog_rows, glob_rows, write_extra_corpus

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return [str(SEEDS), str(write_extra_corpus(tmp_path_factory.mktemp("extra")))]


@pytest.fixture(scope="module")
def clean(prefect_harness, inputs, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean") / "out"
    run_pipeline(inputs, Settings(out=out, batch_size=1))
    return out


@pytest.fixture
def dataset(clean, tmp_path) -> Path:
    return shutil.copytree(clean, tmp_path / "out", symlinks=True)


def _file(out: Path, table: str, *, largest: bool = True) -> Path:
    files = sorted((out / table).glob("*.parquet"), key=lambda p: p.stat().st_size)
    return files[-1] if largest else files[0]


def _flip_data_page(path: Path) -> None:
    """Change bytes inside the file's data, leaving its size and its footer intact."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 16] = bytes(b ^ 0xFF for b in data[middle : middle + 16])
    _rewrite(path, bytes(data))


def _rewrite(path: Path, content: bytes) -> None:
    # Hard links share the bytes with earlier versions, as real damage to a disk block would.
    with path.open("r+b") as handle:
        handle.truncate(0)
        handle.write(content)


def _cli(*args: str):
    return CliRunner().invoke(app, list(args))


def test_a_sound_dataset_checks_clean(dataset):
    result = _cli("check", "--out", str(dataset))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok:")


DAMAGE = {
    "corrupted data page": lambda out: _flip_data_page(_file(out, "mentions")),
    "truncated file": lambda out: _rewrite(_file(out, "articles"), _file(out, "articles").read_bytes()[:200]),
    "deleted file": lambda out: _file(out, "quotes").unlink(),
    "corrupt minhash state": lambda out: _rewrite(out / "_state" / "minhash.npz", b"PK\x03\x04 not a zip"),
    "corrupt registry": lambda out: _rewrite(out / "_state" / "registry.json", b'{"format": 2, "entities": [{'),
    "corrupt event clusters": lambda out: _rewrite(out / "_state" / "event_clusters.json", b"[{]"),
    "corrupt manifest": lambda out: _rewrite(out / "_manifest.json", b'{"version": '),
    "corrupt journal": lambda out: (out / "_publish.json").write_text('{"manifest": '),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damage_is_found_stops_runs_and_compaction_and_is_repaired(damage, dataset, inputs, clean):
    DAMAGE[damage](dataset)
    result = _cli("check", "--out", str(dataset))
    assert result.exit_code == 1, result.output
    assert result.output.startswith("damaged:")

    # Never carried into a new version, and no traceback: a run and a compaction stop with the files named.
    with pytest.raises(storage.DatasetDamaged, match="newsfacts repair"):
        run_pipeline([str(SEEDS)], Settings(out=dataset, batch_size=1, reprocess=True))
    result = _cli("compact", "--out", str(dataset))
    assert result.exit_code == 2 and result.output.startswith("error:"), result.output
    assert "Traceback" not in result.output

    result = _cli("repair", "--out", str(dataset))
    assert result.exit_code == 0, result.output
    assert _cli("check", "--out", str(dataset)).exit_code == 0
    # Running the inputs again puts back whatever the repair took out: the clean dataset's rows.
    run_pipeline(inputs, Settings(out=dataset, batch_size=1))
    assert_consistent(dataset)
    assert storage.check_dataset(dataset) == []
    assert glob_rows(dataset) == catalog_rows(dataset)
    expected = glob_rows(clean)
    got = glob_rows(dataset)
    for table in ("articles", "mentions", "quotes", "events", "cooccurrences", "rejects", "duplicates"):
        assert got[table] == expected[table], table


def test_repair_names_the_articles_of_a_damaged_file(dataset):
    damaged = _file(dataset, "mentions")
    with storage.connect_catalog(dataset) as con:
        # A run stages one file per table and batch under one name: these are the file's articles.
        expected = {source for (source,) in con.execute(
            f"SELECT source FROM read_parquet('{dataset}/articles/{damaged.name}')").fetchall()}
    _flip_data_page(damaged)
    result = _cli("repair", "--out", str(dataset))
    assert result.exit_code == 0, result.output
    assert expected and all(source in result.output for source in expected), result.output
    assert (dataset / storage.versions.QUARANTINE_DIR).is_dir()
    with storage.connect_catalog(dataset) as con:
        left = {s for (s,) in con.execute("SELECT source FROM articles").fetchall()}
    assert not expected & left, "the articles to run again must not stay half in the dataset"


def test_a_deleted_catalog_is_rebuilt(dataset):
    (dataset / storage.CATALOG_NAME).unlink()
    assert _cli("check", "--out", str(dataset)).exit_code == 1
    result = _cli("repair", "--out", str(dataset))
    assert "newsfacts.duckdb rebuilt" in result.output
    assert catalog_rows(dataset) == glob_rows(dataset)


def test_the_manifest_records_a_checksum_for_every_file_and_state(dataset):
    manifest = json.loads((dataset / storage.MANIFEST_NAME).read_text())
    assert all(f["sha256"] and f["size"] for files in manifest["tables"].values() for f in files)
    assert {"registry.json", "minhash.npz", "event_clusters.json"} <= set(manifest["state"])


@pytest.mark.parametrize("damage", ["corrupt registry", "truncated file", "corrupt manifest"])
def test_the_run_command_refuses_a_damaged_dataset_with_one_error_and_no_traceback(damage, dataset, inputs):
    DAMAGE[damage](dataset)
    result = _cli("run", *inputs, "--out", str(dataset), "--reprocess", "--no-progress")
    assert result.exit_code == 2, result.output
    assert result.output.startswith("error:") and "newsfacts repair" in result.output
    assert "Traceback" not in result.output
