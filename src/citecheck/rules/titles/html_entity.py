from __future__ import annotations

import html
import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


class HtmlEntity(ValueRule):
    """HTML character references in prose.

    What it checks: `&amp;`, `&quot;`, `&#8217;` and similar in any text field or name.
    Why it matters: they were copied from page source and print literally (JabRef
    `HTMLCharacterChecker`).
    Example: `title: Russia &amp; China`.
    Fix: safe — each reference becomes its character: `Russia & China`.
    """

    code = "CC105"
    name = "html-entity"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    scope = "all"
    prefilter = Pattern(scope, re.compile("&"))

    def inspect(self, value):
        found = _ENTITY.search(value)
        if not found or html.unescape(found.group(0)) == found.group(0):
            return None
        return f"HTML entity {found.group(0)!r}", html.unescape(value)
