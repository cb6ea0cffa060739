"""The dataset on disk: staged writes, atomic versioned publish, crash recovery, locking,
compaction, and the DuckDB catalog over it.

Layout of an output folder `DIR` (see docs/STORAGE.md for why):

    DIR/_versions/v000007/<table>/*.parquet   one immutable folder per published version;
                                               files carried over are hard links, not copies
    DIR/<table> -> _versions/v000007/<table>  a symlink swapped with one rename per table, so
                                               `DIR/<table>/**/*.parquet` is always whole
    DIR/_manifest.json                         the current version and its files (row counts)
    DIR/_publish.json                          journal of a publish in progress (roll forward)
    DIR/_staging/<run_id>/                     files of a run not yet published
    DIR/_state/                                registry and other state, published with the tables
    DIR/newsfacts.duckdb                       views over the current version's explicit files,
                                               replaced atomically, never opened for writing

A publish writes the journal (the commit point) and then rolls it forward; every command
that writes runs `recover` first under the dataset lock, so a run killed at any moment is
either invisible (no journal yet) or completed by the next one (journal present).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import filelock
import ijson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from schemas.tables import SCHEMA_VERSION, TABLES, to_arrow
from transforms.clusters import EventCluster
from transforms.resolve import REGISTRY_FORMAT, AliasEntry, EntityRegistry

CATALOG_NAME = "newsfacts.duckdb"
STATE_DIR = "_state"
REGISTRY_NAME = f"{STATE_DIR}/registry.json"
MANIFEST_NAME = "_manifest.json"
JOURNAL_NAME = "_publish.json"
VERSIONS_DIR = "_versions"
STAGING_DIR = "_staging"
TRASH_DIR = "_trash"
LOCK_NAME = ".newsfacts.lock"
LOCK_INFO_NAME = ".newsfacts.lock.json"
MANIFEST_FORMAT = "newsfacts-manifest/1"
# Versions kept on disk: a reader holding an older catalog keeps working until this many
# newer versions are published.
KEEP_VERSIONS = 3
# Tables holding a snapshot of the whole dataset, rewritten by every run, not appended to.
SNAPSHOT_TABLES = frozenset({"entities"})
# Tables whose rows belong to one article and are replaced when the article is re-extracted.
PER_ARTICLE_TABLES = ("articles", "mentions", "cooccurrences", "quotes", "events")
# DuckDB's own row group size; compaction never writes smaller groups unless a table is smaller.
ROW_GROUP_ROWS = 122_880
COMPACT_SMALL_ROWS = 100_000
COMPACT_FILE_ROWS = 1_000_000


class DatasetBusy(RuntimeError):
    """Another run holds the lock on the output folder."""


# ---------------------------------------------------------------------------------------------
# Testing hook: SIGKILL this process at a named point of a run (NEWSFACTS_TEST_CRASH_AT).

def checkpoint(name: str, crash_at: str | None) -> None:
    """Kill the process without cleanup when `crash_at` names this point (crash-safety tests)."""
    if crash_at == name:
        os.kill(os.getpid(), signal.SIGKILL)


# ---------------------------------------------------------------------------------------------
# Locking

@contextmanager
def dataset_lock(
    out: Path, *, wait: bool = True, owner: str = "", on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the exclusive lock of `out` for one writer (run or compaction).

    With `wait`, block until the holder finishes (telling `on_wait` who holds it);
    without, raise `DatasetBusy` at once.
    """
    out.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(out / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        holder = lock_holder(out)
        if not wait:
            raise DatasetBusy(f"{out} is being written by another run ({holder}); retry later or use --wait") from None
        if on_wait:
            on_wait(f"waiting for another run on {out} to finish ({holder})")
        lock.acquire()
    try:
        _atomic_write_text(out / LOCK_INFO_NAME, json.dumps(
            {"pid": os.getpid(), "owner": owner, "since": datetime.now(UTC).isoformat()}))
        yield
    finally:
        lock.release()


def lock_holder(out: Path) -> str:
    try:
        info = json.loads((out / LOCK_INFO_NAME).read_text())
    except (OSError, ValueError):
        return "holder unknown"
    owner = f"{info['owner']}, " if info.get("owner") else ""
    return f"{owner}pid {info.get('pid')}, since {info.get('since')}"


def is_locked(out: Path) -> bool:
    lock = filelock.FileLock(out / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        return True
    lock.release()
    return False


# ---------------------------------------------------------------------------------------------
# Manifest

@dataclass(frozen=True)
class DataFile:
    name: str
    rows: int


@dataclass(frozen=True)
class Manifest:
    """One published version: for each table, its files (by name, in the version folder)."""

    version: int
    run_id: str
    published_at: str
    tables: dict[str, tuple[DataFile, ...]]

    def folder(self, out: Path) -> Path:
        return version_dir(out, self.version)

    def paths(self, out: Path, table: str) -> list[Path]:
        """Absolute paths of the table's files in this version."""
        folder = self.folder(out).resolve() / table
        return [folder / f.name for f in self.tables.get(table, ())]

    def rows(self, table: str) -> int:
        return sum(f.rows for f in self.tables.get(table, ()))

    def to_json(self) -> dict:
        return {
            "format": MANIFEST_FORMAT, "version": self.version, "run_id": self.run_id,
            "published_at": self.published_at, "schema_version": SCHEMA_VERSION,
            "tables": {t: [{"file": f.name, "rows": f.rows} for f in files] for t, files in self.tables.items()},
        }

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        return cls(
            version=data["version"], run_id=data["run_id"], published_at=data["published_at"],
            tables={t: tuple(DataFile(f["file"], f["rows"]) for f in files) for t, files in data["tables"].items()},
        )


def version_dir(out: Path, version: int) -> Path:
    return out / VERSIONS_DIR / f"v{version:06d}"


def read_manifest(out: Path) -> Manifest | None:
    """The current published version of `out`, or None for a new folder."""
    path = out / MANIFEST_NAME
    if not path.exists():
        return None
    return Manifest.from_json(json.loads(path.read_text()))


def table_dir(out: Path, table: str) -> Path:
    return out / table


# ---------------------------------------------------------------------------------------------
# Staging: a run's files, invisible to readers until committed

@dataclass
class Staging:
    """Files of one run (or compaction) under `DIR/_staging/<run_id>/`, published by `commit`."""

    out: Path
    run_id: str
    # Rows per staged file: writing a part again (a retried task) replaces its count.
    rows_by_file: dict[Path, int] = field(default_factory=dict)

    @property
    def written(self) -> dict[str, int]:
        """Rows staged so far, per table."""
        totals: dict[str, int] = {}
        for path, n in self.rows_by_file.items():
            totals[path.parent.name] = totals.get(path.parent.name, 0) + n
        return totals

    @property
    def folder(self) -> Path:
        return self.out / STAGING_DIR / self.run_id

    def path(self, table: str, part: str) -> Path:
        return self.folder / table / f"{self.run_id}-{part}.parquet"

    def write(self, table: str, rows: list[dict], part: str) -> Path | None:
        """Stage rows as one zstd Parquet file; nothing is written for no rows."""
        if not rows:
            return None
        return self.write_arrow(table, to_arrow(table, rows), part)

    def write_arrow(self, table: str, data: pa.Table, part: str) -> Path:
        path = self.path(table, part)
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(data, path, compression="zstd", row_group_size=ROW_GROUP_ROWS)
        self.rows_by_file[path] = data.num_rows
        return path

    def files(self, table: str) -> list[Path]:
        folder = self.folder / table
        return sorted(folder.glob("*.parquet")) if folder.exists() else []

    def state_path(self, name: str) -> Path:
        """Where to stage the state file `name`, for a writer that writes it itself."""
        path = self.folder / STATE_DIR / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write_state(self, name: str, content: str | bytes | Iterable[str]) -> None:
        """Stage a state file; `content` may come in pieces, to spare holding all of it."""
        path = self.state_path(name)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content)
        else:
            with path.open("w") as file:
                file.writelines(content)

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        with suppress(OSError):
            self.folder.parent.rmdir()  # only when no other run is staging


def commit(
    staging: Staging,
    base: Manifest | None,
    *,
    drop: Mapping[str, set[str]] | None = None,
    crash_at: str | None = None,
) -> Manifest:
    """Publish `base` minus the `drop`ped files plus everything staged, as one new version.

    Snapshot tables with staged files replace all their old files. Must run under the lock.
    """
    drop = drop or {}
    version = (base.version if base else 0) + 1
    base_dir = base.folder(staging.out) if base else None
    tables: dict[str, tuple[DataFile, ...]] = {}
    sources: dict[str, str] = {}
    for table in TABLES:
        staged = staging.files(table)
        kept = [] if base is None or (table in SNAPSHOT_TABLES and staged) else [
            f for f in base.tables.get(table, ()) if f.name not in drop.get(table, set())]
        if not kept and not staged:
            # An empty file keeps the table's schema readable through the glob and the catalog.
            staged = [staging.write_arrow(table, to_arrow(table, []), "empty")]
        files = list(kept)
        for f in kept:
            sources[f"{table}/{f.name}"] = _rel(staging.out, base_dir / table / f.name)
        for path in staged:
            files.append(DataFile(path.name, pq.read_metadata(path).num_rows))
            sources[f"{table}/{path.name}"] = _rel(staging.out, path)
        tables[table] = tuple(files)
    state_dir = staging.folder / STATE_DIR
    state = {p.name: _rel(staging.out, p) for p in sorted(state_dir.iterdir())} if state_dir.exists() else {}
    manifest = Manifest(version, staging.run_id, datetime.now(UTC).isoformat(), tables)
    journal = {"manifest": manifest.to_json(), "sources": sources, "state": state,
               "staging": _rel(staging.out, staging.folder)}
    _atomic_write_text(staging.out / JOURNAL_NAME, json.dumps(journal))
    checkpoint("committed", crash_at)
    _roll_forward(staging.out, journal, crash_at=crash_at)
    return manifest


def _roll_forward(out: Path, journal: dict, *, crash_at: str | None = None) -> None:
    """Make the journal's version current; idempotent, so a killed roll-forward is simply redone."""
    manifest = Manifest.from_json(journal["manifest"])
    folder = manifest.folder(out)
    staging_prefix = journal["staging"] + "/"
    items = list(journal["sources"].items())
    for i, (dst_rel, src_rel) in enumerate(items):
        if i == len(items) // 2:
            checkpoint("linking", crash_at)
        dst = folder / dst_rel
        if dst.exists():
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        src = out / src_rel
        if src_rel.startswith(staging_prefix):
            os.replace(src, dst)
        else:
            _link_or_copy(src, dst)
    for table in manifest.tables:
        (folder / table).mkdir(parents=True, exist_ok=True)
    _atomic_write_text(folder / MANIFEST_NAME, json.dumps(manifest.to_json(), indent=1))
    for name, src_rel in journal["state"].items():
        src = out / src_rel
        if src.exists():
            (out / STATE_DIR).mkdir(exist_ok=True)
            os.replace(src, out / STATE_DIR / name)
    for table in manifest.tables:
        _swap_symlink(out, table, f"{VERSIONS_DIR}/{folder.name}/{table}")
    checkpoint("swapped", crash_at)
    publish_catalog(out, manifest)
    _atomic_write_text(out / MANIFEST_NAME, json.dumps(manifest.to_json(), indent=1))
    checkpoint("published", crash_at)
    (out / JOURNAL_NAME).unlink()
    shutil.rmtree(out / journal["staging"], ignore_errors=True)
    with suppress(OSError):
        (out / STAGING_DIR).rmdir()
    _collect_garbage(out, manifest.version)


def recover(out: Path) -> Manifest | None:
    """Finish or discard whatever a killed writer left, and return the current version.

    A journal means the publish was committed: roll it forward. Anything staged without a
    journal was never committed: delete it. Must run under the lock.
    """
    journal_path = out / JOURNAL_NAME
    if journal_path.exists():
        _roll_forward(out, json.loads(journal_path.read_text()))
    shutil.rmtree(out / STAGING_DIR, ignore_errors=True)
    for leftover in out.glob(".*.tmp*"):
        leftover.unlink(missing_ok=True)
    manifest = read_manifest(out)
    if manifest is None:
        manifest = _adopt_legacy(out)
    if manifest is not None:
        _collect_garbage(out, manifest.version)
    return manifest


def _adopt_legacy(out: Path) -> Manifest | None:
    """Take Parquet files written before versioning (plain table folders) into version 1."""
    legacy = {t: sorted(table_dir(out, t).glob("**/*.parquet")) for t in TABLES
              if table_dir(out, t).is_dir() and not table_dir(out, t).is_symlink()}
    if not any(legacy.values()):
        return None
    staging = Staging(out, "legacy-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S"))
    for table, paths in legacy.items():
        for i, path in enumerate(paths):
            dst = staging.path(table, f"{i:05d}")
            dst.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(path, dst)
    return commit(staging, None)


def _collect_garbage(out: Path, current: int) -> None:
    root = out / VERSIONS_DIR
    if not root.exists():
        return
    for folder in root.iterdir():
        number = int(folder.name[1:]) if folder.name[1:].isdigit() else None
        if number is None or number <= current - KEEP_VERSIONS or number > current:
            shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(out / TRASH_DIR, ignore_errors=True)


def _swap_symlink(out: Path, table: str, target: str) -> None:
    """Point `out/table` at `target` with one rename, so a reader sees the old or the new files."""
    path = table_dir(out, table)
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():
        # A plain folder from before versioning: its files were adopted into a version.
        trash = out / TRASH_DIR / f"{table}-{time.time_ns()}"
        trash.parent.mkdir(exist_ok=True)
        path.rename(trash)
    tmp = out / f".{table}.tmp-link"
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp, target_is_directory=True)
    os.replace(tmp, path)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        tmp = dst.with_name(dst.name + ".tmp")
        shutil.copy2(src, tmp)
        os.replace(tmp, dst)


def _rel(out: Path, path: Path) -> str:
    return path.relative_to(out).as_posix()


def _atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with open(tmp, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# ---------------------------------------------------------------------------------------------
# What is already in the dataset (incremental runs)

@dataclass(frozen=True)
class CommittedIndex:
    """Keys of what the current version holds, to skip work already done."""

    articles: dict[str, tuple[str | None, str]]  # article_id -> (pipeline_version, source)
    rejects: set[tuple]
    duplicates: set[tuple]


def committed_index(out: Path, manifest: Manifest | None) -> CommittedIndex:
    if manifest is None:
        return CommittedIndex({}, set(), set())
    with duckdb.connect() as con:
        articles = _rows(con, manifest.paths(out, "articles"), "article_id, pipeline_version, source")
        rejects = _rows(con, manifest.paths(out, "rejects"), "source, record, reason")
        duplicates = _rows(con, manifest.paths(out, "duplicates"), "source, record, duplicate_of")
    return CommittedIndex(
        articles={a: (version, source) for a, version, source in articles},
        rejects=set(rejects), duplicates=set(duplicates),
    )


def _rows(con: duckdb.DuckDBPyConnection, paths: list[Path], columns: str) -> list[tuple]:
    if not paths:
        return []
    return con.execute(f"SELECT {columns} FROM read_parquet({_sql_list(paths)}, union_by_name = true)").fetchall()


def _sql_list(paths: list[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def read_part(path: Path, columns: list[str] | None = None, **options: object) -> pa.Table:
    """One Parquet file of a table, read on this thread.

    A file holds a batch or so of rows: Arrow's thread pool gains nothing on it, and reading
    the files of a 20,000-article run on it left 10 to 15 MB more resident than at 2,000.
    """
    return pq.read_table(path, columns=columns, use_threads=False, **options)


def stage_without_articles(
    staging: Staging, base: Manifest | None, article_ids: set[str]
) -> dict[str, set[str]]:
    """Rewrite committed files holding rows of `article_ids` without them (they are being
    re-extracted); returns the files the rewritten ones replace, to drop at commit."""
    drop: dict[str, set[str]] = {}
    if base is None or not article_ids:
        return drop
    value_set = pa.array(sorted(article_ids), pa.string())
    for table in PER_ARTICLE_TABLES:
        for path in base.paths(staging.out, table):
            hit = pc.is_in(read_part(path, columns=["article_id"])["article_id"], value_set=value_set)
            if not pc.any(hit).as_py():
                continue
            drop.setdefault(table, set()).add(path.name)
            kept = conform(read_part(path), table).filter(pc.invert(hit))
            if kept.num_rows:
                staging.write_arrow(table, kept, f"kept-{path.stem}")
    return drop


def conform(data: pa.Table, table: str) -> pa.Table:
    """`data` in the current schema of `table`: columns added since it was written are null."""
    schema = TABLES[table]
    columns = [data[name] if name in data.column_names else pa.nulls(data.num_rows, schema.field(name).type)
               for name in schema.names]
    return pa.Table.from_arrays(columns, schema=schema)


def entity_counts(article_paths: list[Path], mention_paths: list[Path]) -> dict[str, tuple]:
    """Per entity, from the dataset itself: (n_mentions, n_articles, first_seen, last_seen), the
    times being those of its articles (published, else ingested).

    One mention file at a time, so that memory follows the largest file and the number of
    entities rather than the dataset: one query over all files held every (entity, article)
    pair in a hash table, ~60 MB more at 20,000 articles than at 2,000.
    """
    if not article_paths or not mention_paths:
        return {}
    seen_at = _article_times(article_paths)
    # An article's mentions are in one file unless compaction cut a file between them: such
    # articles are counted once per entity at the end, the others file by file.
    split = _articles_in_several_files(mention_paths)
    counts: dict[str, list] = {}
    split_pairs: set[tuple[str, str]] = set()
    for path in mention_paths:
        pairs = (read_part(path, columns=["entity_id", "article_id"])
                 .group_by(["entity_id", "article_id"], use_threads=False).aggregate([([], "count_all")]))
        in_split = pc.is_in(pairs["article_id"], value_set=split)
        split_pairs.update(zip(*(pairs.filter(in_split)[c].to_pylist() for c in ("entity_id", "article_id")),
                               strict=True))
        pairs = pairs.append_column("whole", pc.cast(pc.invert(in_split), pa.int64()))
        dated = pairs.join(seen_at, "article_id", join_type="left outer", use_threads=False)
        per_entity = dated.group_by("entity_id", use_threads=False).aggregate(
            [("count_all", "sum"), ("whole", "sum"), ("at", "min"), ("at", "max")])
        for row in per_entity.to_pylist():
            _add_counts(counts, row["entity_id"], row["count_all_sum"], row["whole_sum"], row["at_min"], row["at_max"])
    for entity_id, _ in split_pairs:
        counts[entity_id][1] += 1
    return {entity_id: tuple(values) for entity_id, values in counts.items()}


def _add_counts(counts: dict[str, list], entity_id: str, n_mentions: int, n_articles: int,
                first: datetime | None, last: datetime | None) -> None:
    total = counts.get(entity_id)
    if total is None:
        counts[entity_id] = [n_mentions, n_articles, first, last]
        return
    total[0] += n_mentions
    total[1] += n_articles
    if first is not None and (total[2] is None or first < total[2]):
        total[2] = first
    if last is not None and (total[3] is None or last > total[3]):
        total[3] = last


def _article_times(paths: list[Path]) -> pa.Table:
    """(article_id, at): when each article was published, else ingested."""
    parts = []
    for path in paths:
        # Files written before a column existed lack it: read what there is, null for the rest.
        columns = [c for c in ("article_id", "published_at", "ingested_at") if c in pq.read_schema(path).names]
        data = read_part(path, columns=columns)
        times = [data[c] if c in columns else pa.nulls(data.num_rows, TABLES["articles"].field(c).type)
                 for c in ("published_at", "ingested_at")]
        parts.append(pa.table({"article_id": data["article_id"], "at": pc.coalesce(*times)}))
    return pa.concat_tables(parts).combine_chunks()


def _articles_in_several_files(paths: list[Path]) -> pa.Array:
    ids = pa.chunked_array([pc.unique(read_part(p, columns=["article_id"])["article_id"]) for p in paths],
                           pa.string())
    tally = pc.value_counts(ids)
    return tally.field("values").filter(pc.greater(tally.field("counts"), 1))


def rename_participants(staging: Staging, registry: EntityRegistry) -> None:
    """Rewrite the staged quotes and events with the final display names of their entities.

    Names improve while a run resolves later articles; rows staged earlier in the run are
    brought up to date here, once, instead of holding every row in memory until the end.
    """
    roles = {"quotes": [("speaker", "speaker_entity_id")],
             "events": [(r, f"{r}_entity_id") for r in ("actor", "target", "location")]}
    for table, pairs in roles.items():
        for path in staging.files(table):
            data = read_part(path)
            for name_col, id_col in pairs:
                names = [registry.name(i) if i and i in registry.entities else n
                         for n, i in zip(data[name_col].to_pylist(), data[id_col].to_pylist(), strict=True)]
                data = data.set_column(data.schema.get_field_index(name_col), data.schema.field(name_col),
                                       pa.array(names, pa.string()))
            pq.write_table(data, path, compression="zstd", row_group_size=ROW_GROUP_ROWS)


# ---------------------------------------------------------------------------------------------
# Compaction

def compact(
    out: Path, *, run_id: str, small_rows: int = COMPACT_SMALL_ROWS, file_rows: int = COMPACT_FILE_ROWS,
    crash_at: str | None = None,
) -> dict[str, tuple[int, int]]:
    """Rewrite each appended table's small files into files of up to `file_rows` rows in row
    groups of ROW_GROUP_ROWS; returns {table: (files before, files after)}. Under the lock."""
    base = recover(out)
    if base is None:
        return {}
    staging = Staging(out, run_id)
    drop: dict[str, set[str]] = {}
    result: dict[str, tuple[int, int]] = {}
    for table in TABLES:
        if table in SNAPSHOT_TABLES:
            continue
        small = [f for f in base.tables.get(table, ()) if f.rows < small_rows]
        if len(small) < 2:
            continue
        folder = base.folder(out) / table
        dataset = ds.dataset([str(folder / f.name) for f in small], schema=TABLES[table], format="parquet")
        target = staging.folder / table
        ds.write_dataset(
            dataset, target, format="parquet", basename_template=f"{run_id}-compact-{{i}}.parquet",
            min_rows_per_group=ROW_GROUP_ROWS, max_rows_per_group=ROW_GROUP_ROWS * 4,
            max_rows_per_file=file_rows, existing_data_behavior="overwrite_or_ignore",
            file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
        )
        drop[table] = {f.name for f in small}
        result[table] = (len(base.tables[table]), len(base.tables[table]) - len(small) + len(staging.files(table)))
    if not drop:
        staging.discard()
        return result
    commit(staging, base, drop=drop, crash_at=crash_at)
    return result


# ---------------------------------------------------------------------------------------------
# The DuckDB catalog

# Ready-made views for analysts, created after the table views; a view that fails to bind
# (say, over a dataset older than a column it uses) is left out rather than failing a publish.
READY_VIEWS: dict[str, str] = {
    # One row per real event, however many articles report it.
    "event_clusters": """
        SELECT
            e.event_cluster_id,
            any_value(e.event_type) AS event_type,
            count(*) AS n_reports,
            count(DISTINCT e.article_id) AS n_articles,
            list(DISTINCT e.article_id) AS article_ids,
            list(DISTINCT a.source) AS sources,
            -- the day most reports give (reports that only know the month or year don't vote)
            mode(e.event_date) FILTER (WHERE e.date_precision = 'day') AS best_date,
            min(e.event_date) FILTER (WHERE e.date_precision = 'day') AS earliest_date,
            max(e.killed) AS max_killed,
            max(e.injured) AS max_injured,
            mode(e.location) AS location,
            mode(e.country_code) AS country_code,
            avg(e.latitude) AS latitude,
            avg(e.longitude) AS longitude
        FROM events AS e LEFT JOIN articles AS a USING (article_id)
        WHERE e.event_cluster_id IS NOT NULL
        GROUP BY e.event_cluster_id""",
    "quotes_by_speaker": """
        SELECT q.speaker_entity_id AS entity_id, coalesce(e.name, any_value(q.speaker)) AS speaker,
               count(*) AS n_quotes, count(DISTINCT q.article_id) AS n_articles,
               count(*) FILTER (WHERE q.kind = 'direct') AS n_direct,
               min(a.published_at) AS first_quoted, max(a.published_at) AS last_quoted
        FROM quotes q
        LEFT JOIN entities e ON e.entity_id = q.speaker_entity_id
        LEFT JOIN articles a ON a.article_id = q.article_id
        WHERE q.speaker_entity_id IS NOT NULL
        GROUP BY q.speaker_entity_id, e.name""",
    "events_daily": """
        SELECT coalesce(e.event_date, CAST(a.published_at AS DATE)) AS day, e.event_type,
               count(*) AS n_events, count(DISTINCT e.article_id) AS n_articles,
               count(DISTINCT coalesce(e.event_cluster_id, e.event_id)) AS n_distinct_events,
               sum(e.killed) AS killed, sum(e.injured) AS injured
        FROM events e LEFT JOIN articles a ON a.article_id = e.article_id
        GROUP BY ALL""",
    # Over the materialized per-article pairs (named in the same sentence), not a self-join of
    # mentions: that join grows with the square of the entities per article (~13 s at 100k articles).
    "entity_cooccurrence": """
        WITH pairs AS (SELECT entity_id_a, entity_id_b, count(*) AS n_articles, sum(n_sentences) AS n_sentences
                       FROM cooccurrences GROUP BY ALL)
        SELECT p.entity_id_a, ea.name AS name_a, ea.type AS type_a,
               p.entity_id_b, eb.name AS name_b, eb.type AS type_b,
               p.n_articles, p.n_sentences
        FROM pairs p
        JOIN entities ea ON ea.entity_id = p.entity_id_a
        JOIN entities eb ON eb.entity_id = p.entity_id_b""",
}


def publish_catalog(
    out: Path, manifest: Manifest | None = None, extra_views: Mapping[str, str] | None = None
) -> Path:
    """Write `out/newsfacts.duckdb` (one view per table over the version's explicit absolute
    paths, then READY_VIEWS and `extra_views`) and swap it in with one rename, so a reader
    (a BI tool holding it open read-only) never sees a half-built catalog."""
    manifest = manifest or read_manifest(out)
    path = out / CATALOG_NAME
    if manifest is None:
        return path
    tmp = out / f".{CATALOG_NAME}.tmp{os.getpid()}"
    tmp.unlink(missing_ok=True)
    with duckdb.connect(str(tmp)) as con:
        for table in TABLES:
            paths = manifest.paths(out, table)
            if paths:
                unite = "" if _in_current_schema(paths, table) else ", union_by_name = true"
                con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet({_sql_list(paths)}{unite})")
        for name, sql in {**READY_VIEWS, **(extra_views or {})}.items():
            try:
                con.execute(f"CREATE VIEW {name} AS {sql}")
            except duckdb.Error:
                continue
        con.execute(f"COMMENT ON VIEW articles IS 'newsfacts dataset version {manifest.version}'")
    os.replace(tmp, path)
    return path


def _in_current_schema(paths: list[Path], table: str) -> bool:
    """Whether every file has the columns of `table`'s current schema, in order and type.

    Only files written before a column existed need DuckDB to unite schemas by name, which
    holds every file's schema while a view binds: ~100 KB a file, 30 MB at 20,000 articles.
    """
    columns = [(f.name, f.type) for f in TABLES[table]]
    return all([(f.name, f.type) for f in pq.read_schema(path)] == columns for path in paths)


def query(out: Path, sql: str) -> duckdb.DuckDBPyRelation:
    """Run read-only SQL against the catalog of `out`."""
    path = out / CATALOG_NAME
    if not path.exists():
        raise FileNotFoundError(f"no catalog at {path}: run `newsfacts run INPUT --out {out}` first")
    con = duckdb.connect(str(path), read_only=True)
    return con.sql(sql)


# ---------------------------------------------------------------------------------------------
# Registry persistence

def load_registry(out: Path, alias_table: Path | None = None) -> EntityRegistry:
    """The dataset's entity registry, with the user's alias table (if any) linked in."""
    path = out / REGISTRY_NAME
    registry = EntityRegistry.from_json(json.loads(path.read_text())) if path.exists() else EntityRegistry()
    if alias_table is not None:
        registry.add_alias_table(read_alias_table(alias_table))
    return registry


def read_alias_table(path: Path) -> list[AliasEntry]:
    """Rows of a CSV or Parquet alias table: name, aliases (a list, or "|"-separated in CSV), type, qid."""
    if path.suffix.lower() == ".parquet":
        rows = pq.read_table(path).to_pylist()
    else:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    entries = []
    for row in rows:
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|")]
        if row.get("name"):
            entries.append(AliasEntry(
                name=row["name"].strip(), aliases=tuple(a for a in aliases if a),
                type=(row.get("type") or "PERSON").strip().upper(), qid=(row.get("qid") or None),
            ))
    return entries


def save_registry(out: Path, registry: EntityRegistry) -> None:
    """Write the registry in place (outside a run's publish; a run stages it with `stage_registry`)."""
    path = out / REGISTRY_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    _atomic_write_text(path, "".join(_registry_text(registry)))


def save_state(out: Path, name: str, content: str) -> None:
    """Replace one state file outside a commit (under the lock), for state that describes the
    current version as it is, e.g. the inputs a no-op run found unchanged."""
    (out / STATE_DIR).mkdir(parents=True, exist_ok=True)
    _atomic_write_text(out / STATE_DIR / name, content)


def stage_registry(staging: Staging, registry: EntityRegistry) -> None:
    """Stage the registry so that it is published in the same version as the tables it produced."""
    staging.write_state(Path(REGISTRY_NAME).name, _registry_text(registry))


def _registry_text(registry: EntityRegistry) -> Iterator[str]:
    """The text of `json.dumps(registry.to_json())`, one entity or key at a time: built whole,
    the text of a 20,000-article registry (8.8 MB) peaked at 18 MB of heap."""
    yield '{"format": ' + json.dumps(REGISTRY_FORMAT) + ', "entities": '
    yield from _json_array_text(registry.entities_json())
    yield ', "keys": '
    yield from _json_array_text(registry.keys_json())
    yield "}"


# ---------------------------------------------------------------------------------------------
# Event clusters: cross-article identity of events, published with the tables like the registry

EVENT_CLUSTERS_NAME = f"{STATE_DIR}/event_clusters.json"


def load_event_clusters(out: Path) -> list[EventCluster]:
    """The clusters of earlier runs, in the order they were made; none for a new dataset."""
    path = out / EVENT_CLUSTERS_NAME
    if not path.exists():
        return []
    # One cluster at a time (ijson): neither the whole text nor a list of every cluster as dicts.
    with path.open("rb") as file:
        events = ijson.parse(file)
        if next(events, None) != ("", "start_array", None):
            raise ValueError(f"{path} is damaged: it should hold a JSON array of event clusters")
        return [EventCluster.from_json(item) for item in ijson.items(events, "item")]


def stage_event_clusters(staging: Staging, clusters: list[EventCluster]) -> None:
    # One cluster at a time: the whole text would cost ~180 bytes per cluster, and a dataset
    # has ~5 clusters per article.
    staging.write_state(Path(EVENT_CLUSTERS_NAME).name, _json_array_text(c.to_json() for c in clusters))


def _json_array_text(items: Iterable[object]) -> Iterator[str]:
    """The text of `json.dumps(list(items))`, in pieces."""
    separator = "["
    for item in items:
        yield separator + json.dumps(item)
        separator = ", "
    yield "[]" if separator == "[" else "]"
