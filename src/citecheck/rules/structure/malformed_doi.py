from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


class MalformedDoi(ReferenceRule):
    """A DOI that is not a bare DOI.

    What it checks: `DOI` has the form `10.<registrant>/<suffix>`; a resolver address or a
    `doi:` prefix in front of it is reported too.
    Why it matters: styles build the link themselves; a prefixed DOI prints twice or breaks the
    link (CS1 `bad_doi`, JabRef `DoiValidityChecker`).
    Example: `DOI: https://doi.org/10.1000/xyz123`.
    Fix: safe when only a prefix is wrong — the prefix is removed: `10.1000/xyz123`.
    """

    code = "CC604"
    name = "malformed-doi"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    prefilter = Needs("doi")

    def check(self, ref):
        doi = (ref.doi or "").strip()
        if not doi or _DOI.match(doi):
            return
        bare = _PREFIX.sub("", doi)
        fixed = bare if _DOI.match(bare) else None
        yield self.violation(ref, ("DOI",), f"DOI: {doi!r} is not of the form 10.NNNN/suffix", fixed)
