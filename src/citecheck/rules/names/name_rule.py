"""Shared walk over the person names of a reference (every CSL name variable)."""

from __future__ import annotations

from citecheck import vocabulary as csl
from citecheck.model import Name, Reference

_ATTRS = tuple((key, csl.python_name(key)) for key in csl.NAME_VARIABLES)


_last: tuple[Reference | None, list] = (None, [])


def people(ref: Reference) -> list[tuple[str, int, Name]]:
    """``(variable, index, name)`` for every name of ``ref`` (organisations included; cached per reference)."""
    global _last
    if _last[0] is not ref:
        values = ref.__dict__
        found = [(key, index, name) for key, attr in _ATTRS if (names := values.get(attr))
                 for index, name in enumerate(names)]
        _last = (ref, found)
    return _last[1]
