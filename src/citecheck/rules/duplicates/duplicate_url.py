from __future__ import annotations

from citecheck.rules.base import CollectionRule, Severity
from citecheck.rules.duplicates.duplicate_work import describe
from citecheck.rules.urls.tracking_parameter import strip_tracking


def url_key(url: str) -> str:
    """``https://www.Example.com/a/?utm_source=x#top`` and ``http://example.com/a`` share a key."""
    bare = strip_tracking(url.strip())[0].split("#", 1)[0]
    scheme, sep, rest = bare.partition("://")
    rest = rest if sep else scheme
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}/{path}".rstrip("/")


class DuplicateUrl(CollectionRule):
    """The same address in two references.

    What it checks: two references whose `URL` is the same once scheme, `www.`, case of the host,
    a trailing slash, the fragment and tracking parameters are ignored.
    Why it matters: two entries for one page are a duplicate, or one of them points at the wrong
    page (often a home page typed for both).
    Example: `URL: https://tass.com/` in footnotes 8 and 16.
    Fix: none; merge the entries or give each its own article address.
    """

    code = "CC702"
    name = "duplicate-url"
    severity = Severity.WARNING

    def check_all(self, refs):
        seen = {}
        for ref in refs:
            if ref.url and ref.url.strip():
                key = url_key(ref.url)
                if key in seen:
                    yield self.violation(ref, ("URL",), f"URL also used by {describe(seen[key])}")
                else:
                    seen[key] = ref
