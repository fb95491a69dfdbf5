from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Where

_MARK = re.compile("[:—–-]")  # check() looks no further without one of these in the title


def _first_letter(name) -> str:
    """``name.display()[:1]``, without spelling the whole name out."""
    if name.is_organisation:
        return (name.literal or "")[:1]
    return (name.given or name.dropping_particle or name.non_dropping_particle or name.family or "")[:1]


def _may_start_with_an_author(ref) -> bool:
    """A title with a mark, whose first letter is an author's: true of every title check() flags."""
    # The mark first: one C-level search rules out most titles before any name is looked at.
    return bool(ref.author and ref.title and _MARK.search(ref.title)
                and ref.title[:1].casefold() in [_first_letter(name).casefold() for name in ref.author])


class AuthorInTitle(ReferenceRule):
    """The author's name put before the title.

    What it checks: the title starts with an author's name followed by `:` or a dash.
    Why it matters: some sites print `AUTHOR: Title` as a headline; the name then appears twice
    in the citation.
    Example: `title: "RAY McGOVERN: Russia & China — Two Against One"` with author Ray McGovern.
    Fix: unsafe — the name and the separator are removed: `Russia & China — Two Against One`.
    """

    code = "CC115"
    name = "author-in-title"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE

    prefilter = Where(_may_start_with_an_author)

    def check(self, ref):
        title = ref.title or ""
        if not ref.author or not any(mark in title for mark in ":—–-"):
            return
        folded = title.casefold()
        for name in ref.names("author"):
            spoken = name.display().casefold()
            if len(spoken) < 3 or not folded.startswith(spoken):
                continue
            rest = title[len(spoken):].lstrip()
            if rest[:1] in (":", "—", "–", "-") and rest[1:].strip():
                yield self.violation(ref, ("title",), f"title starts with the author's name {title[:len(spoken)]!r}",
                                     rest[1:].strip())
                return
