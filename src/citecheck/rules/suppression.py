"""Inline suppressions: ``# citecheck: ignore[CC201]`` on a field's line or on a reference's ``- id:`` line.

On a field's line the comment silences the codes it names for findings on that line; on the
line that opens a reference (``- id: key`` or ``- {id: key, …}``) it silences them for every
finding of that reference. ``# citecheck: ignore`` without codes silences every rule there.
Codes may be prefixes (``CC2``), as in ``--ignore``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: ``# citecheck: ignore`` or ``# citecheck: ignore[CC201, CC4]`` anywhere after a value on a line.
_COMMENT = re.compile(r"#\s*citecheck:\s*ignore(?:\[([^\]]*)\])?", re.IGNORECASE)
_OPENS_REFERENCE = re.compile(r"^\s*-\s+(?:\{\s*)?['\"]?id['\"]?\s*:\s*['\"]?([^,'\"#}\s]+)")
ALL = ("",)  # a prefix every code starts with


@dataclass(frozen=True)
class Suppressions:
    """Which codes are silenced on which line, and for which reference."""

    by_line: dict[int, tuple[str, ...]]
    by_id: dict[str, tuple[str, ...]]

    def silences(self, line: int, ident: str, code: str) -> bool:
        return any(code.startswith(prefix) for prefix in self.by_line.get(line, ()) + self.by_id.get(ident, ()))

    def keep(self, findings: Iterable) -> list:
        """The findings no comment silences."""
        if not self.by_line and not self.by_id:
            return list(findings)
        return [f for f in findings if not self.silences(f.line, f.id, f.code)]


def suppressions(text: str) -> Suppressions:
    """The suppression comments of a CSL-YAML file's ``text``."""
    by_line, by_id = {}, {}
    if "citecheck" not in text:  # most files have none: one scan, no per-line work
        return Suppressions(by_line, by_id)
    for number, line in enumerate(text.splitlines(), start=1):
        found = _COMMENT.search(line)
        if found is None:
            continue
        codes = ALL if found.group(1) is None else tuple(
            code.strip().upper() for code in found.group(1).split(",") if code.strip())
        by_line[number] = codes
        opens = _OPENS_REFERENCE.match(line[: found.start()])
        if opens:
            by_id[opens.group(1)] = by_id.get(opens.group(1), ()) + codes
    return Suppressions(by_line, by_id)
