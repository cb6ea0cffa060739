import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events


def _events(nlp, text):
    doc = nlp(text)
    return extract_events(doc, extract_entities(doc))


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        ("A missile strike on Odesa killed six people and injured 12 others.", 6, 12),
        ("Shelling hit a market in Kherson; three people were killed.", 3, None),
    ],
)
def test_assault_with_casualties(nlp, text, killed, injured):
    events = [e for e in _events(nlp, text) if e.event_type == "ASSAULT"]
    assert len(events) == 1
    assert (events[0].killed, events[0].injured) == (killed, injured)


def test_consult_from_talks(nlp):
    events = _events(nlp, "Negotiators from Ukraine and Russia held talks in Geneva on Tuesday.")
    assert [e.event_type for e in events] == ["CONSULT"]
