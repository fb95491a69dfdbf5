"""What the tagger sees of each token: its word, shape, punctuation, cues and place in the footnote.

Each token's own observations are joined by its neighbours' (two either side), as in AnyStyle's
and ParsCit's templates: a name after "By", a word inside quotes, a number after "vol.".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby

from citecheck.parse.lexicon import GIVEN_NAMES, KEYWORDS, MONTHS, SEASONS
from citecheck.parse.tokens import Token, fixed_label

_EDGE = "\"'“”‘’«»„‹›()[]{}<>.,;:!?*"
_SHAPE = str.maketrans({**{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                        **{c: "x" for c in "abcdefghijklmnopqrstuvwxyz"}, **{c: "d" for c in "0123456789"}})
_OPEN_QUOTES = "\"“‘«„'"
_CLOSE_QUOTES = "\"”’»'"
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)[a-z]?$")
_PAGES = re.compile(r"^\d+[-–—]\d+$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}-?$|^(?:[A-Z]\.-?){1,3}[A-Z]\.?$|^[A-Z]{1,3}$")
_NEAR = frozenset(("w", "shape", "kw", "end", "cap", "start", "number", "month", "initials", "given", "link"))
_FAR = frozenset(("w", "end", "cap", "number", "link"))  # two tokens away: fewer observations (speed)
_FUNCTION_WORDS = frozenset((
    "the", "a", "an", "of", "in", "on", "for", "to", "with", "at", "from", "by", "and", "or", "as", "is", "are",
    "how", "why", "what", "new", "its", "their", "our", "vs", "versus", "de", "la", "le", "les", "des", "du",
    "der", "die", "das", "und", "el", "los", "del", "di", "il", "van", "von", "journal", "review", "press",
    "university", "proceedings", "conference", "international", "studies", "research", "science", "sciences",
    "society", "american", "european", "annual", "quarterly", "bulletin", "magazine", "times", "news", "post",
    "daily", "online", "internet", "available", "retrieved", "accessed", "cited", "doi", "isbn", "vol", "no",
    "pp", "p", "ed", "eds", "edn", "edition", "editor", "editors", "trans", "et", "al", "thesis", "report",
    "working", "paper", "technical", "dissertation", "phd", "inc", "ltd", "publishing", "publishers", "books",
))


def sequence_features(tokens: list[Token]) -> list[list[str]]:
    """Each token's attributes (``name=value`` strings, the tagger's input), in order."""
    own = [_own(token.text) for token in tokens]
    count = len(own)
    out: list[list[str]] = []
    for i, (mine, context) in enumerate(zip(own, _context(tokens))):
        attributes = [*mine[0], *context]
        for slot, offset in enumerate(_OFFSETS):
            j = i + offset
            if 0 <= j < count:
                attributes.extend(own[j][1][slot])
            else:
                attributes.append(_EDGES[slot])
        out.append(attributes)
    return out


_OFFSETS = (-2, -1, 1, 2)
_EDGES = tuple(f"{offset}|edge" for offset in _OFFSETS)


_KNOWN_WORDS = _FUNCTION_WORDS | frozenset(KEYWORDS) | frozenset(MONTHS) | frozenset(SEASONS)


@lru_cache(maxsize=32768)  # a pure function of the token's text; footnotes repeat their words
def _own(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The token's own attributes, and what a neighbour at each offset sees of them."""
    features = _observations(text)
    mine = tuple(f"{key}={value}" for key, value in features.items())
    return mine, tuple(tuple(f"{offset}|{key}={value}" for key, value in features.items()
                             if key in (_NEAR if offset in (-1, 1) else _FAR)) for offset in _OFFSETS)


def _observations(text: str) -> dict[str, str]:
    core = text.strip(_EDGE)
    lower = core.lower()
    # The word itself only when it is one of a closed set: the training footnotes are made up, and a
    # tagger that learnt their vocabulary would not read anyone else's.
    features: dict[str, str] = {"bias": "1", "shape": _shape(core), "len": str(min(len(core), 8)),
                                "end": text[-1] if text[-1] in _EDGE else "w",
                                "start": text[0] if text[0] in _EDGE else "w"}
    if lower in _KNOWN_WORDS:
        features["w"] = lower
    first = core[:1]
    if first.isupper():
        features["cap"] = "upper" if core.isupper() and len(core) > 1 else "title"
    elif first.islower():
        features["cap"] = "lower"
    elif first.isdigit():
        features["cap"] = "digit"
    fixed = fixed_label(text)
    if fixed:
        features["link"] = fixed
    keyword = KEYWORDS.get(lower) or KEYWORDS.get(text.lower())
    if keyword:
        features["kw"] = keyword
    if lower in MONTHS:
        features["month"] = "1"
    if lower in SEASONS:
        features["season"] = "1"
    if core.isdigit():
        features["number"] = "year" if _YEAR.match(core) else ("small" if len(core) <= 2 else "big")
    elif _YEAR.match(core):
        features["number"] = "year"
    if _PAGES.match(core):
        features["range"] = "1"
    if _INITIALS.match(core if core.endswith(".") else text.rstrip(",;")):
        features["initials"] = "1"
    if lower in GIVEN_NAMES:
        features["given"] = "1"
    if text[0] in _OPEN_QUOTES:
        features["open_quote"] = "1"
    if text.rstrip(".,;:")[-1:] in _CLOSE_QUOTES:
        features["close_quote"] = "1"
    return features


def _shape(core: str) -> str:
    return "".join(key for key, _ in groupby(core.translate(_SHAPE)))[:8] if core else "-"


def _context(tokens: list[Token]) -> list[tuple[str, ...]]:
    """Where each token sits: its place, how many separators came before, and whether inside quotes."""
    count = len(tokens)
    separators = 0
    in_quotes = False
    out = []
    for i, token in enumerate(tokens):
        text = token.text
        place = str(i) if i < 6 else ("late" if i < count - 3 else "end")
        attributes = [f"pos={place}", f"rel={10 * i // count}", f"seg={min(separators, 5)}"]
        if text[0] in _OPEN_QUOTES and not in_quotes:
            in_quotes = True
        if in_quotes:
            attributes.append("quoted")
        if in_quotes and text.rstrip(".,;:")[-1:] in _CLOSE_QUOTES and (len(text) > 1 or i > 0):
            in_quotes = False
        if text[-1] in ",.;:" and not (text[-1] == "." and _INITIALS.match(text)):
            separators += 1
        out.append(tuple(attributes))
    return out
