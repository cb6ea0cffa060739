"""Titles before a person's name: part of the mention, not of the name."""

import pytest

from transforms.entities import extract_entities


@pytest.mark.parametrize(
    "text, mention, name",
    [
        ("Vice President Alma Reyes visited the plant on Monday.", "Vice President Alma Reyes", "Alma Reyes"),
        ("Representative Tom Okafor voted against the bill.", "Representative Tom Okafor", "Tom Okafor"),
        ("The ruling was written by Justice Helen Marsh last year.", "Justice Helen Marsh", "Helen Marsh"),
        ("Professor Ines Duarte studies glaciers in Chile.", "Professor Ines Duarte", "Ines Duarte"),
        # Not a title: a place before a name stays out of the mention and out of the name.
        ("The visit of Ambassador to Canada Rita Moss was cut short.", "Rita Moss", "Rita Moss"),
    ],
)
def test_a_persons_mention_holds_the_titles_before_it_and_the_name_does_not(nlp, text, mention, name):
    found = extract_entities(nlp(text))
    by_text = {m.text: found.entities[m.cluster] for m in found.mentions}
    assert mention in by_text, list(by_text)
    assert by_text[mention].name == name
    assert by_text[mention].label == "PERSON"
