"""One printed footnote as a new reference, for ``citecheck add --from-text``.

The text format's own reader (:mod:`citecheck.parse.reader`) reads it, as ``import --from text`` reads each
footnote of an article; the reference it makes is then given the file's next free id (or the one asked for)
and its footnote number, and checked again as the model checks every reference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import ValidationError

from citecheck.errors import InputError, UsageError
from citecheck.model import Reference

#: How the option's text is named in messages (``--from-text:1:1: ...``), as a file would be.
WHERE = "--from-text"


@dataclass(frozen=True)
class ReadFootnote:
    reference: Reference
    #: ``needs a look: footnote 3 (no title found)``, the reader's doubt, as import writes it above the item;
    #: None: it read well.
    comment: str | None


def read_footnote(text: str, taken: Iterable[str], ref_id: str | None = None,
                  footnote: int | None = None) -> ReadFootnote:
    """The reference one printed footnote ``text`` makes, with an id not in ``taken`` (``ref_id`` if given) and
    ``footnote`` (else the number the text starts with, if it does). InputError with the reader's problems
    (nothing it could read, a footnote it could not parse); UsageError for several footnotes or a taken id."""
    from citecheck.parse.reader import load, needs_a_look

    result = load(text, WHERE)
    if result.problems:
        raise InputError(result.problems)
    if len(result.references) != 1:
        raise UsageError(f"--from-text takes one footnote; this text holds {len(result.references)} "
                         "(save them in a file and run citecheck import FILE --from text)")
    read = result.references[0]
    comment = needs_a_look(result).get(read.id)
    taken = set(taken)
    if ref_id is not None and ref_id in taken:
        raise UsageError(f"--id {ref_id!r} is already in use")
    if ref_id is None:
        from citecheck.formats.result import free_id

        ref_id = free_id(read.id, taken)
    data = read.to_csl() | {"id": ref_id}
    number = footnote if footnote is not None else _printed_number(text, read.footnote)
    data.pop("footnote", None)
    if number is not None:
        data["footnote"] = number
    try:
        ref = Reference.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        raise UsageError(f"--{key} {data.get(key)!r}: {first['msg'].removeprefix('Value error, ')}") from None
    return ReadFootnote(ref, _renumbered(comment, read.footnote, ref.footnote))


def _renumbered(comment: str | None, read: int | None, final: int | None) -> str | None:
    """The reader's ``needs a look: footnote N (why)`` about the number this reference ends with."""
    if comment is None or read == final:
        return comment
    said = f"footnote {read} "
    return comment.replace(said, "" if final is None else f"footnote {final} ", 1).replace(": (", " (", 1)


def _printed_number(text: str, number: int | None) -> int | None:
    """``number`` if the text itself starts with it (``12.``, ``[12]``, ``12)``): the reader numbers an
    unnumbered footnote 1, which is no number the article printed."""
    if number is None:
        return None
    return number if re.match(rf"\s*[\[(]?0*{number}\b", text) else None
