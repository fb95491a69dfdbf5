"""Marking the footnotes that need a look in the CSL-YAML an import writes: a comment above each
one's item, so the file stays valid and the mark is seen where the reference is edited."""

from __future__ import annotations

import re

from citecheck.parse.reader import TextImportResult

_ITEM = re.compile(r"^(\s*)- id: (?P<id>.+?)\s*$")


def marked(yaml_text: str, result: TextImportResult) -> str:
    """``yaml_text`` (the references of ``result`` as citecheck writes them) with
    ``# needs a look: footnote 4 (confidence 0.40)`` above each doubtful footnote's item."""
    notes = _notes(result)
    if not notes:
        return yaml_text
    out = []
    for line in yaml_text.splitlines(keepends=True):
        match = _ITEM.match(line)
        if match:
            note = notes.get(match.group("id").strip("'\""))
            if note:
                out.append(f"{match.group(1)}# {note}\n")
        out.append(line)
    return "".join(out)


def _notes(result: TextImportResult) -> dict[str, str]:
    confidence = {item.footnote.number: item for item in result.parsed if item.doubtful}
    notes = {}
    for ref in result.references:
        item = confidence.get(ref.footnote)
        if item is not None:
            why = "not parsed" if item.tagged is None else (
                "no title found" if not item.title_found else f"confidence {item.confidence:.2f}")
            notes[ref.id] = f"needs a look: footnote {ref.footnote} ({why})"
    return notes
