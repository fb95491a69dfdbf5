from __future__ import annotations

import re

from citecheck.rules.base import Severity
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
    trigger = re.compile(r"https?://|www\.", re.IGNORECASE)

    def inspect(self, value):
        found = _URL.search(value)
        return f"contains the address {found.group(0)!r}" if found else None
