"""Parsing and extraction of a batch of articles, here or in worker processes of this machine.

The parse is the pipeline's real cost, and it holds the GIL: more cores need more processes.
`ExtractionPool` keeps N of them for a whole run. They are forked from a server process that
has already imported spaCy and the extractors (multiprocessing's "forkserver"), so a worker
starts in well under a second, loads the model once and parses batch after batch; a spawned
process (Prefect's process pool, a local Dask cluster) would import everything again, and
spaCy's own `nlp.pipe(n_process=...)` starts new processes for every call. Nothing here
imports Prefect: workers run plain functions and return plain data.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.config import Settings
    from transforms.assemble import ArticleFacts
    from transforms.ingest import ArticleRecord, Rejection

# What the fork server imports once, before it forks any worker: spaCy and every extractor.
# Imported by the functions below, not at the top, so that a command can start the fork
# server (`prepare_workers`) before it has imported spaCy itself.
PRELOADED = ["flows.nlp", "transforms.assemble", "transforms.ingest"]


@dataclass
class ExtractedBatch:
    facts: list[ArticleFacts] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def extract_articles(articles: list[ArticleRecord], settings: Settings) -> ExtractedBatch:
    """Parse a batch once with nlp.pipe and run every extractor; returns plain data, no Docs.

    An article that breaks an extractor becomes a reject with the error, not a failed batch.
    """
    from flows.nlp import load_pipeline, parse, parsing_zone
    from transforms.assemble import extract_article
    from transforms.ingest import Rejection

    nlp = load_pipeline(settings.model)
    result = ExtractedBatch()
    with parsing_zone(nlp):
        try:
            docs = list(parse(nlp, (a.text for a in articles)))
        except Exception:
            # One bad text fails the whole nlp.pipe call; parse one by one to find it.
            docs = [None] * len(articles)
        for doc, article in zip(docs, articles, strict=True):
            try:
                parsed = doc if doc is not None else nlp(article.text)
                result.facts.append(extract_article(parsed, article, reported_speech=settings.reported_speech,
                                                   reference_day=settings.reference_date))
            except Exception as exc:
                result.rejections.append(
                    Rejection(article.source, "extraction_error", f"{type(exc).__name__}: {exc}", article.record)
                )
    return result


def _exit_with(owner: int) -> None:
    """End this worker when the process that owns its pool ends, even by SIGKILL.

    A worker waits for work on a pipe that its siblings also hold open, so it would never see
    the owner go: it would live on holding a model, and the output pipes of the killed command.
    """
    def watch() -> None:
        try:
            handle = os.pidfd_open(owner)  # readable once the owner has exited (Linux 5.3+)
        except (AttributeError, OSError):
            while True:
                try:
                    os.kill(owner, 0)
                except ProcessLookupError:
                    break
                except PermissionError:  # alive, and another user's: the pid was reused
                    break
                time.sleep(1)
        else:
            select.select([handle], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="newsfacts-owner-watch", daemon=True).start()


def _load_model(model: str) -> None:
    from flows.nlp import load_pipeline

    load_pipeline(model)


def _context() -> multiprocessing.context.ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOADED)  # not the caller's __main__, multiprocessing's default
    return context


def prepare_workers() -> None:
    """Start the fork server now: it imports spaCy (~3 s) while the caller does other work."""
    from multiprocessing import forkserver

    _context()
    forkserver.ensure_running()


class ExtractionPool:
    """`workers` processes of this machine that parse and extract batches, for one run."""

    def __init__(self, model: str, workers: int) -> None:
        self.workers = workers
        self._executor = ProcessPoolExecutor(workers, mp_context=_context(), initializer=_exit_with,
                                             initargs=(os.getpid(),))
        # Start every worker and its model load now, side by side, rather than one by one as
        # batches arrive (the executor starts a process per submit while none is idle). A model
        # that fails to load fails here quietly, and again, with its error, in the first batch.
        for _ in range(workers):
            self._executor.submit(_load_model, model)

    def submit(self, articles: list[ArticleRecord], settings: Settings) -> Future[ExtractedBatch]:
        return self._executor.submit(extract_articles, articles, settings)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ExtractionPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
