from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.urls.outlet_domain_mismatch import site_names

_PIPE = re.compile(r"\s+[|｜]\s+")
_DASH = re.compile(r"\s+[-–—·:]\s+")


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold()).removeprefix("the")


class SiteNameInTitle(ReferenceRule):
    """A web page's site name left at the end of its title.

    What it checks: the title is split by ` | ` into parts (`… | World news | The Guardian`), the
    browser's tab title; or it ends with ` - ` / ` – ` / ` | ` and the outlet's or publisher's name, or
    the name of the site its `URL` is on (`… - The New York Times` on nytimes.com).
    Why it matters: the site is printed twice (title and outlet), and the title no longer matches
    the page's own headline.
    Example: `title: "Russia and China talk | World news | The Guardian"`.
    Fix: unsafe — the title is cut at the first ` | ` (or before the outlet's name).
    """

    code = "CC118"
    name = "site-name-in-title"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Pattern("title", re.compile(r"\s[|｜\-–—·:]\s"))

    def check(self, ref):
        title = ref.title
        if title.__class__ is not str:
            return
        outlets = {_plain(v) for v in (ref.container_title, ref.publisher, ref.container_title_short)
                   if v.__class__ is str and _plain(v)}
        outlets.update(site_names(ref.url))  # "… - The New York Times" on nytimes.com, with no outlet given
        pieces = _PIPE.split(title)
        head = pieces[0].strip()
        if len(pieces) > 1 and head:
            if len(pieces) > 2 or _plain(pieces[-1]) in outlets or len(pieces[-1].split()) <= 4:
                yield self.violation(ref, ("title",), f"title: site name {pieces[-1].strip()!r} after ' | '", head)
                return
        *rest, last = _DASH.split(title)
        if rest and outlets and _plain(last) in outlets:
            cut = re.sub(r"\s+[-–—·:|]\s*$", "", title[: title.rfind(last)].rstrip())
            if cut:
                yield self.violation(ref, ("title",), f"title: ends with the outlet's name {last.strip()!r}", cut)
