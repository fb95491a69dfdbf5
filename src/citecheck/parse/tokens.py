"""Cutting one footnote into tokens, and recognising the tokens no tagger needs to guess.

A token is a run of non-space characters, further cut where academic styles glue fields together
(``2019;12(3):45-67`` is four tokens). URLs, DOIs and bare domains are recognised by pattern here,
before any tagging: the tagger's label for them is overruled (see :func:`fixed_label`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from citecheck.parse.lexicon import TLDS

_RUN = re.compile(r"\S+")
# Inside a run: after ; or : (when more follows), before ( glued to a word, after ) glued to a word.
_GLUED = re.compile(r"(?<=[;:])(?=[^\s/])|(?<=[\w.])(?=\((?:\d|[A-Za-z]\w*\)))|(?<=\))(?=\w)")
_MAY_GLUE = re.compile(r"[;:(]|\)\w")
_URL = re.compile(r"^[<(\[]?(?:https?://|ftp://|www\.)\S+", re.IGNORECASE)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_DOMAIN = re.compile(r"^[<(\[]?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,12}))(/[^\s]*)?[>)\].,;]*$",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int  # offset in the footnote
    end: int


def tokenise(text: str) -> list[Token]:
    """The tokens of ``text`` with their offsets; URLs and DOIs are never cut."""
    tokens: list[Token] = []
    for run in _RUN.finditer(text):
        word = run.group(0)
        if not _MAY_GLUE.search(word) or _is_link(word) or len(word) > 200:  # long runs: bounded work
            tokens.append(Token(word, run.start(), run.end()))
            continue
        cut = run.start()
        for piece in _GLUED.split(word):
            if piece:
                tokens.append(Token(piece, cut, cut + len(piece)))
                cut += len(piece)
    return tokens


def _is_link(word: str) -> bool:
    return bool(_URL.match(word) or _DOI.search(word) or "://" in word)


def is_url(word: str) -> bool:
    return bool(_URL.match(word)) and not _DOI.search(word)


def doi_in(word: str) -> str | None:
    match = _DOI.search(word)
    return match.group(1).rstrip(".,;)]>") if match else None


def is_domain(word: str) -> bool:
    """``tass.com``, ``thealtworld.com/alastair_crooke``, ``www.unz.com``: a bare address, not ``U.S.``."""
    match = _DOMAIN.match(word)
    return bool(match) and match.group(2).lower() in TLDS and not match.group(1)[0].isupper()


@lru_cache(maxsize=32768)
def fixed_label(word: str) -> str | None:
    """The label a token has whatever the tagger says: ``doi`` or ``url``, else None."""
    if doi_in(word):
        return "doi"
    if is_url(word) or is_domain(word):
        return "url"
    return None
