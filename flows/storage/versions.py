"""Versions and commit: staged writes, the manifest of each published version, the journal
that makes a publish atomic, and the recovery that finishes a killed one."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import time
from collections.abc import Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas.tables import COMPANIONS, SCHEMA_VERSION, TABLES, to_arrow

STATE_DIR = "_state"
MANIFEST_NAME = "_manifest.json"
JOURNAL_NAME = "_publish.json"
VERSIONS_DIR = "_versions"
STAGING_DIR = "_staging"
TRASH_DIR = "_trash"
QUARANTINE_DIR = "_quarantine"
MANIFEST_FORMAT = "newsfacts-manifest/2"
# Versions kept on disk: a reader holding an older catalog keeps working until this many
# newer versions are published.
KEEP_VERSIONS = 3
_SNAPSHOTS = ("entities",)
_PER_ARTICLE = ("articles", "mentions", "cooccurrences", "quotes", "events")
# Tables holding a snapshot of the whole dataset, rewritten by every run, not appended to; the
# flat companions of a table are of its kind.
SNAPSHOT_TABLES = frozenset(_SNAPSHOTS + tuple(n for n, c in COMPANIONS.items() if c.parent in _SNAPSHOTS))
# Tables whose rows belong to one article and are replaced when the article is re-extracted.
PER_ARTICLE_TABLES = _PER_ARTICLE + tuple(n for n, c in COMPANIONS.items() if c.parent in _PER_ARTICLE)
# DuckDB's own row group size; compaction never writes smaller groups unless a table is smaller.
ROW_GROUP_ROWS = 122_880
COMPACT_SMALL_ROWS = 100_000
COMPACT_FILE_ROWS = 1_000_000


# ---------------------------------------------------------------------------------------------
# Testing hook: SIGKILL this process at a named point of a run (NEWSFACTS_TEST_CRASH_AT).

# The named points of a publish, in order: the journal written, half the files linked, all
# linked, the state files moved, the table symlinks swapped, the catalog written, the
# manifest written. `staged` (a batch staged) is the run's own, in flows/pipeline.py.
PUBLISH_POINTS = ("committed", "linking", "linked", "state", "swapped", "catalog", "published")


class InjectedFailure(RuntimeError):
    """Raised at a named point by `crash_at="fail:<point>"` (tests of a retried publish)."""


def checkpoint(name: str, crash_at: str | None) -> None:
    """Kill the process without cleanup when `crash_at` names this point (crash-safety tests),
    or raise InjectedFailure when it is `fail:` and the name (a task that fails and is retried)."""
    if crash_at == name:
        os.kill(os.getpid(), signal.SIGKILL)
    if crash_at == f"fail:{name}":
        raise InjectedFailure(f"failure injected at {name}")


# ---------------------------------------------------------------------------------------------
# Manifest

@dataclass(frozen=True)
class DataFile:
    name: str
    rows: int
    # Recorded at publish, checked by `newsfacts check` and before a run carries the file on;
    # None for files published before checksums were recorded.
    sha256: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class Manifest:
    """One published version: for each table, its files (by name, in the version folder)."""

    version: int
    run_id: str
    published_at: str
    tables: dict[str, tuple[DataFile, ...]]
    # Checksums of the state files (`_state/<name>`) published with this version.
    state: dict[str, str] = field(default_factory=dict)

    def folder(self, out: Path) -> Path:
        return version_dir(out, self.version)

    def paths(self, out: Path, table: str) -> list[Path]:
        """Absolute paths of the table's files in this version."""
        folder = self.folder(out).resolve() / table
        return [folder / f.name for f in self.tables.get(table, ())]

    def relative_paths(self, table: str) -> list[str]:
        """Paths of the table's files relative to the dataset folder (what the catalog stores)."""
        folder = f"{VERSIONS_DIR}/v{self.version:06d}/{table}"
        return [f"{folder}/{f.name}" for f in self.tables.get(table, ())]

    def rows(self, table: str) -> int:
        return sum(f.rows for f in self.tables.get(table, ()))

    def to_json(self) -> dict:
        return {
            "format": MANIFEST_FORMAT, "version": self.version, "run_id": self.run_id,
            "published_at": self.published_at, "schema_version": SCHEMA_VERSION,
            "tables": {t: [{"file": f.name, "rows": f.rows, "sha256": f.sha256, "size": f.size} for f in files]
                       for t, files in self.tables.items()},
            "state": self.state,
        }

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        return cls(
            version=data["version"], run_id=data["run_id"], published_at=data["published_at"],
            tables={t: tuple(DataFile(f["file"], f["rows"], f.get("sha256"), f.get("size")) for f in files)
                    for t, files in data["tables"].items()},
            state=data.get("state") or {},
        )


def file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def version_dir(out: Path, version: int) -> Path:
    return out / VERSIONS_DIR / f"v{version:06d}"


class DatasetDamaged(RuntimeError):
    """A file the dataset needs is unreadable or not what was published; `newsfacts repair` mends it."""


def read_manifest(out: Path) -> Manifest | None:
    """The current published version of `out`, or None for a new folder.

    Raises DatasetDamaged when the manifest is unreadable.
    """
    path = out / MANIFEST_NAME
    if not path.exists():
        return None
    try:
        return Manifest.from_json(json.loads(path.read_text()))
    except (ValueError, KeyError, TypeError) as exc:
        raise DatasetDamaged(f"{path} is damaged ({exc}); run `newsfacts repair --out {out}`") from None


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
    Idempotent: when this staging's journal is already written (a retried publish), that
    journal is finished instead of writing another, whose files would lack those already
    moved into the new version.
    """
    pending = read_journal(staging.out)
    if pending is not None and pending["staging"] == _rel(staging.out, staging.folder):
        _roll_forward(staging.out, pending, crash_at=crash_at)
        return Manifest.from_json(pending["manifest"])
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
            files.append(DataFile(path.name, pq.read_metadata(path).num_rows, file_sha256(path), path.stat().st_size))
            sources[f"{table}/{path.name}"] = _rel(staging.out, path)
        tables[table] = tuple(files)
    state_dir = staging.folder / STATE_DIR
    state = {p.name: _rel(staging.out, p) for p in sorted(state_dir.iterdir())} if state_dir.exists() else {}
    # State files not staged again stay as they are (those still there keep their checksum).
    checksums = {name: sha for name, sha in (base.state if base else {}).items()
                 if (staging.out / STATE_DIR / name).exists()}
    if state_dir.exists():
        checksums.update({p.name: file_sha256(p) for p in sorted(state_dir.iterdir())})
    manifest = Manifest(version, staging.run_id, datetime.now(UTC).isoformat(), tables, checksums)
    journal = {"manifest": manifest.to_json(), "sources": sources, "state": state,
               "staging": _rel(staging.out, staging.folder)}
    atomic_write_text(staging.out / JOURNAL_NAME, json.dumps(journal))
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
    checkpoint("linked", crash_at)
    for table in manifest.tables:
        (folder / table).mkdir(parents=True, exist_ok=True)
    atomic_write_text(folder / MANIFEST_NAME, json.dumps(manifest.to_json(), indent=1))
    for name, src_rel in journal["state"].items():
        src = out / src_rel
        if src.exists():
            (out / STATE_DIR).mkdir(exist_ok=True)
            os.replace(src, out / STATE_DIR / name)
    checkpoint("state", crash_at)
    for table in manifest.tables:
        _swap_symlink(out, table, f"{VERSIONS_DIR}/{folder.name}/{table}")
    checkpoint("swapped", crash_at)
    from flows.storage.catalog import publish_catalog  # the catalog reads versions: imported late

    publish_catalog(out, manifest)
    checkpoint("catalog", crash_at)
    atomic_write_text(out / MANIFEST_NAME, json.dumps(manifest.to_json(), indent=1))
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
    journal = read_journal(out)
    if journal is not None:
        _roll_forward(out, journal)
    shutil.rmtree(out / STAGING_DIR, ignore_errors=True)
    for leftover in out.glob(".*.tmp*"):
        leftover.unlink(missing_ok=True)
    manifest = read_manifest(out)
    if manifest is None:
        manifest = _adopt_legacy(out)
    if manifest is not None:
        _collect_garbage(out, manifest.version)
    return manifest


def read_journal(out: Path) -> dict | None:
    """The journal of a committed publish not yet rolled forward, or None.

    A journal is written whole with one rename, so one that does not parse was damaged
    later: raise DatasetDamaged rather than guess what it held.
    """
    path = out / JOURNAL_NAME
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text())
    except ValueError as exc:
        raise DatasetDamaged(f"{path} is damaged ({exc}); run `newsfacts repair --out {out}`") from None


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


def atomic_write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with open(tmp, "w") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
