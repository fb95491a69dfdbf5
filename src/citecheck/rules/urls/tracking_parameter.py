from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern

_TRACKING = re.compile(r"^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|"
                       r"ocid|cmpid|smid|sr_share)$", re.IGNORECASE)


def strip_tracking(url: str) -> tuple[str, list[str]]:
    """``url`` without tracking parameters (other parameters keep their order and spelling)."""
    base, sep, rest = url.partition("?")
    if not sep:
        return url, []
    query, hash_, fragment = rest.partition("#")
    kept, dropped = [], []
    for pair in query.split("&"):
        (dropped if _TRACKING.match(pair.split("=", 1)[0]) else kept).append(pair)
    new = base + ("?" + "&".join(kept) if kept else "") + (hash_ + fragment)
    return new, [p.split("=", 1)[0] for p in dropped]


class TrackingParameter(ReferenceRule):
    """Tracking parameters in a web address.

    What it checks: `utm_*`, `fbclid`, `gclid`, `mc_cid` and similar query parameters in `URL`.
    Why it matters: they record how the author reached the page, not what the page is; they
    make the same article look like different URLs and leak the author's path.
    Example: `URL: https://example.org/story?utm_source=feed&id=4`.
    Fix: safe — those parameters are removed, the others kept: `https://example.org/story?id=4`.
    """

    code = "CC404"
    name = "tracking-parameter"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Pattern("urls", re.compile(r"[?&](?:utm_|fbclid|gclid|dclid|msclkid|mc_[ce]id|igshid|_ga|_gl|yclid|ocid|cmpid|smid|sr_share)",
                         re.IGNORECASE))

    def check(self, ref):
        if ref.url and "?" in ref.url:
            new, dropped = strip_tracking(ref.url)
            if dropped:
                yield self.violation(ref, ("URL",), f"URL: tracking parameter {', '.join(dropped)}", new)
