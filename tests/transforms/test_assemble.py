"""Co-occurrence rows are built from an article's mentions alone."""

from __future__ import annotations

import pytest

from transforms.assemble import sentence_pairs


def _mentions(*named: tuple[int | None, str]) -> list[dict]:
    return [{"sentence_index": sentence, "entity_id": entity_id} for sentence, entity_id in named]


@pytest.mark.parametrize("mentions, expected", [
    # Named together in two sentences; the smaller id comes first whatever the order in the text.
    (_mentions((0, "b"), (0, "a"), (1, "a"), (1, "b")), {("a", "b"): 2}),
    # Named in different sentences only: not a pair.
    (_mentions((0, "a"), (1, "b")), {}),
    # Named twice in one sentence counts once; three entities in one sentence make three pairs.
    (_mentions((0, "a"), (0, "a"), (0, "b"), (0, "c")), {("a", "b"): 1, ("a", "c"): 1, ("b", "c"): 1}),
    # A mention without a sentence is not put together with anything.
    (_mentions((None, "a"), (None, "b")), {}),
])
def test_sentence_pairs(mentions, expected):
    assert sentence_pairs(mentions) == expected
