"""The dataset on disk: incremental re-runs, --reprocess, compaction, schema evolution,
readers during a publish, the lock, and the generated docs. Real flow, real Parquet, real DuckDB."""

from __future__ import annotations

import json
import re
import shutil
import threading
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows import storage
from flows.config import Settings
from flows.pipeline import run_pipeline
from schemas import dictionary
from schemas.tables import TABLES, to_arrow
from tests.conftest import ROOT, SEEDS
from tests.flows.dataset_helpers import assert_consistent, catalog_rows, glob_rows, write_extra_corpus
from transforms.resolve import AliasEntry, EntityRegistry


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    return [str(SEEDS), str(write_extra_corpus(tmp_path_factory.mktemp("extra")))]


@pytest.fixture(scope="module")
def dataset(prefect_harness, inputs, tmp_path_factory) -> Path:
    """One article per batch, so that every table is spread over several small files."""
    out = tmp_path_factory.mktemp("dataset")
    summary = run_pipeline(inputs, Settings(out=out, batch_size=1))
    assert summary.ingested == 5
    return out


def copy_dataset(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    storage.publish_catalog(dst)  # the copy's catalog must point at the copy's files
    return dst


def _files(out: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(out)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in out.rglob("*") if p.is_file() and not p.name.startswith(".newsfacts.lock")}


def test_first_run_publishes_one_consistent_version(dataset):
    assert_consistent(dataset)
    assert storage.read_manifest(dataset).version == 1
    assert glob_rows(dataset) == catalog_rows(dataset)
    rows = catalog_rows(dataset)
    assert len(rows["articles"]) == 5
    assert len(rows["duplicates"]) == 1
    assert len(rows["rejects"]) == 1


def test_noop_rerun_writes_nothing(dataset, inputs):
    before = _files(dataset)
    summary = run_pipeline(inputs, Settings(out=dataset, batch_size=1))
    assert (summary.ingested, summary.skipped, summary.rows) == (0, 5, {})
    assert _files(dataset) == before


def test_reprocess_replaces_rows_instead_of_adding(dataset, inputs, tmp_path):
    out = copy_dataset(dataset, tmp_path / "out")
    before = catalog_rows(out)
    summary = run_pipeline(inputs, Settings(out=out, batch_size=2, reprocess=True))
    assert summary.ingested == 5
    assert storage.read_manifest(out).version == 2
    assert_consistent(out)
    assert glob_rows(out) == catalog_rows(out) == before
    registry = storage.load_registry(out).entities.values()
    assert sum(e.n_mentions for e in registry) == len(before["mentions"])
    [(pairs,)] = storage.query(out, "SELECT count(DISTINCT (entity_id, article_id)) FROM mentions").fetchall()
    assert sum(e.n_articles for e in registry) == pairs


def test_a_new_source_of_a_known_article_is_a_duplicate_not_a_new_article(dataset, tmp_path):
    out = copy_dataset(dataset, tmp_path / "out")
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.iterdir())[0], again / "renamed.txt")
    summary = run_pipeline([str(again)], Settings(out=out))
    assert (summary.ingested, summary.skipped) == (0, 1)
    rows = catalog_rows(out)
    assert len(rows["articles"]) == 5
    assert sum("renamed.txt" in row for row in rows["duplicates"]) == 1


ANALYST_QUERIES = [
    "SELECT type, count(*), sum(n_mentions) FROM entities GROUP BY ALL",
    "SELECT speaker, n_quotes, n_articles FROM quotes_by_speaker",
    "SELECT * FROM events_daily",
    "SELECT name_a, name_b, n_articles FROM entity_cooccurrence",
    "SELECT a.source, count(m.entity_id) FROM articles a LEFT JOIN mentions m USING (article_id) GROUP BY ALL",
]


def _answers(out: Path) -> list[list[str]]:
    with storage.connect_catalog(out) as con:
        return [sorted(map(repr, con.execute(sql).fetchall())) for sql in ANALYST_QUERIES]


def test_compaction_preserves_every_query_result(dataset, tmp_path):
    out = copy_dataset(dataset, tmp_path / "out")
    before_rows, before_answers = catalog_rows(out), _answers(out)
    files_before = {t: len(list((out / t).glob("*.parquet"))) for t in TABLES}
    with storage.dataset_lock(out):
        result = storage.compact(out, run_id="compact-test")
    assert result["mentions"] == (files_before["mentions"], 1)
    assert_consistent(out)
    assert {t: len(list((out / t).glob("*.parquet"))) for t in TABLES}["articles"] == 1
    assert catalog_rows(out) == glob_rows(out) == before_rows
    assert _answers(out) == before_answers


def _commit(out: Path, run_id: str, tables: dict[str, list[dict]]) -> storage.Manifest:
    base = storage.recover(out)
    staging = storage.Staging(out, run_id)
    for table, rows in tables.items():
        staging.write(table, rows, "0")
    return storage.commit(staging, base)


def _article(i: int, **extra) -> dict:
    return {"article_id": f"a{i}", "source": f"in/{i}.txt", "text": f"text {i}", "content_hash": f"h{i}", **extra}


def test_old_files_without_a_new_nullable_column_stay_readable(tmp_path):
    out = tmp_path / "out"
    base = storage.recover(out)
    staging = storage.Staging(out, "old")
    # A file from a schema version before `outlet` existed.
    staging.write_arrow("articles", to_arrow("articles", [_article(1)]).drop_columns(["outlet"]), "0")
    storage.commit(staging, base)
    _commit(out, "new", {"articles": [_article(2, outlet="Example News")]})
    expected = [("a1", None), ("a2", "Example News")]
    with storage.connect_catalog(out) as con:
        assert con.sql("SELECT article_id, outlet FROM articles ORDER BY 1").fetchall() == expected
    with storage.dataset_lock(out):
        storage.compact(out, run_id="compact")
    (compacted,) = (out / "articles").glob("*.parquet")
    assert pq.read_schema(compacted).names == TABLES["articles"].names
    with storage.connect_catalog(out) as con:
        assert con.sql("SELECT article_id, outlet FROM articles ORDER BY 1").fetchall() == expected


def test_a_reader_sees_the_old_or_the_new_version_never_a_mix(tmp_path, monkeypatch):
    """Each version adds 3 articles and rewrites the entities snapshot with the article count;
    a reader of the catalog must always find both in agreement."""
    monkeypatch.setattr(storage.versions, "KEEP_VERSIONS", 1000)
    out = tmp_path / "out"
    _commit(out, "v0", {"articles": [_article(i) for i in range(3)],
                        "entities": [{"entity_id": "E1", "name": "count", "type": "X", "n_articles": 3}]})
    done = threading.Event()
    seen: list[tuple[int, int]] = []
    globbed: list[int] = []

    errors: list[Exception] = []

    def read() -> None:
        try:
            read_until_done()
        except Exception as exc:  # surfaced by the assertion below, not lost in the thread
            errors.append(exc)

    def read_until_done() -> None:
        while not done.is_set():
            with storage.connect_catalog(out) as con:
                seen.append(con.execute("SELECT (SELECT count(*) FROM articles), "
                                    "(SELECT max(n_articles) FROM entities)").fetchone())
            globbed.append(duckdb.execute(f"SELECT count(*) FROM read_parquet('{out}/articles/**/*.parquet')")
                           .fetchone()[0])

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for v in range(1, 25):
            n = 3 * (v + 1)
            _commit(out, f"v{v}", {"articles": [_article(i) for i in range(n - 3, n)],
                                   "entities": [{"entity_id": "E1", "name": "count", "type": "X", "n_articles": n}]})
    finally:
        done.set()
        reader.join()
    assert not errors
    assert seen and all(articles == snapshot for articles, snapshot in seen), seen
    assert all(n % 3 == 0 for n in globbed)
    assert seen[-1][0] <= 75


def test_a_reader_holding_an_old_catalog_keeps_reading_its_version(tmp_path):
    out = tmp_path / "out"
    _commit(out, "v1", {"articles": [_article(1)], "entities": [{"entity_id": "E1", "name": "A", "type": "X"}]})
    with storage.connect_catalog(out) as old:
        _commit(out, "v2", {"articles": [_article(2)], "entities": [{"entity_id": "E2", "name": "B", "type": "X"}]})
        assert old.sql("SELECT entity_id FROM entities").fetchall() == [("E1",)]
    with storage.connect_catalog(out) as new:
        assert new.sql("SELECT entity_id FROM entities").fetchall() == [("E2",)]
        assert new.execute("SELECT count(*) FROM articles").fetchone() == (2,)


def test_a_second_writer_waits_or_fails_clearly(tmp_path):
    out = tmp_path / "out"
    messages: list[str] = []
    order: list[str] = []
    with storage.dataset_lock(out, owner="run first"):
        with pytest.raises(storage.DatasetBusy, match="run first"), storage.dataset_lock(out, wait=False):
            pass

        def second() -> None:
            with storage.dataset_lock(out, on_wait=messages.append):
                order.append("second")

        waiter = threading.Thread(target=second)
        waiter.start()
        waiter.join(timeout=1)
        order.append("first")
    waiter.join()
    assert order == ["first", "second"]
    assert messages and "run first" in messages[0]


@pytest.mark.parametrize("point", storage.PUBLISH_POINTS)
def test_a_publish_failed_at_any_step_and_retried_loses_no_row(tmp_path, point):
    """A publish task that fails at a step of its roll-forward is retried (retries=2): the
    retry finishes the journal instead of writing another without the files already moved."""
    out = tmp_path / "out"
    _commit(out, "v1", {"articles": [_article(1)]})
    base = storage.recover(out)
    staging = storage.Staging(out, "v2")
    for i in range(2, 8):
        staging.write("articles", [_article(i)], f"{i:02d}")
    with pytest.raises(storage.InjectedFailure):
        storage.commit(staging, base, crash_at=f"fail:{point}")
    assert storage.commit(staging, base).version == 2  # the retry
    assert storage.read_manifest(out).version == 2
    assert_consistent(out)
    assert len(glob_rows(out)["articles"]) == len(catalog_rows(out)["articles"]) == 7
    assert storage.check_dataset(out) == []


@pytest.mark.parametrize("point", storage.PUBLISH_POINTS)
def test_a_publish_failed_at_any_step_is_finished_by_the_next_writer(tmp_path, point):
    """The journal is the commit point: whatever of the roll-forward was done is redone."""
    out = tmp_path / "out"
    _commit(out, "v1", {"articles": [_article(1)]})
    base = storage.recover(out)
    staging = storage.Staging(out, "v2")
    for i in range(2, 8):
        staging.write("articles", [_article(i)], f"{i:02d}")
    with pytest.raises(storage.InjectedFailure):
        storage.commit(staging, base, crash_at=f"fail:{point}")
    assert storage.recover(out).version == 2
    assert_consistent(out)
    assert len(glob_rows(out)["articles"]) == len(catalog_rows(out)["articles"]) == 7


def test_data_dictionary_matches_the_schemas():
    assert dictionary.DICTIONARY_PATH.read_text() == dictionary.render(), (
        "docs/DATA_DICTIONARY.md is stale: run `python -m schemas.dictionary`")


def test_every_query_in_the_docs_runs(dataset):
    sqls = re.findall(r"```sql\n(.*?)```", (ROOT / "docs" / "QUERIES.md").read_text(), re.DOTALL)
    assert len(sqls) >= 10
    with storage.connect_catalog(dataset) as con:
        for sql in sqls:
            con.sql(sql).fetchall()


def test_a_folder_written_before_versioning_is_adopted(tmp_path):
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    pq.write_table(to_arrow("articles", [_article(1), _article(2)]), out / "articles" / "old-run.parquet")
    assert storage.recover(out).rows("articles") == 2
    assert (out / "articles").is_symlink()
    assert_consistent(out)
    _commit(out, "new", {"articles": [_article(3)]})
    assert len(catalog_rows(out)["articles"]) == len(glob_rows(out)["articles"]) == 3


def test_compaction_writes_row_groups_of_a_hundred_thousand_rows_or_more(tmp_path):
    out = tmp_path / "out"
    base = storage.recover(out)
    staging = storage.Staging(out, "many-small")
    n = 60_000
    for part in range(5):
        mentions = pa.table({
            "article_id": [f"a{part}"] * n, "entity_id": ["E1"] * n, "text": ["Kyiv"] * n,
            "start_char": pa.array(range(n), pa.int64()), "end_char": pa.array(range(1, n + 1), pa.int64()),
        })
        staging.write_arrow("mentions", storage.conform(mentions, "mentions"), str(part))
    storage.commit(staging, base)
    with storage.dataset_lock(out):
        assert storage.compact(out, run_id="compact")["mentions"] == (5, 1)
    (compacted,) = (out / "mentions").glob("*.parquet")
    metadata = pq.read_metadata(compacted)
    groups = [metadata.row_group(i).num_rows for i in range(metadata.num_row_groups)]
    assert sum(groups) == 5 * n
    assert all(rows >= 100_000 for rows in groups[:-1])


def test_a_run_that_must_not_wait_fails_with_the_holder_named(prefect_harness, inputs, tmp_path):
    out = tmp_path / "out"
    with storage.dataset_lock(out, owner="nightly run"), pytest.raises(storage.DatasetBusy, match="nightly run"):
        run_pipeline(inputs, Settings(out=out, wait_for_lock=False))
    assert not (out / storage.MANIFEST_NAME).exists()


def test_entity_counts_count_an_article_cut_between_files_once(tmp_path):
    """Compaction may cut one article's mentions between two files; an article without a
    publication time is dated by its ingestion."""
    at = [datetime(2024, 5, d, tzinfo=UTC) for d in (1, 2, 3)]
    articles = tmp_path / "articles.parquet"
    pq.write_table(to_arrow("articles", [_article(1, published_at=at[0], ingested_at=at[2]),
                                         _article(2, ingested_at=at[1])]), articles)

    def mentions(name: str, pairs: list[tuple[str, str]]) -> Path:
        path = tmp_path / name
        pq.write_table(to_arrow("mentions", [
            {"article_id": a, "entity_id": e, "text": e, "label": "PERSON", "start_char": i, "end_char": i + 1}
            for i, (a, e) in enumerate(pairs)]), path)
        return path

    paths = [mentions("m1.parquet", [("a1", "E1"), ("a1", "E1"), ("a1", "E2")]),
             mentions("m2.parquet", [("a1", "E1"), ("a2", "E1"), ("a2", "E3")])]
    assert storage.entity_counts([articles], paths) == {
        "E1": (4, 2, at[0], at[1]), "E2": (1, 1, at[0], at[0]), "E3": (1, 1, at[1], at[1])}


@pytest.mark.parametrize("aliases", [[], [AliasEntry("Volodymyr Zelensky", ("Zelenskyy",), "PERSON", "Q3881739"),
                                         AliasEntry("Kremlin", ("Moscow Kremlin",), "ORG", "Q37853")]])
def test_the_staged_registry_is_the_text_of_its_json(tmp_path, aliases):
    registry = EntityRegistry()
    registry.add_alias_table(aliases)
    staging = storage.Staging(tmp_path, "run")
    storage.stage_registry(staging, registry)
    staged = staging.folder / storage.REGISTRY_NAME
    assert staged.read_text() == json.dumps(registry.to_json())


@pytest.mark.parametrize("point", ["linking", "state", "catalog"])
def test_a_publish_task_retried_after_its_roll_forward_failed_loses_no_row(
        dataset, inputs, tmp_path, monkeypatch, point):
    """The real flow: the publish task (retries=2) fails once mid-roll-forward and Prefect retries it."""
    failed: list[str] = []
    real = storage.versions.checkpoint

    def fail_once(name: str, crash_at: str | None) -> None:
        if name == point and not failed:
            failed.append(name)
            raise storage.InjectedFailure(f"failure injected at {name}")
        real(name, crash_at)

    monkeypatch.setattr(storage.versions, "checkpoint", fail_once)
    out = tmp_path / "out"
    run_pipeline(inputs, Settings(out=out, batch_size=1))
    assert failed == [point]
    assert_consistent(out)
    assert glob_rows(out) == catalog_rows(out) == glob_rows(dataset)
    assert storage.check_dataset(out) == []
