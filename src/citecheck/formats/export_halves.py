"""A large export written in two halves at once, each half validated and written in its own process.

From :data:`~citecheck.forked.SPLIT_AT` references of citecheck's own file exported to a format written in
parts (BibTeX, BibLaTeX: ``Format.write_part``), the file's items are cut in two. Each half is validated and
written as entries on its own, the second in a forked child (citecheck.forked), which sends back only its
text and counts: its references never travel as models (pickling them costs more than validating them).

The one thing the second half needs from the first is where the citation keys stand (a generated key must not
clash with any key before it: :class:`~citecheck.formats.bibkeys.KeyMaker`). The first half hands that over
once its keys are made, and the second, which has validated its own references meanwhile, goes on from it.
The safe idents no generated key may take are read from the items before the cut, and each half checks them
against the references it validated.

The output is byte for byte the one-process export's, and so are its messages. When the halves cannot simply
be joined (an invalid item, an id used twice, a file that may be in the printed footnote's old spelling, an
ident the model reads otherwise than the item says, anything raised in a half), :func:`exported` returns None
having written nothing: the caller exports in one process, which says what is wrong as always.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citecheck.formats import Format


@dataclass
class Exported:
    """What an export in halves has to show: the output in pieces, what the format has no place for, and what
    the reader says of the file (as ``LoadedReferences.notices``)."""

    chunks: list[str]
    lost: dict[str, int]
    notices: tuple[str, ...]


@dataclass
class _Half:
    chunks: list[str]
    lost: dict[str, int]
    kept: Counter[str]


def exported(path: Path, chosen: Format, options: dict[str, Any]) -> Exported | None:
    """The export of citecheck's file at ``path`` (a regular file) as ``chosen`` with writer ``options``, in
    two halves at once; None when it cannot be done so (see the module's docstring)."""
    from citecheck.errors import InputError
    from citecheck.forked import SPLIT_AT, both_handing, can_fork
    from citecheck.formats.bibkeys import KeyMaker, taken_keys
    from citecheck.load.loader import has_duplicate_ids, kept_notices, read_items

    if chosen.write_part is None or not can_fork():
        return None
    try:
        if not path.is_file() or path.stat().st_size < 10 * SPLIT_AT:  # a pipe is read once; a small file whole
            return None
        _, _, items, _ = read_items(path.read_bytes(), path)
    except (InputError, OSError):  # the export in one process says what is wrong
        return None
    if len(items) < SPLIT_AT or has_duplicate_ids(items):
        return None
    idents = [item.get("citation-key") or item.get("id") if item.__class__ is dict else None for item in items]
    taken = taken_keys(idents)
    cut = len(items) // 2
    parts = [items[:cut], items[cut:]]
    items.clear()  # each process frees the other's part

    def first(hand: Callable[[object], None]) -> _Half | None:
        mine = parts.pop(0)
        parts.clear()
        validated = _validated(mine, idents[:cut])
        if validated is None:
            hand(None)
            return None
        refs, kept = validated
        keys = KeyMaker(taken)
        written = keys.keys(refs, idents[:cut])
        hand((keys.used, keys.suffixes_tried))
        return _Half(list(chosen.write_keyed_part(refs, written, True, **options)), chosen.uncarried(refs), kept)

    def second(received: Callable[[], Any]) -> _Half | None:
        if len(parts) != 2:  # the child failed and this process was to redo its half: its part is gone
            return None
        theirs = parts.pop()
        parts.clear()
        validated = _validated(theirs, idents[cut:])
        handed = received()
        if validated is None or handed is None:
            return None
        refs, kept = validated
        written = KeyMaker(taken, *handed).keys(refs, idents[cut:])
        return _Half(list(chosen.write_keyed_part(refs, written, False, **options)), chosen.uncarried(refs), kept)

    try:
        mine, theirs = both_handing(first, second)
    except Exception:  # noqa: BLE001 - anything raised here: the export in one process meets it and says it
        return None
    if mine is None or theirs is None:
        return None
    return Exported(mine.chunks + theirs.chunks, dict(Counter(mine.lost) + Counter(theirs.lost)),
                    kept_notices(str(path), mine.kept + theirs.kept))


def _validated(items: list[Any], idents: list[Any]) -> tuple[list, Counter[str]] | None:
    """The half's references and kept keys, if they are valid and cited as ``idents`` says (else None)."""
    from citecheck.formats.bibkeys import key_idents
    from citecheck.load.loader import validated_part

    validated = validated_part(items)
    return None if validated is None or key_idents(validated[0]) != idents else validated
