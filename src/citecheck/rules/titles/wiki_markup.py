from __future__ import annotations

import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_MARKUP = re.compile(r"\[\[|\]\]|\{\{|\}\}|'''|''")
_TEX_QUOTES = re.compile(r"``(.*?)''")  # LaTeX's quotation marks, which BibTeX passes on: not wiki italics
#: A formula (`$2^{\mbox{2}}$`): its braces are TeX's, not a wiki template's.
_MATH = re.compile(r"\$[^$]*\$")
_PIPED = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")


class WikiMarkup(ValueRule):
    """Wiki markup left in a title or an outlet name.

    What it checks: `[[`, `]]`, `{{`, `}}`, `''` or `'''` in title and outlet fields (outside a
    `$…$` formula).
    Why it matters: the markup was copied from a wiki page and prints literally
    (CS1 `apostrophe_markup`, `wikilink_in_url`).
    Example: `container-title: Consortium News]]`.
    Fix: safe — a link keeps its label (`[[a|b]]` -> `b`), TeX quotes become quotation marks
    (``` ``No Limits'' ``` -> `“No Limits”`), stray brackets and quote marks go.
    """

    code = "CC103"
    name = "wiki-markup"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    scope = "titles"
    prefilter = Pattern(scope, re.compile(r"\[\[|\]\]|\{\{|\}\}|''"))

    def inspect(self, value):
        found = _MARKUP.search(value)
        if not found:
            return None
        if "$" in value:
            outside = _MARKUP.search(_MATH.sub(lambda math: " " * len(math.group()), value))
            if outside is None:
                return None
            if _MATH.search(value):  # the fix would edit the formula too: reported, left to the author
                return f"wiki markup {outside.group(0)!r}"
        quoted = _TEX_QUOTES.sub("\u201c\\1\u201d", value)  # ``No Limits'' -> “No Limits”, both marks kept
        what = "TeX quotes ``…''" if quoted != value and not _MARKUP.search(quoted) else f"wiki markup {found.group(0)!r}"
        cleaned = _MARKUP.sub("", _PIPED.sub(r"\1", quoted))
        return what, " ".join(cleaned.split())
