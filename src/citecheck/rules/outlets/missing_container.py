from __future__ import annotations

from citecheck.rules.base import Rule, Severity

_IN_A_CONTAINER = frozenset({"article-journal", "article-magazine", "article-newspaper", "post-weblog",
                             "chapter", "entry-dictionary", "entry-encyclopedia", "paper-conference"})


class MissingContainer(Rule):
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

    def select(self, refs):
        return [ref for ref in refs if ref.type in _IN_A_CONTAINER and not (ref.container_title or "").strip()]

    def check(self, ref):
        if ref.type not in _IN_A_CONTAINER or (ref.container_title or "").strip():
            return
        if ref.type == "paper-conference" and ref.event_title:
            return
        yield self.violation(ref, ("container-title",), f"no container-title for type {ref.type}")
