import pytest

from transforms.ingest import ArticleRecord, Rejection, article_from_bytes, article_id_for, clean_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Body line.\n\nSource link", "Body line."),
        ("Body line.\nLeave a comment\n\n", "Body line."),
        ("Body line.\nShare this article\nSource link\n", "Body line."),
        ("Source link is in the first line.\nBody.", "Source link is in the first line.\nBody."),
    ],
)
def test_clean_text_drops_trailing_boilerplate(raw, expected):
    assert clean_text(raw) == expected


def test_same_text_same_id_whatever_the_whitespace():
    assert article_id_for("The  talks began.\n") == article_id_for("The talks began.")
    assert article_id_for("The talks began.") != article_id_for("The talks ended.")


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe\xfa bad", "undecodable")],
)
def test_bad_bytes_are_rejected_with_a_reason(data, reason):
    outcome = article_from_bytes(data, source="x.txt")
    assert isinstance(outcome, Rejection)
    assert outcome.reason == reason


def test_good_bytes_become_an_article():
    outcome = article_from_bytes(b"Kyiv was quiet on Monday.\n", source="a.txt")
    assert isinstance(outcome, ArticleRecord)
    assert outcome.text == "Kyiv was quiet on Monday."
    assert outcome.source == "a.txt"
