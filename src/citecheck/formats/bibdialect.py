"""What differs between BibTeX and BibLaTeX, as data: entry types and where each CSL variable goes.

A slot rule is ``(entry types, field)``; the first rule whose types include the entry's type (or
is ``None``: any type) names the field, or says there is none (a field of ``None``). Fields are chosen so biber's data model accepts every one
for its entry type; what a type has no field for goes to biblatex's custom fields (``usera``...
``userf``, ``verba``...), which every entry type accepts and no style prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

Slots = tuple[tuple[frozenset[str] | None, str | None], ...]

#: citecheck's custom fields, the same in both dialects (README "what each format keeps").
CUSTOM_FIELDS: dict[str, str] = {
    "footnote": "usera",      # the footnote's number in the article
    "printed": "userb",       # the footnote as printed
    "archive-date": "userc",  # the archive snapshot's date (ISO)
    "archive-url": "verba",   # the archive snapshot (verbatim, like url)
    "id": "verbb",            # the reference id, when the citation key had to differ from it
}

#: The CSL variables the BibTeX-family formats carry, in the order fields are written.
CARRIED = ("author", "editor", "translator", "container-author", "title", "title-short", "container-title",
           "container-title-short", "collection-title", "collection-number", "publisher", "publisher-place",
           "genre", "event-title", "event-place", "event-date", "edition", "volume", "number-of-volumes", "issue",
           "number", "chapter-number", "part", "page", "number-of-pages", "ISSN", "ISBN", "issued", "original-date",
           "original-title", "original-publisher", "original-publisher-place", "accessed", "URL", "DOI", "PMID",
           "status", "version", "archive", "language", "note", "annote", "abstract", "keyword", "footnote",
           "printed", "archive-url", "archive-date")

#: Where a date biblatex cannot read (not EDTF: "May 1987", "unknown") goes instead of its date field, so
#: biber never discards it; BibTeX writes such an ``issued`` as its free-text ``year``.
DATE_TEXT_FIELDS: dict[str, str] = {"issued": "lista", "accessed": "listb", "event-date": "listc",
                                    "original-date": "listd"}
#: The field holding the id when the entry's key is the reference's ``citation-key`` (the id differs, or
#: not: either way both come back); ``CUSTOM_FIELDS["id"]`` holds it when citecheck had to make a key.
KEYED_ID_FIELD = "verbc"

#: Every key the BibTeX-family formats keep (per entry type, some of CARRIED have no field: see slots).
#: ``citation-key`` is the entry's key (bibkeys).
CARRIES = frozenset(("id", "type", "citation-key", *CARRIED))

#: BibLaTeX's literal lists: biber splits them at " and " (citecheck writes a literal " and " as " {and} ").
LIST_FIELDS = frozenset(("publisher", "location", "institution", "organization", "origpublisher", "origlocation",
                         *DATE_TEXT_FIELDS.values()))
NAME_VARS = ("author", "editor", "translator", "container-author")
DATE_VARS = ("issued", "accessed", "event-date", "original-date", "archive-date")
TITLE_VARS = ("title", "title-short", "event-title", "original-title")
VERBATIM_VARS = ("URL", "DOI", "archive-url")
#: Variables whose lines are kept (a note's, an abstract's paragraphs): each line but the last is
#: written ending in \par (a line break in the file is a space to BibTeX, biber and pandoc); \par, \\
#: or a blank line reads as the end of a line. Every other field is one line.
LINE_VARS = ("note", "abstract", "annote")
#: CSL's seasons 1-4, as BibTeX's month holds them (its month macros have none).
SEASONS = {1: "spring", 2: "summer", 3: "autumn", 4: "winter"}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

#: BCP-47 tag <-> babel name (biblatex's langid). Other tags are written as they are.
BABEL = {"en": "english", "en-US": "american", "en-GB": "british", "en-CA": "canadian",
         "en-AU": "australian", "de": "ngerman", "de-AT": "naustrian", "de-CH": "nswissgerman",
         "fr": "french", "fr-CA": "canadien", "es": "spanish", "it": "italian", "pt": "portuguese",
         "pt-BR": "brazilian", "nl": "dutch", "ru": "russian", "uk": "ukrainian", "pl": "polish",
         "cs": "czech", "sv": "swedish", "da": "danish", "nb": "norsk", "fi": "finnish",
         "el": "greek", "tr": "turkish", "hu": "magyar", "ja": "japanese", "ko": "korean"}
BCP47 = {babel: tag for tag, babel in BABEL.items()}
#: More babel/polyglossia names, read as pandoc reads them (``german`` -> ``de-DE``); never written.
BCP47_READ = {
    "german": "de-DE", "austrian": "de-AT", "swissgerman": "de-CH", "usenglish": "en-US", "ukenglish": "en-GB",
    "newzealand": "en-NZ", "francais": "fr-FR", "frenchb": "fr-FR", "acadian": "fr-CA", "portuges": "pt-PT",
    "brazil": "pt-BR", "norwegian": "nb-NO", "nynorsk": "nn-NO", "bokmal": "nb-NO", "catalan": "ca-ES",
    "croatian": "hr-HR", "romanian": "ro-RO", "slovak": "sk-SK", "slovene": "sl-SI", "serbian": "sr-RS",
    "bulgarian": "bg-BG", "hebrew": "he-IL", "icelandic": "is-IS", "lithuanian": "lt-LT", "latvian": "lv-LV",
    "estonian": "et-EE", "basque": "eu-ES", "galician": "gl-ES", "irish": "ga-IE", "welsh": "cy-GB",
    "vietnamese": "vi-VN", "thai": "th-TH", "chinese": "zh-CN", "arabic": "ar", "afrikaans": "af-ZA",
    "indonesian": "id-ID", "malay": "ms-MY", "albanian": "sq-AL", "armenian": "hy-AM", "hindi": "hi-IN",
    "persian": "fa-IR", "farsi": "fa-IR", "latin": "la", "hungarian": "hu-HU", "castilian": "es-ES",
    "mexican": "es-MX", "ngermanb": "de-DE", "germanb": "de-DE", "swedish": "sv-SE", "danish": "da-DK",
}


#: Entry types of either dialect (with biblatex's aliases and the common biblatex-apa ones) -> the CSL
#: type pandoc's reader gives them (export.md §2.3), for types a dialect's own table does not list.
READ_TYPES = {
    "article": "article-journal", "periodical": "periodical", "suppperiodical": "article-journal",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "report": "report", "techreport": "report",
    "book": "book", "mvbook": "book", "collection": "book", "mvcollection": "book", "proceedings": "book",
    "mvproceedings": "book", "manual": "book", "reference": "book", "mvreference": "book", "bookinbook": "book",
    "inbook": "chapter", "incollection": "chapter", "suppbook": "chapter", "suppcollection": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference", "inreference": "entry-encyclopedia",
    "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis", "booklet": "pamphlet",
    "unpublished": "manuscript", "patent": "patent", "dataset": "dataset", "software": "software",
    "video": "motion_picture", "movie": "motion_picture", "audio": "song", "music": "song", "image": "figure",
    "artwork": "graphic", "letter": "personal_communication", "letters": "personal_communication",
    "jurisdiction": "legal_case", "legislation": "legislation", "legal": "treaty", "standard": "standard",
    "review": "review", "performance": "performance", "newsarticle": "article-newspaper", "data": "dataset",
    "commentary": "book", "misc": "document",
}


def _types(*names: str) -> frozenset[str]:
    return frozenset(names)


@dataclass(frozen=True)
class Dialect:
    name: str
    entry_types: dict[str, str]  # CSL type -> entry type (missing: misc)
    default_types: dict[str, str]  # entry type -> CSL type it stands for by default
    slots: dict[str, Slots]
    aliases: dict[str, str] = field(default_factory=dict)  # foreign field -> CSL variable, on import
    #: entry type -> the CSL variables it requires (each a tuple of alternatives). A reference that
    #: lacks one is written as @misc (which needs only a title), its CSL type kept in entrysubtype.
    required: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    #: field -> the variable the reader's table takes it for, where the slots give it to more than one.
    read_as: dict[str, str] = field(default_factory=dict)

    def entry_type(self, csl_type: str, has=lambda variable: True) -> str:
        """The entry type for ``csl_type``, or ``misc`` when the reference lacks a required field."""
        chosen = self.entry_types.get(csl_type, "misc")
        needs = self.required.get(chosen, ())
        return chosen if all(any(has(v) for v in alternatives) for alternatives in needs) else "misc"

    def csl_type(self, entry_type: str) -> str:
        return self.default_types.get(entry_type) or READ_TYPES.get(entry_type, "document")

    def slot(self, variable: str, entry_type: str) -> str | None:
        """The field ``variable`` goes to on ``entry_type``; None when the type has none (a rule may say so)."""
        for types, name in self.slots.get(variable, ()):
            if types is None or entry_type in types:
                return name
        return None

    @cached_property
    def _variables(self) -> dict[str, str]:
        found = dict(self.aliases)
        for variable, rules in self.slots.items():
            found.update({name: variable for _, name in rules if name is not None})
        found.update(self.read_as)
        return found

    def variable_of(self, field_name: str) -> str | None:
        """The CSL variable a field holds. Where the slots give one field to two variables on different entry
        types (``number``: an article's issue, a book's series number), ``read_as`` names the one the table
        reads; the reader sorts the others out by entry type (bibread)."""
        return self._variables.get(field_name)
