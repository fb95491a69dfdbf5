from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

_IN_A_CONTAINER = frozenset({"article-journal", "article-magazine", "article-newspaper", "post-weblog",
                             "chapter", "entry-dictionary", "entry-encyclopedia", "paper-conference"})


def _lacks_container(ref) -> bool:
    return ref.type in _IN_A_CONTAINER and not (ref.container_title or "").strip()


class MissingContainer(ReferenceRule):
    """An article without the outlet it appeared in.

    What it checks: articles, blog posts, chapters, encyclopedia entries and conference papers
    without `container-title` (papers may give `event-title` instead).
    Why it matters: the newspaper, magazine or site is half of how a reader finds an article
    (CS1 `missing_periodical`, biber's mandatory `journaltitle`).
    Example: `type: article-magazine` with `URL: strategic-culture.su` and no container-title.
    Fix: none; add the outlet's name (`Strategic Culture Foundation`).
    """

    code = "CC501"
    name = "missing-container"
    severity = Severity.WARNING

    prefilter = Where(_lacks_container)

    def check(self, ref):
        if not _lacks_container(ref):
            return
        if ref.type == "paper-conference" and ref.event_title:
            return
        yield self.violation(ref, ("container-title",), f"no container-title for type {ref.type}")
