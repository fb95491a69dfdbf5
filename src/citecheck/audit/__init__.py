"""Cross-check an article's citation markers against its references."""

from citecheck.audit.crosscheck import AuditReport, audit
from citecheck.audit.markers import Marker, find_markers

__all__ = ["AuditReport", "Marker", "audit", "find_markers"]
