"""What an import returns, and turning parsed records into validated references one by one."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
    #: The source fields kept as ``name: value`` lines of note, with how many entries each (readers that
    #: work in pieces add these up before they word the notice).
    kept: dict[str, int] = field(default_factory=dict)


@dataclass
class Record:
    """One entry as parsed: CSL-keyed data and the line it starts on (for problems)."""

    data: dict[str, Any]
    line: int
    label: str  # how a problem names the entry, e.g. its key


@dataclass
class Converted:
    """Some entries of a file made into CSL records: what was said of them, and the fields kept in note."""

    records: list[Record]
    problems: list[InputProblem]
    kept: dict[str, int]  # a source field kept as a ``name: value`` line of note -> how many entries


@dataclass
class Entries:
    """A file read as far as it must be read whole (BibTeX: parsed, @strings expanded, crossref resolved).

    Each of ``items`` then converts on its own, so any slice of them converts alone (``convert``, which may
    empty the list it is given: a large file's raw entries are freed as they are converted): a large import
    can go through in pieces (citecheck.formats.halves).
    """

    items: list[Any]
    problems: list[InputProblem]  # the whole file's: blocks that did not parse
    convert: Callable[[list[Any]], Converted]
    path: str


def converted(entries: Entries, items: list[Any]) -> ImportResult:
    """The import result of ``items`` (some of ``entries``' items): converted, then validated. Its problems are
    those of ``items`` only: ``entries.problems`` (the file's own) are the caller's to add, once."""
    done = entries.convert(items)
    problems = done.problems + identified(done.records, entries.path)
    result = validate_records(done.records, entries.path, ImportResult(problems=problems))
    result.kept = done.kept
    return result


def finished(path: str, result: ImportResult) -> ImportResult:
    """``result`` (of a whole file, its own problems and its entries') as an import's: the problems in the
    file's order (a stable sort by line: the same however the entries were worked through), and one notice
    for what was kept in note."""
    result.problems.sort(key=lambda problem: problem.line)
    if result.kept:
        result.notices.append(kept_in_note(path, result.kept))
    return result


def kept_in_note(path: str, kept: Mapping[str, int]) -> str:
    """The notice for the fields kept as ``name: value`` lines of note (kept, not lost: the import succeeds)."""
    listed = ", ".join(f"{name} ({count})" for name, count in sorted(kept.items()))
    return f"{path}: kept in note (no CSL field): {listed}"


def free_id(ident: str, taken: set[str]) -> str:
    """``ident`` if no reference has it, else the first free ``ident-2``, ``ident-3``…"""
    number = 2
    free = ident
    while free in taken:
        free, number = f"{ident}-{number}", number + 1
    return free


def unique_ids(records: list[Record], path: str, noun: str = "entry") -> list[InputProblem]:
    """A later record with an id already in use is kept under ``id-2`` (the next free one), and said at its line:
    a library with a key twice loses neither entry (biber keeps only the first, pandoc both)."""
    problems, seen = [], {}
    taken = {record.data["id"] for record in records}
    for record in records:
        ident = record.data["id"]
        if not ident:
            continue
        if ident not in seen:
            seen[ident] = record.line
            continue
        record.data["id"] = record.label = free_id(ident, taken)
        taken.add(record.label)
        problems.append(InputProblem(path, record.line, 1, ident,
                                     f"id already in use by the {noun} at line {seen[ident]}: imported as {record.label}"))
    return problems


def name_unnamed(records: list[Record]) -> list[Record]:
    """Records with no id (most RIS files, a BibTeX entry with no key) get citecheck's author-year-word key,
    made unique; the records named."""
    from pydantic import ValidationError

    from citecheck.formats.bibkeys import generated_key
    from citecheck.model import Reference

    taken = {record.data["id"] for record in records}
    named = []
    for record in records:
        if record.data["id"]:
            continue
        try:
            base = generated_key(Reference.model_validate({**record.data, "id": "-"}))
        except ValidationError:
            base = f"record{record.line}"  # the record is invalid anyway: validation will report it
        ident = free_id(base, taken)
        taken.add(ident)
        record.data["id"] = record.label = ident
        named.append(record)
    return named


def identified(records: list[Record], path: str) -> list[InputProblem]:
    """Entries of a file whose keys are their ids (BibTeX): a key used again renamed, a missing one made up;
    each said at its line, and neither entry lost."""
    return unique_ids(records, path) + [InputProblem(path, record.line, 1, "", f"no key: imported as {record.label}")
                                        for record in name_unnamed(records)]


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
