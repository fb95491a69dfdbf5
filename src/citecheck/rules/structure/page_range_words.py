from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

#: "345 to 367", "345 through 367", "345 bis 367", "345 à 367", "345 -- 367": a range in words or TeX.
_WORDED = re.compile(r"^\s*(?:(?:from|von|de|du|pages?|pp?\.)\s*)?([A-Za-z]?\d+)\s*"
                     r"(?:\s(?:to|through|thru|till|until|bis|à|a|al|до|по)\s|--+|—)\s*([A-Za-z]?\d+)\s*$",
                     re.IGNORECASE)


class PageRangeWords(ReferenceRule):
    """A page range written in words (`345 to 367`) or TeX dashes (`345--367`).

    What it checks: `page` is two page numbers joined by `to`, `through`, `bis`, `à`, `--` or an
    em dash (after `from`, `pages` or `pp.`, if any).
    Why it matters: CSL styles read `page` as a range only with a hyphen or en dash; they print
    "345 to 367" as typed, and cannot shorten it (`345–67`) or count it.
    Example: `page: 345 to 367`.
    Fix: safe — `345-367`.
    """

    code = "CC613"
    name = "page-range-words"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Needs("page")  # one field: reading it is cheaper than searching every field's column

    def check(self, ref):
        page = ref.page
        if page.__class__ is str and (found := _WORDED.match(page)):
            yield self.violation(ref, ("page",), f"page: {page.strip()!r} is not a range CSL reads",
                                 f"{found.group(1)}-{found.group(2)}")
