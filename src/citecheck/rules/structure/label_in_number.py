from __future__ import annotations

import re
from types import MappingProxyType

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_LABELS = MappingProxyType({
    "volume": re.compile(r"^\s*(?:vol(?:ume)?\.?|v\.)\s*(?=\S)", re.IGNORECASE),
    "issue": re.compile(r"^\s*(?:no\.?|nr\.?|num(?:ber)?\.?|issue|iss\.)\s*(?=\S)", re.IGNORECASE),
    "page": re.compile(r"^\s*(?:pp?\.|pp?(?=\s+\d)|pages?|pg\.?)\s*(?=\S)", re.IGNORECASE),  # "pp 1-2" too
    "edition": re.compile(r"\s*(?:ed\.|edn\.?|edition)\s*$", re.IGNORECASE),
})


class LabelInNumber(ReferenceRule):
    """A label typed into a number field.

    What it checks: `volume` starting with "vol.", `issue` with "no." or "issue", `page` with
    "p." or "pp.", `edition` ending with "ed." or "edition".
    Why it matters: the style adds its own label, giving "vol. vol. 3" (CS1 `extra_text_*`).
    Example: `page: pp. 12–15`.
    Fix: safe — the label is removed: `12–15`.
    """

    code = "CC609"
    name = "label-in-number"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Needs("volume", "issue", "page", "edition")

    def check(self, ref):
        for key, label in _LABELS.items():
            value = getattr(ref, key)
            if isinstance(value, str) and label.search(value):
                fixed = label.sub("", value).strip()
                yield self.violation(ref, (key,), f"{key}: the label in {value!r} is added by the style",
                                     fixed or None)
