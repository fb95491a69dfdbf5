"""Choosing references by id or footnote number, as every command's ``--id`` and ``--footnote`` do."""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike

from citecheck.errors import UsageError
from citecheck.model import Reference


def refuse_unknown(refs: list[Reference], path: str | PathLike, ids: Iterable[str] = (),
                   footnotes: Iterable[int] = ()) -> None:
    """Raise :class:`UsageError` if an id or a footnote number matches no reference.

    A selector that matches nothing is a typo, not an empty filter: every command says so the same way
    (``FILE: no reference with id 'x', footnote 99``).
    """
    known_ids = {ref.id for ref in refs}
    known_numbers = {ref.footnote for ref in refs}
    unknown = [f"id {i!r}" for i in dict.fromkeys(ids) if i not in known_ids]
    unknown += [f"footnote {n}" for n in dict.fromkeys(footnotes) if n not in known_numbers]
    if unknown:
        raise UsageError(f"{path}: no reference with {', '.join(unknown)}")
