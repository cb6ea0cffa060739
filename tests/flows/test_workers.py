"""Worker processes of this machine (`--workers N` on the default runner) parse and extract
exactly what the command's own process does."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.runners import make_task_runner
from flows.workers import ExtractionPool, extract_articles
from tests.conftest import SEEDS
from tests.flows.dataset_helpers import glob_rows, write_extra_corpus
from transforms.ingest import ArticleRecord

pytestmark = pytest.mark.slow

MODEL = Settings().model


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = write_extra_corpus(tmp_path_factory.mktemp("inbox"))
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    return folder


def _run(inbox: Path, out: Path, workers: int) -> Path:
    # One article per batch, so that the batches spread over both workers.
    settings = Settings(out=out, batch_size=1, n_process=workers)
    run_pipeline.with_options(task_runner=make_task_runner(workers=workers))([str(inbox)], settings)
    return out


def test_two_worker_processes_write_what_one_process_writes(prefect_harness, inbox, tmp_path):
    here = glob_rows(_run(inbox, tmp_path / "here", workers=1))
    in_workers = glob_rows(_run(inbox, tmp_path / "workers", workers=2))
    assert in_workers == here
    assert len(here["articles"]) == 5 and here["mentions"] and here["quotes"] and here["events"]
    assert [row for row in here["rejects"] if "blank.txt" in row]


def _parser_pid(_: int) -> int:
    return os.getpid()


def test_a_pool_parses_in_other_processes_and_returns_plain_facts(nlp):
    articles = [
        ArticleRecord("a1", "lyon.txt", "The mayor of Lyon opened a new bridge on Friday.", "h1"),
        # Over spaCy's max_length: the worker makes it a reject with the error, not a failure.
        ArticleRecord("a2", "huge.txt", "word " * (nlp.max_length // 5 + 1), "h2"),
    ]
    with ExtractionPool(MODEL, workers=2) as pool:
        in_pool = pool.submit(articles, Settings()).result()
        worker_pids = set(pool._executor.map(_parser_pid, range(8)))
    assert os.getpid() not in worker_pids and 1 <= len(worker_pids) <= 2
    here = extract_articles(articles, Settings())
    assert in_pool == here
    assert [facts.article.article_id for facts in in_pool.facts] == ["a1"]
    assert [(r.source, r.reason) for r in in_pool.rejections] == [("huge.txt", "extraction_error")]


def test_a_model_that_is_not_installed_fails_the_batch_with_its_name():
    from flows.nlp import ModelNotInstalled

    with ExtractionPool("en_no_such_model", workers=1) as pool, pytest.raises(ModelNotInstalled, match="en_no_such"):
        pool.submit([ArticleRecord("a1", "x.txt", "Text.", "h1")], Settings(model="en_no_such_model")).result()
