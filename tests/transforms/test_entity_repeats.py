"""Later mentions of a surname the model left untagged (transforms/entities/repeats.py), which
coreference and the quote step read instead of finding them again."""

import pytest

from transforms.entities import extract_entities


@pytest.mark.parametrize(
    "text, surname, expected",
    [
        # a surname opening a sentence as its subject, tagged a common noun
        ("The activist Mark Whitlock said the group had been harassed for months. Whitlock requested "
         "donations through a statement on his blog to pay for the legal defence.", "Whitlock", "Mark Whitlock"),
        # the same word as an ordinary noun opening a sentence is no name
        ("Trade minister Ana Bridge spoke on Monday. Bridge repairs on the coast road will start in May.",
         "Bridge", None),
    ],
)
def test_untagged_surname_joins_the_person(nlp, text, surname, expected):
    doc = nlp(text)
    found = extract_entities(doc)
    start = text.rindex(surname)
    hits = [found.entities[m.cluster].name for m in found.mentions if m.start_char == start]
    assert (hits[0] if hits else None) == expected
