from __future__ import annotations

from types import MappingProxyType
import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Pattern

#: Letters of the scripts this rule tells apart (Latin is every letter not listed).
_SCRIPTS = MappingProxyType({
    "Cyrillic": "\u0400-\u052f", "Greek": "\u0370-\u03ff", "Hebrew": "\u0590-\u05ff", "Arabic": "\u0600-\u06ff\u0750-\u077f",
    "Devanagari": "\u0900-\u097f", "Thai": "\u0e00-\u0e7f", "Georgian": "\u10a0-\u10ff", "Armenian": "\u0530-\u058f",
    "Hangul": "\uac00-\ud7af\u1100-\u11ff", "Kana": "\u3040-\u30ff", "Han": "\u3400-\u4dbf\u4e00-\u9fff",
})
_SCRIPT_OF = MappingProxyType({name: re.compile(f"[{chars}]") for name, chars in _SCRIPTS.items()})
_NON_LATIN = re.compile("[" + "".join(_SCRIPTS.values()) + "]")
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]")
#: Languages written only in the Latin script (the ones a wrong tag is most often given as).
_LATIN_ONLY = frozenset("en fr de es it pt nl pl cs sk sl hr hu ro sv da no nb nn fi et lv lt tr id ms vi ca eu gl ga "
                        "cy is sq af sw la eo".split())
#: What other languages are written in (a title in another script than these is flagged).
_WRITTEN_IN = MappingProxyType({
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk"), frozenset({"Cyrillic"})), "el": frozenset({"Greek"}),
    **dict.fromkeys(("he", "yi"), frozenset({"Hebrew"})), **dict.fromkeys(("ar", "fa", "ur"), frozenset({"Arabic"})),
    **dict.fromkeys(("hi", "mr", "ne"), frozenset({"Devanagari"})), "th": frozenset({"Thai"}),
    "ka": frozenset({"Georgian"}), "hy": frozenset({"Armenian"}), "ko": frozenset({"Hangul", "Han"}),
    "ja": frozenset({"Kana", "Han"}), "zh": frozenset({"Han"}),
})

_SCRIPT_TAG = re.compile(r"-(?:cyrl|grek|arab|hebr|hans|hant|jpan|kore|latn)\b")
#: For each language of _WRITTEN_IN, a letter of the scripts it is not written in.
_OUTSIDE = MappingProxyType({
    language: re.compile("[" + "".join(chars for name, chars in _SCRIPTS.items() if name not in scripts) + "]")
    for language, scripts in _WRITTEN_IN.items()})


def _script(title: str) -> str | None:
    """The non-Latin script most of ``title``'s letters are in, if most are in one."""
    latin = len(_LATIN.findall(title))
    if len(_NON_LATIN.findall(title)) <= max(2, 2 * latin):
        return None  # no script (nor Kana, Han and Hangul together) can have more letters than all of them
    counts = {name: len(pattern.findall(title)) for name, pattern in _SCRIPT_OF.items()}
    name, count = max(counts.items(), key=lambda item: item[1])
    if name in ("Kana", "Han", "Hangul"):
        count = counts["Kana"] + counts["Han"] + counts["Hangul"]
    return name if count >= 3 and count > 2 * latin else None


class LanguageScriptMismatch(ReferenceRule):
    """A `language` the title's script cannot be written in.

    What it checks: the title is mostly in a non-Latin script (Cyrillic, Greek, Arabic, Hebrew,
    Han, Kana…) and `language` names a language not written in it (`en` on a Russian title,
    `ru` on a Japanese one). A Latin title is never judged (translations and transliterations).
    Why it matters: the tag picks hyphenation, quotation marks and title casing: an English
    style title-cases a Russian title, or a screen reader reads it as English.
    Example: `title: Россия и Китай` with `language: en`.
    Fix: none; set the title's language (`ru`), or give the translated title.
    """

    code = "CC614"
    name = "language-script-mismatch"
    severity = Severity.WARNING
    prefilter = Pattern("title", _NON_LATIN)

    def check(self, ref):
        title, language = ref.title, ref.language
        if title.__class__ is not str or language.__class__ is not str or not language.strip():
            return
        tag = language.strip().replace("_", "-").lower()
        primary = tag.split("-", 1)[0]
        if primary not in _LATIN_ONLY and primary not in _WRITTEN_IN:
            return  # a language this rule knows nothing about (before the title's letters are counted)
        if _SCRIPT_TAG.search(tag) or (primary in _OUTSIDE and _OUTSIDE[primary].search(title) is None):
            return  # a script named in the tag; or every letter in the language's own scripts: no other one can lead
        script = _script(title)
        if script is None:
            return
        if primary in _LATIN_ONLY or (primary in _WRITTEN_IN and script not in _WRITTEN_IN[primary]):
            yield self.violation(ref, ("language",), f"language: {language.strip()!r}, but the title is in {script} script")
