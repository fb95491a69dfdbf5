"""Text helpers the rules share: which fields hold prose, capitals, title case, normal forms."""

from __future__ import annotations

import re
import unicodedata

#: Values copied verbatim (identifiers, addresses, the catalogue an item came from) or the footnote as
#: printed: never prose.
VERBATIM = frozenset({"id", "type", "URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "archive-url",
                      "printed", "source", "language", "citation-key", "citation-label", "year-suffix"})
#: Fields that name a work or an outlet.
TITLE_FIELDS = ("title", "container-title", "collection-title", "event-title", "publisher",
                "original-title", "volume-title", "part-title", "reviewed-title", "title-short",
                "container-title-short", "original-publisher", "event")
OUTLET_FIELDS = ("container-title", "publisher")
NAME_PARTS = ("family", "given", "literal", "dropping-particle", "non-dropping-particle", "suffix")
#: Lower-case Latin, Greek and Cyrillic letters, as the body of a regex character class.
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u03ac-\u03ce\u0430-\u045f"
#: Scripts without case (kana, CJK, Hangul), likewise.
CASELESS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
#: A letter that is neither lower case nor caseless: a capital, where capitals are looked for.
NOT_LOWER_OR_CASELESS = f"[^\\W\\d_{LOWER}{CASELESS}]"

def cased_letters(text: str) -> list[str]:
    """The letters of ``text`` that have an upper and a lower case (not CJK, not digits)."""
    return [c for c in text if c.isalpha() and c.lower() != c.upper()]


def is_all_caps(text: str, min_letters: int = 4) -> bool:
    """True for ``BUILDING A NEW WORLD ORDER``; false for ``NATO``, ``M. K.`` and mixed case."""
    if text.upper() != text:  # some letter is lower case: the common answer, found fast
        return False
    letters = cased_letters(text)
    return len(letters) >= min_letters and all(c.isupper() for c in letters)


_SMALL = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on", "or", "over", "per", "the", "to", "via", "vs", "with"])
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def title_case(text: str) -> str:
    """``BUILDING A NEW WORLD ORDER`` -> ``Building a New World Order`` (English small words kept low)."""
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        first = match.start() == 0 or text[:match.start()].rstrip().endswith((":", "—", "–", "?", "!"))
        if lower in _SMALL and not first:
            return lower
        return capitalise_word(word)

    return _WORD.sub(fix, text)


def capitalise_word(word: str) -> str:
    """``ESCOBAR`` -> ``Escobar``; ``MCGOVERN`` or ``McGOVERN`` -> ``McGovern``; ``O'BRIEN`` -> ``O'Brien``."""
    lower = word.lower()
    if lower.startswith("mc") and len(word) > 3:
        return "Mc" + lower[2].upper() + lower[3:]
    for apostrophe in ("'", "’"):
        head, sep, tail = lower.partition(apostrophe)
        if sep and len(head) == 1 and tail:
            return head.upper() + sep + tail[0].upper() + tail[1:]
    return lower[:1].upper() + lower[1:]


_ALNUM_RUNS = re.compile(r"[^\W_]+")  # kept and joined: a third faster than deleting what lies between
# The ASCII characters outside _ALNUM_RUNS: deleting them as bytes is several times faster than the regex.
_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())


def fold(text: str) -> str:
    """A comparison key: accents, case, punctuation and spacing removed (``America’s`` == ``americas``)."""
    if text.isascii():
        return text.encode("ascii").lower().translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return "".join(_ALNUM_RUNS.findall(unicodedata.normalize("NFKD", text).casefold()))


_ASCII_NOT_ALNUM_NOR_NEWLINE = _ASCII_NOT_ALNUM.replace(b"\n", b"")


def fold_all(texts: list[str]) -> list[str]:
    """:func:`fold` of each of ``texts``: the ASCII ones in one pass over their joined bytes (a call
    per text cost most of the duplicate rule's time on a large file), the others one by one."""
    ascii_ones = [text for text in texts if text.isascii()]
    joined = "\n".join(ascii_ones)
    if joined.count("\n") != max(len(ascii_ones) - 1, 0):  # a text holds a line break: one by one
        return [fold(text) for text in texts]
    folded = iter(joined.encode("ascii").lower().translate(None, _ASCII_NOT_ALNUM_NOR_NEWLINE)
                  .decode("ascii").split("\n"))
    return [next(folded) if text.isascii() else fold(text) for text in texts]


class FoldMemo(dict):
    """:func:`fold` remembered per string for one pass: titles, names and outlets repeat across a file."""

    def __missing__(self, text: str) -> str:
        folded = self[text] = fold(text)
        return folded
