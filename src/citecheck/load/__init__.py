"""Loading references: find the file, read it safely, validate it, point at every problem."""

from citecheck.load.loader import LoadedReferences, load_references, parse_references
from citecheck.load.locate import find_references_file

__all__ = ["LoadedReferences", "find_references_file", "load_references", "parse_references"]
