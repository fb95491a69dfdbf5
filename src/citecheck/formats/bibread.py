"""Read BibTeX or BibLaTeX (:mod:`bibparse`, bibtexparser v2 behind it) into CSL data, following a :class:`~bibdialect.Dialect`.

A block that cannot be parsed is reported with its line and skipped; the others import.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat
from typing import Any

from citecheck.errors import InputProblem
from citecheck.formats.bibdialect import CUSTOM_FIELDS, KEYED_ID_FIELD, LIST_FIELDS, MONTHS, SEASONS, Dialect
from citecheck.formats.bibfields import date_problem, edtf, field_table, is_english, lines, text, title
from citecheck.formats.bibfields import names as field_names
from citecheck.formats.bibroles import TYPE_FIELDS, read_roles
from citecheck.formats.latex import LatexError, decode, unknown_macros
from citecheck.formats.result import Converted, Entries, ImportResult, Record, finished, identified, validate_records
from citecheck.model.dates import check_parts
from citecheck.model.limits import MAX_DIGITS, is_whole_number_text
from citecheck.vocabulary import ITEM_TYPES

_SUBTYPES = {"newspaper": "article-newspaper", "magazine": "article-magazine"}
_ACCESS = re.compile(r"(?:^|\. )Accessed (\S+)$")
_MONTH_NAMES = {name: index for index, name in enumerate(MONTHS, 1)}
#: The months of biblatex's German, Dutch, French, Spanish, Portuguese and Italian modules, by their first three
#: letters where no two months share them (French juin and juillet need four); month = {dez} is December.
_MONTH_NAMES |= {"jän": 1, "ene": 1, "gen": 1, "fev": 2, "fév": 2, "mär": 3, "mrz": 3, "mrt": 3, "avr": 4,
                 "abr": 4, "mai": 5, "mei": 5, "mag": 5, "giu": 6, "lug": 7, "aoû": 8, "ago": 8, "set": 9,
                 "okt": 10, "out": 10, "ott": 10, "dez": 12, "déc": 12, "dic": 12}
_MONTHS_OF_FOUR = {"juin": 6, "juil": 7}
_SEASON_NUMBERS = {name: number for number, name in SEASONS.items()} | {"fall": 3}
_ITEM_TYPES = frozenset(ITEM_TYPES)
_ID_FIELD = CUSTOM_FIELDS["id"]
_YEAR = re.compile(r"-?\d+", re.ASCII)  # not Thai or Arabic-Indic digits
_INPUT = re.compile(r"\\input\s*\{[^{}]*\}")
_BLANK = " \t\r\n\f\v{}"  # what an empty value holds: space and brace groups of nothing


def load(text: str, path: str, dialect: Dialect) -> ImportResult:
    from citecheck.forked import SPLIT_AT, both

    found = entries(text, path, dialect)
    items = found.items
    # Converting is the longest step of a large import: from SPLIT_AT entries the second half is converted in
    # a forked child at the same time (records are plain data, quick to send back; citecheck.forked).
    split = len(items) >= SPLIT_AT
    half = len(items) // 2 if split else len(items)
    second = items[half:]
    del items[half:]
    done, more = both(lambda: found.convert(items), lambda: found.convert(second), split)
    records = done.records + more.records
    problems = found.problems + done.problems + more.problems + identified(records, path)
    result = validate_records(records, path, ImportResult(problems=problems))
    result.kept = dict(Counter(done.kept) + Counter(more.kept))
    return finished(path, result)


def entries(text: str, path: str, dialect: Dialect, first_line: int = 1, ends_file: bool = True) -> Entries:
    """The file's entries, parsed and with their crossref and xdata fields inherited: from here each entry
    converts on its own (:class:`~citecheck.formats.result.Entries`). ``first_line``: where ``text`` starts
    in the file (a part cut by :func:`halves`); ``ends_file`` false: the file goes on after it (a ValueError
    where the cut may be inside an entry: :func:`citecheck.formats.bibparse.parse`)."""
    from functools import partial

    from citecheck.formats.bibparse import parse

    parsed, failures = parse(text, first_line, ends_file)
    problems = [InputProblem(path, line, 1, "", f"skipped: {message}") for line, message in failures]
    _inherit(parsed)
    inputs = "\\input" in text  # one search of the file: most never include another
    macros = "\\" in text  # likewise: most files have no LaTeX macro at all
    return Entries(parsed, problems, partial(_converted, path=path, dialect=dialect, inputs=inputs, macros=macros),
                   path)


def halves(text: str) -> tuple[str, str, int] | None:
    """``text`` in two parts whose :func:`entries` are the whole's, and the line the second starts on
    (:func:`citecheck.formats.bibparse.halves`); None when an entry may take fields from another one
    (crossref, xdata: biber resolves them over the whole file; the words anywhere are enough to say no), two
    entries have one key, or the parse needs the whole file."""
    from citecheck.formats.bibparse import halves as parse_halves

    # Bytes, lowered in C, are searched in 0.1 s for 50 MB: a case-blind regex took 1.7 s, str.lower() 0.6 s.
    lowered = text.encode("utf-8", "surrogatepass").lower()
    if b"crossref" in lowered or b"xdata" in lowered or _key_used_twice(text):
        return None
    return parse_halves(text)


_BLOCK_KEY = re.compile(r"\n[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)")


def _key_used_twice(text: str) -> bool:
    """Whether two entries that start a line have one key (0.1 s for 100,000): their ids would clash, and the
    halves could not be joined (the one-process import decides what becomes of them)."""
    keys = [key for kind, key in _BLOCK_KEY.findall(text) if kind.lower() not in ("comment", "preamble", "string")]
    return len(set(keys)) != len(keys)


def _converted(entries: list, path: str, dialect: Dialect, inputs: bool, macros: bool) -> Converted:
    """The records of ``entries`` (emptied as it goes: each raw entry is freed once converted, memory matters at
    100k entries), what was said of them, and how many of each field were kept in note."""
    records, problems, kept = [], [], {}
    entries.reverse()
    while entries:
        e = entries.pop()
        if e.entry_type == "xdata":
            continue  # a container of fields for other entries, never a reference of its own (biber)
        for name, macro in e.undefined:  # imported as written, but said: it is seldom what was meant
            problems.append(InputProblem(path, e.line, 1, e.key, f"{name}: {macro!r} is no @string of this file "
                                         "(BibTeX reads an undefined macro as empty): kept as the word"))
        if inputs:  # a file named by \input is not read: its text is dropped, and said
            problems += [InputProblem(path, e.line, 1, e.key, f"{name}: {found.group()} names a file citecheck does "
                                      "not read: dropped from the value")
                         for name, value in e.fields.items() for found in _INPUT.finditer(value)]
        if macros:  # decode drops a macro it does not know (its argument stays): said, not silent
            problems += [InputProblem(path, e.line, 1, e.key, f"{name}: \\{macro} is a LaTeX macro citecheck does "
                                      "not know: dropped (its argument kept as text)")
                         for name, value in e.fields.items() for macro in unknown_macros(value)]
        said: list[str] = []
        try:
            records.append(Record(entry_data(e.entry_type, e.key, e.fields, dialect, kept, said), e.line, e.key))
        except ValueError as error:  # LatexError, or a value no reference holds: this entry only is skipped
            problems.append(InputProblem(path, e.line, 1, e.key, f"skipped: {error}"))
        problems += [InputProblem(path, e.line, 1, e.key, message) for message in said]
    return Converted(records, problems, kept)

# What a child takes from its crossref parent under another name, as biber's default inheritance does.
_BOOK_PARENTS = frozenset(("book", "collection", "proceedings", "reference", "mvbook", "mvcollection",
                           "mvproceedings", "mvreference", "periodical"))
_CHILD_TITLE = {"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"}
_MAIN_TITLE = {"title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"}
_NEVER_INHERITED = frozenset(("ids", "crossref", "xref", "xdata", "entryset", "label", "shorthand",
                              "sortkey", "shorttitle", "options"))


def _inherit(entries: list) -> None:
    """Fill each entry's missing fields from its ``crossref`` and ``xdata`` parents, as biber resolves them:
    a book's title becomes its chapter's ``booktitle`` (a multi-volume work's, ``maintitle``), an
    xdata entry's fields are taken as they are. ``xref`` only links: nothing is inherited."""
    by_key = {e.key.lower(): e for e in entries}
    for entry in entries:
        _resolve(entry, by_key, 0)


def _resolve(entry, by_key: dict, depth: int) -> None:
    fields = entry.fields
    parents = [("xdata", key) for key in fields.pop("xdata", "").split(",") if key.strip()]
    if "crossref" in fields:
        parents.append(("crossref", fields.pop("crossref")))
    if depth > 8:
        return  # a cycle or an absurd chain: the fields of its own are kept
    for how, key in parents:
        parent = by_key.get(key.strip().lower())
        if parent is None or parent is entry:
            continue
        _resolve(parent, by_key, depth + 1)
        renamed = {}
        if how == "crossref" and parent.entry_type in _BOOK_PARENTS and entry.entry_type not in _BOOK_PARENTS:
            renamed = _MAIN_TITLE if parent.entry_type.startswith("mv") else _CHILD_TITLE
            if entry.entry_type in ("inbook", "bookinbook", "suppbook") and "author" in parent.fields:
                fields.setdefault("bookauthor", parent.fields["author"])  # biber: author and bookauthor
        for name, value in parent.fields.items():
            target = renamed.get(name, name)
            if target not in fields and name not in _NEVER_INHERITED:
                fields[target] = value


def entry_data(entry_type: str, key: str, fields: dict[str, str], dialect: Dialect,
               kept: dict[str, int] | None = None, said: list[str] | None = None) -> dict[str, Any]:
    """The CSL data of one entry; a field with no CSL home is kept as a ``name: value`` line of ``note``
    (the form Better BibTeX and Zotero read back) and counted in ``kept``. An empty field (``publisher = {}``,
    ``title = {{ }}``) holds nothing: it is read as absent, as pandoc reads it. A date that cannot be
    (``1996-13-03``) is kept as a literal date, and said in ``said``: the entry and its other fields stay."""
    if not all(map(str.strip, fields.values(), repeat(_BLANK))):  # one pass in C: most entries have none
        for name in [name for name, value in fields.items() if not value.strip(_BLANK)]:
            del fields[name]
    subtype = fields.pop("entrysubtype", "").strip()
    keyed = fields.pop(KEYED_ID_FIELD, None)  # the key is the reference's citation-key, this its id
    ident = fields.pop(_ID_FIELD, None) if keyed is None else keyed
    entry_type = entry_type.lower()
    data: dict[str, Any] = {
        "id": key if ident is None else text(ident),
        "type": _SUBTYPES.get(subtype) or (subtype if subtype in _ITEM_TYPES else dialect.csl_type(entry_type)),
    }
    if keyed is not None:
        data["citation-key"] = key
    _add_dates(fields, data, said)
    if dialect.name == "biblatex":
        for name in LIST_FIELDS.intersection(fields):
            if " and " in fields[name]:
                fields[name] = "; ".join(_top_level_parts(fields[name]))  # as pandoc joins biber's list
            if " {and} " in fields[name]:  # an "and" kept from biber's split, not from a style's case change
                fields[name] = fields[name].replace(" {and} ", " and ")
    _add_biblatex_fields(entry_type, fields, data)
    if not TYPE_FIELDS.isdisjoint(fields):  # biblatex fields, whichever dialect the file was guessed as
        read_roles(fields, data, field_names)  # editor with editortype = {compiler} is CSL's compiler
    table = field_table(dialect)
    extra = []
    english = None
    for name, value in fields.items():
        found = table.get(name)
        if found is not None:
            if found[0] in data:  # the first of two fields for one variable wins; a different second is kept
                if value.strip() and _second(found[1], value) != data[found[0]]:
                    extra.append(f"{name}: {_second(text, value)}")
                    if kept is not None:
                        kept[name] = kept.get(name, 0) + 1
                continue
            if found[1] is title and "{" in value:  # braces: citecheck's case protection, or nocase spans
                english = is_english(fields) if english is None else english
                data[found[0]] = title(value, english)
            elif found[1] is edtf:  # eventdate, origdate...: an impossible one is kept as text, and said
                data[found[0]] = _date(name, value, said)
            else:
                data[found[0]] = found[1](value)
        elif name not in _IGNORED and value.strip():
            extra.append(f"{name}: {text(value)}")
            if kept is not None:
                kept[name] = kept.get(name, 0) + 1
    if "note" in data and dialect.name == "bibtex":
        _split_access(data)
    if extra:
        data["note"] = "\n".join([data["note"], *extra] if data.get("note") else extra)
    if data["type"] == "thesis" and data.get("genre") in _THESIS_GENRES:
        data["genre"] = _THESIS_GENRES[data["genre"]]
    return data


def _second(read, value: str):
    """A second field's value read as the first was, or as written when it cannot be: the entry stays."""
    try:
        return read(value)
    except ValueError:
        return value


#: Fields that say how to typeset, not what the work is: nothing of the reference is lost without them.
_IGNORED = frozenset(("file", "owner", "timestamp", "groups", "options", "presort", "sortkey", "sortname",
                      "sorttitle", "sortyear", "keywords-plus", "langidopts", "ids", "key", "label", "shorthand",
                      "indexsorttitle", "indextitle", "jabref-meta", "creationdate", "modificationdate",
                      "mendeley-groups", "mendeley-tags", "date-added", "date-modified", "bdsk-url-1",
                      "bdsk-url-2", "bdsk-file-1", "crossref", "xref", "xdata", "execute", "related",
                      "relatedtype", "relatedoptions", "entryset", "skip"))
#: pandoc's wording for BibLaTeX's thesis type keys.
_THESIS_GENRES = {"phdthesis": "Ph.D. thesis", "mathesis": "Master's thesis", "mastersthesis": "Master's thesis",
                  "candthesis": "Candidate thesis", "datacd": "CD-ROM"}
_EPRINT_URLS = {"arxiv": "https://arxiv.org/abs/", "jstor": "https://www.jstor.org/stable/",
                "pubmed": "https://www.ncbi.nlm.nih.gov/pubmed/", "googlebooks": "https://books.google.com?id=",
                "hdl": "https://hdl.handle.net/"}
#: Where citecheck's writer puts a web page's or post's outlet in ``organization`` (see biblatex.py).
_OUTLET_ORGANIZATION = frozenset(("misc", "online", "dataset", "software"))
_PERIODICAL = frozenset(("article", "periodical", "suppperiodical"))
#: Entry types whose ``number`` is the number in a series (biblatex's manual), with or without the series.
_SERIES_NUMBERED = frozenset(("book", "mvbook", "inbook", "bookinbook", "suppbook", "collection", "mvcollection",
                              "incollection", "suppcollection", "proceedings", "mvproceedings", "inproceedings",
                              "reference", "mvreference", "inreference", "dataset"))
_URL_ONLY = re.compile(r"https?://\S+")


def _joined(fields: dict[str, str], main: str, sub: str, addon: str) -> str | None:
    """``main: sub. addon`` as pandoc joins a BibLaTeX title with its subtitle and titleaddon."""
    value = fields.pop(main, None)
    subtitle, titleaddon = fields.pop(sub, None), fields.pop(addon, None)
    if value is None:
        return None
    joined = text(value)
    if subtitle:
        joined += ": " + text(subtitle)
    if titleaddon:
        joined += ". " + text(titleaddon)
    return joined


#: BibLaTeX fields read into one CSL variable each (the first of two for one variable wins), in that order.
_MORE_FIELDS = (("series", "collection-title"), ("edition", "edition"), ("pagetotal", "number-of-pages"),
                ("version", "version"), ("annotation", "annote"), ("annote", "annote"),
                ("eventtitle", "event-title"), ("venue", "event-place"), ("chapter", "chapter-number"),
                ("pmid", "PMID"), ("pmcid", "PMCID"), ("isrn", "number"), ("origlocation", "original-publisher-place"),
                ("origpublisher", "original-publisher"), ("origtitle", "original-title"),
                ("shortjournal", "container-title-short"))
_MORE_NAMES = frozenset(name for name, _ in _MORE_FIELDS)


def _add_biblatex_fields(entry_type: str, fields: dict[str, str], data: dict[str, Any]) -> None:
    """The BibLaTeX fields with a CSL home that the dialect tables (built for writing) do not name."""
    if entry_type == "periodical" and "issuetitle" in fields and "title" in fields:
        data["type"] = "article-journal"  # one issue of the periodical, as pandoc reads it
        data["container-title"] = text(fields.pop("title"))
        fields["title"] = fields.pop("issuetitle")
    if "organization" in fields and entry_type not in _OUTLET_ORGANIZATION and "publisher" not in fields:
        fields["publisher"] = fields.pop("organization")  # pandoc: the organization publishes it
    if "howpublished" in fields:
        _howpublished(entry_type, fields)
    if "journalsubtitle" in fields:
        journal = "journaltitle" if "journaltitle" in fields else "journal"
        if journal in fields:  # joined as pandoc joins it: "Journal: Subtitle"
            fields[journal] = f"{fields[journal]}: {fields.pop('journalsubtitle')}"
    if "subtitle" in fields:  # titleaddon stays genre: citecheck's writer puts a genre there
        title = _joined(fields, "title", "subtitle", "")
        if title is not None:
            data["title"] = title
    if "booksubtitle" in fields or "booktitleaddon" in fields:
        book = _joined(fields, "booktitle", "booksubtitle", "booktitleaddon")
        if book is not None:
            data["container-title"] = book
    if "maintitle" in fields or "mainsubtitle" in fields or "maintitleaddon" in fields:
        main = _joined(fields, "maintitle", "mainsubtitle", "maintitleaddon")
        if main is not None:
            data["container-title" if "container-title" not in data and "booktitle" not in fields
                 else "volume-title"] = main
    if not _MORE_NAMES.isdisjoint(fields):  # one C-level test for the usual entry, which has none of them
        for name, variable in _MORE_FIELDS:
            value = fields.pop(name, None)
            if value is not None and value.strip():
                read = lines if variable == "annote" else text  # an annotation's lines are kept (LINE_VARS)
                if variable not in data:
                    data[variable] = read(value)
                elif read(value) != data[variable]:  # the first wins; a different second is kept in note
                    fields[name] = value
    if "bookauthor" in fields:
        data["container-author"] = field_names(fields.pop("bookauthor"))
    if "number" in fields and entry_type not in _PERIODICAL:  # a book's number is its number in a series
        # a report's or a @misc's number is its own, series or not (BibTeX's techreport; pandoc reads it so)
        data["collection-number" if entry_type in _SERIES_NUMBERED else "number"] = text(fields.pop("number"))
    if "issue" in fields and "number" in fields and entry_type in _PERIODICAL:
        # biblatex's number is the issue's number, its issue another name for it ("Spring", TUGboat's 92, the
        # issue counted over all volumes): CSL has one issue, which holds both, as pandoc joins them ("2, 92")
        issue = fields.pop("issue")
        if text(issue) != text(fields["number"]):
            fields["number"] = f"{fields['number']}, {issue}"
    elif "issue" in fields and entry_type in _PERIODICAL:
        fields["number"] = fields.pop("issue")  # the issue alone: CSL's issue (biblatex's table has no issue)
    if "addendum" in fields:
        addendum = text(fields.pop("addendum"))
        fields["note"] = f"{fields['note']}. {addendum}" if fields.get("note") else addendum
    if "type" in fields and entry_type in ("thesis", "phdthesis", "mastersthesis", "report", "techreport"):
        fields["type"] = fields["type"].strip(" \t\r\n")  # a no-break space is text, not layout
    if "eprint" not in fields and "eprinttype" not in fields and "archiveprefix" not in fields:
        return
    eprint, kind = fields.pop("eprint", None), (fields.pop("eprinttype", None) or fields.pop("archiveprefix", "")).strip().lower()
    if eprint:
        eprint = eprint.strip()
        if kind == "doi" and "doi" not in fields:
            fields["doi"] = eprint
        elif kind == "pubmed" and "pmid" not in fields:
            data["PMID"] = text(eprint)  # CSL's home for it (pandoc makes a URL of it: styles link a PMID)
        elif kind in _EPRINT_URLS and "url" not in fields:
            fields["url"] = _EPRINT_URLS[kind] + eprint
        else:
            fields["eprint"] = f"{kind}:{eprint}" if kind else eprint  # kept in note


_URL_ESCAPE = re.compile(r"\\([_%&#$~])")


def _howpublished(entry_type: str, fields: dict[str, str]) -> None:
    """``howpublished`` holding a URL and nothing else (bare or ``\\url{...}``) is the entry's URL when it has
    none (BibTeX had no url field; Zotero writes a web page's URL there). Otherwise it says how a work came out
    ("N64-Spielmodul"): a booklet's publisher when it has none, as pandoc reads it; beside a ``publisher`` the
    publisher is that (Nintendo), and howpublished is kept in note (pandoc joins the two into one publisher,
    "N64-Spielmodul; Nintendo", which no style can print as a publisher)."""
    published = fields["howpublished"]
    if "url" not in fields:
        if "\\url" in published:  # the macro's argument as written: a verbatim URL, its % and _ unescaped
            url = published[published.index("{") + 1:published.rindex("}")]
            is_url = _URL_ONLY.fullmatch(text(published).strip()) is not None
        else:  # as written, not decoded (a -- in a URL is no dash), unless it escapes a character (\_)
            url = _URL_ESCAPE.sub(r"\1", published.strip(_BLANK))  # \_ and \% are the characters
            is_url = _URL_ONLY.fullmatch(url) is not None
        if is_url:
            del fields["howpublished"]
            fields["url"] = url
            return
    if "publisher" in fields:
        fields["howpublished"] = fields.pop("howpublished")  # read after publisher: a second value, kept in note
    elif entry_type == "booklet":
        fields["publisher"] = fields.pop("howpublished")


def _top_level_parts(value: str) -> list[str]:
    """``value`` split at each `` and `` outside braces (``{and}`` and ``{A and B}`` stay whole)."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(value):
        char = value[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif depth == 0 and value.startswith(" and ", index):
            parts.append(value[start:index])
            start = index = index + 5
            continue
        index += 1
    return [*parts, value[start:]]


def _date(name: str, value: str, said: list[str] | None) -> dict[str, Any]:
    """:func:`bibfields.edtf`; a date that cannot be is kept as written (a literal date) and said."""
    found = edtf(value)
    if "literal" in found and said is not None:
        problem = date_problem(value)
        if problem is not None:
            said.append(f"{name}: {value.strip()!r} is no possible date ({problem}): kept as text")
    return found


def _add_dates(fields: dict[str, str], data: dict[str, Any], said: list[str] | None = None) -> None:
    """``issued`` from ``date`` or ``year``/``month``/``day``; ``accessed`` from ``urldate``."""
    if "urldate" in fields:
        data["accessed"] = _date("urldate", fields.pop("urldate"), said)
    if "date" in fields:
        data["issued"] = _date("date", fields.pop("date"), said)
        if "year" not in fields and "month" not in fields and "day" not in fields:
            return  # the usual BibLaTeX entry: nothing more to take out
    year, month, day = fields.pop("year", None), fields.pop("month", ""), fields.pop("day", "")
    if year is None or "issued" in data:
        return
    year = year.strip()
    if not _YEAR.fullmatch(year):
        year = decode(year)  # "{\noopsort{1973c}}1981" is the year 1981, sorted as 1973
        if not _YEAR.fullmatch(year):
            data["issued"] = {"literal": year}
            return
    if not is_whole_number_text(year):  # int() refuses past 4,300 digits; no reference takes past 15
        raise ValueError(f"year: a whole number has at most {MAX_DIGITS} digits (the limit), "
                         f"this one has {len(year.lstrip('-')):,}")
    parts = [int(year)]
    season = _SEASON_NUMBERS.get(decode(month).strip().lower())
    if season:
        data["issued"] = {"date-parts": [parts], "season": season}
        return
    month_number = _month(month)
    if month_number:
        parts.append(month_number)
        if is_whole_number_text(day):  # str.isdigit takes "²", which int() refuses
            parts.append(int(day))
        elif day.strip():
            fields["day"] = day  # not a day: kept in note, as a field with no CSL home is
    elif month.strip():
        fields["month"] = month
        if day.strip():
            fields["day"] = day
    try:
        check_parts(parts)
    except ValueError as error:  # month = 13, 30 February: the date as written, kept as text
        written = "-".join(f"{part:02d}" if index else str(part) for index, part in enumerate(parts))
        if said is not None:
            said.append(f"year, month, day: {written!r} is no possible date ({error}): kept as text")
        data["issued"] = {"literal": written}
        return
    data["issued"] = {"date-parts": [parts]}


def _month(value: str) -> int | None:
    text = decode(value).strip().lower()
    if text[:3].isascii() and text[:3].isdigit():
        return int(text[:3])
    return _MONTH_NAMES.get(text[:3]) or _MONTHS_OF_FOUR.get(text[:4])


def _split_access(data: dict[str, Any]) -> None:
    """BibTeX keeps the access date at the end of ``note``: ``... Accessed 2022-01-03``."""
    match = _ACCESS.search(data["note"])
    if match and "accessed" not in data:
        data["accessed"] = edtf(match.group(1))
        note = data["note"][: match.start()]
        if note:
            data["note"] = note
        else:
            del data["note"]
