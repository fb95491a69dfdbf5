from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.urls.url_parts import ARTICLE_TYPES, is_home_page


class HomePageUrl(ReferenceRule):
    """A site's home page cited for an article.

    What it checks: an article, post, report or similar whose `URL` has no path (`https://tass.com/`,
    `x.com`).
    Why it matters: the home page changes daily; the reader cannot find the cited piece from it,
    and an archive snapshot of it does not hold the article.
    Example: `type: article-newspaper`, `URL: tass.com`.
    Fix: none; find the article's own address (search the site or the Wayback Machine).
    """

    code = "CC403"
    name = "home-page-url"
    severity = Severity.WARNING
    # Possessive runs (*+, ++): neither the scheme's letters nor the host can end on a character
    # that what follows them accepts, so backtracking into them could never succeed; it only cost time.
    prefilter = Pattern("urls", re.compile(VALUE_START + r"\s*(?:[A-Za-z][\w+.-]*+://)?" + value_chars(r"/?#\s") + "++/?(?:#" + value_chars() + r"*)?\s*"
                         + VALUE_END))

    def check(self, ref):
        if ref.url and ref.type in ARTICLE_TYPES and is_home_page(ref.url):
            yield self.violation(ref, ("URL",), f"URL: {ref.url!r} is a home page, not the {ref.type}")
