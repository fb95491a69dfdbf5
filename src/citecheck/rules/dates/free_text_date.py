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
_NO_DATE = re.compile(r"^\s*(?:n\.?\s?d\.?|s\.\s?d\.|s\.\s?f\.|o\.\s?j\.|b\.\s?г\.|undated|no date|sans date|"
                      r"sin fecha|ohne jahr|unknown|unbekannt)\s*$", re.IGNORECASE)


def _has_free_text(ref) -> bool:
    return any(date is not None and (date.raw is not None or date.literal is not None) for date in _dates(ref))


class FreeTextDate(ReferenceRule):
    """A date given as free text (`raw`, `literal`) that is impossible or says "no date".

    What it checks: a `raw` or `literal` date of numbers (`2023-02-30`, `2023-13-01`) that names a
    month or day that does not exist; or one that is a "no date" marker (`n.d.`, `s.d.`,
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
                elif (numbers := _NUMERIC.match(text)):
                    try:
                        check_parts([int(group) for group in numbers.groups() if group is not None])
                    except ValueError as problem:
                        yield self.violation(ref, (key, part), f"{key}: {text!r} cannot be a date ({problem})")
