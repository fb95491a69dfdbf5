"""What an import returns, and turning parsed records into validated references one by one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from citecheck.errors import InputProblem
from citecheck.model import Reference, validate_references


@dataclass
class ImportResult:
    """The references read, and one problem per entry that was skipped (or field that was dropped)."""

    references: list[Reference] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    #: Lines for stderr that are not problems (nothing was skipped), e.g. fields kept in ``note``.
    notices: list[str] = field(default_factory=list)
    #: A comment to write above a reference's item in the YAML, by id (a footnote that needs a look).
    comments: dict[str, str] = field(default_factory=dict)
    #: Text for stderr on request (``--explain``: each printed footnote's tokens and labels).
    details: str = ""
    #: The line each reference starts on, by its index in ``references`` (where known): a clash of ids is
    #: reported at its place. CSL-JSON and CSL-YAML give a mapping that finds a line only when asked.
    lines: Mapping[int, int] = field(default_factory=dict)


@dataclass
class Record:
    """One entry as parsed: CSL-keyed data and the line it starts on (for problems)."""

    data: dict[str, Any]
    line: int
    label: str  # how a problem names the entry, e.g. its key


def validate_records(records: list[Record], path: str, result: ImportResult | None = None) -> ImportResult:
    """Validate each record on its own: a bad one becomes a problem, the others still import."""
    from citecheck.load.translate import message

    result = result or ImportResult()
    start = len(result.references)
    lines = result.lines  # a record reader's: a plain dict, filled in here
    try:  # one call for the whole list is much faster; only a failure needs the entry-by-entry pass
        result.references.extend(validate_references([record.data for record in records]))
        lines.update({start + index: record.line for index, record in enumerate(records)})
        return result
    except ValidationError:
        pass
    for record in records:
        try:
            result.references.append(Reference.model_validate(record.data))
            lines[len(result.references) - 1] = record.line
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                where = ".".join(str(p) for p in (record.label, *error["loc"]) if not _is_tag(p))
                result.problems.append(InputProblem(path, record.line, 1, where, message(error)))
    return result


def _is_tag(part: Any) -> bool:
    # pydantic puts union member names such as "list[Name]" into locations; they are not in the file.
    return isinstance(part, str) and ("[" in part or part in ("str", "int"))
