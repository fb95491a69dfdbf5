"""BibTeX for bibtex and natbib-style .bst files: ``year``/``month``/``day``, months as macros.

BibTeX has no access-date field: ``accessed`` is written at the end of ``note`` as
``Accessed 2022-01-03`` and read back from there. Fields BibTeX styles do not know (``langid``,
``entrysubtype``, ``pmid``, ``eventdate``, citecheck's custom fields) are ignored by them and kept for the
round trip: BibTeX has a place for every variable the BibLaTeX writer carries. A CSL ``number`` on a
book has none (its ``number`` is the number in its series).
"""

from __future__ import annotations

from citecheck.formats.bibdialect import CUSTOM_FIELDS, Dialect, _types

__all__ = ["DIALECT"]

_BOOKS = _types("book", "incollection", "inproceedings", "inbook")

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
        "container-author": ((None, "bookauthor"),),
        "title": ((None, "title"),), "title-short": ((None, "shorttitle"),),
        "container-title": ((_types("article"), "journal"), (_types("incollection", "inproceedings"), "booktitle"),
                            (_types("misc"), "howpublished"), (None, "userf")),
        "container-title-short": ((None, "shortjournal"),),
        "collection-title": ((None, "series"),),
        # BibTeX's number is an article's issue, a book's number in its series, a report's own number.
        "collection-number": ((_BOOKS, "number"),),
        "publisher": ((_types("techreport"), "institution"), (_types("phdthesis", "mastersthesis"), "school"),
                      (None, "publisher")),
        "publisher-place": ((None, "address"),), "genre": ((None, "type"),),
        "event-title": ((None, "eventtitle"),), "event-place": ((None, "venue"),),
        "event-date": ((None, "eventdate"),), "edition": ((None, "edition"),),
        "volume": ((None, "volume"),), "number-of-volumes": ((None, "volumes"),),
        "issue": ((_types("article"), "number"), (None, "issue")),
        "number": ((_types("article"), "eid"), (_BOOKS, None), (None, "number")),
        "chapter-number": ((None, "chapter"),), "part": ((None, "part"),),
        "page": ((None, "pages"),), "number-of-pages": ((None, "pagetotal"),),
        "ISSN": ((None, "issn"),), "ISBN": ((None, "isbn"),),
        "issued": ((None, "year"),),  # with month and day, see bibwrite
        "original-date": ((None, "origdate"),), "original-title": ((None, "origtitle"),),
        "original-publisher": ((None, "origpublisher"),), "original-publisher-place": ((None, "origlocation"),),
        "URL": ((None, "url"),), "DOI": ((None, "doi"),), "PMID": ((None, "pmid"),),
        "status": ((None, "pubstate"),), "version": ((None, "version"),), "archive": ((None, "library"),),
        "language": ((None, "langid"),),
        "note": ((None, "note"),), "annote": ((None, "annote"),), "abstract": ((None, "abstract"),),
        "keyword": ((None, "keywords"),),
        **{variable: ((None, name),) for variable, name in CUSTOM_FIELDS.items() if variable != "id"},
    },
    read_as={"number": "issue"},  # on an article; a book's or a report's number is sorted out by bibread
    required={"article": (("author",), ("container-title",)), "book": (("author", "editor"), ("publisher",)),
              "incollection": (("author",), ("container-title",), ("publisher",)),
              "inproceedings": (("author",), ("container-title",)), "techreport": (("author",), ("publisher",)),
              "phdthesis": (("author",), ("publisher",)), "unpublished": (("author",), ("note",))},
    aliases={"journaltitle": "container-title", "location": "publisher-place", "date": "issued",
             "urldate": "accessed", "organization": "publisher", "hyphenation": "language", "language": "language"},
)
