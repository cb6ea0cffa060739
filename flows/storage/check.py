"""Check and repair: every file of the current version against what its publish recorded,
the state files, and the catalog (`newsfacts check`); what can be rebuilt is rebuilt, the rest
quarantined with the articles to run again (`newsfacts repair`)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage.catalog import connect_catalog, publish_catalog
from flows.storage.rewrite import entity_counts, read_part, stage_without_articles
from flows.storage.state import (
    EVENT_CLUSTERS_NAME,
    REGISTRY_NAME,
    load_event_clusters,
    load_registry,
    stage_event_clusters,
    stage_registry,
)
from flows.storage.versions import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    PER_ARTICLE_TABLES,
    QUARANTINE_DIR,
    STATE_DIR,
    VERSIONS_DIR,
    DataFile,
    DatasetDamaged,
    Manifest,
    Staging,
    atomic_write_text,
    commit,
    file_sha256,
    read_journal,
    read_manifest,
    recover,
)
from schemas.layout import CATALOG_NAME
from schemas.tables import TABLES
from transforms.clusters import EventCluster, _with_report
from transforms.resolve import EntityRecord, EntityRegistry

MINHASH_NAME = f"{STATE_DIR}/minhash.npz"
# State rewritten in place outside a publish (the inputs a no-op run found unchanged), so it
# has no checksum to meet: it only has to parse.
_ADVISORY_STATE = frozenset({"sources.json"})


@dataclass(frozen=True)
class Problem:
    """One damaged thing: `kind` is 'manifest', 'journal', 'table', 'state' or 'catalog'."""

    kind: str
    path: str
    detail: str
    table: str | None = None

    def line(self) -> str:
        return f"{self.path}: {self.detail}"


def check_dataset(out: Path, *, deep: bool = True) -> list[Problem]:
    """Everything wrong with the dataset at `out`; none for a sound one.

    `deep` also decodes every table file and opens the catalog (what `newsfacts check` does);
    without it (before a run carries files into a new version) sizes, checksums and state.
    """
    problems: list[Problem] = []
    try:
        read_journal(out)
    except DatasetDamaged as exc:
        problems.append(Problem("journal", JOURNAL_NAME, str(exc)))
    try:
        manifest = read_manifest(out)
    except DatasetDamaged as exc:
        problems.append(Problem("manifest", MANIFEST_NAME, str(exc)))
        manifest = _latest_version_manifest(out)
    if manifest is None:
        return problems
    for table in TABLES:
        for data_file, path in zip(manifest.tables.get(table, ()), manifest.paths(out, table), strict=True):
            if detail := _file_problem(path, data_file, deep=deep):
                problems.append(Problem("table", _rel(out, path), detail, table))
    problems += _state_problems(out, manifest)
    if deep and not any(p.kind in {"table", "manifest"} for p in problems):
        problems += _catalog_problems(out, manifest)
    return problems


def verify_carried(out: Path) -> None:
    """Raise DatasetDamaged, naming the files, when what a run would carry into its new
    version is not what was published (so that damage is never copied forward)."""
    problems = check_dataset(out, deep=False)
    if problems:
        lines = "\n  ".join(p.line() for p in problems)
        raise DatasetDamaged(f"the dataset at {out} is damaged; run `newsfacts repair --out {out}`:\n  {lines}")


def _file_problem(path: Path, data_file: DataFile, *, deep: bool) -> str | None:
    if not path.exists():
        return "missing"
    if data_file.size is not None and path.stat().st_size != data_file.size:
        return f"{path.stat().st_size} bytes, published with {data_file.size}"
    if data_file.sha256 is not None and file_sha256(path) != data_file.sha256:
        return "content differs from the checksum recorded at publish"
    try:
        rows = pq.read_table(path, use_threads=False).num_rows if deep else pq.read_metadata(path).num_rows
    except (OSError, pa.ArrowException) as exc:
        return f"does not open as Parquet ({exc})"
    if rows != data_file.rows:
        return f"{rows} rows, published with {data_file.rows}"
    return None


def _state_problems(out: Path, manifest: Manifest) -> list[Problem]:
    problems = []
    for name, sha in manifest.state.items():
        path = out / STATE_DIR / name
        if name in _ADVISORY_STATE:
            if path.exists():
                try:
                    json.loads(path.read_text())
                except ValueError as exc:
                    problems.append(Problem("state", _rel(out, path), f"does not parse ({exc})"))
            continue
        if not path.exists():
            problems.append(Problem("state", _rel(out, path), "missing"))
        elif file_sha256(path) != sha:
            problems.append(Problem("state", _rel(out, path), "content differs from the checksum recorded at publish"))
    # Datasets published before state checksums: at least each file must load.
    loaders = {REGISTRY_NAME: load_registry, EVENT_CLUSTERS_NAME: load_event_clusters, MINHASH_NAME: _load_minhash}
    for name, load in loaders.items():
        if Path(name).name in manifest.state or not (out / name).exists():
            continue
        try:
            load(out)
        except (DatasetDamaged, OSError, ValueError) as exc:
            problems.append(Problem("state", name, str(exc)))
    return problems


def _load_minhash(out: Path) -> None:
    try:
        with np.load(out / MINHASH_NAME) as arrays:
            arrays["ids"], arrays["values"]  # noqa: B018  (loading them is the check)
    except (OSError, ValueError, KeyError, EOFError) as exc:
        raise DatasetDamaged(f"{out / MINHASH_NAME} is damaged ({exc})") from None


def _catalog_problems(out: Path, manifest: Manifest) -> list[Problem]:
    try:
        con = connect_catalog(out)
        with con:
            problems = []
            for table in TABLES:
                rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                if rows != manifest.rows(table):
                    problems.append(Problem("catalog", CATALOG_NAME, f"{table} reads {rows} rows, "
                                                                     f"the manifest has {manifest.rows(table)}"))
            comment = con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'articles'").fetchone()
            if comment is None or comment[0] != f"newsfacts dataset version {manifest.version}":
                problems.append(Problem("catalog", CATALOG_NAME, f"not the catalog of version {manifest.version}"))
            return problems
    except (duckdb.Error, FileNotFoundError) as exc:
        return [Problem("catalog", CATALOG_NAME, f"does not open ({str(exc).splitlines()[0]})")]


def _latest_version_manifest(out: Path) -> Manifest | None:
    """The newest version folder whose own manifest reads (each version keeps a copy)."""
    root = out / VERSIONS_DIR
    for folder in sorted(root.iterdir(), reverse=True) if root.exists() else []:
        try:
            return Manifest.from_json(json.loads((folder / MANIFEST_NAME).read_text()))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return None


def _rel(out: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(out.resolve()).as_posix()
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------------------------
# Repair

@dataclass(frozen=True)
class RepairReport:
    done: list[str]
    rerun: dict[str, str]  # article_id -> source, to run again
    unrecoverable: list[str]

    def lines(self) -> Iterator[str]:
        yield from (f"repaired: {line}" for line in self.done)
        yield from (f"lost: {line}" for line in self.unrecoverable)
        if self.rerun:
            yield f"re-run these {len(self.rerun)} articles (their rows were taken out with the damaged files):"
            yield from (f"  {source}  ({article_id})" for article_id, source in sorted(self.rerun.items(),
                                                                                       key=lambda kv: kv[1]))


def repair_dataset(out: Path, *, run_id: str) -> RepairReport:
    """Mend the dataset at `out` (under the lock): the manifest from its version folder's copy,
    the registry and event clusters from the tables, the catalog from the manifest; damaged
    table files are moved to `_quarantine/` and the rows of their articles taken out of every
    table, so that running those articles again extracts them afresh."""
    done: list[str] = []
    lost: list[str] = []
    for problem in check_dataset(out, deep=False):
        if problem.kind == "journal":
            _quarantine(out, out / JOURNAL_NAME, run_id)
            done.append(f"{JOURNAL_NAME} was damaged: moved to {QUARANTINE_DIR}/ (its publish is lost; "
                        "run the same inputs again)")
        elif problem.kind == "manifest":
            latest = _latest_version_manifest(out)
            if latest is None:
                raise DatasetDamaged(f"{out / MANIFEST_NAME} is damaged and no version folder keeps a copy")
            atomic_write_text(out / MANIFEST_NAME, json.dumps(latest.to_json(), indent=1))
            done.append(f"{MANIFEST_NAME} restored from {VERSIONS_DIR}/v{latest.version:06d}")
    base = recover(out)
    if base is None:
        return RepairReport(done, {}, lost)
    problems = check_dataset(out, deep=True)
    staging = Staging(out, run_id)
    drop: dict[str, set[str]] = {}
    rerun: dict[str, str] = {}
    damaged = {(p.table, Path(p.path).name) for p in problems if p.kind == "table"}
    for table, name in sorted(damaged):
        drop.setdefault(table, set()).add(name)
        _quarantine(out, base.folder(out) / table / name, run_id)
        if table == "entities":
            done.append(f"{table}/{name} was damaged: rebuilt from the registry and the mentions")
            continue
        articles = _articles_of(out, base, name, damaged)
        rerun.update(articles)
        where = f"{len(articles)} articles to run again" if articles else "its articles could not be told"
        (lost if not articles and table in PER_ARTICLE_TABLES else done).append(
            f"{table}/{name} was damaged: moved to {QUARANTINE_DIR}/ ({where})")
    kept = _without(base, drop)
    drop.update({t: names | drop.get(t, set()) for t, names in stage_without_articles(staging, kept, set(rerun)).items()})
    state_damaged = {Path(p.path).name for p in problems if p.kind == "state"}
    registry = _registry_from_tables(out, kept) if Path(REGISTRY_NAME).name in state_damaged else load_registry(out)
    if Path(REGISTRY_NAME).name in state_damaged:
        done.append(f"{REGISTRY_NAME} rebuilt from the entities table")
    if Path(EVENT_CLUSTERS_NAME).name in state_damaged or rerun:
        # Also when articles are to run again: a cluster that still listed them would refuse
        # their events (one report per article and cluster), and they would start new ones.
        events = [p for p in kept.paths(out, "events") if p.name not in drop.get("events", set())]
        stage_event_clusters(staging, _clusters_from_events(events + staging.files("events")))
        if Path(EVENT_CLUSTERS_NAME).name in state_damaged:
            done.append(f"{EVENT_CLUSTERS_NAME} rebuilt from the events table")
    if Path(MINHASH_NAME).name in state_damaged or rerun:
        # Rebuilt from the articles table, which no longer holds the articles to run again:
        # their old signatures would make them near duplicates of themselves.
        _quarantine(out, out / MINHASH_NAME, run_id)
        done.append(f"{MINHASH_NAME} moved to {QUARANTINE_DIR}/ (the next run rebuilds it from the articles' texts)")
    # With articles to run again, the record of unchanged inputs must go too, or the next run
    # over the same inputs would find nothing new.
    for name in (state_damaged & _ADVISORY_STATE) | (_ADVISORY_STATE if rerun else set()):
        _quarantine(out, out / STATE_DIR / name, run_id)
        done.append(f"{STATE_DIR}/{name} moved to {QUARANTINE_DIR}/ (the next run reads its inputs again)")
    if drop or state_damaged or rerun:
        stage_registry(staging, registry)
        _stage_entities(staging, registry, kept, drop)
        commit(staging, base, drop=drop)
    else:
        staging.discard()
        if any(p.kind == "catalog" for p in problems):
            publish_catalog(out, base)
            done.append(f"{CATALOG_NAME} rebuilt from the manifest")
    return RepairReport(done, rerun, lost)


def _without(base: Manifest, drop: dict[str, set[str]]) -> Manifest:
    tables = {t: tuple(f for f in files if f.name not in drop.get(t, set())) for t, files in base.tables.items()}
    return Manifest(base.version, base.run_id, base.published_at, tables, base.state)


def _quarantine(out: Path, path: Path, run_id: str) -> None:
    if not path.exists():
        return
    target = out / QUARANTINE_DIR / run_id / _rel(out, path)
    target.parent.mkdir(parents=True, exist_ok=True)
    # A copy, not a move: other versions may hard-link the same file, and they are dropped anyway.
    shutil.copy2(path, target)
    path.unlink()


def _articles_of(out: Path, base: Manifest, name: str, damaged: set[tuple[str, str]]) -> dict[str, str]:
    """article_id -> source of the articles whose rows were in the damaged file `name`.

    A run stages one file per table and batch under the same name, so the readable file of
    that name in another per-article table (best: articles, which has the source) tells them.
    """
    ids: set[str] = set()
    for table in PER_ARTICLE_TABLES:
        if (table, name) in damaged or name not in {f.name for f in base.tables.get(table, ())}:
            continue
        ids.update(read_part(base.folder(out) / table / name, columns=["article_id"])["article_id"].to_pylist())
    if not ids:
        return {}
    sources: dict[str, str] = dict.fromkeys(ids, "(source unknown: the articles file is damaged too)")
    value_set = pa.array(sorted(ids), pa.string())
    for path in base.paths(out, "articles"):
        if ("articles", path.name) in damaged:
            continue
        data = read_part(path, columns=["article_id", "source"])
        data = data.filter(pc.is_in(data["article_id"], value_set=value_set))
        sources.update(zip(data["article_id"].to_pylist(), data["source"].to_pylist(), strict=True))
    return sources


def _registry_from_tables(out: Path, manifest: Manifest) -> EntityRegistry:
    """A registry holding every entity of the entities table under its id, its names as keys.

    What the lost registry knew beyond the table (how often each spelling was used) is gone;
    each name counts once, so later display names may change, never ids.
    """
    registry = EntityRegistry()
    for path in manifest.paths(out, "entities"):
        for row in read_part(path).to_pylist():
            record = EntityRecord(
                entity_id=row["entity_id"], name=row["name"], type=row["type"], aliases=set(row["aliases"] or ()),
                n_mentions=row["n_mentions"] or 0, n_articles=row["n_articles"] or 0,
                first_seen=row["first_seen"], last_seen=row["last_seen"], country_code=row["country_code"],
                latitude=row["latitude"], longitude=row["longitude"], qid=row["qid"],
            )
            record.forms[record.name] += 1
            registry.entities[record.entity_id] = record
            registry._index(record, [record.name, *record.aliases])
    return registry


def _clusters_from_events(paths: list[Path]) -> list[EventCluster]:
    """The event clusters the events table records, folded report by report as a run made them."""
    clusters: dict[str, EventCluster] = {}
    for path in paths:
        for row in read_part(path).to_pylist():
            cluster_id = row.get("event_cluster_id")
            if not cluster_id:
                continue
            cluster = clusters.get(cluster_id) or EventCluster(cluster_id, row["event_type"])
            clusters[cluster_id] = _with_report(cluster, row)
    return list(clusters.values())


def _stage_entities(staging: Staging, registry: EntityRegistry, kept: Manifest, drop: dict[str, set[str]]) -> None:
    def paths(table: str) -> list[Path]:
        return [p for p in kept.paths(staging.out, table) if p.name not in drop.get(table, set())] + staging.files(table)

    counts = entity_counts(paths("articles"), paths("mentions"))
    rows = registry.rows()
    for row in rows:
        n_mentions, n_articles, first, last = counts.get(row["entity_id"], (0, 0, row["first_seen"], row["last_seen"]))
        row.update(n_mentions=n_mentions, n_articles=n_articles, first_seen=first, last_seen=last)
    staging.write("entities", rows, "entities")


def repair_run_id() -> str:
    return "repair-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
