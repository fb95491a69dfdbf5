"""Export and import formats: one record per format, in :data:`REGISTRY`.

A :class:`Format` says what a format is — its name, file suffixes, writer, reader, what it carries
and which writer options it takes — as data, so the commands ask the record instead of probing
modules. Its writer and reader are named as ``"module:attribute"`` and imported on first use
(start-up time matters: ``citecheck export`` should not load the wikitext parser).

A writer is ``write(refs, **options) -> Iterable[str]`` (pieces of the output, in order); a reader
is ``read(text, path) -> ImportResult``, skipping (and reporting) entries it cannot use. A format
whose writer and reader are shared code driven by a table (BibTeX and BibLaTeX: a
:class:`~citecheck.formats.bibdialect.Dialect`) names the table too; it is passed after the
references or the text.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


class _Everything:
    """The ``carries`` of a format that has a place for every CSL key (CSL-JSON, CSL-YAML)."""

    def __repr__(self) -> str:
        return "EVERYTHING"


#: Declares that a format carries every key: a record must say so, it is never assumed.
EVERYTHING = _Everything()


def resolve(reference: str) -> Any:
    """The object ``"package.module:attribute"`` names (the module imported now, if it was not)."""
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


@dataclass(frozen=True, kw_only=True)
class Format:
    """One export/import format.

    ``carries`` is required: :data:`EVERYTHING`, the set of CSL keys the format has a place for, or
    ``"module:NAME"`` of such a set. What a reference sets outside it is named on stderr by ``export``
    (nothing is dropped silently). ``losses``, if given, counts those itself (and what an entry's own
    type has no field for), faster than the generic count; it must agree with :func:`uncarried`.
    ``options`` are the writer's keyword options the format takes (``ascii_only``: BibTeX's ``--ascii``);
    ``read_options`` the reader's (``explain``: the text reader's ``--explain``). ``entries``, if given, is the
    first part of the reader, ``(text, path) -> Entries``, for a format whose entries convert one by one after
    it: a large import of it can then go through in two halves at once (citecheck.formats.halves); ``halves``,
    ``text -> (first, second, line) | None``, cuts a file's text in two parts that read alone as the whole
    reads (the second starting on ``line``), so that even the parse is done in halves. ``write_part``, if given,
    is the writer of one part of a file, ``(refs, keys, first, *table, **options) -> Iterable[str]``, for a format
    whose entries have keys that depend on the entries before them (BibTeX's citation keys: bibkeys): a large
    export of it can then be written in two halves at once (citecheck.formats.export_halves).
    """

    name: str
    carries: frozenset[str] | _Everything | str
    suffixes: tuple[str, ...] = ()
    writer: str | None = None
    reader: str | None = None
    table: str | None = None
    losses: str | None = None
    options: frozenset[str] = frozenset()
    read_options: frozenset[str] = frozenset()
    entries: str | None = None
    halves: str | None = None
    write_part: str | None = None

    def __post_init__(self) -> None:
        named = isinstance(self.carries, str) and ":" in self.carries
        if not (self.carries is EVERYTHING or isinstance(self.carries, frozenset) or named):
            raise TypeError(f"format {self.name!r}: carries must be EVERYTHING, a frozenset of CSL keys "
                            f"or 'module:NAME' of one, not {self.carries!r}")
        if self.writer is None and self.reader is None:
            raise TypeError(f"format {self.name!r} has neither a writer nor a reader")

    def _table_args(self) -> tuple[Any, ...]:
        return () if self.table is None else (resolve(self.table),)

    def write(self, refs: list, **options: Any) -> Iterable[str]:
        """The pieces of ``refs`` written in this format (``options``: those in :attr:`options`)."""
        if self.writer is None:
            raise ValueError(f"{self.name} cannot be written")
        unknown = set(options) - self.options
        if unknown:
            raise TypeError(f"{self.name} takes no option {', '.join(sorted(unknown))}")
        return resolve(self.writer)(refs, *self._table_args(), **options)

    def write_keyed_part(self, refs: list, keys: list[str], first: bool, **options: Any) -> Iterable[str]:
        """The pieces of ``refs`` written under ``keys`` as a part of a file (the ``first`` part starts it); only
        for a format with ``write_part``."""
        if self.write_part is None:
            raise ValueError(f"{self.name} is not written in parts")
        return resolve(self.write_part)(refs, keys, first, *self._table_args(), **options)

    def dump(self, refs: list, **options: Any) -> str:
        """:meth:`write` as one string."""
        return "".join(self.write(refs, **options))

    def read(self, text: str, path: str = "<string>", **options: Any) -> Any:
        """The :class:`~citecheck.formats.result.ImportResult` of ``text`` (``options``: those in
        :attr:`read_options`)."""
        if self.reader is None:
            raise ValueError(f"{self.name} cannot be read")
        unknown = set(options) - self.read_options
        if unknown:
            raise TypeError(f"{self.name} takes no read option {', '.join(sorted(unknown))}")
        return resolve(self.reader)(text, path, *self._table_args(), **options)

    def read_entries(self, text: str, path: str = "<string>", first_line: int = 1, ends_file: bool = True) -> Any:
        """The :class:`~citecheck.formats.result.Entries` of ``text`` (which starts on ``first_line`` of the
        file, and is not its last part if ``ends_file`` is false: a ValueError then says where the part cannot
        be read alone); only for a format with ``entries``."""
        if self.entries is None:
            raise ValueError(f"{self.name} is not read entry by entry")
        return resolve(self.entries)(text, path, *self._table_args(), first_line=first_line, ends_file=ends_file)

    def text_halves(self, text: str) -> tuple[str, str, int] | None:
        """``text`` in two parts that read alone as the whole reads, and the line the second starts on; None
        when the format cannot cut it so (or has no ``halves``)."""
        return None if self.halves is None else resolve(self.halves)(text)

    def carried(self) -> frozenset[str] | _Everything:
        return resolve(self.carries) if isinstance(self.carries, str) else self.carries

    def uncarried(self, refs: list) -> dict[str, int]:
        """The CSL keys ``refs`` set that this format has no place for, with how many references set each."""
        if self.losses is not None:
            return resolve(self.losses)(refs, *self._table_args())
        return uncarried(refs, self.carried())


_BIB = "citecheck.formats.bibwrite"

#: Every format, in the order commands list them. Adding a format: one module and one line here.
REGISTRY: tuple[Format, ...] = (
    Format(name="bibtex", suffixes=(".bib", ".bibtex"), carries="citecheck.formats.bibdialect:CARRIES",
           table="citecheck.formats.bibtex:DIALECT", writer=f"{_BIB}:dump_chunks", losses=f"{_BIB}:uncarried",
           reader="citecheck.formats.bibread:load", entries="citecheck.formats.bibread:entries",
           halves="citecheck.formats.bibread:halves", write_part=f"{_BIB}:dump_part",
           options=frozenset({"ascii_only"})),
    Format(name="biblatex", suffixes=(".bib", ".biblatex"), carries="citecheck.formats.bibroles:BIBLATEX_CARRIES",
           table="citecheck.formats.biblatex:DIALECT", writer=f"{_BIB}:dump_chunks", losses=f"{_BIB}:uncarried",
           reader="citecheck.formats.bibread:load", entries="citecheck.formats.bibread:entries",
           halves="citecheck.formats.bibread:halves", write_part=f"{_BIB}:dump_part",
           options=frozenset({"ascii_only"})),
    Format(name="csl-json", suffixes=(".json",), carries=EVERYTHING,
           writer="citecheck.formats.csl_json:dump_chunks", reader="citecheck.formats.csl_json:load",
           options=frozenset({"style"})),
    Format(name="csl-yaml", suffixes=(".yaml", ".yml"), carries=EVERYTHING,
           writer="citecheck.formats.csl_yaml:dump_chunks", reader="citecheck.formats.csl_yaml:load",
           options=frozenset({"style"})),
    Format(name="ris", suffixes=(".ris",), carries="citecheck.formats.ris:CARRIES",
           writer="citecheck.formats.ris:dump_chunks", reader="citecheck.formats.ris:load"),
    Format(name="wikitext", suffixes=(".wiki", ".wikitext", ".mediawiki"), carries="citecheck.formats.wikitext:CARRIES",
           writer="citecheck.formats.wikitext:dump_chunks", reader="citecheck.formats.wikitext_read:load"),
    Format(name="text", suffixes=(".txt", ".md", ".markdown", ".html", ".htm"), carries=frozenset(),
           reader="citecheck.parse.reader:load", read_options=frozenset({"explain"})),  # printed footnotes: read only
)


def get(name: str) -> Format:
    """The format called ``name`` (KeyError if there is none)."""
    for found in REGISTRY:
        if found.name == name:
            return found
    raise KeyError(name)


def writers() -> list[Format]:
    """The formats ``export --format`` can write."""
    return [found for found in REGISTRY if found.writer is not None]


def readers() -> list[Format]:
    """The formats ``import --from`` can read."""
    return [found for found in REGISTRY if found.reader is not None]



def uncarried(refs: list, carried: frozenset[str] | _Everything, lost_keys=None) -> dict[str, int]:
    """The CSL keys ``refs`` set outside ``carried``, plus ``lost_keys(ref)`` (what an entry's own type has
    no field for), with how many references each. ``lost_keys`` may depend only on the reference's type
    and on which of its keys are set."""
    if carried is EVERYTHING:
        return {}
    from itertools import repeat
    from operator import attrgetter, is_not

    from citecheck.vocabulary import ALL_KEYS, python_name

    values_of = attrgetter(*(python_name(key) for key in ALL_KEYS))  # one C call per reference, no dump
    # What is lost depends only on the type and which keys are set, and 100k references have a few
    # hundred such shapes: each shape is worked out once.
    shapes: dict[tuple, list] = {}
    for ref in refs:
        shape = (ref.type, tuple(map(is_not, values_of(ref), repeat(None))))
        seen = shapes.get(shape)
        if seen is None:
            shapes[shape] = [1, ref]
        else:
            seen[0] += 1
    counts: dict[str, int] = {}
    for (_, present), (n, ref) in shapes.items():
        missing = {key for key, is_set in zip(ALL_KEYS, present) if is_set and key not in carried}
        for key in missing | set(lost_keys(ref) if lost_keys else ()):
            counts[key] = counts.get(key, 0) + n
    return counts
