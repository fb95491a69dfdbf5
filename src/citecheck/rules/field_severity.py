"""Severity follows what is printed: a defect in a field citation styles never print matters less.

A finding's level is its rule's (as the settings configure it), one level lower when the finding is in one of
:data:`UNPRINTED_FIELDS`: an error there is a warning, a warning is info (info stays info). A stray line break in
an abstract, or mojibake in Zotero's "extra" (CSL ``note``), is worth knowing about, but no reader of the
bibliography ever sees it; the same defect in a title is printed in every citation. The engine applies it.
"""

from __future__ import annotations

from types import MappingProxyType

from citecheck.rules.base import Severity

#: Top-level fields no common style prints (``note`` holds Zotero's "extra", ``annote`` a reader's annotation).
UNPRINTED_FIELDS = frozenset({"abstract", "note", "annote", "keyword"})
_ONE_LEVEL_DOWN = MappingProxyType({Severity.ERROR: Severity.WARNING, Severity.WARNING: Severity.INFO,
                                    Severity.INFO: Severity.INFO})


def at_field(level: Severity, field: object) -> Severity:
    """``level`` for a finding in top-level ``field``: one level lower in the :data:`UNPRINTED_FIELDS`."""
    return _ONE_LEVEL_DOWN[level] if field in UNPRINTED_FIELDS else level
