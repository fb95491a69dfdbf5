"""A new reference from a few plain fields, as ``citecheck add`` takes them, checked and given an id.

People are written as a reader would type them (``Smith, Anna``, ``Anna Smith``, ``van der Berg, Jan``,
``Smith, Jr., John``) and split as BibTeX splits names; organisations are kept whole as CSL ``literal``
names. The id is made the way ``import`` makes one (author, year, first title word), and made distinct
from the file's ids with ``-2``, ``-3``…
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from citecheck.errors import UsageError
from citecheck.model import Reference

#: Option name -> CSL key, for the fields ``add`` takes as plain text. One place: the command and the
#: prompts both read it.
TEXT_FIELDS = {
    "title": "title",
    "container": "container-title",
    "publisher": "publisher",
    "place": "publisher-place",
    "date": "issued",
    "accessed": "accessed",
    "url": "URL",
    "doi": "DOI",
    "language": "language",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
}


@dataclass
class NewReference:
    """What the user gave: a type, people, organisations, and text fields by option name."""

    type: str
    authors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    id: str | None = None
    footnote: int | None = None


def build(new: NewReference, taken: Iterable[str]) -> Reference:
    """The checked :class:`Reference` for ``new``; UsageError naming the option at fault."""
    from citecheck.formats.bibkeys import generated_key
    from citecheck.formats.bibnames import read_names
    from citecheck.vocabulary import ITEM_TYPES

    if new.type not in ITEM_TYPES:
        from citecheck.load.translate import suggest

        raise UsageError(f"--type {new.type!r} is not a CSL type{suggest(new.type, ITEM_TYPES)}")
    data: dict[str, Any] = {"id": new.id or "-", "type": new.type}
    people = [name for text in new.authors for name in read_names(text)]
    authors = people + [{"literal": " ".join(text.split())} for text in new.organisations]
    if authors:
        data["author"] = authors
    for option, value in new.fields.items():
        if value is not None and value.strip():
            data[TEXT_FIELDS[option]] = value.strip()
    if new.footnote is not None:
        data["footnote"] = new.footnote
    ref = _validated(data)
    taken = set(taken)
    if new.id is not None:
        if new.id in taken:
            raise UsageError(f"--id {new.id!r} is already in use")
        return ref
    from citecheck.formats.result import free_id

    return ref.model_copy(update={"id": free_id(generated_key(ref), taken)})


def _validated(data: dict[str, Any]) -> Reference:
    option_of = {key: option for option, key in TEXT_FIELDS.items()} | {"author": "author", "id": "id"}
    try:
        return Reference.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = str(first["loc"][0]) if first["loc"] else ""
        option = option_of.get(key, key)
        raise UsageError(f"--{option} {data.get(key)!r}: {first['msg'].removeprefix('Value error, ')}") from None
