"""BibTeX for bibtex and natbib-style .bst files: ``year``/``month``/``day``, months as macros.

BibTeX has no access-date field: ``accessed`` is written at the end of ``note`` as
``Accessed 2022-01-03`` and read back from there. Fields BibTeX styles do not know (``langid``,
``entrysubtype``, citecheck's custom fields) are ignored by them and kept for the round trip.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from citecheck.formats import bibread, bibwrite
from citecheck.formats.bibdialect import CARRIES, CUSTOM_FIELDS, Dialect, _types
from citecheck.formats.result import ImportResult
from citecheck.model import Reference

__all__ = ["CARRIES", "DIALECT", "dump", "dump_chunks", "load", "lost_keys", "uncarried"]

DIALECT = Dialect(
    name="bibtex",
    entry_types={
        "article-newspaper": "article", "article-magazine": "article", "article-journal": "article",
        "article": "article", "report": "techreport", "book": "book", "chapter": "incollection",
        "paper-conference": "inproceedings", "entry-encyclopedia": "incollection",
        "entry-dictionary": "incollection", "thesis": "phdthesis", "pamphlet": "booklet",
        "manuscript": "unpublished",
    },
    default_types={
        "article": "article-journal", "techreport": "report", "book": "book", "incollection": "chapter",
        "inbook": "chapter", "inproceedings": "paper-conference", "phdthesis": "thesis",
        "mastersthesis": "thesis", "booklet": "pamphlet", "unpublished": "manuscript", "misc": "document",
        "online": "webpage",
    },
    slots={
        "author": ((None, "author"),), "editor": ((None, "editor"),), "translator": ((None, "translator"),),
        "title": ((None, "title"),), "title-short": ((None, "shorttitle"),),
        "container-title": ((_types("article"), "journal"), (_types("incollection", "inproceedings"), "booktitle"),
                            (_types("misc"), "howpublished"), (None, "userf")),
        "publisher": ((_types("techreport"), "institution"), (_types("phdthesis", "mastersthesis"), "school"),
                      (None, "publisher")),
        "publisher-place": ((None, "address"),), "genre": ((None, "type"),),
        "event-title": ((None, "eventtitle"),), "event-place": ((None, "venue"),),
        "volume": ((None, "volume"),), "issue": ((None, "number"),), "page": ((None, "pages"),),
        "ISSN": ((None, "issn"),), "ISBN": ((None, "isbn"),),
        "issued": ((None, "year"),),  # with month and day, see bibwrite
        "URL": ((None, "url"),), "DOI": ((None, "doi"),), "language": ((None, "langid"),),
        "note": ((None, "note"),), "abstract": ((None, "abstract"),), "keyword": ((None, "keywords"),),
        **{variable: ((None, name),) for variable, name in CUSTOM_FIELDS.items() if variable != "id"},
    },
    required={"article": (("author",), ("container-title",)), "book": (("author", "editor"), ("publisher",)),
              "incollection": (("author",), ("container-title",), ("publisher",)),
              "inproceedings": (("author",), ("container-title",)), "techreport": (("author",), ("publisher",)),
              "phdthesis": (("author",), ("publisher",)), "unpublished": (("author",), ("note",))},
    aliases={"journaltitle": "container-title", "location": "publisher-place", "date": "issued",
             "urldate": "accessed", "organization": "publisher", "hyphenation": "language", "language": "language"},
)


def dump(refs: list[Reference], ascii_only: bool = False, **_: Any) -> str:
    return bibwrite.dump(refs, DIALECT, ascii_only)


def dump_chunks(refs: list[Reference], ascii_only: bool = False, **_: Any) -> Iterator[str]:
    return bibwrite.dump_chunks(refs, DIALECT, ascii_only)


def lost_keys(ref: Reference) -> list[str]:
    return bibwrite.lost_keys(ref, DIALECT)


def uncarried(refs: list[Reference]) -> dict[str, int]:
    """:func:`citecheck.formats.uncarried` for this format, worked out per entry shape (faster)."""
    return bibwrite.uncarried(refs, DIALECT)


def load(text: str, path: str = "<string>") -> ImportResult:
    return bibread.load(text, path, DIALECT)
