from __future__ import annotations

import re

from citecheck.rules.base import Rule, Severity

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
_TWO_DIGIT = re.compile(
    rf"\b\d{{1,2}}\s+{_MONTH}\s*,?\s+'?(\d{{2}})(?![\d:])|"       # 27 MAY 24
    rf"\b{_MONTH}\s+\d{{1,2}},?\s+'(\d{{2}})\b|"                    # May 27, '24
    r"\b\d{1,2}[./]\d{1,2}[./](\d{2})(?![\d./])",                  # 27/05/24
    re.IGNORECASE)


class TwoDigitYear(Rule):
    """A two-digit year in the footnote as printed.

    What it checks: `source` (the footnote exactly as printed) writes a date with a two-digit
    year: `27 MAY 24`, `May 27, '24`, `27/05/24`.
    Why it matters: the century, and in `05/06/24` even the day and month, were guessed when
    `issued` was typed; the printed footnote should be corrected in the article.
    Example: `source: "The brink of dissolution..., ALASTAIR CROOKE, 27 MAY 24."`.
    Fix: none; check `issued` and write four-digit years in the article.
    """

    code = "CC304"
    name = "two-digit-year"
    severity = Severity.WARNING
    scope = "source"
    # Necessary for each form above: two digits after a space, an apostrophe, "." or "/", and no
    # third digit. Looser than the forms, but it starts with a character set the regex engine
    # scans for, where a pattern starting with a letter is tried at every letter of the column.
    trigger = re.compile(r"[\s'./]\d\d(?!\d)")

    def check(self, ref):
        found = _TWO_DIGIT.search(ref.source or "")
        if found:
            yield self.violation(ref, ("source",), f"source: two-digit year in {found.group(0).strip()!r}")
