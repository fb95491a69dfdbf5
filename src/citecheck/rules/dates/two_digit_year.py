from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# The forms led by a digit search fast: a leading digit class lets the regex engine skip to the
# next digit, where a leading word boundary is tried at every character. "(?<!\w\d)" after the
# first digit is that boundary. The month-first form needs an apostrophe, looked for first.
_DAY_FIRST = re.compile(
    rf"\d(?<!\w\d)(?:\d?\s+{_MONTH}\s*,?\s+'?(\d{{2}})(?![\d:])|"  # 27 MAY 24
    r"\d?[./]\d{1,2}[./](\d{2})(?![\d./]))",                          # 27/05/24
    re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+\d{{1,2}},?\s+'(\d{{2}})\b", re.IGNORECASE)  # May 27, '24


def first_two_digit_date(text: str) -> str | None:
    """The first date in ``text`` written with a two-digit year, as written."""
    found = [match for match in (_DAY_FIRST.search(text), "'" in text and _MONTH_FIRST.search(text)) if match]
    return min(found, key=lambda match: match.start()).group(0) if found else None


class TwoDigitYear(ReferenceRule):
    """A two-digit year in the footnote as printed.

    What it checks: `source` (the footnote exactly as printed) writes a date with a two-digit
    year: `27 MAY 24`, `May 27, '24`, `27/05/24`.
    Why it matters: the century, and in `05/06/24` even the day and month, were guessed when
    `issued` was typed; the printed footnote should be corrected in the article.
    Example: `printed: "The brink of dissolution..., ALASTAIR CROOKE, 27 MAY 24."`.
    Fix: none; check `issued` and write four-digit years in the article.
    """

    code = "CC304"
    name = "two-digit-year"
    severity = Severity.WARNING
    # Necessary for each form: a day-first date itself, or an apostrophe before two digits. It
    # starts with a character set the regex engine scans for (a digit or an apostrophe).
    prefilter = Pattern("printed", re.compile(r"[\d'](?:(?<=')\d{2}\b|(?<!\w\d)" + _DAY_FIRST.pattern[len(r"\d(?<!\w\d)"):] + ")",
                         re.IGNORECASE))

    def check(self, ref):
        found = first_two_digit_date(ref.printed or "")
        if found:
            yield self.violation(ref, ("printed",), f"printed: two-digit year in {found.strip()!r}")
