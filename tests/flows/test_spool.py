"""The on-disk spool of a run's articles between ingestion and extraction."""

import os
from datetime import UTC, datetime, timedelta, timezone

from flows.spool import SPOOL_CHUNK, ArticleSpool
from tests.articles import BRIDGE, HARBOUR
from transforms.ingest import ArticleRecord, article_from_text


def articles(n: int) -> list[ArticleRecord]:
    made = []
    for i in range(n):
        article = article_from_text(f"{HARBOUR if i % 2 else BRIDGE}\n\nUpdate {i}.", source=f"in/{i}.txt")
        assert isinstance(article, ArticleRecord)
        made.append(article)
    return made


def test_articles_come_back_as_they_were_written_and_rows_are_read_across_chunks(tmp_path):
    written = articles(SPOOL_CHUNK * 2 + 3)
    with ArticleSpool.written(tmp_path / "a.arrow") as writer:
        for article in written:
            writer.append(article)
    spool = ArticleSpool(tmp_path / "a.arrow", writer.count)
    assert len(spool) == len(written)
    assert list(spool) == written
    rows = [0, 5, SPOOL_CHUNK - 1, SPOOL_CHUNK, SPOOL_CHUNK * 2 + 2]
    assert spool.read(rows) == [written[row] for row in rows]
    assert list(spool.fields("article_id", "source")) == [(a.article_id, a.source) for a in written]


def test_publication_times_keep_their_offset_or_its_absence(tmp_path):
    [base] = articles(1)
    times = [datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=2))), datetime(2026, 3, 1, 23, 30),
             datetime(2026, 3, 1, 23, 30, tzinfo=UTC), None]
    written = [ArticleRecord(**{**base.__dict__, "published_at": t, "record": i}) for i, t in enumerate(times)]
    with ArticleSpool.written(tmp_path / "t.arrow") as writer:
        for article in written:
            writer.append(article)
    back = list(ArticleSpool(tmp_path / "t.arrow", writer.count))
    assert [a.published_at for a in back] == times
    assert [a.published_at.utcoffset() if a.published_at else "none" for a in back] == [
        timedelta(hours=2), None, timedelta(0), "none"]


def test_a_source_named_with_bytes_that_are_not_utf8_is_spooled_escaped(tmp_path):
    name = os.fsdecode(b"in/bad\xffname.txt")  # as os.listdir gives it: a lone surrogate
    article = article_from_text(HARBOUR, source=name)
    with ArticleSpool.written(tmp_path / "a.arrow") as writer:
        writer.append(article)
    [back] = ArticleSpool(tmp_path / "a.arrow", writer.count)
    assert back.source == "in/bad\\xffname.txt" and back.text == article.text
