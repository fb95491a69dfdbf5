"""The typed reference model: :class:`Reference`, :class:`Name`, :class:`Date`."""

from citecheck.model.dates import Date
from citecheck.model.names import Name
from citecheck.model.reference import Reference, dump_references, validate_references

__all__ = ["Date", "Name", "Reference", "dump_references", "validate_references"]
