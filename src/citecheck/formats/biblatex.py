"""BibLaTeX for biber: UTF-8, ``date``/``urldate`` in ISO form, ``langid`` as a babel name.

Every field written is valid for its entry type in biber's default data model (the tests run
``biber --tool --validate-datamodel``). Where biblatex has no field for a CSL variable on that
type, the value goes to a custom field (see :data:`bibdialect.CUSTOM_FIELDS` and the slots below),
or, where it has none of those either (an edition on @online), export names it. A date that is not
EDTF ("May 1987") goes to a custom field, never ``date``: biber would discard it
(:data:`bibdialect.DATE_TEXT_FIELDS`). ``PMID`` is ``eprint`` with ``eprinttype = {pubmed}``.
"""

from __future__ import annotations

from citecheck.formats.bibdialect import CUSTOM_FIELDS, DATE_TEXT_FIELDS, Dialect, _types

_IN = _types("incollection", "inreference", "inproceedings", "inbook")
_ARTICLE = _types("article")
_BOOKS = _IN | _types("book")  # the entry types that take a book's fields (edition, series, isbn...)
_EVENTS = _types("inproceedings", "unpublished")

__all__ = ["DIALECT"]

DIALECT = Dialect(
    name="biblatex",
    entry_types={
        "webpage": "online", "post-weblog": "online", "post": "online", "article-newspaper": "article",
        "article-magazine": "article", "article-journal": "article", "article": "article",
        "report": "report", "book": "book", "chapter": "incollection", "paper-conference": "inproceedings",
        "entry-encyclopedia": "inreference", "entry-dictionary": "inreference", "dataset": "dataset",
        "software": "software", "speech": "unpublished", "manuscript": "unpublished", "thesis": "thesis",
        "pamphlet": "booklet",
    },
    default_types={
        "online": "webpage", "article": "article-journal", "report": "report", "book": "book",
        "incollection": "chapter", "inbook": "chapter", "inproceedings": "paper-conference",
        "inreference": "entry-encyclopedia", "dataset": "dataset", "software": "software",
        "unpublished": "manuscript", "thesis": "thesis", "booklet": "pamphlet", "misc": "document",
    },
    slots={
        "author": ((None, "author"),),
        "editor": ((_types("report", "thesis", "unpublished"), "namea"), (None, "editor")),
        "translator": ((_ARTICLE | _BOOKS - _types("inproceedings"), "translator"), (None, "nameb")),
        "container-author": ((_types("inbook"), "bookauthor"), (None, "namec")),
        "title": ((None, "title"),),
        "title-short": ((None, "shorttitle"),),
        "container-title": ((_ARTICLE, "journaltitle"), (_IN, "booktitle"),
                            (_types("misc", "online", "dataset", "software"), "organization"), (None, "userf")),
        "container-title-short": ((None, "shortjournal"),),
        "collection-title": ((_ARTICLE | _BOOKS | _types("dataset"), "series"),),
        "collection-number": ((_BOOKS | _types("dataset"), "number"),),  # an article's number is its issue
        "publisher": ((_IN | _types("book", "dataset"), "publisher"),
                      (_types("misc", "software", "booklet", "unpublished"), "howpublished"),
                      (_types("report", "thesis"), "institution"), (None, "userd")),
        "publisher-place": ((_types("article", "online"), "usere"), (None, "location")),
        "genre": ((_types("misc", "software", "booklet", "dataset", "report", "thesis", "unpublished"), "type"),
                  (None, "titleaddon")),
        "event-title": ((_EVENTS, "eventtitle"),),
        "event-place": ((_EVENTS, "venue"),),
        "event-date": ((_EVENTS, "eventdate"),),
        "edition": ((_BOOKS - _types("inproceedings") | _types("dataset"), "edition"),),
        "volume": ((_ARTICLE | _BOOKS, "volume"),),
        "number-of-volumes": ((_BOOKS, "volumes"),),
        "issue": ((_ARTICLE, "number"),),
        "number": ((_ARTICLE, "eid"), (_types("report", "patent"), "number")),  # an article number is its eid
        "chapter-number": ((_BOOKS | _types("report", "thesis", "booklet"), "chapter"),),
        "part": ((_BOOKS, "part"),),
        "page": ((_ARTICLE | _BOOKS | _types("booklet", "report", "thesis"), "pages"),),
        "number-of-pages": ((_types("book", "booklet", "report", "thesis"), "pagetotal"),),
        "ISSN": ((_ARTICLE, "issn"),),
        "ISBN": ((_BOOKS, "isbn"),),
        "issued": ((None, "date"),),
        "original-date": ((None, "origdate"),),
        "original-title": ((None, "origtitle"),),
        "original-publisher": ((None, "origpublisher"),),
        "original-publisher-place": ((None, "origlocation"),),
        "accessed": ((None, "urldate"),),
        "URL": ((None, "url"),), "DOI": ((None, "doi"),),
        "PMID": ((None, "eprint"),),  # with eprinttype = {pubmed}, as biblatex links it
        "status": ((None, "pubstate"),),
        "version": ((_ARTICLE | _types("dataset", "misc", "software", "online", "report"), "version"),),
        "archive": ((None, "library"),),
        "language": ((None, "langid"),),
        "note": ((None, "note"),), "annote": ((None, "annotation"),), "abstract": ((None, "abstract"),),
        "keyword": ((None, "keywords"),),
        **{variable: ((None, name),) for variable, name in CUSTOM_FIELDS.items() if variable != "id"},
    },
    read_as={"number": "issue"},  # on an article; a book's or a report's number is sorted out by bibread
    required={"article": (("author",), ("container-title",)), "book": (("author",),),
              "incollection": (("author",), ("editor",), ("container-title",)),
              "inreference": (("author",), ("editor",), ("container-title",)),
              "inproceedings": (("author",), ("container-title",)), "online": (("URL", "DOI"),),
              "report": (("author",), ("genre",), ("publisher",)),
              "thesis": (("author",), ("genre",), ("publisher",)), "unpublished": (("author",),)},
    aliases={"journal": "container-title", "address": "publisher-place", "school": "publisher",
             "year": "issued", "hyphenation": "language", "language": "language",
             **{name: variable for variable, name in DATE_TEXT_FIELDS.items()}},
)
