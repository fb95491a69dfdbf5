from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_TAG = re.compile(r"</?(?:i|b|em|strong|span|br|sup|sub|u|small|a|p|div|font)\b[^<>]*/?>", re.IGNORECASE)


#: CSL's own rich text (CSL-JSON specification, "HTML-like formatting tags"): citeproc renders it.
_CSL_RICH_TEXT = re.compile(r"</?(?:i|b|sub|sup)>|<span\s+(?:style=\"font-variant:\s*small-caps;?\"|"
                            r"class=\"nocase\")>", re.IGNORECASE)
_CSL_SPAN = re.compile(r"<span\s+(?:style=\"font-variant:\s*small-caps;?\"|class=\"nocase\")>", re.IGNORECASE)


_BREAKING = re.compile(r"</?(?:br|p|div)\b", re.IGNORECASE)


def _foreign(value: str) -> list[re.Match]:
    """The tags of ``value`` that are not CSL rich text (a ``</span>`` closes a CSL span if one opens)."""
    spans = len(_CSL_SPAN.findall(value))
    found = []
    for tag in _TAG.finditer(value):
        text = tag.group(0)
        if _CSL_RICH_TEXT.fullmatch(text):
            continue
        if text.lower() == "</span>" and spans:
            spans -= 1
            continue
        found.append(tag)
    return found


class HtmlMarkup(ValueRule):
    """HTML tags in a title or an outlet name.

    What it checks: tags such as `<em>`, `<br/>`, `<a href=...>` or `<span class=...>` in title and
    outlet fields. CSL's own rich text — `<i>`, `<b>`, `<sub>`, `<sup>`, `<span
    style="font-variant:small-caps;">`, `<span class="nocase">` — is legitimate (`<i>Salmo
    salar</i>`, `N<sub>2</sub>O`) and left alone.
    Why it matters: CSL processors print them as text or strip them unpredictably; styles italicise
    titles themselves.
    Example: `title: The <em>Long</em> Telegram`.
    Fix: safe — the tags are removed, their text is kept; CSL's rich text stays.
    """

    code = "CC104"
    name = "html-markup"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    scope = "titles"
    prefilter = Pattern(scope, re.compile("<"))

    def inspect(self, value):
        foreign = _foreign(value)
        if not foreign:
            return None
        fixed, start = "", 0
        for tag in foreign:  # a line-breaking tag parts two words; an inline one does not
            fixed += value[start:tag.start()]
            if _BREAKING.match(tag.group(0)) and fixed[-1:].strip() and value[tag.end():tag.end() + 1].strip():
                fixed += " "
            start = tag.end()
        fixed += value[start:]
        return f"HTML tag {foreign[0].group(0)!r}", fixed or None
