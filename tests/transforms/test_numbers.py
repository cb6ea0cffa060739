import pytest

from transforms.numbers import count_of, parse_count


@pytest.mark.parametrize(
    "text, expected",
    [
        ("six", 6),
        ("12", 12),
        ("at least 12", 12),
        ("more than 1,200", 1200),
        ("twenty-one", 21),
        ("a dozen", 12),
        ("dozens", 12),
        ("tens", 10),
        ("hundreds", 100),
        ("over 30", 30),
        ("many", None),
        ("the", None),
    ],
)
def test_parse_count(text, expected):
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Four people died.", "people", 4),
        ("Dozens of people were hurt.", "Dozens", 12),
        ("The army fired 71 missiles.", "missiles", 71),
        ("Twenty one soldiers returned.", "soldiers", 21),
        ("The soldiers returned.", "soldiers", None),
    ],
)
def test_count_of_token(nlp, text, word, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert count_of(token) == expected
