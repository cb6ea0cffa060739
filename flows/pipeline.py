"""The main Prefect flow: discover, ingest, parse once, extract, resolve, write, publish."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from flows import progress, storage
from flows.config import Settings
from flows.nlp import load_pipeline, parse
from transforms.assemble import ArticleFacts, extract_article, table_rows
from transforms.ingest import ArticleRecord, Rejection, article_from_bytes

SUPPORTED_SUFFIXES = frozenset({".txt"})
APPENDED_TABLES = ("articles", "mentions", "quotes", "events", "rejects", "duplicates")


@dataclass
class IngestResult:
    articles: list[ArticleRecord] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    duplicates: list[tuple[ArticleRecord, str]] = field(default_factory=list)


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    out: str
    ingested: int
    duplicates: int
    rejected: int
    rejects_by_reason: dict[str, int]
    rows: dict[str, int]
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.rejects_by_reason.items()))
        return (
            f"{self.ingested} ingested, {self.duplicates} duplicates, {self.rejected} rejected"
            + (f" ({reasons})" if reasons else "")
        )


def discover_inputs(inputs: list[str]) -> list[str]:
    """Every file named or found (recursively, sorted) under the inputs, as given or as walked."""
    found: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += [str(p) for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")]
        else:
            found.append(item)
    return found


@task(name="ingest", retries=2, retry_delay_seconds=1)
def ingest(sources: list[str], settings: Settings) -> IngestResult:
    result = IngestResult()
    seen: dict[str, str] = {}
    for source in sources:
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            result.rejections.append(Rejection(source, "unreadable", str(exc)))
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.rejections.append(Rejection(source, "unsupported_format", f"no reader for {path.suffix!r}"))
            continue
        if size > settings.max_bytes:
            result.rejections.append(
                Rejection(source, "too_large", f"{size} bytes is over the limit of {settings.max_bytes}")
            )
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.rejections.append(Rejection(source, "unreadable", str(exc)))
            continue
        outcome = article_from_bytes(data, source=source)
        if isinstance(outcome, Rejection):
            result.rejections.append(outcome)
        elif outcome.article_id in seen:
            result.duplicates.append((outcome, outcome.article_id))
        else:
            seen[outcome.article_id] = source
            result.articles.append(outcome)
    return result


@dataclass
class ExtractedBatch:
    facts: list[ArticleFacts] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


# No retries: extraction is deterministic, so a retry would fail the same way. An article
# that breaks an extractor becomes a reject with the error instead of failing its batch.
@task(name="extract", retries=0)
def extract_batch(articles: list[ArticleRecord], settings: Settings) -> ExtractedBatch:
    """Parse a batch once with nlp.pipe and run every extractor; returns plain data, no Docs."""
    nlp = load_pipeline(settings.model)
    result = ExtractedBatch()
    try:
        docs = list(parse(nlp, (a.text for a in articles), batch_size=settings.batch_size,
                          n_process=settings.n_process))
    except Exception:
        # One bad text fails the whole nlp.pipe call; parse one by one to find it.
        docs = [None] * len(articles)
    for doc, article in zip(docs, articles, strict=True):
        try:
            if doc is None:
                doc = nlp(article.text)
            result.facts.append(extract_article(doc, article))
        except Exception as exc:
            result.rejections.append(
                Rejection(article.source, "extraction_error", f"{type(exc).__name__}: {exc}", article.record)
            )
    return result


# Retries cover transient I/O (a busy disk, a network share). Files are named by run and part and
# the registry is saved last, so a retry starts from the saved registry and rewrites the same files.
@task(name="resolve-and-write", retries=2, retry_delay_seconds=2)
def resolve_and_write(
    all_facts: list[ArticleFacts], ingested: IngestResult, settings: Settings, run_id: str
) -> dict[str, int]:
    out = settings.out
    registry = storage.load_registry(out)
    now = datetime.now(UTC)
    tables: dict[str, list[dict]] = {name: [] for name in APPENDED_TABLES}
    for facts in all_facts:
        rows = table_rows(facts, registry, run_id=run_id, pipeline_version=settings.pipeline_version, now=now)
        for name, table_rows_ in rows.items():
            tables[name] += table_rows_
    # Display names can improve while the run resolves later articles: write the final ones.
    for quote in tables["quotes"]:
        if quote["speaker_entity_id"]:
            quote["speaker"] = registry.name(quote["speaker_entity_id"])
    for event in tables["events"]:
        for role in ("actor", "target", "location"):
            if event[f"{role}_entity_id"]:
                event[role] = registry.name(event[f"{role}_entity_id"])
    tables["rejects"] = [
        {"source": r.source, "record": r.record, "reason": r.reason, "detail": r.detail, "seen_at": now,
         "run_id": run_id}
        for r in ingested.rejections
    ]
    tables["duplicates"] = [
        {"source": a.source, "record": a.record, "duplicate_of": of, "kind": "exact", "similarity": 1.0,
         "seen_at": now, "run_id": run_id}
        for a, of in ingested.duplicates
    ]
    for name, rows_ in tables.items():
        storage.write_table(out, name, rows_, run_id=run_id)
    storage.write_table(out, "entities", registry.rows(), run_id=run_id)
    storage.save_registry(out, registry)
    counts = {name: len(rows_) for name, rows_ in tables.items()}
    counts["entities"] = len(registry.entities)
    return counts


@task(name="publish", retries=2, retry_delay_seconds=2)
def publish(settings: Settings) -> str:
    return str(storage.publish_catalog(settings.out))


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@flow(name="newsfacts-run", log_prints=True)
def run_pipeline(inputs: list[str], settings: Settings) -> RunSummary:
    """Turn news articles under `inputs` into Parquet tables and a DuckDB catalog."""
    logger = get_run_logger()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    settings.out.mkdir(parents=True, exist_ok=True)
    clock = progress.StageClock()

    with clock("discover"):
        sources = discover_inputs(inputs)
    with clock("ingest"):
        ingested = ingest(sources, settings)
    with clock("extract"):
        progress.start(len(ingested.articles))
        futures = [extract_batch.submit(batch, settings) for batch in _batches(ingested.articles, settings.batch_size)]
        all_facts: list[ArticleFacts] = []
        for future in futures:
            batch = future.result()
            all_facts += batch.facts
            ingested.rejections += batch.rejections
            progress.advance(len(batch.facts) + len(batch.rejections))
    with clock("write"):
        counts = resolve_and_write(all_facts, ingested, settings, run_id)
    with clock("publish"):
        publish(settings)

    summary = RunSummary(
        run_id=run_id, out=str(settings.out), ingested=len(ingested.articles),
        duplicates=len(ingested.duplicates), rejected=len(ingested.rejections),
        rejects_by_reason=dict(Counter(r.reason for r in ingested.rejections)), rows=counts,
        stage_seconds=clock.seconds,
    )
    for name, seconds in clock.seconds.items():
        logger.info(progress.logfmt(event="stage", run_id=run_id, stage=name, seconds=round(seconds, 3)))
    logger.info(progress.logfmt(event="run", run_id=run_id, ingested=summary.ingested,
                                duplicates=summary.duplicates, rejected=summary.rejected))
    logger.info(summary.line())
    create_table_artifact(
        key="newsfacts-run-table",
        table=summary_table(summary),
        description="Rows per table, rejects by reason and seconds per stage of this newsfacts run",
    )
    create_markdown_artifact(
        key="newsfacts-run-summary",
        markdown=_summary_markdown(summary),
        description="Rows written per table by this newsfacts run",
    )
    return summary


def summary_table(summary: RunSummary) -> list[dict[str, object]]:
    """One row per measure of a run: rows per table, rejects per reason, seconds per stage."""
    table: list[dict[str, object]] = [{"measure": "rows", "name": name, "value": n} for name, n in summary.rows.items()]
    table += [{"measure": "rejects", "name": reason, "value": n}
              for reason, n in sorted(summary.rejects_by_reason.items())]
    table += [{"measure": "seconds", "name": stage, "value": round(seconds, 3)}
              for stage, seconds in summary.stage_seconds.items()]
    return table


def _summary_markdown(summary: RunSummary) -> str:
    lines = [f"# newsfacts run {summary.run_id}", "", summary.line(), "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in summary.rows.items()]
    return "\n".join(lines)
