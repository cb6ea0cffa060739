import pytest

from transforms.entities import extract_entities
from transforms.quotes import extract_quotes


def _quotes(nlp, text):
    doc = nlp(text)
    found = extract_entities(doc)
    return [(q.text, found.entities[q.speaker_cluster].name if q.speaker_cluster is not None else None)
            for q in extract_quotes(doc, found)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We will rebuild every school in the city," Maria Lopez said on Monday.',
         [("We will rebuild every school in the city,", "Maria Lopez")]),
        ("“The bridge will reopen next week,” said Tom Becker, the mayor.",
         [("The bridge will reopen next week,", "Tom Becker")]),
    ],
)
def test_direct_quote_with_said_attribution(nlp, text, expected):
    assert _quotes(nlp, text) == expected


def test_short_scare_quotes_are_not_quotes(nlp):
    assert _quotes(nlp, 'The minister called the plan "reckless" on Friday.') == []
