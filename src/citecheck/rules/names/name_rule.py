"""Shared walk over the person names of a reference (every CSL name variable)."""

from __future__ import annotations

from collections.abc import Iterator

from citecheck import vocabulary as csl
from citecheck.model import Name, Reference

_ATTRS = tuple((key, csl.python_name(key)) for key in csl.NAME_VARIABLES)


def people(ref: Reference) -> Iterator[tuple[str, int, Name]]:
    """``(variable, index, name)`` for every name of ``ref`` (organisations included)."""
    for key, attr in _ATTRS:
        names = getattr(ref, attr)
        if names:
            for index, name in enumerate(names):
                yield key, index, name
