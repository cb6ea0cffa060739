"""Duplicates: the same text is the same article; a near-duplicate (a syndicated copy with
small edits) is recorded as a duplicate of the first article, found with MinHash/LSH.

`settle_batch` decides, for the articles of one run in input order, which are new, which
repeat an article of this run or of earlier runs (seeded into `DuplicateIndex`), and
removes the lines repeated across each batch on the way (see `transforms.ingest.repeated_lines`).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from transforms.ingest import (
    EMPTY,
    ArticleRecord,
    Rejection,
    batch_of,
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


@dataclass
class DuplicateIndex:
    """Articles seen so far (this run and, when seeded, earlier ones) for exact and near matches."""

    threshold: float = 0.7
    _lsh: MinHashLSH = field(init=False, repr=False)
    _signatures: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _next_key: int = 0

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM, params=_lsh_bands(self.threshold))

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._signatures

    def __len__(self) -> int:
        return len(self._signatures)

    def add(self, article_id: str, values: np.ndarray) -> None:
        if article_id in self._signatures:
            return
        self._signatures[article_id] = values
        self._lsh.insert(article_id, LeanMinHash(seed=1, hashvalues=values, scheme=_TEMPLATE.scheme))

    def add_texts(self, articles: Iterable[tuple[str, str]]) -> None:
        """Seed with earlier articles as (article_id, text)."""
        for article_id, text in articles:
            self.add(article_id, signature(text))

    def nearest(self, values: np.ndarray) -> tuple[str, float] | None:
        """The most similar indexed article at or above the threshold, with its similarity."""
        sketch = LeanMinHash(seed=1, hashvalues=values, scheme=_TEMPLATE.scheme)
        best: tuple[str, float] | None = None
        for key in self._lsh.query(sketch):
            similarity = float(np.mean(self._signatures[key] == values))
            if similarity >= self.threshold and (best is None or similarity > best[1]):
                best = (key, similarity)
        return best

    def signature_of(self, article_id: str) -> np.ndarray:
        return self._signatures[article_id]

    def remove(self, key: str) -> None:
        self._signatures.pop(key)
        self._lsh.remove(key)

    def rename(self, old: str, new: str) -> None:
        values = self._signatures.pop(old)
        self._lsh.remove(old)
        self.add(new, values)

    def provisional_key(self) -> str:
        self._next_key += 1
        return f"\0pending-{self._next_key}"

    def to_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(article ids, signatures) of every settled article, for persisting."""
        ids = [k for k in self._signatures if not k.startswith("\0")]
        values = np.stack([self._signatures[k] for k in ids]) if ids else np.zeros((0, NUM_PERM), np.uint32)
        return np.array(ids, dtype=str), values

    @classmethod
    def from_arrays(cls, ids: Sequence[str], values: np.ndarray, *, threshold: float = 0.7) -> DuplicateIndex:
        index = cls(threshold=threshold)
        for article_id, row in zip(ids, values, strict=True):
            index.add(str(article_id), np.asarray(row, dtype=np.uint32))
        return index


@dataclass
class SettledBatch:
    articles: list[ArticleRecord] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


def settle_batch(
    articles: Sequence[ArticleRecord],
    index: DuplicateIndex,
    *,
    min_articles: int = 3,
    min_share: float = 0.3,
) -> SettledBatch:
    """Split one run's articles (in input order) into new articles, duplicates and rejections.

    First pass: each article is matched, on its text before batch cleaning, against the
    index (exact id, else MinHash/LSH). Then lines repeated across the batch are removed,
    counting each story once however many copies of it came in. Last pass: an article whose
    cleaned text is already known is an exact duplicate; a near match found first is a near
    duplicate of that story; anything else is new and joins the index under its final id.
    """
    # Articles of earlier runs come back as articles, not duplicates of themselves: whether to
    # skip or re-extract them is the storage layer's call (incremental runs, --reprocess).
    earlier_runs = set(index._signatures)
    returned: set[str] = set()
    matches: list[tuple[str, str, float] | None] = []
    keys: list[str] = []
    for article in articles:
        values = signature(article.text)
        key = index.provisional_key()
        keys.append(key)
        if article.article_id in index:
            matches.append((article.article_id, "exact", 1.0))
            continue
        near = index.nearest(values)
        matches.append((near[0], "near", near[1]) if near else None)
        if near is None:
            index.add(key, values)

    def story_of(i: int) -> str:
        match = matches[i]
        return match[0] if match else keys[i]

    repeated = repeated_lines(articles, unit_of=story_of, min_articles=min_articles, min_share=min_share)
    settled = SettledBatch()
    final_id: dict[str, str | None] = {}
    for i, article in enumerate(articles):
        cleaned = without_lines(article, repeated.get(batch_of(article), frozenset()))
        match = matches[i]
        if isinstance(cleaned, Rejection):
            settled.rejections.append(cleaned)
            if match is None:
                final_id[keys[i]] = None
                index.remove(keys[i])
            continue
        if cleaned.article_id in earlier_runs and cleaned.article_id not in returned:
            returned.add(cleaned.article_id)
            settled.articles.append(cleaned)
            continue
        if cleaned.article_id in index:
            settled.duplicates.append(_duplicate(cleaned, cleaned.article_id, "exact", 1.0))
            if match is None:
                final_id[keys[i]] = cleaned.article_id
            continue
        if match is None:
            index.rename(keys[i], cleaned.article_id)
            final_id[keys[i]] = cleaned.article_id
            settled.articles.append(cleaned)
            continue
        story, kind, similarity = match
        target = final_id.get(story, story)
        if target is None:
            settled.rejections.append(
                Rejection(cleaned.source, EMPTY, "a copy of a story that was only boilerplate", cleaned.record)
            )
            continue
        settled.duplicates.append(_duplicate(cleaned, target, kind, similarity))
    return settled


def _duplicate(article: ArticleRecord, of: str, kind: str, similarity: float) -> Duplicate:
    return Duplicate(article.source, article.record, of, kind, round(similarity, 4))
