"""BibTeX for bibtex and natbib-style .bst files: ``year``/``month``/``day``, months as macros.

BibTeX has no access-date field: ``accessed`` is written at the end of ``note`` as
``Accessed 2022-01-03`` and read back from there. Fields BibTeX styles do not know (``langid``,
``entrysubtype``, citecheck's custom fields) are ignored by them and kept for the round trip.
"""

from __future__ import annotations

from citecheck.formats.bibdialect import CUSTOM_FIELDS, Dialect, _types

__all__ = ["DIALECT"]

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
