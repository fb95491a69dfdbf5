from __future__ import annotations

import re

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_PMID = re.compile(r"^[1-9]\d{0,8}$")
_PMCID = re.compile(r"^(?:PMC)?[1-9]\d{0,8}$")  # PubMed Central writes both PMC123 and 123
_PMID_LABEL = re.compile(r"^(?:pmid|pubmed(?:\s*id)?)\s*[:#]?\s*", re.IGNORECASE)
_PMCID_LABEL = re.compile(r"^(?:pmcid\s*[:#]?\s*)", re.IGNORECASE)


class InvalidPubmedId(ReferenceRule):
    """A PubMed id (`PMID`) or PubMed Central id (`PMCID`) that cannot be one.

    What it checks: `PMID` is a whole number of up to nine digits (`30124545`); `PMCID` is digits,
    with or without `PMC` (`PMC6123456`). A label in front (`PMID: 123`) is reported too.
    Why it matters: styles and reference managers build the PubMed link from it; a stray letter
    (`3012a45`) links to nothing.
    Example: `PMID: 3012a45`.
    Fix: safe when only a label is wrong — the label is removed (`PMID: 30124545` → `30124545`).
    """

    code = "CC612"
    name = "invalid-pubmed-id"
    severity = Severity.ERROR
    fixable = Fixability.SAFE
    prefilter = Needs("pmid", "pmcid")

    def check(self, ref):
        for key, value, shape, label in (("PMID", ref.pmid, _PMID, _PMID_LABEL), ("PMCID", ref.pmcid, _PMCID, _PMCID_LABEL)):
            if value is None:
                continue
            text = str(value).strip()
            if not text or shape.match(text):
                continue
            bare = label.sub("", text)
            yield self.violation(ref, (key,), f"{key}: {text!r} is not a {'PubMed' if key == 'PMID' else 'PMC'} id",
                                 bare if shape.match(bare) else None)
