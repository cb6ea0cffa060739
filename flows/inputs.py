"""Finding and reading inputs: files, folders and globs in, an `IngestResult` out.

Every input is accounted for: each file (or each record of a multi-record file) ends up
ingested, a duplicate, or rejected with a reason; nothing here stops a run.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import zipfile
from array import array
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow.dataset as ds

from flows.config import Settings
from flows.sources import (  # noqa: F401  (discover_inputs: re-exported)
    NOT_A_FILE,
    Refused,
    discover_inputs,
    printable,
    sidecar_candidates,
)
from flows.spool import ArticleSpool
from transforms.dedup import NUM_PERM, Duplicate, KnownArticles, settler_for_run, signature
from transforms.formats import (
    TOO_LARGE,
    UNSUPPORTED_FORMAT,
    format_of,
    metadata_from,
    parse_html,
    parse_json,
    parse_json_lines,
    parse_text,
    parse_warc,
)
from transforms.ingest import ArticleRecord, Rejection, batch_of, content_line_hashes

UNREADABLE = "unreadable"
MALFORMED_METADATA = "malformed_metadata"
PARSE_ERROR = "parse_error"
MINHASH_STATE = "_state/minhash.npz"
# A sidecar holds a few fields of metadata.
MAX_SIDECAR_BYTES = 1 << 20


@dataclass
class IngestResult:
    """What a run's inputs became: its new and returning articles (on disk), duplicates and rejections."""

    articles: ArticleSpool
    rejections: list[Rejection] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # This run's new articles and the file of their MinHash signatures (uint32, NUM_PERM per
    # article, in the same order), added to the dataset's state once their rows are written.
    new_ids: list[str] = field(default_factory=list)
    new_signatures: Path | None = None


def read_source(source: str, settings: Settings) -> Iterator[ArticleRecord | Rejection]:
    """The outcomes of one input file, by its format; any failure is a rejection, never a crash.

    `source` is the path to open; the outcomes name it as `printable(source)`, which every
    table can hold. A path that is not a regular file is rejected without being opened (a
    FIFO would wait for a writer forever), and an article longer than `settings.max_chars`
    is rejected before it is spooled.
    """
    name = printable(source)
    path = Path(source)
    kind = format_of(path.name)
    if kind is None:
        yield Rejection(name, UNSUPPORTED_FORMAT, f"no reader for {printable(path.name)!r}")
        return
    try:
        mode = os.stat(source).st_mode
    except OSError as exc:
        yield Rejection(name, UNREADABLE, f"{type(exc).__name__}: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(mode):
        yield Rejection(name, NOT_A_FILE, f"not a regular file (a {_file_kind(mode)}): not opened")
        return
    try:
        for outcome in _outcomes(path, kind, name, os.stat(source).st_size, settings):
            if isinstance(outcome, ArticleRecord) and len(outcome.text) > settings.max_chars:
                outcome = Rejection(name, TOO_LARGE, f"{len(outcome.text)} characters is over the limit of "
                                    f"{settings.max_chars}", outcome.record)
            yield outcome
    except OSError as exc:
        yield Rejection(name, UNREADABLE, f"{type(exc).__name__}: {exc}")
    except (Exception, RecursionError) as exc:  # noqa: BLE001 - one bad input must not stop the run
        yield Rejection(name, PARSE_ERROR, f"{type(exc).__name__}: {exc}")


def _outcomes(path: Path, kind: str, source: str, size: int, settings: Settings
              ) -> Iterator[ArticleRecord | Rejection]:
    if kind == "warc":
        with path.open("rb") as stream:
            yield from parse_warc(stream, source=source, max_bytes=settings.max_bytes,
                                  max_total=settings.max_decompressed_bytes)
    elif kind == "jsonl":
        with path.open("rb") as stream:
            yield from parse_json_lines(stream, source=source, max_bytes=settings.max_bytes)
    elif kind == "json":
        if size > settings.max_json_bytes:
            yield Rejection(source, TOO_LARGE, f"{size} bytes is over the limit of {settings.max_json_bytes}")
        else:
            yield from parse_json(_read_at_most(path, settings.max_json_bytes), source=source,
                                  max_bytes=settings.max_bytes)
    elif size > settings.max_bytes:
        yield Rejection(source, TOO_LARGE, f"{size} bytes is over the limit of {settings.max_bytes}")
    else:
        sidecar = yield from _read_sidecar(path)
        # At most the limit and one byte: a file that grew since it was measured is still refused.
        data = _read_at_most(path, settings.max_bytes)
        if kind == "html":
            yield parse_html(data, source=source, max_bytes=settings.max_bytes, metadata=metadata_from(sidecar or {}))
        else:
            yield from parse_text(data, source=source, max_bytes=settings.max_bytes, sidecar=sidecar)


def _read_at_most(path: Path, limit: int) -> bytes:
    with path.open("rb") as file:
        return file.read(limit + 1)


def _file_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "FIFO"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
                       (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "folder")):
        if test(mode):
            return kind
    return "special file"


def refusals(refused: Iterable[Refused]) -> list[Rejection]:
    """The rejections of the paths discovery refused to read (see `flows.sources.discover`)."""
    return [Rejection(printable(r.path), r.reason, printable(r.detail)) for r in refused]


def _read_sidecar(path: Path) -> Generator[Rejection, None, dict | None]:
    """The fields of an article's sidecar; a malformed one is yielded as a rejection and ignored."""
    for candidate in sidecar_candidates(path):
        if not candidate.is_file():
            continue
        try:
            data = _read_at_most(candidate, MAX_SIDECAR_BYTES)
            if len(data) > MAX_SIDECAR_BYTES:
                yield Rejection(printable(str(candidate)), TOO_LARGE,
                                f"the article was read without it: over the limit of {MAX_SIDECAR_BYTES} bytes")
                return None
            fields = json.loads(data)
        except (OSError, ValueError) as exc:
            yield Rejection(printable(str(candidate)), MALFORMED_METADATA, f"the article was read without it: {exc}")
            return None
        except RecursionError:
            yield Rejection(printable(str(candidate)), MALFORMED_METADATA, "the sidecar is nested too deeply to read")
            return None
        if not isinstance(fields, dict):
            yield Rejection(printable(str(candidate)), MALFORMED_METADATA, "a sidecar must hold a JSON object")
            return None
        return fields
    return None


def load_known_articles(out: Path) -> KnownArticles:
    """The articles already in the dataset at `out`, with their signatures: from the MinHash state
    file this module owns, or else (a dataset written before it existed) from the articles table."""
    state = out / MINHASH_STATE
    if state.exists():
        with np.load(state) as arrays:
            return KnownArticles(arrays["ids"].tolist(), arrays["values"])
    if any((out / "articles").glob("**/*.parquet")):
        table = ds.dataset(out / "articles", format="parquet").to_table(columns=["article_id", "text"])
        return KnownArticles.from_texts(zip(table.column("article_id").to_pylist(), table.column("text").to_pylist(),
                                            strict=True))
    return KnownArticles()


def write_duplicate_state(out: Path, ingested: IngestResult, path: Path, dropped: set[str] | None = None) -> None:
    """Write to `path` the MinHash state of the dataset at `out` with this run's new articles
    added and the `dropped` ones (superseded by a new version of their source) removed (an
    .npz of `ids` and `values`); the caller publishes it with those articles' rows.

    The signatures are copied into the archive in pieces, the dataset's straight from its
    state file and the run's from its spool, rather than loaded and joined into one array:
    that took four copies of them (40 MB for a run of 20,000 articles).
    """
    state = out / MINHASH_STATE
    if dropped:
        # Rare (a source changed since an earlier run): the kept signatures are loaded and filtered.
        known = load_known_articles(out)
        keep = [i for i, article_id in enumerate(known.ids) if article_id not in dropped]
        known_ids, known_signatures = [known.ids[i] for i in keep], iter([known.signatures[keep].tobytes()])
    elif state.exists():
        with np.load(state) as arrays:
            known_ids = arrays["ids"].tolist()
        known_signatures = _state_signature_bytes(state)
    else:
        # A dataset written before the state file existed: computed from its texts, once.
        known = load_known_articles(out)
        known_ids, known_signatures = known.ids, iter([known.signatures.tobytes()])
    ids = np.array(known_ids + ingested.new_ids, dtype=str)
    with zipfile.ZipFile(path, "w") as archive:
        with archive.open("ids.npy", "w", force_zip64=True) as member:
            np.lib.format.write_array(member, ids)
        with archive.open("values.npy", "w", force_zip64=True) as member:
            header = {"descr": np.lib.format.dtype_to_descr(np.dtype(np.uint32)), "fortran_order": False,
                      "shape": (len(ids), NUM_PERM)}
            np.lib.format.write_array_header_2_0(member, header)
            for signatures in known_signatures, _file_bytes(ingested.new_signatures):
                for piece in signatures:
                    member.write(piece)


_PIECE = 1 << 20


def _state_signature_bytes(state: Path) -> Iterator[bytes]:
    """The raw uint32 signatures of a MinHash state file, in pieces."""
    with zipfile.ZipFile(state) as archive, archive.open("values.npy") as member:
        version = np.lib.format.read_magic(member)
        read_header = {(1, 0): np.lib.format.read_array_header_1_0, (2, 0): np.lib.format.read_array_header_2_0}
        if version not in read_header:
            raise ValueError(f"{state}: .npy format {version} is not one this version of newsfacts writes")
        shape, _, dtype = read_header[version](member)
        if dtype != np.uint32 or shape[1:] != (NUM_PERM,):
            raise ValueError(f"{state}: signatures of shape {shape} and type {dtype}, not (n, {NUM_PERM}) uint32")
        while piece := member.read(_PIECE):
            yield piece


def _file_bytes(path: Path | None) -> Iterator[bytes]:
    if path is None:
        return
    with path.open("rb") as file:
        while piece := file.read(_PIECE):
            yield piece


def ingest_sources(
    sources: Iterable[str], settings: Settings, spool_dir: Path, refused: Iterable[Refused] = (),
    known_sources: Mapping[str, str] | None = None,
) -> IngestResult:
    """Read every source, then settle duplicates and batch boilerplate against the dataset at
    `settings.out` (see `transforms.dedup.settle_batch`: the same steps, over a list).

    Texts do not stay in memory: each article read is written to a spool under `spool_dir`,
    keeping only its signature and line hashes; once the whole run is read, the spool is read
    back, and each article that is settled as new is written to the spool of the result.
    `known_sources` (the source of each article of the dataset, by id) keeps a changed source
    from being a near duplicate of its own earlier version (see `match_duplicates`).
    """
    known = load_known_articles(settings.out)
    rejections: list[Rejection] = refusals(refused)
    run_ids: list[str] = []
    run_sources: list[str] = []
    batches: list[str] = []
    # Signatures and line hashes accumulate as raw bytes: a NumPy array per article would cost
    # 112 bytes of header each, more than the line hashes themselves.
    signature_bytes, hash_bytes, hash_ends = bytearray(), bytearray(), array("q")
    with ArticleSpool.written(spool_dir / "read.arrow") as read:
        for source in sources:
            for outcome in read_source(source, settings):
                if isinstance(outcome, Rejection):
                    rejections.append(outcome)
                    continue
                try:
                    article_signature = signature(outcome.text).tobytes()
                    line_hashes = content_line_hashes(outcome.text).tobytes()
                    read.append(outcome)
                except Exception as exc:  # noqa: BLE001 - one bad article must not stop the run
                    rejections.append(Rejection(outcome.source, PARSE_ERROR, f"{type(exc).__name__}: {exc}",
                                                outcome.record))
                    continue
                run_ids.append(outcome.article_id)
                run_sources.append(outcome.source)
                batches.append(sys.intern(batch_of(outcome)))
                signature_bytes += article_signature
                hash_bytes += line_hashes
                hash_ends.append(len(hash_bytes) // 8)
    read_back = ArticleSpool(spool_dir / "read.arrow", read.count)
    run_signatures = np.frombuffer(signature_bytes, dtype=np.uint32).reshape(-1, NUM_PERM)
    settler = settler_for_run(
        known, run_ids, run_signatures, batches,
        np.split(np.frombuffer(hash_bytes, dtype=np.int64), hash_ends[:-1]) if hash_ends else [],
        threshold=settings.near_duplicate_threshold, min_articles=settings.boilerplate_min_articles,
        min_share=settings.boilerplate_min_share, run_sources=run_sources, known_sources=known_sources,
    )
    del hash_bytes, batches, run_ids, run_sources
    duplicates: list[Duplicate] = []
    new_ids: list[str] = []
    new_signatures = spool_dir / "new_signatures.u32"
    with ArticleSpool.written(spool_dir / "articles.arrow") as settled, new_signatures.open("wb") as signatures_file:
        for i, article in enumerate(read_back):
            outcome = settler.settle(i, article)
            if isinstance(outcome, Duplicate):
                duplicates.append(outcome)
            elif isinstance(outcome, Rejection):
                rejections.append(outcome)
            else:
                settled.append(outcome)
                if not settler.is_known(outcome.article_id):
                    new_ids.append(outcome.article_id)
                    signatures_file.write(run_signatures[i].tobytes())
    read_back.remove()
    return IngestResult(
        articles=ArticleSpool(spool_dir / "articles.arrow", settled.count),
        rejections=rejections,
        duplicates=duplicates,
        new_ids=new_ids,
        new_signatures=new_signatures,
    )
