from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.columns import VALUE_START
from citecheck.rules.prefilter import Pattern
from citecheck.rules.urls.url_parts import is_bare_domain


class BareDomain(ReferenceRule):
    """A web address without its scheme.

    What it checks: `URL` or `archive-url` is a domain or path with no `https://` — `www.sott.net`,
    `thealtworld.com/alastair_crooke`.
    Why it matters: it is not a link: readers and link checkers cannot open it, and CSL output
    prints it as text. Usually the footnote gave only the site, not the article's address.
    Example: `URL: www.sott.net`.
    Fix: unsafe — `https://` is prepended; better, replace it with the article's full address.
    """

    code = "CC401"
    name = "bare-domain"
    severity = Severity.ERROR
    fixable = Fixability.UNSAFE
    prefilter = Pattern("urls", re.compile(VALUE_START + r"\s*(?![A-Za-z][\w+.-]*:)"))  # a value without a scheme

    def check(self, ref):
        for key, url in (("URL", ref.url), ("archive-url", ref.archive_url)):
            if url and is_bare_domain(url):
                yield self.violation(ref, (key,), f"{key}: {url!r} has no scheme (https://)",
                                     f"https://{url.strip()}")
