"""Citation keys: the reference id when it is a safe key, else ``author + year + title word``.

A safe key is ASCII letters, digits and ``_:.-`` (no ``,{}()=#%~"'`` or spaces, which break BibTeX,
biber or LaTeX). Generated keys are folded to ASCII, get ``a``, ``b``... when they clash, and
depend only on the references and their order, so the same file always gives the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain
from urllib.parse import urlsplit

from citecheck.model import Reference

SAFE_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9_:.\-]*\Z")
_SKIP = {"a", "an", "the", "of", "on", "in", "to", "and", "de", "la", "le", "der", "die", "das", "by", "for"}


_NOT_KEY = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase ASCII letters and digits of ``text`` (accents dropped, other scripts dropped)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_KEY.sub("", plain.lower())


def _who(ref: Reference) -> str:
    for name in chain(ref.author or (), ref.editor or ()):
        word = _first_word(name.family or name.literal or "")
        if word:
            return word
    for text in (ref.container_title, ref.publisher):
        word = _first_word(text) if text else ""
        if word:
            return word
    try:
        host = urlsplit(ref.url if "//" in (ref.url or "") else f"//{ref.url or ''}").hostname or ""
    except ValueError:  # not a URL urllib can split (an unclosed "[" reads as a broken IPv6 host): no word from it
        host = ""
    labels = [label for label in host.split(".") if label not in ("www", "")]
    return fold(labels[0]) if labels else ""


@lru_cache(maxsize=65536)
def _first_word(text: str) -> str:
    """The first folded word of ``text`` that is not a stop word, or "" (names and publishers repeat)."""
    for word in map(fold, text.split()):
        if word and word not in _SKIP:
            return word
    return ""


def _word(ref: Reference) -> str:
    for word in (ref.title or "").split():
        folded = fold(word)
        if folded and folded not in _SKIP and len(folded) > 1:
            return folded
    return ""


def generated_key(ref: Reference) -> str:
    year = ref.issued.year if ref.issued else None
    year = "nd" if year is None else str(year)
    return (_who(ref) or "ref") + year + _word(ref)


def citation_keys(refs: list[Reference]) -> list[str]:
    """One distinct key per reference, in order: its ``citation-key`` (Better BibTeX's, what the user's
    ``\\cite`` commands name) when it has one, else its id."""
    idents = key_idents(refs)
    return KeyMaker(taken_keys(idents)).keys(refs, idents)


def key_idents(refs: list[Reference]) -> list[str]:
    """What each reference asks to be cited as: its ``citation-key``, else its id."""
    return [ref.citation_key or ref.id for ref in refs]


def taken_keys(idents: list) -> set[str]:
    """The idents that are safe keys: a generated key never takes one, wherever in the file it stands."""
    return {ident for ident in idents if isinstance(ident, str) and SAFE_KEY.match(ident)}


class KeyMaker:
    """Gives out the keys of a file's references in order, a part of the file at a time: a part's keys depend
    on the parts before it only through this object (the keys used, the suffixes tried), so a file written in
    two halves (citecheck.formats.export_halves) hands it from the first half to the second."""

    def __init__(self, taken: set[str], used: set[str] | None = None,
                 suffixes_tried: dict[str, int] | None = None) -> None:
        self.taken = taken  # every safe ident of the whole file
        self.used = set() if used is None else used  # the keys given out so far
        # base -> how many suffixes are taken: a thousand "smith2020" probe once each
        self.suffixes_tried = {} if suffixes_tried is None else suffixes_tried

    def keys(self, refs: list[Reference], idents: list[str]) -> list[str]:
        """The keys of ``refs``, the next references of the file (``idents``: their :func:`key_idents`)."""
        taken, used, suffixes_tried = self.taken, self.used, self.suffixes_tried
        keys: list[str] = []
        for ref, ident in zip(refs, idents):
            if ident in taken and ident not in used:
                key = ident
            else:
                base = generated_key(ref)
                n = suffixes_tried.get(base, 0)
                key = base + _suffix(n - 1) if n else base  # the last one tried: all before it stay taken
                while key in taken or key in used:
                    key = base + _suffix(n)
                    n += 1
                suffixes_tried[base] = n
            used.add(key)
            keys.append(key)
        return keys


def _suffix(n: int) -> str:
    """a, b, ..., z, aa, ab, ...: a clash postfix."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(97 + rest) + letters
    return letters
