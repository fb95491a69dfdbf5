from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_TAG = re.compile(r"</?(?:i|b|em|strong|span|br|sup|sub|u|small|a|p|div|font)\b[^<>]*/?>", re.IGNORECASE)


class HtmlMarkup(ValueRule):
    """HTML tags in a title or an outlet name.

    What it checks: tags such as `<i>`, `</b>`, `<br/>` or `<span class=...>` in title and outlet
    fields.
    Why it matters: CSL processors print them as text or strip them unpredictably; styles italicise
    titles themselves.
    Example: `title: The <i>Long</i> Telegram`.
    Fix: safe — the tags are removed, their text is kept.
    """

    code = "CC104"
    name = "html-markup"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    scope = "titles"
    prefilter = Pattern(scope, re.compile("<"))

    def inspect(self, value):
        found = _TAG.search(value)
        if not found:
            return None
        return f"HTML tag {found.group(0)!r}", " ".join(_TAG.sub(" ", value).split())
