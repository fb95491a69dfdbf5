from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity, quoted
from citecheck.rules.prefilter import Where

_PERIODICALS = frozenset({"article-newspaper", "article-magazine"})
#: From this year on a newspaper or magazine piece cited without a page was read on the outlet's site.
_READ_ONLINE_FROM = 2000
_DOCUMENTS = frozenset({"document", "report", "article"})
#: A publisher or outlet that is an online service: a news site or app ("CCTV news client"), "Online".
_ONLINE_PUBLISHER = re.compile(r"\b(?:news|online|web|website|client|app|portal|blog)\b", re.IGNORECASE)


def _unlocated(ref) -> bool:
    """Nothing says where to read it: no URL, DOI, archived copy or page."""
    return not ((ref.url or "").strip() or ref.doi or ref.archive_url or ref.page)


def _year(ref) -> int | None:
    parts = ref.issued.date_parts if ref.issued is not None else None
    return parts[0][0] if parts and parts[0] else None


def _candidate(ref) -> bool:
    return (ref.type in _PERIODICALS or ref.type in _DOCUMENTS) and _unlocated(ref)


class OnlineWithoutUrl(ReferenceRule):
    """An online piece cited without its address.

    What it checks: a newspaper or magazine article issued in 2000 or later with neither `URL`, `DOI`,
    `archive-url` nor `page` (a piece cited without a page was read on the outlet's site); and a `document`,
    `report` or `article` with no address whose `publisher` or `container-title` is an online service
    ("… news client", "Online", "… website").
    Why it matters: without a page or an address the reader has only the title to search for; for a
    piece read online the URL is what finds it (CS1 `cite_web_url`), and an archived copy keeps it found.
    A newspaper read in print is cited without a page too: this is information only.
    Example: `type: article-newspaper`, `container-title: New York Times`, `issued: 2022-02-20`, no URL
    (the article's footnote 10); a joint statement with `publisher: CCTV news client` (footnote 14).
    Fix: none; add the address the piece was read at (or the print page).
    """

    code = "CC414"
    name = "online-without-url"
    severity = Severity.INFO  # a guess from the date and the publisher: print pieces are cited without pages too

    prefilter = Where(_candidate)

    def check(self, ref):
        if not _candidate(ref):
            return
        if ref.type in _PERIODICALS:
            year = _year(ref)
            if year is not None and year >= _READ_ONLINE_FROM:
                yield self.violation(ref, ("URL",), f"no URL and no page for a {year} {ref.type}: "
                                                    "add the address it was read at")
            return
        for key, value in (("publisher", ref.publisher), ("container-title", ref.container_title)):
            if value.__class__ is str and _ONLINE_PUBLISHER.search(value):
                yield self.violation(ref, ("URL",), f"no URL for a {ref.type} from {quoted(value.strip())}, "
                                                    f"an online {key}")
                return
