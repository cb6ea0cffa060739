"""The main Prefect flow: discover, ingest, parse once, extract, resolve, write, publish."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact

from flows import storage
from flows.config import Settings
from flows.inputs import IngestResult, discover_inputs, ingest_sources, save_duplicate_state
from flows.nlp import load_pipeline, parse
from transforms.assemble import ArticleFacts, extract_article, table_rows
from transforms.clusters import assign_event_clusters
from transforms.ingest import ArticleRecord

APPENDED_TABLES = ("articles", "mentions", "quotes", "events", "rejects", "duplicates")


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    out: str
    ingested: int
    duplicates: int
    rejected: int
    rejects_by_reason: dict[str, int]
    rows: dict[str, int]

    def line(self) -> str:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.rejects_by_reason.items()))
        return (
            f"{self.ingested} ingested, {self.duplicates} duplicates, {self.rejected} rejected"
            + (f" ({reasons})" if reasons else "")
        )


@task(name="ingest", retries=2, retry_delay_seconds=1)
def ingest(sources: list[str], settings: Settings) -> IngestResult:
    """Read, clean and de-duplicate every source; see flows/inputs.py."""
    return ingest_sources(sources, settings)


@task(name="extract")
def extract_batch(articles: list[ArticleRecord], settings: Settings) -> list[ArticleFacts]:
    """Parse a batch once with nlp.pipe and run every extractor; returns plain data, no Docs."""
    nlp = load_pipeline(settings.model)
    docs = parse(nlp, (a.text for a in articles), batch_size=settings.batch_size, n_process=settings.n_process)
    return [
        extract_article(doc, article, reported_speech=settings.reported_speech)
        for doc, article in zip(docs, articles, strict=True)
    ]


@task(name="resolve-and-write")
def resolve_and_write(
    all_facts: list[ArticleFacts], ingested: IngestResult, settings: Settings, run_id: str
) -> dict[str, int]:
    out = settings.out
    registry = storage.load_registry(out, settings.alias_table)
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
    cluster_ids, clusters = assign_event_clusters(tables["events"], storage.load_event_clusters(out))
    for event, cluster_id in zip(tables["events"], cluster_ids, strict=True):
        event["event_cluster_id"] = cluster_id
    tables["rejects"] = [
        {"source": r.source, "record": r.record, "reason": r.reason, "detail": r.detail, "seen_at": now,
         "run_id": run_id}
        for r in ingested.rejections
    ]
    tables["duplicates"] = [
        {"source": d.source, "record": d.record, "duplicate_of": d.duplicate_of, "kind": d.kind,
         "similarity": d.similarity, "seen_at": now, "run_id": run_id}
        for d in ingested.duplicates
    ]
    for name, rows_ in tables.items():
        storage.write_table(out, name, rows_, run_id=run_id)
    storage.write_table(out, "entities", registry.rows(), run_id=run_id)
    storage.save_registry(out, registry)
    save_duplicate_state(out, ingested, threshold=settings.near_duplicate_threshold)
    storage.save_event_clusters(out, clusters)
    counts = {name: len(rows_) for name, rows_ in tables.items()}
    counts["entities"] = len(registry.entities)
    return counts


@task(name="publish")
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

    sources = discover_inputs(inputs)
    ingested = ingest(sources, settings)
    futures = [extract_batch.submit(batch, settings) for batch in _batches(ingested.articles, settings.batch_size)]
    all_facts = [facts for future in futures for facts in future.result()]
    counts = resolve_and_write(all_facts, ingested, settings, run_id)
    publish(settings)

    summary = RunSummary(
        run_id=run_id, out=str(settings.out), ingested=len(ingested.articles),
        duplicates=len(ingested.duplicates), rejected=len(ingested.rejections),
        rejects_by_reason=dict(Counter(r.reason for r in ingested.rejections)), rows=counts,
    )
    logger.info(summary.line())
    create_markdown_artifact(
        key="newsfacts-run-summary",
        markdown=_summary_markdown(summary),
        description="Rows written per table by this newsfacts run",
    )
    return summary


def _summary_markdown(summary: RunSummary) -> str:
    lines = [f"# newsfacts run {summary.run_id}", "", summary.line(), "", "| table | rows |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in summary.rows.items()]
    return "\n".join(lines)
