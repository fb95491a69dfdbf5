"""Shared walk over the person names of a reference (every CSL name variable)."""

from __future__ import annotations

from operator import attrgetter

from citecheck import vocabulary as csl
from citecheck.model import Name, Reference
from citecheck.rules.scopes import NAME_ATTRS

#: Every name variable's list (or None) of a reference, in one C-level call.
_all_names = attrgetter(*NAME_ATTRS)


def people(ref: Reference) -> list[tuple[str, int, Name]]:
    """``(variable, index, name)`` for every name of ``ref`` (organisations included)."""
    return [(key, index, name) for key, names in zip(csl.NAME_VARIABLES, _all_names(ref)) if names
            for index, name in enumerate(names)]
