from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

_AUTHORED = frozenset({"article-journal", "article-magazine", "article-newspaper", "post-weblog", "post", "book",
                       "chapter", "paper-conference", "thesis", "speech", "interview", "review"})


def _lacks_author(ref) -> bool:
    return ref.type in _AUTHORED and not (ref.author or ref.editor or ref.container_author)


class MissingAuthor(ReferenceRule):
    """An authored kind of work with no author.

    What it checks: articles, blog posts, posts and tweets, books, chapters, papers, theses, speeches and reviews
    without `author`, `editor` or `container-author`.
    Why it matters: styles then start the citation with the title; if the work has a byline, the
    reference is incomplete. News-agency reports often have none: this is information only.
    Example: `type: article-newspaper` with no author.
    Fix: none; add the byline (an agency as `{literal: Reuters}`).
    """

    code = "CC210"
    name = "missing-author"
    severity = Severity.INFO

    prefilter = Where(_lacks_author)

    def check(self, ref):
        if _lacks_author(ref):
            yield self.violation(ref, ("author",), f"no author for type {ref.type}")
