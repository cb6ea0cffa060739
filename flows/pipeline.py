"""The main Prefect flow: discover, ingest, parse once, extract, resolve, write, publish."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import progress, storage
from flows.config import Settings
from flows.inputs import MINHASH_STATE, IngestResult, ingest_sources, write_duplicate_state
from flows.sources import (
    SOURCES_STATE,
    Fingerprint,
    Refused,
    discover,
    fingerprints,
    read_sources_state,
    sources_state,
)
from flows.workers import ExtractedBatch, ExtractionPool, extract_articles, prepare_workers
from schemas.tables import COMPANIONS, to_arrow
from transforms.assemble import ArticleFacts, table_rows
from transforms.clusters import CLUSTER_COLUMNS, assign_event_clusters_table
from transforms.dedup import Duplicate
from transforms.flatten import companions
from transforms.ingest import ArticleRecord, Rejection
from transforms.resolve import EntityRegistry

# Under the run's staging folder: the spools of flows/spool.py.
SPOOL_DIR = "_spool"
APPENDED_TABLES = ("articles", "mentions", "cooccurrences", "quotes", "events", "rejects", "duplicates")


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    out: str
    ingested: int
    duplicates: int
    rejected: int
    rejects_by_reason: dict[str, int]
    rows: dict[str, int]
    skipped: int = 0
    stage_seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        reasons = ", ".join(f"{reason}: {n}" for reason, n in sorted(self.rejects_by_reason.items()))
        return (
            f"{self.ingested} ingested, {self.duplicates} duplicates, {self.rejected} rejected"
            + (f" ({reasons})" if reasons else "")
            + (f", {self.skipped} already in the dataset" if self.skipped else "")
        )


@task(name="ingest", retries=2, retry_delay_seconds=1)
def ingest(sources: list[str], settings: Settings, spool_dir: Path, refused: list[Refused],
           known_sources: dict[str, str]) -> IngestResult:
    """Read, clean and de-duplicate every source, the texts spooled under `spool_dir`; see flows/inputs.py."""
    return ingest_sources(sources, settings, spool_dir, refused, known_sources)


# No retries: extraction is deterministic, so a retry would fail the same way (an article that
# breaks an extractor already becomes a reject with the error, see flows/workers.py).
@task(name="extract", retries=0, cache_policy=NO_CACHE)
def extract_batch(articles: list[ArticleRecord], settings: Settings, pool: ExtractionPool | None = None
                  ) -> ExtractedBatch:
    """Parse a batch once and run every extractor, in this process or in one of `pool`'s."""
    if pool is None:
        return extract_articles(articles, settings)
    return pool.submit(articles, settings).result()


@dataclass
class RunPlan:
    """What a run has to do once the dataset's committed contents are known."""

    rows: list[int]  # of the articles to extract, in `IngestResult.articles`
    replaced: set[str]  # articles whose committed rows are dropped: re-extracted or superseded
    superseded: set[str]
    skipped: int
    rejects: list[Rejection]
    duplicates: list[Duplicate]


def plan_run(ingested: IngestResult, committed: storage.CommittedIndex, settings: Settings) -> RunPlan:
    """Skip articles already extracted by this pipeline version; re-extract (and replace) the
    others when `settings.reprocess` or the version changed; drop rejects and duplicates
    the dataset already records, so that a re-run over the same inputs adds nothing.

    A source read again whose text changed (a file that was still being written, an edited
    story) is a new version of that source: the articles the dataset holds from it that this
    run no longer finds there are superseded, and dropped with their rows.
    """
    todo: list[int] = []
    replaced: set[str] = set()
    skipped = 0
    seen_again: list[Duplicate] = []
    fields = list(ingested.articles.fields("article_id", "source", "record"))
    run_ids = {article_id for article_id, _, _ in fields}
    run_sources = {source for _, source, _ in fields}
    superseded = {article_id for article_id, (_, source) in committed.articles.items()
                  if source in run_sources and article_id not in run_ids}
    for row, (article_id, source, record) in enumerate(fields):
        prior = committed.articles.get(article_id)
        if prior is None:
            todo.append(row)
        elif settings.reprocess or prior[0] != settings.pipeline_version:
            todo.append(row)
            replaced.add(article_id)
        else:
            skipped += 1
            if source != prior[1]:
                seen_again.append(Duplicate(source, record, article_id, "exact", 1.0))
    return RunPlan(
        rows=todo, replaced=replaced | superseded, superseded=superseded, skipped=skipped,
        rejects=[r for r in ingested.rejections if (r.source, r.record, r.reason) not in committed.rejects],
        duplicates=[d for d in [*ingested.duplicates, *seen_again]
                    if (d.source, d.record, d.duplicate_of) not in committed.duplicates],
    )


# Retries cover transient I/O (a busy disk, a network share): staged parts are named by batch,
# resolving an article again replaces its counts, and a publish rolls its journal forward.
# Retries cover transient I/O (a busy disk, a network share): staged parts are named by batch,
# resolving an article again replaces its counts, and a publish rolls its journal forward.
@task(name="resolve-and-write", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2)
def resolve_and_write(
    batch: list[ArticleFacts], registry: EntityRegistry, staging: storage.Staging, settings: Settings,
    run_id: str, number: int, earlier: dict[str, dict[tuple[int, int, str], str]] | None = None,
) -> list[Rejection]:
    """Resolve one batch against the registry (in order, so ids and names are deterministic)
    and stage its rows as one file per table; display names are brought up to date at publish.

    An article whose resolution fails, or whose rows do not fit the tables' schemas, becomes a
    reject (returned) and the batch goes on; only the machine (disk) fails the task.
    """
    now = datetime.now(UTC)
    rejects: list[Rejection] = []
    resolved: list[tuple[ArticleFacts, dict[str, list[dict]]]] = []
    for facts in batch:
        try:
            resolved.append((facts, table_rows(facts, registry, run_id=run_id, pipeline_version=settings.pipeline_version,
                                               now=now, earlier=(earlier or {}).get(facts.article.article_id))))
        except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
            rejects.append(_article_reject(facts.article, "resolution_error", exc))
    try:
        converted = _converted([rows for _, rows in resolved])
    except _CONVERSION_ERRORS:
        # Find the articles whose rows do not convert, one by one, and write the others.
        kept = []
        for facts, rows in resolved:
            try:
                _converted([rows])
                kept.append(rows)
            except _CONVERSION_ERRORS as exc:
                rejects.append(_article_reject(facts.article, "write_error", exc))
        converted = _converted(kept)
    for name, data in converted.items():
        stage_table(staging, name, data, f"b{number:05d}")
    return rejects


_CONVERSION_ERRORS = (pa.ArrowException, TypeError, ValueError, OverflowError)


def _converted(per_article: list[dict[str, list[dict]]]) -> dict[str, pa.Table]:
    tables: dict[str, list[dict]] = {}
    for rows in per_article:
        for name, table_rows_ in rows.items():
            tables.setdefault(name, []).extend(table_rows_)
    return {name: to_arrow(name, rows) for name, rows in tables.items() if rows}


def _article_reject(article: ArticleRecord, reason: str, exc: Exception) -> Rejection:
    return Rejection(article.source, reason, f"{type(exc).__name__}: {exc}", article.record)


def stage_rows(staging: storage.Staging, table: str, rows: list[dict], part: str) -> None:
    """Stage `rows` of `table` as one file, and its flat companions beside it."""
    if rows:
        stage_table(staging, table, to_arrow(table, rows), part)


def stage_table(staging: storage.Staging, table: str, data: pa.Table, part: str) -> None:
    """Stage `data` of `table` as one file, and its flat companions (transforms/flatten.py) beside it."""
    staging.write_arrow(table, data, part)
    for name, flat in companions(table, data).items():
        if flat.num_rows:
            staging.write_arrow(name, flat, part)


@task(name="publish", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2)
def publish(
    plan: RunPlan, ingested: IngestResult, registry: EntityRegistry, staging: storage.Staging,
    base: storage.Manifest | None, settings: Settings, seen: dict[str, Fingerprint] | None = None,
) -> dict[str, int]:
    """Stage the run's last rows (rejects, duplicates, entity snapshot, registry) and commit
    everything as one new dataset version; returns rows added per table (none for a no-op)."""
    now = datetime.now(UTC)
    run_id = staging.run_id
    if (journal := storage.read_journal(settings.out)) is not None and journal["staging"].endswith(f"/{run_id}"):
        # A retry after this publish's journal was written: finish that journal. Staging again
        # would miss the files its roll-forward already moved into the new version.
        manifest = storage.commit(staging, base, crash_at=settings.test_crash_at)
        return {**{name: staging.written.get(name, 0) for name in APPENDED_TABLES},
                "entities": manifest.rows("entities")}
    staging.write("rejects", [
        {"source": r.source, "record": r.record, "reason": r.reason, "detail": r.detail, "seen_at": now,
         "run_id": run_id}
        for r in plan.rejects
    ], "rejects")
    staging.write("duplicates", [
        {"source": d.source, "record": d.record, "duplicate_of": d.duplicate_of, "kind": d.kind,
         "similarity": d.similarity, "seen_at": now, "run_id": run_id}
        for d in plan.duplicates
    ], "duplicates")
    counts = {name: staging.written.get(name, 0) for name in APPENDED_TABLES}
    previous = read_sources_state(settings.out)
    accounted = sources_state(settings.out, seen or {}, settings.pipeline_version, previous=previous)
    if base is not None and not any(counts.values()) and not plan.replaced:
        staging.discard()
        # The tables did not change, but the inputs may have (a file touched): remember them as
        # they are now, so that the next run over them takes the CLI's fast path.
        if json.loads(accounted) != previous:
            storage.save_state(settings.out, SOURCES_STATE, accounted)
        return {}
    staging.write_state(SOURCES_STATE, accounted)
    drop = storage.stage_without_articles(staging, base, plan.replaced)
    storage.rename_participants(staging, registry)
    cluster_events(staging, settings.out)
    entities = _entity_rows(registry, staging, base, drop)
    stage_rows(staging, "entities", entities, "entities")
    # The companions of the entity snapshot are snapshots too: they replace the committed ones.
    for name in (n for n, c in COMPANIONS.items() if c.parent == "entities" and base is not None):
        drop.setdefault(name, set()).update(f.name for f in base.tables.get(name, ()))
    storage.stage_registry(staging, registry)
    write_duplicate_state(settings.out, ingested, staging.state_path(Path(MINHASH_STATE).name), plan.superseded)
    storage.commit(staging, base, drop=drop, crash_at=settings.test_crash_at)
    return {**counts, "entities": len(entities)}


def cluster_events(staging: storage.Staging, out: Path) -> None:
    """Give the run's events their cross-article `event_cluster_id` (joining clusters of earlier
    runs) and stage the cluster state with them."""
    files = staging.files("events")
    if not files:
        return
    import pyarrow.parquet as pq

    # Types, places and parties repeat from event to event: read as dictionaries, the columns
    # held while clustering take ~60 bytes an event instead of ~100 (6 MB at 20,000 articles).
    repeated = [c for c in CLUSTER_COLUMNS if c not in {"event_id", "event_date", "date_precision"}]
    parts = [storage.read_part(path, CLUSTER_COLUMNS, read_dictionary=repeated) for path in files]
    sizes = [part.num_rows for part in parts]
    cluster_ids, clusters = assign_event_clusters_table(pa.concat_tables(parts), storage.load_event_clusters(out))
    del parts
    position = 0
    for path, size in zip(files, sizes, strict=True):
        table = storage.read_part(path)
        ids = cluster_ids[position : position + size]
        position += size
        column = table.schema.get_field_index("event_cluster_id")
        table = table.set_column(column, table.schema.field(column), pa.array(ids, type=pa.string()))
        pq.write_table(table, path, compression="zstd", row_group_size=storage.ROW_GROUP_ROWS)
    storage.stage_event_clusters(staging, clusters)


def _entity_rows(
    registry: EntityRegistry, staging: storage.Staging, base: storage.Manifest | None, drop: dict[str, set[str]]
) -> list[dict]:
    """The registry's entities with counts taken from the rows the new version will hold, so
    they stay true when articles are re-extracted (the registry would count them twice)."""
    def paths(table: str) -> list[Path]:
        kept = [p for p in base.paths(staging.out, table) if p.name not in drop.get(table, set())] if base else []
        return kept + staging.files(table)

    counts = storage.entity_counts(paths("articles"), paths("mentions"))
    rows = registry.rows()
    for row in rows:
        n_mentions, n_articles, first_seen, last_seen = counts.get(
            row["entity_id"], (0, 0, row["first_seen"], row["last_seen"]))
        row.update(n_mentions=n_mentions, n_articles=n_articles, first_seen=first_seen, last_seen=last_seen)
        record = registry.entities[row["entity_id"]]
        record.n_mentions, record.n_articles = n_mentions, n_articles
    return rows


def _batches(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


# Batches parsed ahead of the one being written: enough to keep every worker busy, few enough
# that memory does not grow with the size of the input.
BATCHES_IN_FLIGHT = 4


@flow(name="newsfacts-run", log_prints=True)
def run_pipeline(inputs: list[str], settings: Settings) -> RunSummary:
    """Turn news articles under `inputs` into Parquet tables and a DuckDB catalog."""
    logger = get_run_logger()
    run_id = datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    out = settings.out
    clock = progress.StageClock()
    with storage.dataset_lock(out, wait=settings.wait_for_lock, owner=f"run {run_id}", on_wait=logger.warning):
        base = storage.recover(out)
        # Damage found now stops the run before it is copied into a new version.
        storage.verify_carried(out)
        if settings.n_process > 1:
            prepare_workers()  # imports spaCy in the fork server while this process ingests
        with clock("discover"):
            sources, refused = discover(inputs, exclude=out)
            # Taken before reading, so that a file changed during the run is read again next time.
            seen = fingerprints(sources)
        staging = storage.Staging(out, run_id)
        with clock("ingest"):
            committed = storage.committed_index(out, base)
            known_sources = {article_id: source for article_id, (_, source) in committed.articles.items()}
            ingested = ingest(quote(sources), settings, staging.folder / SPOOL_DIR, quote(refused), quote(known_sources))
            plan = plan_run(ingested, committed, settings)
            del known_sources
        n_articles = len(plan.rows)
        # The texts wait on disk and are read a batch ahead of parsing; each batch is let go once
        # extracted: a run holds a few batches of text at a time, not all of its input.
        batches = _batches(plan.rows, settings.batch_size)
        registry = storage.load_registry(out, settings.alias_table)
        # Articles extracted again keep the entity ids they had (see EntityRegistry.resolve_article).
        earlier = storage.mention_ids(out, base, plan.replaced)
        # Worker processes only when there is more than one batch to share between them.
        workers = min(settings.n_process, len(batches))
        # Articles rejected after ingestion (by an extractor, resolution or a writer): not ingested.
        late_rejects: list[Rejection] = []
        with clock("extract and stage"), (ExtractionPool(settings.model, workers) if workers > 1 else nullcontext()
                                          ) as pool:
            progress.start(n_articles)
            ahead = max(BATCHES_IN_FLIGHT, workers + 2)
            in_flight = [extract_batch.submit(ingested.articles.read(rows), settings, pool) for rows in batches[:ahead]]
            for number in range(len(batches)):
                extracted = in_flight.pop(0).result()
                if number + ahead < len(batches):
                    in_flight.append(
                        extract_batch.submit(ingested.articles.read(batches[number + ahead]), settings, pool))
                late_rejects += extracted.rejections
                late_rejects += resolve_and_write(quote(extracted.facts), quote(registry), quote(staging), settings,
                                                  run_id, number, quote(earlier))
                progress.advance(len(extracted.facts) + len(extracted.rejections))
                storage.checkpoint("staged", settings.test_crash_at)
            ingested.articles.remove()
        plan.rejects += late_rejects
        with clock("publish"):
            counts = publish(quote(plan), quote(ingested), quote(registry), quote(staging), quote(base), settings, quote(seen))

    rejections = [*ingested.rejections, *late_rejects]
    summary = RunSummary(
        run_id=run_id, out=str(out), ingested=n_articles - len(late_rejects),
        duplicates=len(ingested.duplicates), rejected=len(rejections),
        rejects_by_reason=dict(Counter(r.reason for r in rejections)), rows=counts,
        skipped=plan.skipped, stage_seconds=clock.seconds,
    )
    for name, seconds in clock.seconds.items():
        logger.info(progress.logfmt(event="stage", run_id=run_id, stage=name, seconds=round(seconds, 3)))
    logger.info(progress.logfmt(event="run", run_id=run_id, ingested=summary.ingested, skipped=summary.skipped,
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
