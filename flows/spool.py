"""A run's articles on disk between ingestion and extraction: an Arrow IPC file in the run's
staging folder, written in chunks and read back a batch at a time.

Ingestion must see the whole run before it can settle duplicates and boilerplate, and
extraction works through it batch by batch; in between, the texts wait here rather than in
memory, so that a run of 20,000 articles holds no more text than one of 2,000. A run that
dies leaves its spool in its staging folder, which the next run's recovery deletes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from pathlib import Path

import pyarrow as pa

from flows.sources import printable
from schemas.tables import ARTICLE_SPOOL
from transforms.ingest import ArticleRecord

# Articles per record batch of the file: the unit of reading back.
SPOOL_CHUNK = 256


def _row(article: ArticleRecord) -> dict:
    row = dataclasses.asdict(article)
    row["published_at"] = article.published_at.isoformat() if article.published_at else None
    # A file name's non-UTF-8 bytes (lone surrogates in Python) cannot go into Arrow: escaped.
    row["source"] = printable(article.source)
    return row


def _article(row: dict) -> ArticleRecord:
    published = row.pop("published_at")
    return ArticleRecord(**row, published_at=datetime.fromisoformat(published) if published else None)


class SpoolWriter:
    """Appends articles to a spool file, one record batch per `SPOOL_CHUNK` articles."""

    def __init__(self, writer: pa.ipc.RecordBatchFileWriter) -> None:
        self._writer = writer
        self._pending: list[dict] = []
        self.count = 0

    def append(self, article: ArticleRecord) -> None:
        self._pending.append(_row(article))
        self.count += 1
        if len(self._pending) == SPOOL_CHUNK:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._writer.write_batch(pa.RecordBatch.from_pylist(self._pending, schema=ARTICLE_SPOOL))
            self._pending = []


@dataclass(frozen=True)
class ArticleSpool:
    """Articles in the order they were written, `count` of them, at `path`."""

    path: Path
    count: int

    @classmethod
    @contextmanager
    def written(cls, path: Path) -> Iterator[SpoolWriter]:
        """Write a spool at `path` (replacing any); `ArticleSpool(path, writer.count)` reads it."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, ARTICLE_SPOOL) as writer:
            spool_writer = SpoolWriter(writer)
            yield spool_writer
            spool_writer.flush()

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[ArticleRecord]:
        # Read, not memory-mapped: the pages of a mapped file would count in the process's
        # resident memory once touched, and a run touches all of them.
        with pa.OSFile(str(self.path)) as source:
            reader = pa.ipc.open_file(source)
            for number in range(reader.num_record_batches):
                yield from map(_article, reader.get_batch(number).to_pylist())

    def read(self, rows: Sequence[int]) -> list[ArticleRecord]:
        """The articles at `rows` (ascending), reading only the chunks that hold them."""
        articles: list[ArticleRecord] = []
        with pa.OSFile(str(self.path)) as source:
            reader = pa.ipc.open_file(source)
            for number, in_chunk in groupby(rows, key=lambda row: row // SPOOL_CHUNK):
                offsets = [row - number * SPOOL_CHUNK for row in in_chunk]
                articles += map(_article, reader.get_batch(number).take(offsets).to_pylist())
        return articles

    def fields(self, *names: str) -> Iterator[tuple]:
        """The given fields of every article, in order, without reading the texts."""
        options = pa.ipc.IpcReadOptions(included_fields=[ARTICLE_SPOOL.get_field_index(name) for name in names])
        with pa.OSFile(str(self.path)) as source:
            reader = pa.ipc.open_file(source, options=options)
            for number in range(reader.num_record_batches):
                batch = reader.get_batch(number)
                yield from zip(*(batch.column(name).to_pylist() for name in names), strict=True)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
