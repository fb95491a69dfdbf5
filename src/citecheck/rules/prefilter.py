"""What a rule may declare so that the engine can skip references: a prefilter, as data.

A prefilter is a necessary condition: every reference the rule's ``check`` flags must be one
the prefilter admits (``tests/rules/test_prefilters.py`` holds every rule to that). The rule
never applies it; the engine (:mod:`citecheck.rules.candidates`) works out, once per run and
over the whole file, which references it admits, and calls ``check`` on those alone.
:meth:`admits` says the same of one reference, without the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter

from citecheck.model import Name, Reference
from citecheck.rules.columns import column_pattern, joined
from citecheck.rules.scopes import NAME_ATTRS, SCOPES, scope_values

DateParts = list[list[int]]


def any_case(*words: str) -> str:
    """A pattern matching any of ``words`` in any letter case, each letter spelled as ``[Rr]``.

    The same words under ``re.IGNORECASE`` are several times slower to search a column for: the regex engine
    can skip ahead to the characters a spelled-out pattern may start with, but not through case folding.
    """
    try:  # the letters re.IGNORECASE also takes for these (dotless ı for i, long ſ for s…)
        from re._casefix import _EXTRA_CASES as extra
    except ImportError:
        extra = {}

    def letter(char: str) -> str:
        cased = {char, char.lower(), char.upper()} | {chr(code) for code in extra.get(ord(char.lower()), ())}
        if char.lower() == "k":
            cased.add("\u212a")  # KELVIN SIGN: lower() gives k
        cased = {c for c in cased if len(c) == 1}
        return re.escape(char) if len(cased) == 1 else "[" + "".join(sorted(cased)) + "]"

    return "|".join("".join(map(letter, word)) for word in words)


@dataclass(frozen=True)
class Pattern:
    """``regex`` matches the values of ``scope``, joined as :func:`~citecheck.rules.columns.joined` does.

    Build ``regex`` with :data:`~citecheck.rules.columns.VALUE_START`,
    :data:`~citecheck.rules.columns.VALUE_END` and :func:`~citecheck.rules.columns.value_chars`
    when it must see where a value starts or ends. The engine reads from ``regex`` the strings
    every match holds (:mod:`~citecheck.rules.literals`) and skips a large column holding none.
    """

    scope: str
    regex: re.Pattern
    #: ``regex`` as searched in a column (see :func:`~citecheck.rules.columns.column_pattern`).
    in_columns: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        if self.scope not in SCOPES:
            raise ValueError(f"unknown scope {self.scope!r} (known: {', '.join(SCOPES)})")
        object.__setattr__(self, "in_columns", column_pattern(self.regex))

    def admits(self, ref: Reference) -> bool:
        values = scope_values(ref, self.scope)
        return bool(values) and self.regex.search(joined(values)) is not None


@dataclass(frozen=True)
class Needs:
    """At least one of ``attrs`` (model attribute names, ``"doi"``) is set."""

    attrs: tuple[str, ...]

    def __init__(self, *attrs: str):
        object.__setattr__(self, "attrs", attrs)

    def admits(self, ref: Reference) -> bool:
        return any(getattr(ref, attr) is not None for attr in self.attrs)


@dataclass(frozen=True)
class Where:
    """``predicate(ref)`` is true: a cheap test the engine runs on every reference in one pass."""

    predicate: Callable[[Reference], object]

    def admits(self, ref: Reference) -> bool:
        return bool(self.predicate(ref))


@dataclass(frozen=True)
class DateWhere:
    """A date among ``attrs`` has parts, and ``wanted(date_parts)`` is true."""

    attrs: tuple[str, ...]
    wanted: Callable[[DateParts], bool]

    def admits(self, ref: Reference) -> bool:
        return any(date is not None and date.date_parts and self.wanted(date.date_parts)
                   for date in (getattr(ref, attr) for attr in self.attrs))


@dataclass(frozen=True)
class NameWhere:
    """Some name of the reference (any CSL name variable) makes ``wanted(name)`` true."""

    wanted: Callable[[Name], object]

    def admits(self, ref: Reference) -> bool:
        return any(self.wanted(name) for names in attrgetter(*NAME_ATTRS)(ref) if names for name in names)


Prefilter = Pattern | Needs | Where | DateWhere | NameWhere
