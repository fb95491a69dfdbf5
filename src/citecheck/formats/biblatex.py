"""BibLaTeX for biber: UTF-8, ``date``/``urldate`` in ISO form, ``langid`` as a babel name.

Every field written is valid for its entry type in biber's default data model (the tests run
``biber --tool --validate-datamodel``). Where biblatex has no field for a CSL variable on that
type, the value goes to a custom field (see :data:`bibdialect.CUSTOM_FIELDS` and the slots below).
"""

from __future__ import annotations

from citecheck.formats.bibdialect import CUSTOM_FIELDS, Dialect, _types

_IN = _types("incollection", "inreference", "inproceedings", "inbook")
_ARTICLE = _types("article")

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
        "translator": ((_ARTICLE | _IN | _types("book"), "translator"), (None, "nameb")),
        "title": ((None, "title"),),
        "title-short": ((None, "shorttitle"),),
        "container-title": ((_ARTICLE, "journaltitle"), (_IN, "booktitle"),
                            (_types("misc", "online", "dataset", "software"), "organization"), (None, "userf")),
        "publisher": ((_IN | _types("book", "dataset"), "publisher"),
                      (_types("misc", "software", "booklet", "unpublished"), "howpublished"),
                      (_types("report", "thesis"), "institution"), (None, "userd")),
        "publisher-place": ((_types("article", "online"), "usere"), (None, "location")),
        "genre": ((_types("misc", "software", "booklet", "dataset", "report", "thesis", "unpublished"), "type"),
                  (None, "titleaddon")),
        "event-title": ((_types("inproceedings", "unpublished"), "eventtitle"),),
        "event-place": ((_types("inproceedings", "unpublished"), "venue"),),
        "volume": ((_ARTICLE | _IN | _types("book"), "volume"),),
        "issue": ((_ARTICLE, "number"),),
        "page": ((_ARTICLE | _IN | _types("book", "booklet", "report", "thesis"), "pages"),),
        "ISSN": ((_ARTICLE, "issn"),),
        "ISBN": ((_IN | _types("book"), "isbn"),),
        "issued": ((None, "date"),),
        "accessed": ((None, "urldate"),),
        "URL": ((None, "url"),), "DOI": ((None, "doi"),),
        "language": ((None, "langid"),),
        "note": ((None, "note"),), "abstract": ((None, "abstract"),), "keyword": ((None, "keywords"),),
        **{variable: ((None, name),) for variable, name in CUSTOM_FIELDS.items() if variable != "id"},
    },
    required={"article": (("author",), ("container-title",)), "book": (("author",),),
              "incollection": (("author",), ("editor",), ("container-title",)),
              "inreference": (("author",), ("editor",), ("container-title",)),
              "inproceedings": (("author",), ("container-title",)), "online": (("URL", "DOI"),),
              "report": (("author",), ("genre",), ("publisher",)),
              "thesis": (("author",), ("genre",), ("publisher",)), "unpublished": (("author",),)},
    aliases={"journal": "container-title", "address": "publisher-place", "school": "publisher",
             "year": "issued", "hyphenation": "language", "language": "language"},
)
