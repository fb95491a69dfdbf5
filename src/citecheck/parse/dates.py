"""A date span as printed -> CSL date parts: ``MAY 2, 2020``, ``12 Jan 2019``, ``2024-05-16 18:40``,
``(2019, May 2)``, ``2019 Oct 13``, ``Spring 2019``, ``27 MAY 24``.

A two-digit year is read as the nearest year not more than one year ahead of ``today`` (``24`` is
2024 in 2026, ``97`` is 1997): the guess ``validate``'s CC304 then asks the author to check.
"""

from __future__ import annotations

import datetime
import re

from citecheck.parse.lexicon import MONTHS, SEASONS

_WORD = re.compile(r"[^\W\d_]+\.?|\d+", re.UNICODE)
# ASCII digits only: ``\d`` takes Thai or Arabic-Indic digits, ``str.isdigit`` superscripts (``int("²")`` fails)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b", re.ASCII)
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})\b", re.ASCII)
_YEAR = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$", re.ASCII)


def parse_date(text: str, today: datetime.date | None = None) -> dict | None:
    """``{"date-parts": [[y, m, d]]}`` (as many parts as printed), ``{"date-parts": [[y, season]]}``, or None."""
    iso = _ISO.search(text)
    if iso:
        parts = [int(g) for g in iso.groups() if g]
        return _checked(parts)
    numeric = _NUMERIC.search(text)
    if numeric:  # day first, as Europe prints it; a first number over 12 cannot be a month anyway
        day, month, year = (int(g) for g in numeric.groups())
        if day <= 12 < month:
            day, month = month, day
        return _checked([_year(numeric.group(3), today), month, day])
    year = month = day = season = None
    two_digit = None
    for word in _WORD.findall(text):
        lower = word.lower().rstrip(".")
        if _digits(word):
            if _YEAR.match(word) and year is None:
                year = int(word)
            elif len(word) <= 2 and day is None and int(word) <= 31 and (month is not None or year is None):
                day = int(word)
            elif len(word) == 2 and month is not None:
                two_digit = word
        elif lower in MONTHS and month is None:
            month = MONTHS[lower]
        elif lower in SEASONS and season is None:
            season = SEASONS[lower]
    if year is None and month is not None and (two_digit or (day is not None and day > 0)):
        # "27 MAY 24": the second number is the year
        numbers = [w for w in _WORD.findall(text) if _digits(w)]
        if len(numbers) >= 2 and len(numbers[0]) <= 2 and len(numbers[1]) in (2, 4):
            day, year = int(numbers[0]), _year(numbers[1], today)
        elif two_digit:
            year = _year(two_digit, today)
    if year is None:
        return None
    if season and month is None:
        return {"date-parts": [[year, season]]}
    if month is None:
        return {"date-parts": [[year]]}
    return _checked([year, month] + ([day] if day else []))


def _digits(word: str) -> bool:
    return word.isascii() and word.isdigit()


def _year(digits: str, today: datetime.date | None) -> int:
    if len(digits) == 4:
        return int(digits)
    this_year = (today or datetime.date.today()).year
    year = this_year - this_year % 100 + int(digits)
    return year if year <= this_year + 1 else year - 100


def _checked(parts: list[int]) -> dict | None:
    """Date parts that name a real date (1..12, a day the month has), else the year alone."""
    year = parts[0]
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        return {"date-parts": [[year]]}
    if len(parts) == 3:
        try:
            datetime.date(year, parts[1], parts[2])
        except (ValueError, OverflowError):  # no such day (or a number past a C long)
            parts = parts[:2]
    return {"date-parts": [parts]}
