from __future__ import annotations

import re
from operator import attrgetter

from citecheck import vocabulary as csl
from citecheck.model.dates import check_parts
from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

_KEYS = (*csl.DATE_VARIABLES, "archive-date")
_dates = attrgetter(*(csl.python_name(key) for key in _KEYS))
#: ISO-like text: 2023-02-30, 2023/13/01, 2023.02.30 (numbers a reader takes for year, month, day).
_NUMERIC = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\s*$")
#: Day and month in either order: 30/02/2023 (day first, as Europe writes it) or 02/30/2023 (month first,
#: as the US does).
_EITHER_ORDER = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
#: An English date with the month in words: 30 February 2023, February 30, 2023.
_WORDED = re.compile(rf"^\s*(?:(\d{{1,2}})\s+{_MONTH}|{_MONTH}\s+(\d{{1,2}}),?)\s+(\d{{4}})\s*$", re.IGNORECASE)
_NO_DATE = re.compile(r"^\s*(?:n\.?\s?d\.?|s\.\s?d\.|s\.\s?f\.|o\.\s?j\.|b\.\s?г\.|undated|no date|sans date|"
                      r"sin fecha|ohne jahr|unknown|unbekannt)\s*$", re.IGNORECASE)


def _has_free_text(ref) -> bool:
    return any(date is not None and (date.raw is not None or date.literal is not None) for date in _dates(ref))


class FreeTextDate(ReferenceRule):
    """A date given as free text (`raw`, `literal`) that is impossible or says "no date".

    What it checks: a `raw` or `literal` date of numbers (`2023-02-30`, `2023-13-01`, `30/02/2023`
    read day-first and month-first) or an English one with the month in words (`February 30, 2023`)
    that names a month or day that does not exist; or one that is a "no date" marker (`n.d.`, `s.d.`,
    `undated`). Other free text is left alone.
    Why it matters: citecheck and CSL processors check `date-parts`, not free text: an impossible
    date slips through and is printed; "n.d." as a date is printed twice by styles that add it.
    Example: `issued: {raw: 2023-02-30}`.
    Fix: none; correct the date (as `2023-02-28`), or remove a "no date" marker.
    """

    code = "CC309"
    name = "free-text-date"
    severity = Severity.ERROR
    prefilter = Where(_has_free_text)

    def check(self, ref):
        for key, date in zip(_KEYS, _dates(ref)):
            if date is None:
                continue
            for part in ("raw", "literal"):
                text = getattr(date, part)
                if text is None:
                    continue
                if _NO_DATE.match(text):
                    yield self.violation(ref, (key, part), f"{key}: {text!r} says there is no date; leave {key} out")
                elif (problem := _impossible(text)) is not None:
                    yield self.violation(ref, (key, part), f"{key}: {text!r} cannot be a date ({problem})")


def _impossible(text: str) -> str | None:
    """Why ``text``, a date of numbers or an English worded one, names no real day; None if it does or is other text."""
    if (numbers := _NUMERIC.match(text)):
        return _problem([int(group) for group in numbers.groups() if group is not None])
    if (numbers := _EITHER_ORDER.match(text)):
        first, second, year = (int(group) for group in numbers.groups())
        day_first, month_first = _problem([year, second, first]), _problem([year, first, second])
        return None if day_first is None or month_first is None else f"neither day-month nor month-day: {day_first}"
    if (words := _WORDED.match(text)):
        day_before, month_before, month_after, day_after, year = words.groups()
        month = _MONTHS.index((month_before or month_after)[:3].lower()) + 1
        return _problem([int(year), month, int(day_before or day_after)])
    return None


def _problem(parts: list[int]) -> str | None:
    try:
        check_parts(parts)
    except ValueError as problem:
        return str(problem)
    return None
