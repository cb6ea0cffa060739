"""Duplicates: the same text is the same article; a near-duplicate (a syndicated copy with
small edits) is recorded as a duplicate of the first article, found with MinHash/LSH.

Settling a run takes three steps, each over plain data so that the flow can stream texts
from disk between them: `match_duplicates` matches every article against the articles of
earlier runs (`KnownArticles`) and the run's earlier stories; `transforms.ingest.repeated_lines`
finds the lines repeated across each batch, counting each story once; `Settler` removes them
and decides what each article is. `settle_batch` runs the three over a list.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from transforms.ingest import (
    EMPTY,
    ArticleRecord,
    Rejection,
    batch_of,
    content_line_hashes,
    normalise_for_hash,
    repeated_lines,
    without_lines,
)

NUM_PERM = 128
# Word 5-grams: short enough that a few edited words keep most shingles, long enough that two
# different stories about the same event ("the United Arab Emirates") share almost none.
SHINGLE_WORDS = 5
_TEMPLATE = MinHash(NUM_PERM)


@dataclass(frozen=True)
class Duplicate:
    """An input that repeats `duplicate_of`: `kind` is exact or near, `similarity` the estimated Jaccard."""

    source: str
    record: int | None
    duplicate_of: str
    kind: str
    similarity: float


@lru_cache(maxsize=8)
def _lsh_bands(threshold: float) -> tuple[int, int]:
    # datasketch integrates the band/row trade-off on every new index: do it once per threshold.
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def _stable_hash(shingle: bytes) -> int:
    # crc32 is stable across processes (signatures are persisted) and far cheaper than sha1.
    return zlib.crc32(shingle)


def signature(text: str) -> np.ndarray:
    """MinHash values (uint32[NUM_PERM]) of the text's word 5-grams after normalisation."""
    words = normalise_for_hash(text).split()
    n = max(1, len(words) - SHINGLE_WORDS + 1)
    shingles = [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(n)]
    sketch = MinHash(NUM_PERM, hashfunc=_stable_hash, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme)
    sketch.update_batch(shingles)
    return sketch.hashvalues.astype(np.uint32)


# Odd 64-bit multipliers that fold each band's rows of a signature into one key. Two bands with
# different values rarely share a key, and when they do it only adds a candidate, which the full
# signature comparison then rejects.
_BAND_MIXERS = np.random.default_rng(20260201).integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)


def band_keys(signatures: np.ndarray, threshold: float) -> np.ndarray:
    """One uint64 key per LSH band of each signature (rows x bands): articles that share a key
    in any band are candidates, with the band/row split datasketch chooses for `threshold`."""
    bands, rows = _lsh_bands(threshold)
    keys = np.empty((len(signatures), bands), dtype=np.uint64)
    # A band at a time: folding all bands at once took 16 bytes per value (40 MB at 20,000 articles).
    for band in range(bands):
        span = slice(band * rows, (band + 1) * rows)
        keys[:, band] = (signatures[:, span].astype(np.uint64) * _BAND_MIXERS[span]).sum(axis=1, dtype=np.uint64)
    return keys


def candidate_pairs(keys: np.ndarray, *, first_later: int) -> tuple[np.ndarray, np.ndarray]:
    """(later, earlier) rows that share a band key, for every later row from `first_later`,
    sorted by later row, then earlier row.

    Found by sorting each band's keys, not with datasketch's LSH index: that held 4.4 KB per
    article in Python sets and dicts (87 MB at 20,000 articles), band keys hold 112 bytes.
    """
    n_rows = len(keys)
    found: list[np.ndarray] = []
    for band in range(keys.shape[1]):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")  # equal keys stay in row order
        ordered = column[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, n_rows])
        for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
            rows = order[start : start + size]
            earlier, later = np.triu_indices(size, 1)
            later_rows = rows[later]
            keep = later_rows >= first_later
            found.append(later_rows[keep] * n_rows + rows[earlier][keep])
    pairs = np.unique(np.concatenate(found)) if found else np.zeros(0, dtype=np.int64)
    return pairs // n_rows, pairs % n_rows


@dataclass(frozen=True)
class KnownArticles:
    """Articles of earlier runs: ids and MinHash signatures (uint32[n, NUM_PERM]), in one row each."""

    ids: list[str] = field(default_factory=list)
    signatures: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), np.uint32), repr=False)

    @classmethod
    def from_texts(cls, articles: Iterable[tuple[str, str]]) -> KnownArticles:
        """Known articles from (article_id, text) pairs."""
        by_id: dict[str, np.ndarray] = {}
        for article_id, text in articles:
            if article_id not in by_id:
                by_id[article_id] = signature(text)
        values = list(by_id.values())
        return cls(list(by_id), np.stack(values) if values else np.zeros((0, NUM_PERM), np.uint32))


@dataclass(frozen=True)
class Match:
    """A run article found to repeat `row` (a row of the known articles, then of the run)."""

    row: int
    kind: str
    similarity: float


def match_duplicates(
    known: KnownArticles, run_ids: Sequence[str], run_signatures: np.ndarray, *, threshold: float = 0.7,
    run_sources: Sequence[str] | None = None, known_sources: Mapping[str, str] | None = None,
) -> list[Match | None]:
    """For each article of a run, in input order: the article it repeats, or None for a new story.

    Exact when its id is a known article's or an earlier run story's (the same text twice in
    one run is one story, not a near copy of similarity 1.0); near when its signature agrees with an earlier
    story's (a known article, or a run article that was itself new) in at least `threshold` of
    positions, the most similar one (the earliest on a tie). Rows number the known articles
    first, then the run's.

    A known article read from the same source as a run article (`known_sources`, by id, and
    `run_sources`) is never its near duplicate: that source has changed (a file that grew, an
    edited story), and its new text is the new version of the article, not a copy of the old.
    """
    n_known = len(known.ids)
    signatures = np.concatenate([known.signatures, run_signatures]) if n_known else run_signatures
    later, earlier = candidate_pairs(band_keys(signatures, threshold), first_later=n_known)
    known_rows = {article_id: row for row, article_id in enumerate(known.ids)}
    is_story = np.zeros(len(signatures), dtype=bool)
    is_story[:n_known] = True
    starts = np.searchsorted(later, np.arange(n_known, len(signatures) + 1))
    source_of_row = ({known_rows[i]: source for i, source in known_sources.items() if i in known_rows}
                     if known_sources and run_sources is not None else {})
    matches: list[Match | None] = []
    for i, article_id in enumerate(run_ids):
        row = n_known + i
        if article_id in known_rows:
            matches.append(Match(known_rows[article_id], "exact", 1.0))
            continue
        candidates = earlier[starts[i] : starts[i + 1]]
        candidates = candidates[is_story[candidates]]
        if source_of_row:
            candidates = candidates[np.array([source_of_row.get(int(c)) != run_sources[i] for c in candidates], dtype=bool)]
        similarity = (signatures[candidates] == signatures[row]).mean(axis=1) if len(candidates) else candidates
        best = int(np.argmax(similarity)) if len(candidates) else -1
        if best >= 0 and similarity[best] >= threshold:
            matches.append(Match(int(candidates[best]), "near", float(similarity[best])))
        else:
            is_story[row] = True
            known_rows[article_id] = row
            matches.append(None)
    return matches


def story_units(matches: Sequence[Match | None], n_known: int) -> list[int]:
    """For each run article, the story it belongs to (the row of its first copy), so that copies
    of one syndicated story count once when lines repeated across a batch are counted."""
    return [match.row if match else n_known + i for i, match in enumerate(matches)]


@dataclass
class Settler:
    """The last pass of settling a run, one article at a time in input order, once its lines
    repeated across the batch are known: each article becomes new, a duplicate, or a rejection.

    An article whose cleaned text is already known is an exact duplicate; one matched to a story
    before cleaning is a duplicate of what that story became; the rest are new. Articles of
    earlier runs come back once as articles, not as duplicates of themselves: whether to skip or
    re-extract them is the storage layer's call (incremental runs, --reprocess).
    """

    known: KnownArticles
    matches: Sequence[Match | None]
    repeated: dict[str, frozenset[int]]
    _earlier: set[str] = field(init=False, repr=False)
    _seen: set[str] = field(init=False, repr=False)
    _returned: set[str] = field(default_factory=set, repr=False)
    # What each run story became: its final id, or None when cleaning left nothing of it.
    _final_id: dict[int, str | None] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._earlier = set(self.known.ids)
        self._seen = set(self.known.ids)

    def is_known(self, article_id: str) -> bool:
        """Whether the article is one of an earlier run (its signature is already kept)."""
        return article_id in self._earlier

    def settle(self, i: int, article: ArticleRecord) -> ArticleRecord | Duplicate | Rejection:
        """The outcome of the run's `i`-th article."""
        cleaned = without_lines(article, self.repeated.get(batch_of(article), frozenset()))
        match = self.matches[i]
        if match is None:
            self._final_id[len(self.known.ids) + i] = None if isinstance(cleaned, Rejection) else cleaned.article_id
        if isinstance(cleaned, Rejection):
            return cleaned
        if cleaned.article_id in self._earlier and cleaned.article_id not in self._returned:
            self._returned.add(cleaned.article_id)
            return cleaned
        if cleaned.article_id in self._seen:
            return _duplicate(cleaned, cleaned.article_id, "exact", 1.0)
        if match is None:
            self._seen.add(cleaned.article_id)
            return cleaned
        target = self._final_id[match.row] if match.row in self._final_id else self.known.ids[match.row]
        if target is None:
            return Rejection(cleaned.source, EMPTY, "a copy of a story that was only boilerplate", cleaned.record)
        return _duplicate(cleaned, target, match.kind, match.similarity)


def settler_for_run(
    known: KnownArticles,
    run_ids: Sequence[str],
    run_signatures: np.ndarray,
    batches: Sequence[str],
    line_hashes: Sequence[np.ndarray],
    *,
    threshold: float,
    min_articles: int,
    min_share: float,
    run_sources: Sequence[str] | None = None,
    known_sources: Mapping[str, str] | None = None,
) -> Settler:
    """The `Settler` of a run, from what was kept of each of its articles while reading them:
    id, signature, input batch (`batch_of`) and `content_line_hashes`, in input order (and
    sources, see `match_duplicates`)."""
    matches = match_duplicates(known, run_ids, run_signatures, threshold=threshold, run_sources=run_sources,
                               known_sources=known_sources)
    repeated = repeated_lines(batches, story_units(matches, len(known.ids)), line_hashes,
                              min_articles=min_articles, min_share=min_share)
    return Settler(known, matches, repeated)


@dataclass
class SettledBatch:
    articles: list[ArticleRecord] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    # Signatures of the new articles, in the order of `articles` (returned known ones excluded).
    new_ids: list[str] = field(default_factory=list)
    new_signatures: np.ndarray = field(default_factory=lambda: np.zeros((0, NUM_PERM), np.uint32), repr=False)


def settle_batch(
    articles: Sequence[ArticleRecord],
    known: KnownArticles | None = None,
    *,
    threshold: float = 0.7,
    min_articles: int = 3,
    min_share: float = 0.3,
) -> SettledBatch:
    """Split one run's articles (in input order) into new articles, duplicates and rejections.

    Each article is matched, on its text before batch cleaning, against the known articles
    and the run's earlier stories (`match_duplicates`); then lines repeated across the batch
    are removed, counting each story once however many copies of it came in; last, `Settler`
    decides. `flows.inputs` runs the same steps over texts streamed from disk.
    """
    known = known or KnownArticles()
    signatures = np.stack([signature(a.text) for a in articles]) if articles else np.zeros((0, NUM_PERM), np.uint32)
    settler = settler_for_run(
        known, [a.article_id for a in articles], signatures, [batch_of(a) for a in articles],
        [content_line_hashes(a.text) for a in articles],
        threshold=threshold, min_articles=min_articles, min_share=min_share,
    )
    settled = SettledBatch()
    new_rows = []
    for i, article in enumerate(articles):
        outcome = settler.settle(i, article)
        if isinstance(outcome, Duplicate):
            settled.duplicates.append(outcome)
        elif isinstance(outcome, Rejection):
            settled.rejections.append(outcome)
        else:
            settled.articles.append(outcome)
            if not settler.is_known(outcome.article_id):
                settled.new_ids.append(outcome.article_id)
                new_rows.append(i)
    settled.new_signatures = signatures[new_rows]
    return settled


def _duplicate(article: ArticleRecord, of: str, kind: str, similarity: float) -> Duplicate:
    return Duplicate(article.source, article.record, of, kind, round(similarity, 4))
