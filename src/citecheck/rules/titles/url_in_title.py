from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


class UrlInTitle(ValueRule):
    """A web address inside a title or an outlet name.

    What it checks: `http://`, `https://` or `www.` in title and outlet fields.
    Why it matters: the address belongs in `URL`; in a title it prints as text and is never
    checked (CS1 `param_has_ext_link`, JabRef `NoURLChecker`).
    Example: `title: Putin and Xi agree https://thechinaproject.com/...`.
    Fix: none; move the address to `URL` by hand.
    """

    code = "CC114"
    name = "url-in-title"
    severity = Severity.ERROR
    scope = "titles"
    # Case spelled out: with IGNORECASE the engine has no first-character set to scan for and
    # tries every position ("ſ" is the one other letter that folds to "s").
    prefilter = Pattern(scope, re.compile(r"[hHwW](?:(?<=[hH])[tT][tT][pP][sSſ]?://|(?<=[wW])[wW][wW]\.)"))

    def inspect(self, value):
        found = _URL.search(value)
        return f"contains the address {found.group(0)!r}" if found else None
