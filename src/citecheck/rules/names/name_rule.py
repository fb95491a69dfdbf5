"""Shared walk over the person names of a reference (every CSL name variable)."""

from __future__ import annotations

from operator import attrgetter

from citecheck import vocabulary as csl
from citecheck.model import Name, Reference
from citecheck.rules import scopes

NAME_ATTRS = tuple(csl.python_name(key) for key in csl.NAME_VARIABLES)
#: Every name variable's list (or None) of a reference, in one C-level call.
all_names = attrgetter(*NAME_ATTRS)


def _people(ref: Reference) -> list[tuple[str, int, Name]]:
    return [(key, index, name) for key, names in zip(csl.NAME_VARIABLES, all_names(ref)) if names
            for index, name in enumerate(names)]


def people(ref: Reference) -> list[tuple[str, int, Name]]:
    """``(variable, index, name)`` for every name of ``ref`` (organisations included)."""
    return scopes.cached("people", ref, _people)
