"""The day of an event: its own clause's, shifted by "a day after"/"two days before", never a dateline's."""

from datetime import date

import pytest

from transforms.entities import extract_entities
from transforms.events import extract_events

WEDNESDAY = date(2026, 10, 14)


def _dates(nlp, text, event_type, published=WEDNESDAY):
    doc = nlp(text)
    events = extract_events(doc, extract_entities(doc), published=published)
    return [e.event_date for e in events if e.event_type == event_type]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the strike is in an "after" clause of the talks' date, a stated distance before it
        ("Greek and Turkish officials met in Athens on Monday, a day after a drone strike near the village of "
         "Kastania killed four people.", date(2026, 10, 11)),
        ("Envoys met in Doha on Tuesday, two days after an airstrike on the town of Rafah killed nine people.",
         date(2026, 10, 11)),
        ("Officials met in Geneva on Monday, two days before rebels attacked the town of Goma.",
         date(2026, 10, 14)),
        # "hours after": the same day
        ("Israeli strikes hit the town of Nabatieh on Tuesday, hours after officers met in Naqoura.",
         date(2026, 10, 13)),
    ],
)
def test_an_attack_dated_from_another_events_day(nlp, text, expected):
    assert _dates(nlp, text, "ASSAULT") == [expected]


def test_an_attack_after_a_dated_meeting_with_no_distance_has_no_day(nlp):
    text = "Ministers met in Rome on Tuesday after drones struck the port of Odesa."
    assert _dates(nlp, text, "ASSAULT") in ([], [None])
    assert _dates(nlp, text, "CONSULT") == [date(2026, 10, 13)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the dateline is the day of writing; the toll's clause gives the attack's day
        ("October 14, 2026 (KADUGLI) – At least nine civilians were killed and 20 others wounded on Sunday when "
         "the rebels shelled residential areas of Kadugli, officials said.", date(2026, 10, 11)),
        ("Five people were killed on Monday when gunmen attacked a bus near the town of Bauchi.",
         date(2026, 10, 12)),
    ],
)
def test_the_day_of_the_toll_is_the_attacks(nlp, text, expected):
    assert _dates(nlp, text, "ASSAULT") == [expected]


def test_an_attack_measured_against_this_year_is_reported_not_recalled(nlp):
    # "the deadliest this year" compares the attack with the year: it is today's news, undated by the year
    text = ("Gunmen kill nine at a cafe in Irapuato\n\nThe attack was the deadliest in the state this year.\n\n"
            "Gunmen opened fire on customers at a cafe in Irapuato, killing nine people, police said.")
    assert _dates(nlp, text, "ASSAULT") == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the day after the object of a claim is the claim's, however the parse hangs it
        "Nine soldiers were killed on Monday when gunmen stormed an army post near Karimama. The Rebel Front "
        "claimed the attack on Tuesday in a message published by its media arm.",
        "Nine soldiers were killed on Monday when gunmen stormed an army post near Karimama. The Rebel Front "
        "claimed responsibility for the attack on Tuesday.",
    ],
)
def test_a_claims_day_is_not_the_attacks(nlp, text):
    assert date(2026, 10, 13) not in _dates(nlp, text, "ASSAULT")
    assert date(2026, 10, 12) in _dates(nlp, text, "ASSAULT")
