from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where


def _untitled(ref) -> bool:
    return not (ref.title or "").strip()


class MissingTitle(ReferenceRule):
    """A reference without a title.

    What it checks: the `title` field is absent or blank.
    Why it matters: the title is how a reader finds the work; CSL styles print the URL or nothing
    in its place (CS1 `citation_missing_title`, biber's mandatory `title`).
    Example: `type: webpage` with only `URL: https://example.org/report`.
    Fix: none; type the title the work shows.
    """

    code = "CC101"
    name = "missing-title"
    severity = Severity.ERROR

    prefilter = Where(_untitled)

    def check(self, ref):
        if _untitled(ref):
            yield self.violation(ref, ("title",), "no title")
