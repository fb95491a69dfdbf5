"""The strings every match of a pattern contains, worked out from the pattern: a column without any needs no search.

:func:`required` reads a compiled pattern (its parsed form) and returns strings of which every
match holds one, or None when it finds none worth looking for. ``str.__contains__`` finds a
string in megabytes many times faster than the regex engine walks them, so the engine
(:mod:`citecheck.rules.candidates`) searches a column with a pattern only if one of them is there.

Letter case: a letter spelled ``[Rr]`` (see :func:`~citecheck.rules.prefilter.any_case`), or any
letter of a pattern compiled with ``re.IGNORECASE``, is looked for lower-cased, in the column
lower-cased (:func:`lowered`), with the other letters the regex engine takes for it (ı for i,
ſ for s, ς for σ).
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from dataclasses import dataclass
from itertools import product
from types import MappingProxyType

try:  # the letters re.IGNORECASE also takes for a lower-case one (dotless ı for i, long ſ for s…)
    from re._casefix import _EXTRA_CASES as _extra_cases
except ImportError:  # pragma: no cover - CPython before 3.11 keeps them elsewhere
    _extra_cases = {}
_EXTRA_CASES = MappingProxyType(_extra_cases)  # read only: the regex engine's own table
del _extra_cases

_MAX_CLASS = 12  # a class of more characters than this is not spelled out (each is one more search)
_MAX_STRINGS = 16  # nor are more strings than this looked for, for one pattern (each is a pass over the column)
_FEW = 2  # strings: more than this are looked for only when the regex engine cannot skip ahead on its own
_LONG_ENOUGH = 6  # characters: a string this long is rare enough in a column; a longer one is not worth more variants
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_SIGMAS = frozenset("σς")  # str.lower() writes a final capital sigma as ς, the regex engine folds it to σ
_DOTTED_I = "\u0130"  # İ: str.lower() writes two characters for it, the regex engine folds it to one


@dataclass(frozen=True)
class Required:
    """Every match holds one of ``strings``; ``lowered``: they are to be looked for in the lower-cased text."""

    strings: tuple[str, ...]
    lowered: bool

    def found_in(self, text: str, lowered_text: str | None) -> bool:
        """Whether one of the strings is in ``text`` (``lowered_text``: ``text`` lower-cased, or None when
        :func:`lowered` cannot give it)."""
        if self.lowered:
            return lowered_text is None or any(string in lowered_text for string in self.strings)
        return any(string in text for string in self.strings)


def lowered(text: str) -> str | None:
    """``text`` lower-cased as the strings are, or None when one of its characters would lower-case differently."""
    return None if _DOTTED_I in text else text.lower()


class _Unknown(Exception):
    """This part of the pattern holds no string every match needs."""


# A piece: the strings one character of a match may be, and whether they are lower-cased.
_Piece = tuple[frozenset[str], bool]


def required(pattern: re.Pattern, ignore: str = "") -> Required | None:
    """Strings of which every match of ``pattern`` holds one, or None; a string made only of ``ignore``'s
    characters (marks every column is full of) is worth nothing."""
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
        return None
    try:
        data = sre_parse.parse(pattern.pattern, pattern.flags).data
        found = _sequence(data, pattern.flags, ignore)
    except (_Unknown, re.error, RecursionError):
        return None
    if found is None or _worth(found, ignore) == 0:
        return None
    if len(found.strings) > _FEW and _led_by_characters(data):
        return None  # the regex engine skips ahead to the pattern's first characters: one pass beats many
    return found


def _led_by_characters(data) -> bool:
    """Whether the regex engine searches for ``data`` by its first character (a literal, a class, or an
    alternation of literals: what CPython's compiler turns into a prefix or a character set)."""
    while data and data[0][0] is sre.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    return op in (sre.LITERAL, sre.IN) or (
        op is sre.BRANCH and all(alternative.data and alternative.data[0][0] is sre.LITERAL for alternative in av[1]))


def _worth(found: Required, ignore: str) -> int:
    """How much a set of strings narrows a search: the length of the shortest, marks left out."""
    return min(len(string.strip(ignore)) for string in found.strings)


def _best(candidates: list[Required], ignore: str) -> Required | None:
    if not candidates:
        return None
    return max(candidates, key=lambda found: (_worth(found, ignore), -len(found.strings)))


def _sequence(data, flags, ignore: str) -> Required | None:
    """The best strings of a sequence: a run of characters next to each other, or what one part needs."""
    candidates: list[Required] = []
    run: list[_Piece] = []

    def close_run():
        if run:
            if (joined := _joined(run)) is not None:
                candidates.append(joined)
            run.clear()

    for op, av in data:
        if op in _ZERO_WIDTH:
            continue  # takes no character: the characters on either side are still next to each other
        try:
            piece = _character(op, av, flags)
        except _Unknown:
            close_run()
            try:
                inner = _part(op, av, flags, ignore)
            except _Unknown:
                continue
            if inner is not None:
                candidates.append(inner)
            continue
        run.append(piece)
    close_run()
    return _best(candidates, ignore)


def _joined(run: list[_Piece]) -> Required | None:
    """The strings of a stretch of ``run``: long enough (up to :data:`_LONG_ENOUGH` characters count), then
    spelled out to as few strings as may be (``retr`` rather than ``retrieved`` and ``retrıeved``)."""
    best: tuple[int, int, int, int] | None = None  # (length counted, -count, length, start)
    for start in range(len(run)):
        count = 1
        for stop in range(start + 1, len(run) + 1):
            count *= len(run[stop - 1][0])
            if count > _MAX_STRINGS:
                break
            key = (min(stop - start, _LONG_ENOUGH), -count, stop - start, start)
            if best is None or key[:3] > best[:3]:
                best = key
    if best is None:
        return None
    _, _, length, start = best
    pieces = run[start:start + length]
    lower = any(folded for _, folded in pieces)
    choices = [_lower(strings) if lower and not folded else strings for strings, folded in pieces]
    return Required(tuple(sorted("".join(parts) for parts in product(*map(sorted, choices)))), lower)


def _lower(strings: frozenset[str]) -> frozenset[str]:
    """Exact characters as they are in the lower-cased text."""
    out = {string.lower() for string in strings}
    return frozenset(out | _SIGMAS) if out & _SIGMAS else frozenset(out)


def _character(op, av, flags) -> _Piece:
    """The strings one character matched by ``op`` may be (raises _Unknown if it is not one character of a few)."""
    caseless = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return _chars([av], caseless)
    if op is sre.IN:
        if av and av[0][0] is sre.NEGATE:
            raise _Unknown
        codes: list[int] = []
        for item_op, item in av:
            if item_op is sre.LITERAL:
                codes.append(item)
            elif item_op is sre.RANGE and item[1] - item[0] < _MAX_CLASS:
                codes.extend(range(item[0], item[1] + 1))
            else:
                raise _Unknown
            if len(codes) > _MAX_CLASS:
                raise _Unknown
        return _chars(codes, caseless)
    raise _Unknown


def _chars(codes: list[int], caseless: bool) -> _Piece:
    chars = frozenset(map(chr, codes))
    if not caseless:
        if len(chars) > 1 and any(char.lower() != char or char.upper() != char for char in chars):
            return _folded(chars), True  # a letter spelled in its cases: look for it lower-cased
        return chars, False
    if _DOTTED_I in chars:
        raise _Unknown
    folded = {char.lower() for char in chars}
    for char in list(folded):
        folded.update(map(chr, _EXTRA_CASES.get(ord(char), ())))
    if not any(char.upper() != char for char in folded):
        return frozenset(folded), False  # no letter: what re.IGNORECASE takes is what is written
    return _folded(frozenset(folded)), True


def _folded(chars: frozenset[str]) -> frozenset[str]:
    out = {char.lower() for char in chars}
    for char in list(out):
        out.update(chr(code).lower() for code in _EXTRA_CASES.get(ord(char), ()))
    if len(out) > _MAX_CLASS:
        raise _Unknown
    return _lower(frozenset(out))


def _part(op, av, flags, ignore: str) -> Required | None:
    """What a group, an alternation or a repeat needs."""
    if op is sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence(sub.data, (flags | add) & ~remove, ignore)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, flags, ignore)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub.data, flags, ignore) if low >= 1 else None
    if op is sre.BRANCH:
        alternatives = [_sequence(alternative.data, flags, ignore) for alternative in av[1]]
        if any(found is None for found in alternatives):
            return None
        lower = any(found.lowered for found in alternatives)
        strings = {string for found in alternatives
                   for string in (found.strings if found.lowered or not lower else _lower(frozenset(found.strings)))}
        return Required(tuple(sorted(strings)), lower) if len(strings) <= _MAX_STRINGS else None
    raise _Unknown
