"""Finding input files, and telling whether the dataset already accounts for all of them.

Import-light on purpose (no Prefect, spaCy, pyarrow or DuckDB): the CLI runs it first, so that
a re-run over unchanged inputs ends in well under a second instead of paying for start-up.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterable
from pathlib import Path

from transforms.suffixes import SIDECAR_SUFFIX, format_of

# Published with the tables (in `_state/`): which input files, as they were, the dataset accounts for.
SOURCES_STATE = "sources.json"
_STATE_DIR = "_state"
# A dataset with a publish in flight (or killed) must go through recovery: never skip that.
_MANIFEST_NAME = "_manifest.json"
_JOURNAL_NAME = "_publish.json"

# size and mtime_ns: a file rewritten in place, even with the same size, gets a new mtime.
Fingerprint = tuple[int, int]


def discover_inputs(inputs: Iterable[str]) -> list[str]:
    """Every input file named, matched by a glob, or found (recursively, sorted) under a folder;
    hidden files and sidecar metadata files (`NAME.meta.json` next to NAME) are not inputs.
    A name that matches nothing is kept, to be rejected as unreadable."""
    found: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += _walk(path)
        elif path.exists() or path.is_symlink() or not glob.has_magic(item):
            found.append(item)
        else:
            for match in sorted(glob.glob(item, recursive=True)):
                found += _walk(Path(match)) if Path(match).is_dir() else [match]
    return [source for source in dict.fromkeys(found) if _sidecar_owner(Path(source)) is None]


def _walk(folder: Path) -> list[str]:
    # Broken links are kept: they are inputs the user gave, and are rejected as unreadable.
    return [
        str(p) for p in sorted(folder.rglob("*"))
        if (p.is_file() or p.is_symlink() and not p.exists()) and not p.name.startswith(".")
    ]


def sidecar_candidates(path: Path) -> list[Path]:
    """Where an article's metadata may sit: `story.txt.meta.json` or `story.meta.json`."""
    return [path.with_name(path.name + SIDECAR_SUFFIX), path.with_name(path.stem + SIDECAR_SUFFIX)]


def _sidecar_owner(path: Path) -> Path | None:
    """The article file a sidecar belongs to, or None when `path` is not a sidecar of one."""
    if not path.name.lower().endswith(SIDECAR_SUFFIX):
        return None
    base = path.name[: -len(SIDECAR_SUFFIX)]
    for sibling in [path.with_name(base), *sorted(path.parent.glob(glob.escape(base) + ".*"))]:
        if sibling != path and sibling.is_file() and format_of(sibling.name) in ("text", "html"):
            return sibling
    return None


def fingerprints(sources: Iterable[str]) -> dict[str, Fingerprint]:
    """Size and modification time of each source and of its sidecars (metadata is part of the
    article); a source that cannot be read has none, so it is never taken as unchanged."""
    found: dict[str, Fingerprint] = {}
    for source in sources:
        try:
            stat = os.stat(source)
        except OSError:
            continue
        found[source] = (stat.st_size, stat.st_mtime_ns)
        for sidecar in sidecar_candidates(Path(source)):
            if sidecar.is_file():
                side = sidecar.stat()
                found[str(sidecar)] = (side.st_size, side.st_mtime_ns)
    return found


def sources_state(
    out: Path, seen: dict[str, Fingerprint], pipeline_version: str, *, previous: dict | None = None
) -> str:
    """The state to publish: what earlier runs accounted for, updated with this run's sources."""
    previous = previous if previous is not None else read_sources_state(out)
    known = dict(previous.get("sources", {})) if previous.get("pipeline_version") == pipeline_version else {}
    known.update({source: list(fp) for source, fp in seen.items()})
    return json.dumps({"pipeline_version": pipeline_version, "sources": known}, sort_keys=True)


def read_sources_state(out: Path) -> dict:
    try:
        return json.loads((out / _STATE_DIR / SOURCES_STATE).read_text())
    except (OSError, ValueError):
        return {}


def unchanged_inputs(inputs: Iterable[str], out: Path, pipeline_version: str) -> int | None:
    """How many input files there are when the published dataset already accounts for every
    one of them, unchanged, under this pipeline version; None when a run has work to do."""
    if not (out / _MANIFEST_NAME).is_file() or (out / _JOURNAL_NAME).exists():
        return None
    state = read_sources_state(out)
    if state.get("pipeline_version") != pipeline_version:
        return None
    known = state.get("sources", {})
    sources = discover_inputs(inputs)
    seen = fingerprints(sources)
    if not sources or any(source not in seen for source in sources):
        return None
    if any(known.get(source) != list(fp) for source, fp in seen.items()):
        return None
    return len(sources)
