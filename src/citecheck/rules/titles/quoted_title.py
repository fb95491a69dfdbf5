from __future__ import annotations

from types import MappingProxyType
import re

from citecheck.rules.base import Fixability, Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: Opening mark -> the closing marks that pair with it.
_PAIRS = MappingProxyType({'"': '"', "'": "'", "“": "”“", "„": "“”", "‘": "’‘", "«": "»", "»": "«", "‹": "›", "「": "」", "『": "』",
          "`": "'", "``": "''"})


class QuotedTitle(ValueRule):
    """A title wrapped in quotation marks.

    What it checks: the whole title sits between a pair of quotation marks (`"…"`, `“…”`,
    `«…»`, `„…“`, `'…'`, TeX's ``` ``…'' ```) with no other mark of the pair inside.
    Why it matters: styles add their own quotes, giving `""Title""`; the marks are the style's
    job, not the data's.
    Example: `title: '"China and Russia sign a deal"'`.
    Fix: unsafe — the outer marks are removed (a title that is itself a quotation keeps them).
    """

    code = "CC117"
    name = "quoted-title"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    scope = "title"
    # value_chars(), not ".": a column is one long line, and ".*" would run to its end at every quote
    prefilter = Pattern(scope, re.compile(VALUE_START + r"\s*[\"'“„‘«»‹「『`]" + value_chars() + r"*[\"'”“’‘»«›」』]\s*"
                                          + VALUE_END))

    def inspect(self, value):
        text = value.strip()
        opener = "``" if text.startswith("``") else text[:1]
        closers = _PAIRS.get(opener)
        if closers is None or len(text) <= 2 * len(opener):
            return None
        closer = "''" if opener == "``" else text[-1]
        if closer not in closers or not text.endswith(closer):
            return None
        inner = text[len(opener): -len(closer)]
        # 'A "B" and "C"' opens and closes two quotations, not one around the title.
        if opener in inner or closer in inner or not inner.strip():
            return None
        return f"the whole title is in quotation marks {opener}…{closer}", inner.strip()
