"""Locking: one writer (a run, a compaction, a repair) per output folder at a time."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import filelock

from flows.storage.versions import atomic_write_text

LOCK_NAME = ".newsfacts.lock"
LOCK_INFO_NAME = ".newsfacts.lock.json"


class DatasetBusy(RuntimeError):
    """Another run holds the lock on the output folder."""


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
        atomic_write_text(out / LOCK_INFO_NAME, json.dumps(
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

