from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern, any_case
from citecheck.rules.value_rule import ValueRule

#: "Retrieved 3 March 2020", "Accessed on 2020-03-03", "Retrieved from https://…": a note a
#: citation generator printed after the title.
_NOTE = re.compile(r"[\s.,;:(\[]*\b(?:retrieved|accessed|last accessed|abgerufen am|consulté le)\b"
                   r"(?:\s+(?:on|from|at|am|le))?\s*[:,]?\s*(?:\d|https?://|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                   r"nov|dec)[a-z]*\b).*$"
                   # "[Online]. Available: https://…", "[Internet]": the medium a library style prints
                   r"|\s*\[(?:online|internet|electronic resource|en ligne|en línea)\]"
                   r"(?:\s*[.,:;]?\s*available(?:\s+(?:at|from))?\s*:?\s*\S*)?\s*[.,;:]?\s*$"
                   r"|[\s.,;:]+available\s+(?:at|from|online)\s*:?\s*(?:https?://|www\.)\S*\s*$", re.IGNORECASE)


class RetrievedNote(ValueRule):
    """An access note left in a title or outlet.

    What it checks: a title ends with "Retrieved 3 March 2020", "Accessed on 2020-03-03" or
    "Retrieved from https://…", the note a citation generator prints after the title; or with the
    medium a library style prints, "[Online]. Available: https://…", "[Internet]".
    Why it matters: the note is printed as part of the title, and the access date it gives is
    lost to `accessed`, where styles and link checkers look for it.
    Example: `title: "China and Russia sign a deal. Retrieved 3 March 2020"`.
    Fix: unsafe — the note is cut; put its date in `accessed`.
    """

    code = "CC116"
    name = "retrieved-note"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    scope = "titles"
    prefilter = Pattern(scope, re.compile(any_case("retrieved", "accessed", "abgerufen", "consulté", "available")
                                          + r"|\[(?:" + any_case("online", "internet", "electronic", "en l") + ")"))

    def inspect(self, value):
        found = _NOTE.search(value)
        if found is None or found.start() == 0:
            return None
        return f"access note {found.group().strip(' .,;:([')!r} in the value", value[: found.start()].rstrip()
