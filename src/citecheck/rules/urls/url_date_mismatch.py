from __future__ import annotations

import datetime as dt
import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: /2021/05/06/, /2021/may/06/, /2021-05-06/: the day a news site files an article under.
_PATH_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2]|" + "|".join(_MONTHS) + r")[a-z]*(?:[/-](0?[1-9]|[12]\d|3[01]))?"
                        r"(?=[/-]|\.html?|$)", re.IGNORECASE)
#: Paths where a date says when a file was uploaded, not when the work appeared.
_UPLOADS = re.compile(r"/(?:wp-content|uploads?|files|sites/default|media|images?|assets|static|pdf)/", re.IGNORECASE)
#: Days a site's date and the work's date may differ by (time zones; a magazine filed under its print issue).
_SLACK_DAYS = 7


def url_date(url: str) -> list[int] | None:
    """The date in a URL's path, as date-parts, if the path carries one."""
    if "://" not in url or _UPLOADS.search(url) or "archive.org/" in url:
        return None
    path = url.split("://", 1)[1].partition("/")[2].partition("?")[0]
    found = _PATH_DATE.search("/" + path)
    if found is None:
        return None
    year, month, day = found.groups()
    month = _MONTHS.index(month[:3].lower()) + 1 if month[:1].isalpha() else int(month)
    return [int(year), month] + ([int(day)] if day else [])


def _disagree(in_url: list[int], issued: list[int]) -> bool:
    if len(in_url) == 3 and len(issued) == 3:
        try:
            return abs((dt.date(*in_url) - dt.date(*issued)).days) > _SLACK_DAYS
        except ValueError:
            return False
    shared = min(len(in_url), len(issued), 2)
    return in_url[:shared] != issued[:shared]


class UrlDateMismatch(ReferenceRule):
    """The date in the article's address disagrees with `issued`.

    What it checks: a URL whose path carries a date (`/2021/05/06/`, `/2021/may/06/`), as news
    sites and blogs file articles, and an `issued` date more than a week away from it (or in
    another month or year when either gives no day). Upload folders (`wp-content/uploads/2019/05`)
    are not read as dates.
    Why it matters: one of them is wrong: the date was typed from another article, or the URL
    belongs to another piece.
    Example: `URL: https://www.nytimes.com/2021/05/06/world/x.html` with `issued: 2020-01-01`.
    Fix: none; check the article and correct the one that is wrong.
    """

    code = "CC412"
    name = "url-date-mismatch"
    severity = Severity.WARNING
    prefilter = Pattern("urls", re.compile(r"/(?:19|20)\d\d[/-](?:[01]?\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"))

    def check(self, ref):
        issued = ref.issued
        if ref.url.__class__ is not str or issued is None or not issued.date_parts or len(issued.date_parts) != 1:
            return
        in_url = url_date(ref.url)
        if in_url is not None and _disagree(in_url, list(issued.date_parts[0])):
            shown = "-".join(f"{part:02d}" for part in in_url)
            yield self.violation(ref, ("issued",), f"issued: {issued.isoformat()}, but the URL is dated {shown}")
