"""Calendar dates for the date expressions of news text, resolved against a reference day.

`resolve_date("on Wednesday", date(2026, 2, 5))` -> 2026-02-04 (day precision). Explicit dates
are parsed with dateparser; weekday names, "today", "overnight", "last month" are resolved here,
because their meaning depends on the article's tense and on what the reference day is:

- With the publication date as reference, a weekday in a past-tense report is the latest such
  day on or before publication ("on Wednesday" in Thursday's paper is the day before), and a
  weekday in a future-tense report is the next such day on or after it.
- Without a publication date, `reference_date` falls back on an explicit full date in the
  article's lead (a dateline, "Published ... February 4, 2000", a photo caption's date). Such a
  date is near publication but not necessarily it, so weekdays then resolve to the nearest such
  day (at most three days away), whatever the tense.
- Without either, the reference is the day the user gives (`newsfacts run --reference-date`),
  taken as the publication day; without that too, only explicit dates with a year resolve.
- A month and day without a year take the year from the reference; with a weekday
  ("Sunday, February 29") the latest year up to the reference's in which that day fell on that
  weekday, leap years included.

Nothing here reads the clock: a run over the same articles with the same settings resolves the
same dates whatever day it runs.

Unresolved day-level expressions still get a `key` ("wednesday", "01-23") so that two mentions of
one article can be compared ("on Wednesday" vs "Jan. 23" name different days).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(calendar.month_name) if name},
    **{name.lower(): i for i, name in enumerate(calendar.month_abbr) if name},
    "sept": 9,
}
# Datelines, bylines and "Published ..." lines sit at the top of a story; a full date deeper in
# the text is more often a past event ("the attack on Oct. 7, 2023") than the day of writing.
LEAD_CHARS = 400
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_FULL_DATE = re.compile(
    r"\b\d{4}-\d{2}-\d{2}\b"
    r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:1[89]|20)\d\d\b"
    r"|\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s+)(?:1[89]|20)\d\d\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?:1[89]|20)\d\d\b"
    r"|\b(?:" + "|".join(WEEKDAYS) + r"),?\s+" + _MONTH + r"\s+\d{1,2}\b(?:,?\s+(?:1[89]|20)\d\d\b)?",
    re.IGNORECASE,
)
# "Published 12:00 am Friday, February 4, 2000", "Updated: 3 Nov 2026", "date 2026-02-05": a label, an
# optional time of day, then the date.
_PUBLICATION_LABEL = re.compile(
    r"\b(published|issued|posted|last updated|updated|update|modified|date|publié|publiée|publicado|publicada|veröffentlicht)\b[:\s]+(?:\d{1,2}[:.]\d{2}(?![.\d])\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[A-Z]{2,4}\s+)?)?(?:on\s+)?([^\n]{0,40})", re.IGNORECASE)
# A dateline: a place in capitals at the start of a line, then the date ("KYIV, Feb. 4, 2026 (Reuters) -").
_DATELINE = re.compile(
    r"(?m)^\s*[A-Z][A-Z .'-]+(?:\s*\([^)\n]*\))?(?:,\s*|\s*\()(" + _FULL_DATE.pattern + r")\)?\s*(?:\(|[-–—•])",
    re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(" + _MONTH + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH + r")\b",
                        re.IGNORECASE)
_MONTH_ONLY = re.compile(r"\b(" + _MONTH + r")\b", re.IGNORECASE)
_DAY_RANGE = re.compile(r"(?<![\d-])(\d{1,2})\s*[-–]\s*(\d{1,2})\b(?![-\d])")
_SAME_DAY = re.compile(r"\b(today|tonight|this morning|this afternoon|this evening|last night|overnight)\b", re.I)
_OFFSETS = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2}


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression with its calendar date (or None), precision and comparison key."""

    text: str
    date: date | None = None
    precision: str = "unknown"
    key: str | None = None


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# The Gregorian calendar repeats every 400 years; a month, day and weekday recur within 28
# years, except February 29, which needs a leap year too (up to 40 years apart around 2100).
_PIN_YEARS = 40


def _pinned_year(month: int, day: int, weekday: int, reference: date) -> int | None:
    """The latest year up to `reference`'s in which month/day fell on `weekday` ("Sunday, January 25")."""
    for year in range(reference.year, reference.year - _PIN_YEARS, -1):
        day_of_year = _safe_date(year, month, day)
        if day_of_year is not None and day_of_year.weekday() == weekday:
            return year
    return None


def _parse_explicit(
    text: str, reference: date | None, *, future: bool, reference_is_publication: bool = True
) -> date | None:
    """A calendar date for an expression naming a month and day, with or without a year.

    dateparser reads the expression; the year comes from the text, else from a weekday that
    pins it, else from the reference day (the nearest such date in the tense's direction).
    """
    cleaned = _WEEKDAY.sub(" ", re.sub(r"\b(?:early|late|on|overnight|into|morning|night|evening)\b", " ", text, flags=re.I))
    cleaned = re.sub(r"\s+and\s+\d{1,2}\b.*$", "", cleaned.strip(" ,"))
    has_year = _YEAR.search(text) is not None
    weekday = _WEEKDAY.search(text)
    if reference is None and not has_year:
        return None
    # With a year in the text the base only settles what dateparser leaves open; any fixed day does.
    base = reference or _NO_REFERENCE
    parsed = dateparser.parse(
        cleaned, languages=["en"],
        settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                  "PREFER_DATES_FROM": ("future" if future else "past") if reference_is_publication
                  else "current_period", "REQUIRE_PARTS": ["day", "month"]},
    )
    if parsed is None:
        return None
    resolved = parsed.date()
    if has_year:
        return resolved
    if weekday is not None:
        year = _pinned_year(resolved.month, resolved.day, WEEKDAYS[weekday.group(1).lower()], base)
        return _safe_date(year, resolved.month, resolved.day) if year else None
    return resolved if reference is not None else None


_NO_REFERENCE = date(2000, 1, 1)
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
# Month names in full and capitalised: the lower-case "may" is a verb.
_MONTH_WORD = re.compile(r"\b(" + "|".join(name for name in calendar.month_name if name) + r")\b")
# A month named with its year ("in May 2027", "May 11, 2027"): the same year's month outweighs others.
_MONTH_WITH_YEAR = re.compile(_MONTH_WORD.pattern + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+(\d{4})\b")


def _numeric_date(first: int, second: int, year: int, day_first: bool = True) -> date | None:
    """A day written in figures: "24/11/2026" or "11/24/2026". Where both readings are possible
    ("03/04/2026"), the order the article shows (`numeric_order`)."""
    if first > 12 or (day_first and second <= 12):
        return _safe_date(year, second, first)
    return _safe_date(year, first, second)


def numeric_order(text: str) -> bool:
    """Whether the dates an article writes in figures put the day first. One of them that reads only one
    way ("24/11/2026") shows it; else a month the article names in words that only one reading of an
    ambiguous one gives ("09/04/2027" on a page that speaks of April 2027, or of April); else day first,
    the order of every country but the US, whose pages spell the month ("Dec. 5, 2026")."""
    figures = [tuple(map(int, found)) for found in _NUMERIC_DATE.findall(text)]
    if any(first > 12 >= second for first, second, _ in figures):
        return True
    if any(second > 12 >= first for first, second, _ in figures):
        return False
    in_year = {(_month_number(name), int(year)) for name, year in _MONTH_WITH_YEAR.findall(text)}
    named = {_month_number(name) for name in _MONTH_WORD.findall(text)}
    for first, second, year in figures:
        for months in ({month for month, named_year in in_year if named_year == year}, named):
            if first != second and (first in months) != (second in months):
                return second in months
    return True


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: int, reference: date, *, exact: bool, future: bool) -> date:
    if not exact:
        offset = (weekday - reference.weekday()) % 7
        return reference + timedelta(days=offset if offset <= 3 else offset - 7)
    if future:
        return reference + timedelta(days=(weekday - reference.weekday()) % 7)
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def resolve_date(
    text: str,
    reference: date | None,
    *,
    reference_is_publication: bool = True,
    future: bool = False,
    day_first: bool = True,
) -> ResolvedDate:
    """Resolve one date expression ("early Tuesday", "Jan. 23", "last month") against `reference`.

    Ranges ("overnight Monday into Tuesday", "between Monday night and Tuesday morning") resolve
    to their last day, the day the attack is reported for. `day_first` reads a day in figures that
    reads two ways (`numeric_order`).
    """
    original = text
    text = _DAY_RANGE.sub(r"\2", text)  # "Dec. 17-18": the last day, as for other ranges
    lowered = text.lower()
    weekdays = _WEEKDAY.findall(lowered)
    if _MONTH_DAY.search(text):
        key_match = _MONTH_DAY.search(text)
        month = _month_number(key_match.group(1) or key_match.group(4))
        day = int(key_match.group(2) or key_match.group(3))
        key = f"{month:02d}-{day:02d}"
        resolved = _parse_explicit(text, reference, future=future, reference_is_publication=reference_is_publication)
        return ResolvedDate(original, resolved, "day" if resolved else "unknown",
                            resolved.isoformat() if resolved else key)
    if (numeric := _NUMERIC_DATE.search(text)) is not None:
        # figures with dots are day first wherever they are written ("3.5.2027")
        resolved = _numeric_date(*map(int, numeric.groups()), day_first or "." in numeric.group(0))
        return ResolvedDate(original, resolved, "day" if resolved else "unknown",
                            resolved.isoformat() if resolved else None)
    if re.search(r"\b\d{4}-\d{2}-\d{2}\b", text):
        resolved = date.fromisoformat(re.search(r"\d{4}-\d{2}-\d{2}", text).group(0))
        return ResolvedDate(text, resolved, "day", resolved.isoformat())
    if weekdays:
        weekday = WEEKDAYS[weekdays[-1]]
        if reference is None:
            return ResolvedDate(text, key=weekdays[-1])
        resolved = _weekday_date(weekday, reference, exact=reference_is_publication, future=future)
        if "last" in lowered.split() and reference_is_publication and resolved == reference:
            resolved -= timedelta(days=7)
        return ResolvedDate(text, resolved, "day", resolved.isoformat())
    for phrase, offset in _OFFSETS.items():
        if phrase in lowered:
            if reference is None or not reference_is_publication:
                return ResolvedDate(text)
            resolved = reference + timedelta(days=offset)
            return ResolvedDate(text, resolved, "day", resolved.isoformat())
    if _SAME_DAY.search(lowered):
        if reference is None or not reference_is_publication:
            return ResolvedDate(text)
        return ResolvedDate(text, reference, "day", reference.isoformat())
    if reference is not None and reference_is_publication:
        if "last month" in lowered or "this month" in lowered:
            first = reference.replace(day=1)
            if "last" in lowered:
                first = (first - timedelta(days=1)).replace(day=1)
            return ResolvedDate(text, first, "month")
        if "last year" in lowered or "this year" in lowered:
            year = reference.year - ("last" in lowered)
            return ResolvedDate(text, date(year, 1, 1), "year")
    month_match = _MONTH_ONLY.search(text)
    year_match = _YEAR.search(text)
    if month_match and (year_match or reference is not None):
        month = _month_number(month_match.group(1))
        if year_match:
            year = int(year_match.group(1))
        else:
            year = reference.year - (month > reference.month and not future)
        return ResolvedDate(text, date(year, month, 1), "month")
    if year_match and re.fullmatch(r"(?:in\s+|early\s+|late\s+|mid-?)?\s*\d{4}", lowered.strip()):
        return ResolvedDate(text, date(int(year_match.group(1)), 1, 1), "year")
    return ResolvedDate(text)


def stated_publication(text: str, *, not_after: date | None = None) -> date | None:
    """The publication day an article states of itself: a date after "Published", "Posted", "Updated" or
    "date" anywhere in it ("AFP Published 10 Feb, 2024 11:42am", "date 2026-02-05"), or in a dateline
    at the start of a line of its lead ("KYIV, Feb. 4, 2026 (Reuters) -", "KYIV (Feb. 4, 2026) -").
    "Published" wins over "Updated"; None when it states none."""
    labelled: dict[str, date] = {}
    day_first = numeric_order(text)
    for match in _PUBLICATION_LABEL.finditer(text):
        # (a weekday or an article may come first: "Publié le mar, 24/11/2026 - 14:05")
        found = _FULL_DATE.search(match.group(2))
        resolved = resolve_date(found.group(0), not_after, day_first=day_first).date if found else None
        if resolved is not None and (not_after is None or resolved <= not_after):
            labelled.setdefault(match.group(1).lower().split()[-1], resolved)
    for label in ("published", "issued", "publié", "publiée", "publicado", "publicada", "veröffentlicht", "posted",
                  "date", "updated", "update", "modified"):
        if label in labelled:
            return labelled[label]
    for match in _DATELINE.finditer(text[:LEAD_CHARS]):
        resolved = resolve_date(match.group(1), not_after, day_first=day_first).date
        if resolved is not None and (not_after is None or resolved <= not_after):
            return resolved
    for line in text[: 2 * LEAD_CHARS].splitlines()[:_PAGE_DATE_LINES]:
        resolved = _page_date(line, day_first)
        if resolved is not None and (not_after is None or resolved <= not_after):
            return resolved
    return None


# The lines a page's own date stands among: masthead, rubric, headline, standfirst, byline, date.
_PAGE_DATE_LINES = 15
# The time a page gives beside its date: "11:42", "- 10:42:17", ", 18.22 Uhr", "4:05 pm GMT+2", "10:18 (Erbil Time)".
_TIME_OF_DAY = re.compile(r"[\s,|–—-]*(?<![\d.])\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?![.\d])(?:\s*(?:[ap]\.?m\.?|uhr|h)\b)?"
                          r"(?:[\s,]+[A-Z]{2,5}\b(?:[+-]\d{1,2}(?::?\d{2})?)?|\s*\([^()\n]*\btime\))?", re.IGNORECASE)
# The place a page's date line opens with: "Popayán - JAN 13, 2027".
_PLACE_BEFORE_DATE = re.compile(r"^[A-Z][\w'’.]*(?:\s[A-Z][\w'’.]*){0,2}\s+[-–—|]\s+(?=\S*\d|[A-Za-z]+\.?\s+\d)")
# The places a page's date line closes with, in capitals: "May 10 - 2027 KASSALA / GEDAREF".
_PLACES_AFTER_DATE = re.compile(r"(?<=\d)\s+[A-Z][A-Z'’.-]+(?:(?:\s+|\s*/\s*)[A-Z][A-Z'’.-]+)*$")
_ORDINAL_DAY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
# A scraper that drops the space between the year and the time: "December 9, 20268:47 AM".
_YEAR_GLUED_TO_TIME = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d{2}\b)")
_ANY_WEEKDAY = re.compile(r"\b(?:" + "|".join([*WEEKDAYS, *(d.lower() for d in calendar.day_abbr)]) + r")\b\.?",
                          re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$")
_DAY_DOT_MONTH = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def _page_date(line: str, day_first: bool = True) -> date | None:
    """The date of a line that holds a date and nothing else but a weekday or a time: the page's own
    date, in the forms pages write it ("15.01.2027 11:42", "2027/01/12", "05-Jan-2027", "Thursday,
    January 7, 2027", "May 10 - 2027 KASSALA / GEDAREF"). Dotted figures are day first; slashed ones
    where one reading is possible or the article shows the order (`day_first`)."""
    line = _YEAR_GLUED_TO_TIME.sub(r"\1 ", line)
    line = _PLACE_BEFORE_DATE.sub("", _TIME_OF_DAY.sub("", line).strip(" \t,|–—-•"))
    line = _PLACES_AFTER_DATE.sub("", line)
    if not 6 <= len(line) <= 40 or _YEAR.search(line) is None \
            or re.search(r"[^\W\d_]", _MONTH_ONLY.sub("", _ANY_WEEKDAY.sub("", _ORDINAL_DAY.sub(r"\1", line)))):
        return None  # words besides a weekday and a month: a sentence or a caption, not a date line
    if m := _YEAR_FIRST.match(line):
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _DAY_DOT_MONTH.match(line):
        return _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if m := _NUMERIC_DATE.fullmatch(line):
        return _numeric_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), day_first)
    parsed = dateparser.parse(_ANY_WEEKDAY.sub("", line).strip(" ,"), languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed is not None else None


def reference_date(text: str, published: date | None, *, fallback: date | None = None) -> tuple[date | None, bool]:
    """The day relative dates of an article are resolved against, and whether it is the publication day.

    The publication date when known; else the publication date the article states of itself
    (`stated_publication`); else the latest full date stated in the article's lead (see the module
    docstring), not after `fallback`; else `fallback` (the user's reference day, taken as the
    publication day); else None.
    """
    if published is not None:
        return published, True
    if (stated := stated_publication(text, not_after=fallback)) is not None:
        return stated, True
    found: list[date] = []
    day_first = numeric_order(text)
    for match in _FULL_DATE.finditer(text[:LEAD_CHARS]):
        resolved = resolve_date(match.group(0), fallback, day_first=day_first).date
        if resolved is not None and (fallback is None or resolved <= fallback):
            found.append(resolved)
    if found:
        return max(found), False
    return (fallback, True) if fallback is not None else (None, False)
