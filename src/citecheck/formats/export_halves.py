"""A large export written in two halves at once, each half read, validated and written in its own process.

From :data:`~citecheck.forked.SPLIT_AT` references of citecheck's own file exported to a format written in
parts (BibTeX, BibLaTeX: ``Format.write_part``), the file is cut in two: its text, between two items near the
middle, when it is a JSON list (:func:`~citecheck.load.loader.json_halves`), else its items once it has been
parsed whole (CSL-YAML). Each half is then parsed, validated and written as entries on its own, the second in
a forked child (:func:`citecheck.forked.together`), which sends back only its text and counts: its references
never travel as models (pickling them costs more than validating them).

The halves need two things from each other on their way, for the citation keys
(:class:`~citecheck.formats.bibkeys.KeyMaker`): a generated key never takes a safe ident anywhere in the file,
and never clashes with a key before it. So the second half, once validated, sends its ids and idents; the
first, once it has made its keys from them and its own, sends where the keys stand (its idents, the keys
used, the suffixes tried), and the second goes on from there.

The output is byte for byte the one-process export's, and so are its messages. When the halves cannot simply
be joined (an invalid item, an id used twice, a file that may be in the printed footnote's old spelling, more
references than a file may hold, anything raised in a half or a child that cannot be had), :func:`exported`
returns None having written nothing: the caller exports in one process, which says what is wrong as always.
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
    from citecheck.forked import SPLIT_AT, can_fork, together
    from citecheck.load.loader import json_halves, read_items, sniff_format

    if chosen.write_part is None or not can_fork():
        return None
    try:
        if not path.is_file() or path.stat().st_size < 10 * SPLIT_AT:  # a pipe is read once; a small file whole
            return None
        raw = path.read_bytes()
        texts = json_halves(raw) if sniff_format(path, raw) == "json" else None
        if texts is None:  # read whole here, its items cut in two
            _, _, items, _ = read_items(raw, path)
            if len(items) < SPLIT_AT:
                return None
            pieces: list[Any] = [items[:len(items) // 2], items[len(items) // 2:]]
            del items
        else:
            pieces = list(texts)
        del raw, texts
    except (InputError, OSError):  # the export in one process says what is wrong
        return None

    def take(index: int) -> list[Any]:
        """This process's half of the items; the other half is freed (each process keeps its own only)."""
        piece = pieces[index]
        pieces[:] = [None, None]
        return read_items(piece, path, "json")[2] if isinstance(piece, bytes) else piece

    def written_half(refs: list, keys: list[str], first: bool, kept: Counter[str]) -> _Half:
        return _Half(list(chosen.write_keyed_part(refs, keys, first, **options)), chosen.uncarried(refs), kept)

    def first(line) -> _Half | None:
        mine = _validated(take(0))
        theirs = line.receive()  # the second half's ids and idents, or None
        if mine is None or theirs is None or not _joinable(mine[0], theirs[0]):
            line.send(None)
            return None
        refs, kept = mine
        idents = _idents(refs)
        keys = _key_maker(idents + theirs[1])
        written = keys.keys(refs, idents)
        line.send((idents, keys.used, keys.suffixes_tried))
        return written_half(refs, written, True, kept)

    def second(line) -> _Half | None:
        mine = _validated(take(1))
        if mine is None:
            line.send(None)
            return None
        refs, kept = mine
        idents = _idents(refs)
        line.send(([ref.id for ref in refs], idents))
        state = line.receive()
        if state is None:
            return None
        their_idents, used, suffixes_tried = state
        written = _key_maker(their_idents + idents, used, suffixes_tried).keys(refs, idents)
        return written_half(refs, written, False, kept)

    try:
        mine, theirs = together(first, second)
    except Exception:  # noqa: BLE001 - Apart, or a part that does not read: the export in one process says it
        return None
    if mine is None or theirs is None:
        return None
    from citecheck.load.loader import kept_notices

    return Exported(mine.chunks + theirs.chunks, dict(Counter(mine.lost) + Counter(theirs.lost)),
                    kept_notices(str(path), mine.kept + theirs.kept))


def _validated(items: list[Any]) -> tuple[list, Counter[str]] | None:
    """The half's references and the keys it kept in custom; None if any item is invalid, two share an id, or
    the file may be in the old spelling."""
    from citecheck.load.loader import has_duplicate_ids, validated_part

    return None if has_duplicate_ids(items) else validated_part(items)


def _joinable(refs: list, their_ids: list[str]) -> bool:
    """Whether the two halves may be one file: no id in both, no more references than a file may hold."""
    from citecheck.model.limits import MAX_REFERENCES

    return len(refs) + len(their_ids) <= MAX_REFERENCES and {ref.id for ref in refs}.isdisjoint(their_ids)


def _idents(refs: list) -> list[str]:
    from citecheck.formats.bibkeys import key_idents

    return key_idents(refs)


def _key_maker(idents: list[str], used: set[str] | None = None, suffixes_tried: dict[str, int] | None = None):
    from citecheck.formats.bibkeys import KeyMaker, taken_keys

    return KeyMaker(taken_keys(idents), used, suffixes_tried)
