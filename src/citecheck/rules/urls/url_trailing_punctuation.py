from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.columns import VALUE_END
from citecheck.rules.prefilter import Pattern

_TRAILING = re.compile(r"[.,;:'\"’”»>)\]]+$")


def trimmed(url: str) -> str:
    """``url`` without the sentence punctuation glued to it; a closing bracket the URL opened stays."""
    text = url.strip()
    while (found := _TRAILING.search(text)) is not None:
        end = found.start()
        for index in range(found.start(), found.end()):
            mark = text[index]
            opener = {")": "(", "]": "["}.get(mark)
            if opener and text[:index].count(opener) > text[:index].count(mark):
                end = index + 1
                continue
            break
        if end == len(text):
            break
        text = text[:end]
        if end > found.start():
            break
    return text


class UrlTrailingPunctuation(ReferenceRule):
    """Punctuation from the surrounding sentence glued to the end of a link.

    What it checks: `URL` or `archive-url` ends with `.`, `,`, `;`, `)`, `).`, a quote or `>`
    that the address did not open (a `)` closing a `(` in the address, as on Wikipedia, stays).
    Why it matters: the link no longer opens the page (`…/article).` is another address).
    Example: `URL: https://example.org/y).`.
    Fix: unsafe — the punctuation is cut.
    """

    code = "CC411"
    name = "url-trailing-punctuation"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Pattern("urls", re.compile(r"[.,;:'\"’”»>)\]]\s*" + VALUE_END))

    def check(self, ref):
        for key, url in (("URL", ref.url), ("archive-url", ref.archive_url)):
            if url.__class__ is str and "://" in url and (fixed := trimmed(url)) != url.strip():
                yield self.violation(ref, (key,), f"{key}: ends with {url.strip()[len(fixed):]!r}", fixed)
