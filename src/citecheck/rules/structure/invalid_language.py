from __future__ import annotations

from functools import cache

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where


@cache
def is_valid_tag(value: str) -> bool:
    import langcodes

    return langcodes.tag_is_valid(value)


@cache
def _plainly_valid(value: str) -> bool:
    return value == value.strip() and "_" not in value and is_valid_tag(value)


@cache
def tag_for_name(value: str) -> str | None:
    """``English`` -> ``en``, ``Mandarin`` -> ``cmn``; None when the name is unknown (offline data)."""
    import langcodes

    try:
        return langcodes.find(value).to_tag()
    except (LookupError, ImportError):
        return None


class InvalidLanguage(ReferenceRule):
    """A language that is not a BCP 47 tag.

    What it checks: `language` is a well-formed, registered IETF BCP 47 tag (`en`, `zh-Hans`,
    `pt-BR`) or the name of a language (CC603 asks for its tag), checked with langcodes'
    offline registry.
    Why it matters: CSL processors use the tag to choose quotation marks, title casing and
    hyphenation; a name such as "English" or an invented code is ignored (CS1 `unknown_lang`).
    Example: `language: xx-yy-zz`.
    Fix: none; look up the tag of the language meant.
    """

    code = "CC602"
    name = "invalid-language"
    severity = Severity.ERROR
    prefilter = Where(lambda ref: ref.language is not None and not _plainly_valid(ref.language))

    def check(self, ref):
        value = (ref.language or "").strip()
        if not value:
            return
        if "_" in value or not is_valid_tag(value):
            if "_" in value and is_valid_tag(value.replace("_", "-")):
                return  # CC603 normalises the separator
            if tag_for_name(value):
                return  # a language's name (BibLaTeX's `langid = german`): CC603 gives its tag
            yield self.violation(ref, ("language",), f"language: {value!r} is not a BCP 47 tag")
