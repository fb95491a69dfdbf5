from __future__ import annotations

from functools import cache

from citecheck.rules.base import Fix, Fixability, ReferenceRule, Severity, Violation
from citecheck.rules.prefilter import Where
from citecheck.rules.structure.invalid_language import is_valid_tag, tag_for_name
from citecheck.yaml_edit import FieldEdit


@cache
def _canonical(tag: str) -> str:
    import langcodes

    return langcodes.standardize_tag(tag)


@cache
def _canonical_already(value: str) -> bool:
    return is_valid_tag(value) and _canonical(value) == value


class NonCanonicalLanguage(ReferenceRule):
    """A language tag in a non-standard form.

    What it checks: a valid tag written differently from its canonical BCP 47 form — case
    (`EN-us`), underscore (`en_US`), or a deprecated code (`iw` for Hebrew) — or a language's
    name where its tag belongs (`English`, BibLaTeX's `langid = german`).
    Why it matters: processors compare tags as text; `en_US` and `EN` may not select English
    rules.
    Example: `language: en_us`.
    Fix: safe — the canonical form from langcodes: `en-US`, `he`; unsafe for a name, replaced by
    its tag (`English` -> `en`, `Mandarin` -> `cmn`; you may prefer `zh`).
    """

    code = "CC603"
    name = "non-canonical-language"
    severity = Severity.WARNING
    fixable = Fixability.SAFE
    prefilter = Where(lambda ref: ref.language is not None and not _canonical_already(ref.language))

    def check(self, ref):
        value = (ref.language or "").strip()
        if not value:
            return
        candidate = value.replace("_", "-")
        if not is_valid_tag(candidate):
            tag = tag_for_name(value)
            if tag:  # a guess from a name: a person should look at it
                yield Violation(ref, ("language",), f"language: {value!r} is a name; its BCP 47 tag is {tag!r}",
                                Fix((FieldEdit(ref.id, ("language",), tag),), safe=False))
            return  # else CC602's
        canonical = _canonical(candidate)
        if canonical != ref.language:
            yield self.violation(ref, ("language",), f"language: {value!r} is written {canonical!r} in BCP 47",
                                 canonical)
