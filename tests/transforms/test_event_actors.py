"""Who attacked: the party the text holds responsible, never a weapon's make, a victim or a reporter."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

THURSDAY = date(2026, 11, 26)


def _actors(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    found = extract_entities(doc)
    events = [e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == "ASSAULT"]
    return [found.entities[e.actor_cluster].name if e.actor_cluster is not None else e.actor_text for e in events]


@pytest.mark.parametrize(
    "text, actor",
    [
        # the one the sentence blames or attributes the attack to
        ("A drone strike on a market in the town of Um Ruwaba killed at least 12 people on Thursday, a medical "
         "group said, blaming the paramilitary Rapid Support Forces.", "Rapid Support Forces"),
        ("A drone strike attributed to the Malian army hit a wedding party near the town of Niono on Monday, "
         "killing nine people.", "Mali"),
        # the only attacker of the article, for a weapon that hit with no one named on it
        # the state a possessive pronoun on the force stands for
        ("Azerbaijan said on Monday that it was ready for talks, hours after its forces shelled the village of "
         "Sotk, killing two people.", "Azerbaijan"),
        ("Russian forces shelled the city of Kherson on Tuesday, killing two people.\n\n"
         "In neighbouring Mykolaiv Oblast, a guided bomb hit a school in the village of Bereznehuvate, "
         "injuring four people.", "Russia"),
    ],
)
def test_actor_named_elsewhere_in_the_sentence_or_article(nlp, text, actor):
    assert actor in _actors(nlp, text)
    assert None not in _actors(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a weapon's make is not who fired it
        "Two people died after a Lancet-type drone hit a car on the outskirts of Kupiansk on Monday.",
        # a passive joined to a clause about the place: the place is the target
        "Marhanets lies across the river from the power plant and was shelled on Monday, killing one man.",
    ],
)
def test_no_actor(nlp, text):
    assert _actors(nlp, text) == [None]


def _consult_actors(nlp, text: str) -> list[str | None]:
    doc = nlp(text)
    found = extract_entities(doc)
    events = [e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == "CONSULT"]
    return [found.entities[e.actor_cluster].name if e.actor_cluster is not None else e.actor_text for e in events]


@pytest.mark.parametrize(
    "text, actor",
    [
        # a surname NER missed at the start of a sentence
        ("Governor Gretchen Whitmer said the plan would cut costs.\n\nWhitmer met with Mayor Mike Duggan in "
         "Lansing on Monday to discuss it.", "Gretchen Whitmer"),
        # a pronoun
        ("Opposition leader Julius Malema criticised the budget on Friday.\n\nHe met President Cyril Ramaphosa "
         "in Pretoria on Sunday, his spokesperson said.", "Julius Malema"),
    ],
)
def test_meeting_party_resolved_through_the_article(nlp, text, actor):
    assert _consult_actors(nlp, text) == [actor]


def test_the_person_who_leads_or_holds_the_role_is_the_party(nlp):
    text = "A Taliban delegation led by Amir Khan Muttaqi met Qatar's foreign minister, Mohammed Al-Khulaifi, in Doha."
    doc = nlp(text)
    found = extract_entities(doc)
    event = next(e for e in extract_events(doc, found, published=THURSDAY) if e.event_type == "CONSULT")
    names = [found.entities[c].name if c is not None else t for c, t in
             ((event.actor_cluster, event.actor_text), (event.target_cluster, event.target_text))]
    assert names == ["Amir Khan Muttaqi", "Mohammed Al-Khulaifi"]
