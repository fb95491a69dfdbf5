"""The audit: references never cited, markers with no reference, first citations out of order."""

from __future__ import annotations

from dataclasses import dataclass, field

from citecheck.audit.markers import Marker, find_markers
from citecheck.model import Reference


@dataclass
class AuditReport:
    uncited: list[Reference] = field(default_factory=list)
    undefined: list[Marker] = field(default_factory=list)
    out_of_order: list[tuple[Marker, Marker]] = field(default_factory=list)  # (late marker, marker it follows)

    @property
    def clean(self) -> bool:
        return not (self.uncited or self.undefined or self.out_of_order)

    def to_dict(self) -> dict[str, list[str]]:
        """The JSON shape: ids, markers as written, and out-of-order markers as written."""
        return {"uncited": [ref.id for ref in self.uncited],
                "undefined": _unique(m.text for m in self.undefined),
                "out_of_order": _unique(late.text for late, _ in self.out_of_order)}


def audit(article: str, refs: list[Reference]) -> AuditReport:
    """Cross-check the markers of ``article`` against ``refs``."""
    by_number = {str(ref.footnote): ref for ref in refs if ref.footnote is not None}
    by_id = {ref.id: ref for ref in refs}
    report, cited, first_seen = AuditReport(), set(), []
    for marker in find_markers(article):
        ref = by_number.get(marker.value) if marker.kind == "number" else by_id.get(marker.value)
        if ref is None:
            report.undefined.append(marker)
            continue
        if ref.id not in cited:
            cited.add(ref.id)
            first_seen.append((marker, ref))
    report.uncited = [ref for ref in refs if ref.id not in cited]
    report.out_of_order = _out_of_order(first_seen)
    return report


def _out_of_order(first_seen: list[tuple[Marker, Reference]]) -> list[tuple[Marker, Marker]]:
    """First citations whose footnote number is lower than one cited before them."""
    late, highest = [], None
    for marker, ref in first_seen:
        if ref.footnote is None:
            continue
        if highest is not None and ref.footnote < highest[1].footnote:
            late.append((marker, highest[0]))
        elif highest is None or ref.footnote > highest[1].footnote:
            highest = (marker, ref)
    return late


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))
