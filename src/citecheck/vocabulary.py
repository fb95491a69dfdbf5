"""The CSL 1.0.2 vocabulary citecheck speaks, as plain constants.

Taken from the official CSL-JSON schema (csl-data.json). Keys are spelled exactly as CSL spells
them in files (``container-title``, ``URL``, ``archive_location``); :func:`python_name` gives the
attribute name the model uses for each.
"""

from __future__ import annotations

import re

ITEM_TYPES: tuple[str, ...] = (
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview",
    "legal_case", "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
)

NAME_VARIABLES: tuple[str, ...] = (
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director", "executive-producer",
    "guest", "host", "interviewer", "illustrator", "narrator", "organizer", "original-author",
    "performer", "producer", "recipient", "reviewed-author", "script-writer", "series-creator",
    "translator",
)

DATE_VARIABLES: tuple[str, ...] = (
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
)

NUMBER_VARIABLES: tuple[str, ...] = (
    "chapter-number", "citation-number", "collection-number", "edition",
    "first-reference-note-number", "issue", "locator", "number", "number-of-pages",
    "number-of-volumes", "page", "page-first", "part", "printing", "supplement", "volume",
)

STRING_VARIABLES: tuple[str, ...] = (
    "citation-key", "language", "journalAbbreviation", "shortTitle", "abstract", "annote",
    "archive", "archive_collection", "archive_location", "archive-place", "authority",
    "call-number", "citation-label", "collection-title", "container-title",
    "container-title-short", "dimensions", "division", "DOI", "event", "event-title",
    "event-place", "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "medium", "note",
    "original-publisher", "original-publisher-place", "original-title", "part-title", "PMCID",
    "PMID", "publisher", "publisher-place", "references", "reviewed-genre", "reviewed-title",
    "scale", "section", "source", "status", "title", "title-short", "URL", "version",
    "volume-title", "volume-title-short", "year-suffix",
)

#: Fields citecheck keeps beside CSL's: the footnote's number, the footnote exactly as printed in the
#: article (``printed``: not CSL's ``source``, which is the catalogue or database an item came from and
#: which Zotero fills), and the archive snapshot.
#: citecheck's own field for the footnote exactly as printed (CSL's ``source`` is the catalogue an item came from).
PRINTED_FIELD = "printed"
CITECHECK_FIELDS: tuple[str, ...] = ("footnote", PRINTED_FIELD, "archive-url", "archive-date")

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])")


def python_name(csl_key: str) -> str:
    """``container-title`` -> ``container_title``; ``URL`` -> ``url``; ``shortTitle`` -> ``short_title``."""
    return _CAMEL_BOUNDARY.sub("_", csl_key).replace("-", "_").lower()


ALL_KEYS: tuple[str, ...] = (
    ("id", "type", "categories", "custom")
    + NAME_VARIABLES
    + DATE_VARIABLES
    + NUMBER_VARIABLES
    + STRING_VARIABLES
    + CITECHECK_FIELDS
)
