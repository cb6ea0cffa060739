"""Duplicates (exact and near, in the run and against earlier runs) and lines repeated across a batch."""

import numpy as np
import pytest

from tests.articles import BRIDGE, HARBOUR, LIBRARY
from transforms.dedup import KnownArticles, candidate_pairs, match_duplicates, settle_batch, signature
from transforms.ingest import ArticleRecord, article_from_text, batch_of, content_line_hashes, repeated_lines


def article(text: str, source: str, record: int | None = None) -> ArticleRecord:
    outcome = article_from_text(text, source=source, record=record)
    assert isinstance(outcome, ArticleRecord)
    return outcome


def settle(*articles: ArticleRecord, known: KnownArticles | None = None):
    return settle_batch(list(articles), known)


# A syndicated copy: a headline line added, a word changed, a closing line added.
SYNDICATED = (
    "Harbour wall will be rebuilt\n\n"
    + HARBOUR.replace("about 12", "some 12")
    + "\n\nThe council meets again next month."
)


def test_the_same_text_is_an_exact_duplicate_of_the_first():
    settled = settle(article(HARBOUR, "a/1.txt"), article(BRIDGE, "a/2.txt"), article(HARBOUR + "\n", "b/1.txt"))
    assert [a.source for a in settled.articles] == ["a/1.txt", "a/2.txt"]
    [dup] = settled.duplicates
    assert (dup.source, dup.duplicate_of, dup.kind, dup.similarity) == ("b/1.txt", settled.articles[0].article_id,
                                                                        "exact", 1.0)


def test_a_syndicated_copy_with_small_edits_is_a_near_duplicate():
    settled = settle(article(HARBOUR, "a.txt"), article(SYNDICATED, "b.txt"), article(LIBRARY, "c.txt"))
    assert [a.source for a in settled.articles] == ["a.txt", "c.txt"]
    [dup] = settled.duplicates
    assert dup.kind == "near" and dup.duplicate_of == settled.articles[0].article_id
    assert 0.6 <= dup.similarity < 1.0


@pytest.mark.parametrize("other", [BRIDGE, LIBRARY])
def test_different_stories_are_not_duplicates(other):
    assert len(settle(article(HARBOUR, "a.txt"), article(other, "b.txt")).articles) == 2


def test_articles_of_earlier_runs_are_known_and_their_copies_are_duplicates():
    earlier = article(HARBOUR, "old.txt")
    known = KnownArticles.from_texts([(earlier.article_id, earlier.text)])
    settled = settle(article(HARBOUR, "new.txt"), article(SYNDICATED, "copy.txt"), article(BRIDGE, "b.txt"),
                     article(HARBOUR, "again.txt"), known=known)
    # The earlier article itself comes back once (storage skips or re-extracts it); its copies are duplicates.
    assert [(d.source, d.kind, d.duplicate_of) for d in settled.duplicates] == [
        ("copy.txt", "near", earlier.article_id), ("again.txt", "exact", earlier.article_id)]
    assert [a.source for a in settled.articles] == ["new.txt", "b.txt"]
    # Only the new story's signature is new to the dataset.
    assert settled.new_ids == [settled.articles[1].article_id]
    assert (settled.new_signatures == signature(BRIDGE)).all()


def test_a_copy_is_matched_to_the_most_similar_story_and_copies_are_not_stories():
    # A copy of the copy: closer to it (0.98) than to the story (0.74), but a copy is not a story.
    far = SYNDICATED + "\n\nMore to follow."
    ids = ["h", "s", "f"]
    matches = match_duplicates(KnownArticles(), ids, np.stack([signature(t) for t in (HARBOUR, SYNDICATED, far)]))
    assert matches[0] is None
    assert matches[1].row == 0 and matches[1].kind == "near"
    assert matches[2] is not None and matches[2].row == 0


PROMO = "Sign in to read our weekly digest of harbour news"


def test_a_line_repeated_across_a_batch_is_removed_from_every_article():
    stories = [HARBOUR, BRIDGE, LIBRARY]
    settled = settle(*(article(f"{story}\n\n{PROMO}", f"batch/{i}.txt") for i, story in enumerate(stories)))
    assert [a.text for a in settled.articles] == stories
    assert [a.article_id for a in settled.articles] == [article(s, "x").article_id for s in stories]


def test_two_articles_do_not_delete_each_others_lines():
    settled = settle(article(f"{HARBOUR}\n\n{PROMO}", "batch/1.txt"), article(f"{BRIDGE}\n\n{PROMO}", "batch/2.txt"))
    assert all(a.text.endswith(PROMO) for a in settled.articles)


def test_copies_of_one_story_count_once_so_its_sentences_stay():
    copies = [article(HARBOUR + f"\n\nUpdated {n}.", f"batch/{n}.txt") for n in range(4)]
    settled = settle(*copies, article(BRIDGE, "batch/b.txt"))
    assert settled.articles[0].text.startswith(HARBOUR)
    assert len(settled.duplicates) == 3


def test_repeated_lines_are_counted_per_batch():
    batch_a = [article(f"{s}\n\n{PROMO}", f"a/{i}.txt") for i, s in enumerate([HARBOUR, BRIDGE, LIBRARY])]
    others = [article(f"{s}\n\n{PROMO}", "feed.jsonl", record=i) for i, s in enumerate([HARBOUR, BRIDGE], start=1)]
    articles = batch_a + others
    found = repeated_lines([batch_of(a) for a in articles], range(len(articles)),
                           [content_line_hashes(a.text) for a in articles])
    assert found == {"a": frozenset({hash(PROMO)})}


def test_an_article_that_is_only_repeated_lines_is_rejected_as_empty():
    lines = ["Sign in to read more", "Open the app"]
    texts = [f"{s}\n" + "\n".join(lines) for s in (HARBOUR, BRIDGE, LIBRARY)] + ["\n".join(lines)]
    settled = settle(*(article(t, f"batch/{i}.txt") for i, t in enumerate(texts)))
    assert len(settled.articles) == 3
    assert [r.reason for r in settled.rejections] == ["empty"]


def test_candidate_pairs_are_every_earlier_row_sharing_a_band_key():
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 6, size=(40, 3)).astype(np.uint64)  # few values: many shared keys
    later, earlier = candidate_pairs(keys, first_later=10)
    expected = [(j, i) for j in range(10, 40) for i in range(j) if (keys[i] == keys[j]).any()]
    assert list(zip(later.tolist(), earlier.tolist(), strict=True)) == expected


def test_the_same_file_in_two_folders_is_exact_even_when_one_folder_cleans_it():
    """A folder whose stories share a line (a desk's sign-off) loses that line from its copy of
    the story; the copy in another folder keeps it. Same input text: still an exact duplicate."""
    sign_off = "Filed from the Port Elm newsroom."
    story = HARBOUR + "\n\n" + sign_off
    settled = settle(
        article(BRIDGE + "\n\n" + sign_off, "desk/1.txt"), article(LIBRARY + "\n\n" + sign_off, "desk/2.txt"),
        article(story, "desk/3.txt"), article(story, "wire/1.txt"),
    )
    [dup] = settled.duplicates
    assert (dup.source, dup.kind, dup.similarity) == ("wire/1.txt", "exact", 1.0)


def test_the_heading_of_related_stories_is_never_a_repeated_line():
    stories = [HARBOUR, BRIDGE, LIBRARY]
    settled = settle(*(article(f"{story}\n\nRead also: Ferry strike ends after {i} days", f"batch/{i}.txt")
                       for i, story in enumerate(stories)))
    assert all(a.text.endswith("Related coverage:\n" + f"Ferry strike ends after {i} days")
               for i, a in enumerate(settled.articles)), [a.text[-60:] for a in settled.articles]
