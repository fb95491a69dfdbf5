from __future__ import annotations

import re
from types import MappingProxyType

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_DASHES = re.compile("[\u2010-\u2015\u2212]")
_TRAILING = re.compile(r"[.,;:]+$")
#: Prefixes that never name a real work: Crossref's test prefix, and the example in the DOI handbook.
_TEST_PREFIXES = ("10.5555/", "10.1000/xyz")


_PAIRS = MappingProxyType({")": "(", "]": "[", ">": "<"})


def _unmatched_closing(text: str) -> str | None:
    """The bracket ``text`` ends with when nothing in it opens it (a DOI copied out of "(doi:10.1000/abc)")."""
    closing = text.rstrip(".,;:")[-1:]
    opening = _PAIRS.get(closing)
    return closing if opening and text.count(opening) < text.count(closing) else None


class SuspiciousDoi(ReferenceRule):
    """A DOI of the right shape that cannot be the work's: a sentence's full stop, a typographic dash, a test prefix.

    What it checks: `DOI` ends with `.`, `,` or `;` (copied with the sentence) or with a bracket
    nothing in it opens (`10.1000/abc)`, copied out of parentheses); holds an en dash,
    em dash or minus sign where DOIs have a hyphen; contains a space; or starts with
    `10.5555/`, Crossref's prefix for test records.
    Why it matters: the DOI does not resolve, or resolves to a test record; link checkers and
    reference managers fail on it.
    Example: `DOI: 10.1000/abc.`, `DOI: 10.1000/abc–def`, `DOI: 10.5555/12345678`.
    Fix: unsafe — the trailing mark is cut and the dashes become hyphens (a test prefix has no fix).
    """

    code = "CC611"
    name = "suspicious-doi"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Needs("doi")

    def check(self, ref):
        doi = ref.doi
        if doi.__class__ is not str or not doi.strip():
            return
        text = doi.strip()
        problems = []
        if _TRAILING.search(text):
            problems.append(f"ends with {_TRAILING.search(text).group()!r}")
        closing = _unmatched_closing(text)
        if closing:
            problems.append(f"ends with an unmatched {closing!r}")
        if _DASHES.search(text):
            problems.append(f"has a typographic dash {_DASHES.search(text).group()!r} (DOIs use '-')")
        if re.search(r"\s", text):
            problems.append("contains a space")
        if text.lower().startswith(_TEST_PREFIXES[0]):
            problems.append("10.5555 is Crossref's test prefix, not a published work")
        if not problems:
            return
        fixed = _DASHES.sub("-", _TRAILING.sub("", text[:-1] if closing else text))
        yield self.violation(ref, ("DOI",), f"DOI: {text!r} " + "; ".join(problems),
                             fixed if fixed != text and not text.lower().startswith(_TEST_PREFIXES[0]) else None)
