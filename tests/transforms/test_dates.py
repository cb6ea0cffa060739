from datetime import date

import pytest

from transforms.dates import numeric_order, reference_date, resolve_date, stated_publication

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
        # a span of days is reported for its last day, and its second number is no year
        ("Jan. 27-28", date(2026, 1, 28), "day"),
        ("on 2–3 February", date(2026, 2, 3), "day"),
        ("March 9-10, 2025", date(2025, 3, 10), "day"),
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
        ("Feb. 4, 2026", date(2026, 2, 4)),
        ("on Wednesday", None),
        ("March 3", None),
        # No reference and no clock: a weekday alone cannot pin the year of an undated article.
        ("Sunday, January 25", None),
        ("Sunday, February 29", None),
    ],
)
def test_resolve_without_reference(text, expected):
    assert resolve_date(text, None).date == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("24/11/2026", date(2026, 11, 24)),  # day first
        ("11/24/2026", date(2026, 11, 24)),  # month first
        ("05/05/2026", date(2026, 5, 5)),
        ("03/04/2026", date(2026, 4, 3)),  # March 4 or April 3: day first, unless the article shows otherwise
        ("03-04-2026", date(2026, 4, 3)),
        ("3.4.2026", date(2026, 4, 3)),
        ("March 3rd, 2026", date(2026, 3, 3)),
        ("Tuesday, March 3rd 2026", date(2026, 3, 3)),
        ("3rd March 2026", date(2026, 3, 3)),
    ],
)
def test_a_day_in_figures(text, expected):
    assert resolve_date(text, None).date == expected


def test_an_article_that_writes_the_month_first_reads_its_ambiguous_figures_so():
    assert resolve_date("03/04/2026", None, day_first=False).date == date(2026, 3, 4)
    # dots are day first wherever they are written
    assert resolve_date("3.4.2026", None, day_first=False).date == date(2026, 4, 3)


@pytest.mark.parametrize(
    "text, day_first",
    [
        ("Posted 07/08/2027. Updated 07/19/2027.", False),  # 19 is no month
        ("Posted 07/08/2027. Updated 21/08/2027.", True),
        # a month named with the year of the figures, then any month named, picks the reading
        ("River Gazette\n07/08/2027\nThe dam has leaked since July 2027; in August 2026 it was shut.", False),
        ("River Gazette\n07/08/2027\nThe dam has leaked since early August.", True),
        ("River Gazette\n07/08/2027\nThe dam may leak again.", True),  # no sign: day first
    ],
)
def test_the_order_of_an_articles_figures(text, day_first):
    assert numeric_order(text) is day_first


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("Sunday, January 25", date(2026, 11, 1), date(2026, 1, 25)),  # the weekday pins the year
        ("Sunday, January 25", date(2025, 11, 1), date(2015, 1, 25)),
        # February 29 exists only in leap years: the latest one up to the reference where it was a Sunday.
        ("Sunday, February 29", date(2026, 11, 1), date(2004, 2, 29)),
        ("Thursday, February 29", date(2026, 11, 1), date(2024, 2, 29)),
        ("Saturday, February 29", date(2021, 6, 1), date(2020, 2, 29)),
    ],
)
def test_a_weekday_pins_the_year_up_to_the_reference(text, reference, expected):
    assert resolve_date(text, reference).date == expected


def test_resolution_never_reads_the_clock(monkeypatch):
    """Two runs on different days resolve an undated article alike: `date.today` is never asked."""
    import transforms.dates as dates

    class NoClock(date):
        @classmethod
        def today(cls):
            raise AssertionError("transforms/dates.py read the wall clock")

    monkeypatch.setattr(dates, "date", NoClock)
    text = "Officials said on Sunday, February 29 that the bridge reopened; talks resume on Monday."
    assert dates.reference_date(text, None) == (None, False)
    for phrase in ("Sunday, February 29", "on Monday", "March 3", "last month"):
        assert dates.resolve_date(phrase, None).date is None


def test_unresolved_weekdays_keep_a_key():
    assert resolve_date("on Wednesday", None).key == "wednesday"
    assert resolve_date("Jan. 23", None).key == "01-23"


def test_a_stated_publication_day_resolves_weekdays_by_tense():
    # Published on a Friday: "on Monday" in a past-tense report is four days before, not three after.
    text = "Published 8:00 am Friday, February 6, 2026\n\nThe talks ended on Monday."
    reference, exact = reference_date(text, None)
    assert resolve_date("on Monday", reference, reference_is_publication=exact).date == date(2026, 2, 2)


def test_inferred_reference_takes_the_nearest_weekday():
    # A caption's date is near publication, not publication itself: "Thursday" is the day after.
    assert resolve_date("on Thursday", date(2026, 2, 4), reference_is_publication=False).date == THURSDAY


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Talks ended. More text.", THURSDAY, (THURSDAY, True)),
        # the article states its publication: a label or a dateline
        ("Published 9:00 am Friday, February 4, 2000\n\nWorkers left.", None, (date(2000, 2, 4), True)),
        ("KYIV (Feb. 4, 2026) - Strikes hit the city.", None, (date(2026, 2, 4), True)),
        ("LAGOS, March 3, 2025 (Reuters) - Gunmen attacked a bus.", None, (date(2025, 3, 3), True)),
        ("Storm hits coast\nAFP Posted 10 Feb, 2024 11:42am\nRain fell.", None, (date(2024, 2, 10), True)),
        (" date 2026-02-05 Talks resumed on Thursday.", None, (date(2026, 2, 5), True)),
        ("Talks resumed.\n\nUpdated: 3 Nov 2026\nPublished: 2 Nov 2026", None, (date(2026, 11, 2), True)),
        # a time zone with an offset, a weekday or an article before the date, a label in French or Spanish
        ("Swap agreed\n\nUpdated 9:05 AM GMT+3, October 12, 2026\n\nKYIV (AP) - Prisoners were freed.", None,
         (date(2026, 10, 12), True)),
        ("Attaque à Bunia\n\nPublié le jeu, 15/10/2026 - 09:10\n\nGunmen attacked a camp.", None,
         (date(2026, 10, 15), True)),
        ("Ataque en Cauca\n\nPublicado el 03/11/2026\n\nThe army said rebels attacked a post.", None,
         (date(2026, 11, 3), True)),
        # the month named in the story settles figures that read two ways
        ("Flood report\n\nPublished on: 02/03/2027 - 08:10\n\nRains in early February cut roads.", None,
         (date(2027, 2, 3), True)),
        ("Ferry news\n\nIssued on: 06/04/2027 - 14:07\nModified: 06/04/2027 - 18:30\n\nA ferry docked.", None,
         (date(2027, 4, 6), True)),
        ("Budget vote\n\nDate 25.03.2027\nAuthor Lena Fuchs\n\nThe vote passed.", None, (date(2027, 3, 25), True)),
        ("Pledge made\n\nOmar Sy | 16.02.2027 - Update : 16.02.2027\n\nDonors pledged.", None,
         (date(2027, 2, 16), True)),
        ("Crop report\n\nPublished 14th February 2027\n\nWheat fell.", None, (date(2027, 2, 14), True)),
        ("Grain prices\n\nAug 14,2027 - Last updated at Aug 14,2027\n\nWheat rose.", None, (date(2027, 8, 14), True)),
        ("Market notes. Published in The Harbour Times, May 24th, 2027.", None, (date(2027, 5, 24), True)),
        # a caption's date is near publication, not publication
        ("Workers clear rubble in Kyiv on Wednesday, Feb. 4, 2026. (Photo: AP)\nStrikes hit the city.", None,
         (date(2026, 2, 4), False)),
        ("No date had been set for the summit.", None, (None, False)),
        ("Strikes hit the city on Monday.", None, (None, False)),
        ("x" * 500 + " The attack on Oct. 7, 2023 was remembered.", None, (None, False)),
    ],
)
def test_reference_date(text, published, expected):
    assert reference_date(text, published) == expected


@pytest.mark.parametrize(
    "text, published, fallback, expected",
    [
        # The user's reference day stands in for a missing publication date...
        ("Strikes hit the city on Monday.", None, THURSDAY, (THURSDAY, True)),
        # ...but never over a real publication date, or a date the article's lead states.
        ("Strikes hit the city on Monday.", date(2026, 1, 1), THURSDAY, (date(2026, 1, 1), True)),
        ("KYIV (Feb. 2, 2026) - Strikes hit the city.", None, THURSDAY, (date(2026, 2, 2), True)),
        ("Workers clear rubble on Monday, Feb. 2, 2026.\nStrikes hit the city.", None, THURSDAY,
         (date(2026, 2, 2), False)),
        # A lead date after the reference day is not the day of writing.
        ("KYIV (Mar. 2, 2026) - Strikes hit the city.", None, THURSDAY, (THURSDAY, True)),
    ],
)
def test_reference_date_falls_back_on_the_users_day(text, published, fallback, expected):
    assert reference_date(text, published, fallback=fallback) == expected


@pytest.mark.parametrize(
    "page, expected",
    [
        ("Harbour Post\nWorld\n\nFerry sinks off the coast\n\n15.01.2027, 18.22 Uhr\n\nA ferry sank.", date(2027, 1, 15)),
        ("Valley Times\n\nDam opens\n\n2027/01/12\n\nThe dam opened.", date(2027, 1, 12)),
        ("Cricket Daily\n\nRain stops play\n\n05-Jan-2027\n\nRain fell all day.", date(2027, 1, 5)),
        ("The Ledger\n\nBudget passes\n\nMon 12 Jan 2027 09.15 GMT\n\nThe budget passed.", date(2027, 1, 12)),
        ("Sierra News\n\nBridge reopens\n\nPopayán - JAN 13, 2027 - 09:40 EST\n\nThe bridge reopened.",
         date(2027, 1, 13)),
        # figures that read two ways give no day; a sentence with a date is no date line
        ("Le Courrier\n\nVote delayed\n\n05/01/2027 - 16:48\n\nThe vote was delayed.", date(2027, 1, 5)),
        ("Desert Radio\n\nWells run dry\n\nJune 9 - 2027 KASSALA / GEDAREF\n\nWells ran dry.", date(2027, 6, 9)),
        ("Lake Post\n\nBoats return\n\n19-06-2027 - 10:18 (Baghdad Time)\n\nBoats came back.", date(2027, 6, 19)),
        ("Wire\n\nTalks end\n\nDecember 9, 20268:47 AM GMT+2\n\nThe talks ended.", date(2026, 12, 9)),
        ("Coast Mail\n\nPier shut\n\nTuesday, March 2nd 2027 - 10:00 UTC\n\nThe pier shut.", date(2027, 3, 2)),
        ("Town Crier\n\nFair opens\n\n12th March 2027\n\nThe fair opened.", date(2027, 3, 12)),
        ("Athens News\n\nHeat rises\n\nPatras, 21.05.2027 • 09:15\n\nThe heat rose.", date(2027, 5, 21)),
        ("Port News\n\nThe talks ended on 4 January 2027 without a deal.\n\nNo deal came.", None),
    ],
)
def test_a_line_that_is_only_a_date_is_the_pages_own_date(page, expected):
    assert stated_publication(page) == expected
