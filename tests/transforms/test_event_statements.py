"""Whether a sentence states an attack or a meeting as happening: offers, wishes, conditions, rulings and
topics are no events; scheduled talks are."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

THURSDAY = date(2026, 11, 26)


def _types(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [e.event_type for e in extract_events(doc, extract_entities(doc), published=THURSDAY)]


@pytest.mark.parametrize(
    "text",
    [
        # offers and wishes
        "Iran offered to hold talks with Saudi Arabia on the border dispute on Monday.",
        "Seoul proposed to negotiate with Pyongyang over the fishing zone next month.",
        "The Chilean president said he was ready to meet Bolivia's leader in La Paz on Friday.",
        "Colombia wants to negotiate with the ELN in Havana next week.",
        "Armenia said on Monday it was ready for talks with Azerbaijan in Brussels.",
        # a condition
        "Rebel commanders said on Tuesday they would meet the UN envoy if the army withdrew from the valley.",
        # a plan with no day set
        "The Kenyan president will visit Uganda and Tanzania to discuss the pipeline project.",
        "Pakistan recalled its envoy from Peru on the eve of a visit to Lima by the Indian foreign minister.",
        # a participle that says who someone is
        "The mayor of Lyon refused to meet the visiting French delegation, his office said on Monday.",
        # what someone comments on
        "The Kenyan foreign ministry did not comment on the discussion with Somalia.",
        # a meeting of one body, a company's briefing
        "Investors expect a rate cut at the Federal Reserve's policy meeting in Washington on Dec. 9-10.",
        "Siemens will host a conference call for analysts and investors at 10:00 on Friday.",
        # a press release's heading
        "Siemens opened a plant in Munich on Friday.\n\nContacts\nMedia: Anna Weber, +49 89 000 000",
    ],
)
def test_no_meeting(nlp, text):
    assert "CONSULT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Armenia and Azerbaijan will be held in Geneva on Thursday.",
        "Egypt and Ethiopia are scheduled to meet in Addis Ababa next week.",
        "Ministers of Peru and Chile will hold talks in Santiago this week.",
        "Macron met Scholz in Berlin on Tuesday, the Elysee said.",
        "Leaders of Chile and Peru are due to meet in Lima on Thursday.",
    ],
)
def test_meeting(nlp, text):
    assert "CONSULT" in _types(nlp, text)


def test_a_meeting_due_on_a_weekday_is_the_next_one(nlp):
    doc = nlp("Leaders of Chile and Peru are due to meet in Lima on Thursday.")
    event = next(e for e in extract_events(doc, extract_entities(doc), published=date(2026, 11, 27))
                 if e.event_type == "CONSULT")
    assert (event.status, event.event_date) == ("planned", date(2026, 12, 3))


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court struck down Texas's abortion ban on Tuesday.",
        "A federal judge in Ohio struck down the city's gun ordinance on Monday.",
        '"Every rupee counts for small firms in Surat hit by the American tariffs," the trader said.',
        "Farmers in Kenya hit by the drought asked the government for help on Monday.",
        "Inflation is expected to slow in March, the Bank of England said.",
    ],
)
def test_no_attack(nlp, text):
    assert "ASSAULT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A school in Gaza City was hit by an Israeli missile on Tuesday.",
        "A convoy in Mali was hit by a roadside bomb near Gao on Monday.",
        "Russian drones struck down power lines near Kharkiv on Wednesday.",
        # an attacker named by what he did
        "A suicide bomber killed 12 people at a market in Maiduguri on Friday, police said.",
        "A sniper killed two soldiers near Hebron on Tuesday.",
    ],
)
def test_attack(nlp, text):
    assert "ASSAULT" in _types(nlp, text)
