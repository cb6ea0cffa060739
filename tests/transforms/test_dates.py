from datetime import date

import pytest

from transforms.dates import reference_date, resolve_date

THURSDAY = date(2026, 2, 5)


@pytest.mark.parametrize(
    "text, expected, precision",
    [
        ("on Wednesday", date(2026, 2, 4), "day"),
        ("on Thursday", THURSDAY, "day"),  # the day of publication itself
        ("early Tuesday", date(2026, 2, 3), "day"),
        ("overnight Monday into Tuesday", date(2026, 2, 3), "day"),
        ("between Monday night and Tuesday morning", date(2026, 2, 3), "day"),
        ("last Thursday", date(2026, 1, 29), "day"),
        ("today", THURSDAY, "day"),
        ("yesterday", date(2026, 2, 4), "day"),
        ("last night", THURSDAY, "day"),
        ("Jan. 23", date(2026, 1, 23), "day"),
        ("Dec. 28", date(2025, 12, 28), "day"),
        ("Oct. 7, 2023", date(2023, 10, 7), "day"),
        ("10 Feb, 2024", date(2024, 2, 10), "day"),
        ("2024-02-10", date(2024, 2, 10), "day"),
        ("last month", date(2026, 1, 1), "month"),
        ("in March 2025", date(2025, 3, 1), "month"),
        ("this week", None, "unknown"),
    ],
)
def test_resolve_against_publication(text, expected, precision):
    resolved = resolve_date(text, THURSDAY)
    assert (resolved.date, resolved.precision) == (expected, precision)


def test_future_tense_looks_forward():
    assert resolve_date("on Monday", THURSDAY, future=True).date == date(2026, 2, 9)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sunday, January 25", date(2026, 1, 25)),  # the weekday pins the year
        ("Feb. 4, 2026", date(2026, 2, 4)),
        ("on Wednesday", None),
        ("March 3", None),
    ],
)
def test_resolve_without_reference(text, expected):
    assert resolve_date(text, None, today=date(2026, 11, 1)).date == expected


def test_unresolved_weekdays_keep_a_key():
    assert resolve_date("on Wednesday", None).key == "wednesday"
    assert resolve_date("Jan. 23", None).key == "01-23"


def test_inferred_reference_takes_the_nearest_weekday():
    # A caption's date is near publication, not publication itself: "Thursday" is the day after.
    assert resolve_date("on Thursday", date(2026, 2, 4), reference_is_publication=False).date == THURSDAY


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Talks ended. More text.", THURSDAY, (THURSDAY, True)),
        ("Published 9:00 am Friday, February 4, 2000\n\nWorkers left.", None, (date(2000, 2, 4), False)),
        ("KYIV (Feb. 4, 2026) - Strikes hit the city.", None, (date(2026, 2, 4), False)),
        ("Strikes hit the city on Monday.", None, (None, False)),
        ("x" * 500 + " The attack on Oct. 7, 2023 was remembered.", None, (None, False)),
    ],
)
def test_reference_date(text, published, expected):
    assert reference_date(text, published, today=date(2026, 11, 1)) == expected
