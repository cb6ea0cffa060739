"""Finding input files, and telling whether the dataset already accounts for all of them.

Import-light on purpose (no Prefect, spaCy, pyarrow or DuckDB): the CLI runs it first, so that
a re-run over unchanged inputs ends in well under a second instead of paying for start-up.
"""

from __future__ import annotations

import errno
import glob
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass
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


# Reasons of the inputs discovery refuses (rows of the rejects table, with those of ingestion).
NOT_A_FILE = "not_a_file"
OUTSIDE_INPUT = "outside_input"
SYMLINK_LOOP = "symlink_loop"
UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Refused:
    """A path found under an input that is not read: `reason` is a rejects reason code."""

    path: str
    reason: str
    detail: str


def printable(path: str) -> str:
    """`path` as text any writer accepts: bytes of a file name that are not UTF-8 (which Python
    holds as lone surrogates) shown as `\\xff` escapes. The name of a source in every table."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape" if _escaped_only(path) else "backslashreplace").decode(
            "utf-8", "backslashreplace")


def _escaped_only(text: str) -> bool:
    return all(not 0xD800 <= ord(c) <= 0xDFFF or 0xDC80 <= ord(c) <= 0xDCFF for c in text)


def discover_inputs(inputs: Iterable[str], *, exclude: Path | None = None) -> list[str]:
    """The input files of `discover`, without what it refused."""
    return discover(inputs, exclude=exclude)[0]


def discover(inputs: Iterable[str], *, exclude: Path | None = None) -> tuple[list[str], list[Refused]]:
    """Every input file named, matched by a glob, or found (recursively, sorted) under a folder;
    hidden files and sidecar metadata files (`NAME.meta.json` next to NAME) are not inputs.
    A name that matches nothing is kept, to be rejected as unreadable.

    Folders are walked without leaving them: a symbolic link out of the folders given is refused
    (`outside_input`), one that leads back to a folder already walked is a loop (`symlink_loop`),
    a folder that cannot be listed is `unreadable`, and `exclude` (the output folder) is never
    entered. Files that are not regular files (FIFOs, devices, sockets) are kept, for the reader
    to reject without opening them.
    """
    found: list[str] = []
    refused: list[Refused] = []
    skip = os.path.realpath(exclude) if exclude is not None else None
    items = list(inputs)
    roots = [os.path.realpath(item) for item in items if os.path.isdir(item)]
    for item in items:
        if os.path.isdir(item):
            found += _walk(item, roots, skip, refused)
        elif os.path.lexists(item) or not glob.has_magic(item):
            found.append(item)
        else:
            found += _glob(item, skip, refused)
    return [source for source in dict.fromkeys(found) if _sidecar_owner(Path(source)) is None], refused


def _within(path: str, roots: Iterable[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _walk(folder: str, roots: list[str], skip: str | None, refused: list[Refused]) -> list[str]:
    """The files under `folder`, sorted. Broken links are kept: they are inputs the user gave,
    and are rejected as unreadable.

    Real folders are walked before linked ones, so that a file is found under its own name; a
    link to a folder already walked adds nothing, one to a folder that holds it is a loop.
    """
    found: list[str] = []
    start = os.path.realpath(folder)
    if start == skip:
        return found
    visited = {start}
    pending, links = [folder], []
    while pending or links:
        if not pending:
            _follow(links.pop(0), roots, skip, visited, pending, found, refused)
            continue
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            refused.append(Refused(current, UNREADABLE, f"the folder cannot be listed: {exc.strerror or exc}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = os.path.join(current, entry.name)
            try:
                is_link, is_dir = entry.is_symlink(), entry.is_dir(follow_symlinks=False)
            except OSError as exc:
                refused.append(Refused(path, UNREADABLE, str(exc)))
                continue
            if is_link:
                links.append(path)
            elif not is_dir:
                found.append(path)
            elif (real := os.path.realpath(path)) != skip and real not in visited:
                visited.add(real)
                pending.append(path)
    return sorted(found, key=Path)


def _follow(link: str, roots: list[str], skip: str | None, visited: set[str], pending: list[str],
            found: list[str], refused: list[Refused]) -> None:
    """Where a symbolic link met in a walk leads: a file, a folder to walk, or a refusal."""
    target = os.path.realpath(link)
    try:
        target_is_dir = stat.S_ISDIR(os.stat(link).st_mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            refused.append(Refused(link, SYMLINK_LOOP, "the link leads back to itself"))
        else:
            found.append(link)  # a broken link: rejected as unreadable when read
        return
    if not _within(target, roots):
        refused.append(Refused(link, OUTSIDE_INPUT, f"the link leads out of the input folders, to {target}"))
    elif not target_is_dir:
        found.append(link)
    elif _within(os.path.realpath(os.path.dirname(link)), [target]):
        refused.append(Refused(link, SYMLINK_LOOP, f"the link leads to a folder that holds it: {target}"))
    elif target != skip and target not in visited:
        visited.add(target)
        pending.append(link)


def _glob(pattern: str, skip: str | None, refused: list[Refused]) -> list[str]:
    """The files a glob pattern matches, and the files under the folders it matches, found by
    walking the pattern's fixed leading folder (see `_walk`), not by `glob.glob`: that follows
    symbolic links into loops with `**`, and never ends."""
    parts = pattern.split(os.sep)
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else "")
    if not os.path.isdir(base or os.curdir):
        return []
    matcher = _glob_regex(parts)
    matched: list[str] = []
    walk_refused: list[Refused] = []
    for path in _walk(base or os.curdir, [os.path.realpath(base or os.curdir)], skip, walk_refused):
        name = path if base else os.path.relpath(path)
        # A folder the pattern matches stands for every file under it.
        candidates = [name, *(str(parent) for parent in Path(name).parents)]
        if any(matcher.match(candidate) for candidate in candidates):
            matched.append(name)
    # Loops and unreadable folders stand in the way of any pattern; other refusals count when matched.
    refused += [r for r in walk_refused if r.reason in (SYMLINK_LOOP, UNREADABLE) or matcher.match(r.path)]
    return matched


def _glob_regex(parts: list[str]) -> re.Pattern[str]:
    """A regular expression for a glob pattern split at separators (`**` for any folders)."""
    out: list[str] = []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if part == "**":
            out.append(".*" if last else "(?:[^/]+/)*")
            continue
        piece, j = "", 0
        while j < len(part):
            char = part[j]
            if char == "*":
                piece += "[^/]*"
            elif char == "?":
                piece += "[^/]"
            elif char == "[" and (close := part.find("]", j + 2)) != -1:
                inner = part[j + 1 : close]
                piece += "[" + ("^" + inner[1:] if inner.startswith("!") else inner).replace("\\", "\\\\") + "]"
                j = close
            else:
                piece += re.escape(char)
            j += 1
        out.append(piece + ("" if last else "/"))
    return re.compile("".join(out) + r"\Z")


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
    sources = discover_inputs(inputs, exclude=out)
    seen = fingerprints(sources)
    if not sources or any(source not in seen for source in sources):
        return None
    if any(known.get(source) != list(fp) for source, fp in seen.items()):
        return None
    return len(sources)
