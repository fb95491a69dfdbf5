"""Marking the footnotes that need a look in the CSL-YAML an import writes: a comment above each
one's item, so the file stays valid and the mark is seen where the reference is edited."""

from __future__ import annotations

from citecheck.parse.reader import TextImportResult, needs_a_look


def marked(yaml_text: str, result: TextImportResult) -> str:
    """``yaml_text`` (the references of ``result`` as citecheck writes them) with
    ``# needs a look: footnote 4 (confidence 0.40)`` above each doubtful footnote's item."""
    from citecheck.formats.importing import commented

    return commented(yaml_text, needs_a_look(result))
