"""Finding and reading inputs: files, folders and globs in, an `IngestResult` out.

Every input is accounted for: each file (or each record of a multi-record file) ends up
ingested, a duplicate, or rejected with a reason; nothing here stops a run.
"""

from __future__ import annotations

import io
import json
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow.dataset as ds

from flows.config import Settings
from flows.sources import discover_inputs, sidecar_candidates  # noqa: F401  (discover_inputs: re-exported)
from transforms.dedup import Duplicate, DuplicateIndex, settle_batch
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
from transforms.ingest import ArticleRecord, Rejection

UNREADABLE = "unreadable"
MALFORMED_METADATA = "malformed_metadata"
PARSE_ERROR = "parse_error"
MINHASH_STATE = "_state/minhash.npz"


@dataclass
class IngestResult:
    articles: list[ArticleRecord] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # MinHash signatures of this run's new articles, persisted once their rows are written.
    signatures: dict[str, np.ndarray] = field(default_factory=dict, repr=False)


def read_source(source: str, settings: Settings) -> Iterator[ArticleRecord | Rejection]:
    """The outcomes of one input file, by its format; any failure is a rejection, never a crash."""
    path = Path(source)
    kind = format_of(path.name)
    if kind is None:
        yield Rejection(source, UNSUPPORTED_FORMAT, f"no reader for {path.name!r}")
        return
    try:
        size = path.stat().st_size
        if kind == "warc":
            with path.open("rb") as stream:
                yield from parse_warc(stream, source=source, max_bytes=settings.max_bytes)
        elif kind == "jsonl":
            with path.open("rb") as stream:
                yield from parse_json_lines(stream, source=source, max_bytes=settings.max_bytes)
        elif kind == "json":
            if size > settings.max_json_bytes:
                yield Rejection(source, TOO_LARGE, f"{size} bytes is over the limit of {settings.max_json_bytes}")
            else:
                yield from parse_json(path.read_bytes(), source=source, max_bytes=settings.max_bytes)
        elif size > settings.max_bytes:
            yield Rejection(source, TOO_LARGE, f"{size} bytes is over the limit of {settings.max_bytes}")
        else:
            sidecar = yield from _read_sidecar(path)
            data = path.read_bytes()
            if kind == "html":
                yield parse_html(data, source=source, max_bytes=settings.max_bytes, metadata=metadata_from(sidecar or {}))
            else:
                yield from parse_text(data, source=source, max_bytes=settings.max_bytes, sidecar=sidecar)
    except OSError as exc:
        yield Rejection(source, UNREADABLE, f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - one bad input must not stop the run
        yield Rejection(source, PARSE_ERROR, f"{type(exc).__name__}: {exc}")


def _read_sidecar(path: Path) -> Generator[Rejection, None, dict | None]:
    """The fields of an article's sidecar; a malformed one is yielded as a rejection and ignored."""
    for candidate in sidecar_candidates(path):
        if not candidate.is_file():
            continue
        try:
            fields = json.loads(candidate.read_bytes())
        except (OSError, ValueError) as exc:
            yield Rejection(str(candidate), MALFORMED_METADATA, f"the article was read without it: {exc}")
            return None
        if not isinstance(fields, dict):
            yield Rejection(str(candidate), MALFORMED_METADATA, "a sidecar must hold a JSON object")
            return None
        return fields
    return None


def load_duplicate_index(out: Path, *, threshold: float) -> DuplicateIndex:
    """The articles already in the dataset at `out`, as a duplicate index: from the MinHash state
    file this module owns, or else (a dataset written before it existed) from the articles table."""
    state = out / MINHASH_STATE
    if state.exists():
        with np.load(state) as arrays:
            return DuplicateIndex.from_arrays(arrays["ids"], arrays["values"], threshold=threshold)
    index = DuplicateIndex(threshold=threshold)
    if any((out / "articles").glob("**/*.parquet")):
        table = ds.dataset(out / "articles", format="parquet").to_table(columns=["article_id", "text"])
        index.add_texts(zip(table.column("article_id").to_pylist(), table.column("text").to_pylist(), strict=True))
    return index


def duplicate_state(out: Path, ingested: IngestResult, *, threshold: float) -> bytes:
    """The MinHash state with this run's new articles added, as the bytes of an .npz file;
    the caller publishes it together with the rows of those articles."""
    state = out / MINHASH_STATE
    if state.exists():
        with np.load(state) as arrays:
            ids, values = arrays["ids"], arrays["values"]
        known = set(ids.tolist())
        new = [(k, v) for k, v in ingested.signatures.items() if k not in known]
        if new:
            ids = np.concatenate([ids, np.array([k for k, _ in new], dtype=str)])
            values = np.concatenate([values, np.stack([v for _, v in new])])
    else:
        index = load_duplicate_index(out, threshold=threshold)
        for article_id, signature in ingested.signatures.items():
            index.add(article_id, signature)
        ids, values = index.to_arrays()
    buffer = io.BytesIO()
    np.savez(buffer, ids=ids, values=values)
    return buffer.getvalue()


def ingest_sources(sources: Iterable[str], settings: Settings) -> IngestResult:
    """Read every source, then settle duplicates and batch boilerplate against the dataset at `settings.out`."""
    articles: list[ArticleRecord] = []
    rejections: list[Rejection] = []
    for source in sources:
        for outcome in read_source(source, settings):
            (articles if isinstance(outcome, ArticleRecord) else rejections).append(outcome)
    index = load_duplicate_index(settings.out, threshold=settings.near_duplicate_threshold)
    settled = settle_batch(
        articles, index, min_articles=settings.boilerplate_min_articles, min_share=settings.boilerplate_min_share
    )
    return IngestResult(
        articles=settled.articles,
        rejections=rejections + settled.rejections,
        duplicates=settled.duplicates,
        signatures={a.article_id: index.signature_of(a.article_id) for a in settled.articles},
    )
