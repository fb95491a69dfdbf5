"""RIS in the Zotero dialect: ``TY`` first, ``ER`` last, CRLF line ends, UTF-8.

Written: ``T2`` the outlet (website, newspaper, magazine, blog, journal), ``DA`` the full date as
``YYYY/MM/DD/`` with ``PY`` the year, ``Y2`` the access date, ``SN`` the ISBN or ISSN, one ``N1`` per
line of the note. citecheck's own fields never take a tag that real exporters fill: each is a note
line ``N1  - citecheck-footnote: 3`` (also ``citecheck-printed``, ``citecheck-archive-url``,
``citecheck-archive-date``, ``citecheck-type`` when ``TY`` does not say the CSL type,
``citecheck-event-title``, ``citecheck-event-place``), which Zotero keeps as a note; so is every CSL key RIS
has no tag for (``citecheck-PMID: 123``, a name list or a date as its CSL-JSON): nothing is left out.

Read: the full tag set as Zotero's RIS translator and the RIS specs name it, legacy synonyms too
(``T1``/``CT`` title, ``A1`` author, ``ED`` editor, ``JO``/``JF``/``JA``/``J1``/``J2`` journal, ``Y1``
year, ``N2`` abstract, ``EP`` end page, ``LK`` URL, ``BT`` book title). A tag with no CSL variable
(``M1``, ``L2``, ``U1``, ``C1``…) is kept as a note line ``M1: value`` and named once per file on
stderr. ``DB`` is the archive and ``DP`` the catalogue (CSL ``source``), as Zotero's translator has them.
Dates: the fullest of ``DA``, ``PY`` and ``Y1`` is ``issued`` (a month may be a word: ``2015/october``); a
date's free-text fourth part (``2013/03/14/accepted``, a season apart) and a ``PY`` or ``Y1`` saying more than
``issued`` holds are kept as note lines (``PY: 2013``) too, as is a ``BT`` whose place a ``JF`` took. An ``M3``
holding a DOI (EndNote's place for it: ``10.1080/…``, ``doi:10.…``, ``https://doi.org/10.…``) is the DOI when the
record has no ``DO``, as Zotero reads it; any other ``M3`` is the genre. ``SN`` is an ISSN or an ISBN by its shape and
the record's type, as Zotero has it (an article's ``SN`` is its ISSN, a report's or a patent's its number): an
``SN`` of neither shape (Mendeley's ``0000000205`` in an article) is a note line, never an ISBN. A record
that the next ``TY`` or the file's end cuts off before its ``ER`` is read as far as it goes and named at its line.
Files citecheck wrote before (``C1`` footnote, ``C2`` the footnote as printed, ``C3``/``C4`` archive, ``C5`` type,
``C6``/``C7`` event) still read: a record is taken for one only when ``ID`` follows ``TY`` and its
``C1``/``C5`` hold what citecheck wrote there (a number, a CSL type); a ``citecheck-source`` note line
(the printed footnote's old name) reads as ``citecheck-printed``.

Losses (RIS has no place for them): particles become part of the family name; an organisation
with a comma in its name reads back as a person (a person with one name is written ``Family,``);
a date range keeps its start; newlines and runs of spaces become one space.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from citecheck.errors import InputProblem
from citecheck.formats.latex import normalise_space
from citecheck.formats.result import ImportResult, Record, kept_in_note, name_unnamed, unique_ids, validate_records
from citecheck.model import Date, Name, Reference
from citecheck.vocabulary import ALL_KEYS

TYPES = {
    "webpage": "ELEC", "post-weblog": "BLOG", "article-newspaper": "NEWS", "article-magazine": "MGZN",
    "article-journal": "JOUR", "report": "RPRT", "document": "GEN", "book": "BOOK", "chapter": "CHAP",
    "paper-conference": "CPAPER", "entry-encyclopedia": "ENCYC", "entry-dictionary": "DICT",
    "dataset": "DATA", "software": "COMP", "speech": "SLIDE", "broadcast": "MPCT", "thesis": "THES",
    "pamphlet": "PAMP", "manuscript": "MANSCPT", "personal_communication": "PCOMM", "legal_case": "CASE",
    "legislation": "STAT", "map": "MAP", "patent": "PAT", "graphic": "ART", "song": "SOUND",
}
CSL_TYPES = {ty: csl for csl, ty in TYPES.items()} | {
    "WEB": "webpage", "EJOUR": "article-journal", "JFULL": "article-journal", "INPR": "article-journal",
    "CONF": "paper-conference", "UNPB": "manuscript", "MULTI": "webpage", "ICOMM": "post",
    "ABST": "article-journal", "ADVS": "motion_picture", "AGGR": "dataset", "ANCIENT": "manuscript",
    "BILL": "bill", "CHART": "graphic", "CLSWK": "book", "CTLG": "book", "DBASE": "dataset", "EBOOK": "book",
    "ECHAP": "chapter", "EDBOOK": "book", "ELEC": "webpage", "EQUA": "document", "FIGURE": "figure",
    "GOVDOC": "report", "GRANT": "document", "HEAR": "hearing", "LEGAL": "legislation", "MUSIC": "musical_score",
    "NEWS": "article-newspaper", "SER": "book", "STAND": "standard", "UNBILL": "bill", "VIDEO": "motion_picture"}

#: Tags holding one CSL text variable each, written and read (names, dates, SN and citecheck's fields apart).
TEXT_TAGS = {"TI": "title", "ST": "title-short", "T2": "container-title", "J2": "container-title-short",
             "T3": "collection-title", "PB": "publisher", "CY": "publisher-place", "M3": "genre", "UR": "URL",
             "DO": "DOI", "LA": "language", "AB": "abstract", "KW": "keyword", "VL": "volume", "IS": "issue",
             "SP": "page", "ET": "edition", "NV": "number-of-volumes", "SE": "section", "OP": "original-title",
             "CN": "call-number", "AN": "archive_location", "DB": "archive", "DP": "source", "RI": "reviewed-title"}
#: Other spellings of those tags (legacy RIS, EndNote, RefMan), read only; the first is the one written.
SYNONYMS = {"T1": "TI", "CT": "TI", "JF": "T2", "JO": "T2", "J1": "J2", "JA": "J2", "LK": "UR", "N2": "AB",
            "PP": "CY", "A1": "AU", "ED": "A2"}
NAME_TAGS = {"AU": "author", "A2": "editor", "A3": "collection-editor", "A4": "translator"}
#: citecheck's own fields, kept as ``N1  - citecheck-<field>: value`` lines.
OWN_FIELDS = ("footnote", "printed", "archive-url", "archive-date", "type", "event-title", "event-place")
_LEGACY = {"C1": "footnote", "C2": "printed", "C3": "archive-url", "C4": "archive-date", "C5": "type",
           "C6": "event-title", "C7": "event-place"}
_OWN = "citecheck-"
_OLD_NAMES = {"source": "printed"}  # note lines citecheck wrote before the printed footnote had its own name
_TAGGED = frozenset(("id", "type", "issued", "accessed", "note", "ISBN", "ISSN", *NAME_TAGS.values(),
                     *TEXT_TAGS.values()))
#: The CSL keys RIS has no tag for (PMID, edition-less numbers, event date, original date, other roles...): each
#: is a note line ``citecheck-PMID: 123`` too, a name list or a date as its CSL-JSON.
OTHER_KEYS = tuple(key for key in ALL_KEYS if key not in _TAGGED and key not in OWN_FIELDS)
_OTHER_KEYS = frozenset(OTHER_KEYS)
CARRIES = frozenset(ALL_KEYS)
_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_COUNTER = re.compile(r"^\s*\d+\.\s*$")  # "1." between records, as EndNote numbers them
_ISSN = re.compile(r"^\d{4}-?\d{3}[\dXx](?![\dXx-])")  # "2325-9671 (electronic)" too
_ISBN13 = re.compile(r"^(?:ISBN(?:-13)?:?\s*)?97[89][- ]?(?:\d[- ]?){9}\d(?![\dXx])", re.IGNORECASE)
_ISBN10 = re.compile(r"^(?:ISBN(?:-10)?:?\s*)?(?:\d[- ]?){9}[\dXx](?![\dXx])", re.IGNORECASE)
#: Types whose ``SN`` Zotero reads as the ISSN: ten digits there are not an ISBN (Mendeley writes 0000000205).
_SERIAL_TYPES = frozenset(("article-journal", "article-magazine", "article-newspaper"))
#: Types whose ``SN`` Zotero reads (and writes) as their number when it is no ISBN or ISSN.
_NUMBERED_TYPES = frozenset(("report", "patent"))
#: A DOI alone, bare, after ``doi:`` or as a resolver address (Zotero's cleanDOI, kept to a whole value).
_DOI = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)", re.IGNORECASE)
#: CSL keys with a tag that a value of theirs may not take: written as ``citecheck-`` note lines then.
_NOTED_KEYS = frozenset(("ISBN", "ISSN", "genre"))
_NUMBER_LIMIT = 9  # digits: a footnote number longer than this is not a footnote


def dump(refs: list[Reference]) -> str:
    return "".join(dump_chunks(refs))


def dump_chunks(refs: list[Reference]) -> Iterator[str]:
    """One record at a time."""
    return map(record, refs)


def record(ref: Reference) -> str:
    ty = TYPES.get(ref.type, "GEN")
    lines = [("TY", ty), ("ID", ref.id)]
    for tag, variable in NAME_TAGS.items():
        lines += [(tag, _name(name)) for name in ref.names(variable)]
    data = ref.to_csl()
    lines += [(tag, str(data[variable])) for tag, variable in TEXT_TAGS.items()
              if variable in data and not (tag == "M3" and _doi(str(data[variable])))]
    serials = [(variable, str(data[variable])) for variable in ("ISBN", "ISSN") if variable in data]
    lines += [("SN", value) for variable, value in serials if _serial(value, ref.type) == variable]
    if ref.issued is not None:
        lines += [("PY", str(ref.issued.year) if ref.issued.year is not None else ref.issued.isoformat()),
                  ("DA", _date(ref.issued))]
    if ref.accessed is not None:
        lines.append(("Y2", _date(ref.accessed)))
    lines += [("N1", line) for line in str(data.get("note", "")).splitlines() if line.strip()]
    own: dict[str, Any] = {"footnote": ref.footnote, "printed": ref.printed,
                           "archive-url": ref.archive_url,
                           "archive-date": _date(ref.archive_date) if ref.archive_date is not None else None,
                           "type": ref.type if CSL_TYPES.get(ty) != ref.type else None,
                           "event-title": data.get("event-title"), "event-place": data.get("event-place")}
    lines += [("N1", f"{_OWN}{field}: {value}") for field, value in own.items() if value is not None]
    lines += [("N1", f"{_OWN}{key}: {_encoded(data[key])}") for key in OTHER_KEYS if key in data]
    # an ISSN that does not look like one (or an ISBN that does) would come back from SN as the other, a genre
    # that looks like a DOI from M3 as the DOI
    lines += [("N1", f"{_OWN}{variable}: {value}") for variable, value in serials
              if _serial(value, ref.type) != variable]
    if "genre" in data and _doi(str(data["genre"])):
        lines.append(("N1", f"{_OWN}genre: {_encoded(data['genre'])}"))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {normalise_space(value)}\r\n" for tag, value in lines) + "\r\n"


def _serial(value: str, csl_type: str) -> str | None:
    """What an ``SN`` line holds, as the reader decides: an ISSN or an ISBN when it has the shape of one (ten digits
    are no ISBN in an article), else a report's or a patent's number, else nothing (None: a note line)."""
    if _ISSN.match(value):
        return "ISSN"
    if _ISBN13.match(value) or (_ISBN10.match(value) and csl_type not in _SERIAL_TYPES):
        return "ISBN"
    return "number" if csl_type in _NUMBERED_TYPES else None


def _doi(value: str) -> str | None:
    """The DOI a value is, without its ``doi:`` or resolver in front; None when the value is anything else."""
    match = _DOI.fullmatch(value.strip())
    return match.group(1) if match else None


def _encoded(value: Any) -> str:
    """Text as it is, unless it could be read as JSON; anything else (names, dates, numbers) as JSON."""
    if isinstance(value, str) and not value.startswith(("[", "{", '"')):
        return value
    return json.dumps(value, ensure_ascii=False)


def _decoded(text: str) -> Any:
    if text.startswith(("[", "{", '"')):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return text  # a hand-edited line: kept as the text it is
    return text


def _name(name: Name) -> str:
    """``Family, Given[, Suffix]``; a person with one name is ``Family,`` so it does not read as an organisation."""
    if name.is_organisation or not name.family:
        return name.literal or ""
    family = " ".join(p for p in (name.dropping_particle, name.non_dropping_particle, name.family) if p)
    if not (name.given or name.suffix):
        return family + ","
    return ", ".join([family, name.given or ""] + ([name.suffix] if name.suffix else []))


def _date(date: Date) -> str:
    """``2021/06/15/``, ``2021/06//``, ``2021///``: Zotero's form; free text as it is."""
    if not date.date_parts:
        return date.isoformat()
    parts = [f"{p:02d}" if i else str(p) for i, p in enumerate(date.date_parts[0])]
    season = _SEASONS[int(date.season) - 1] if len(parts) == 1 and str(date.season) in ("1", "2", "3", "4") else ""
    return "/".join(parts + [""] * (3 - len(parts))) + "/" + season  # RIS's fourth part: free text


_SEASONS = ("Spring", "Summer", "Autumn", "Winter")
_SEASON_NUMBERS = {name.lower(): number for number, name in enumerate(_SEASONS, 1)} | {"fall": 3}

Tags = list[tuple[str, str, int]]  # tag, value, line


def load(text: str, path: str = "<string>") -> ImportResult:
    records, problems, notices = [], [], []
    kept: dict[str, int] = {}  # tag -> times
    current: tuple[int, Tags] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        line = line.lstrip("\ufeff")
        match = _LINE.match(line)
        if match is None:
            if current is not None and line.strip() and current[1]:
                tag, value, at = current[1][-1]
                current[1][-1] = (tag, f"{value} {line.strip()}", at)  # a wrapped value
            elif line.strip() and not _COUNTER.match(line):
                problems.append(InputProblem(path, number, 1, "", "skipped: not a RIS line (TY  - ...)"))
            continue
        tag, value = match.group(1), (match.group(2) or "").strip(" \t\r")
        if tag == "TY":
            if current is not None:
                _unterminated(current, path, records, problems, notices, kept)
            current = (number, [])
        if current is None:
            problems.append(InputProblem(path, number, 1, "", f"skipped: {tag} outside a record (no TY before it)"))
            continue
        current[1].append((tag, value, number))
        if tag == "ER":
            try:
                data = _data(current[1], kept)
            except _BadValue as bad:
                problems.append(InputProblem(path, bad.line, 1, _label(current[1], current[0]), f"skipped: {bad}"))
            else:
                records.append(Record(data, current[0], _label(current[1], current[0])))
            current = None
    if current is not None:
        _unterminated(current, path, records, problems, notices, kept)
    problems += unique_ids(records, path, "record")  # RIS ids are often database numbers
    name_unnamed(records)  # most RIS records have no ID: nothing to say
    result = validate_records(records, path, ImportResult(problems=problems, notices=notices))
    if kept:  # kept, not lost: a notice, not a problem (the import still succeeds)
        result.notices.append(kept_in_note(path, kept))
    return result


def _unterminated(current: tuple[int, Tags], path: str, records: list[Record], problems: list[InputProblem],
                  notices: list[str], kept: dict[str, int]) -> None:
    """A record the next ``TY`` or the file's end cuts off before its ``ER``: read as far as it goes, as
    citation-js reads it (a lone ``TY`` line, with nothing to read, is reported and skipped)."""
    start, tags = current
    if not any(value for tag, value, _ in tags if tag != "TY"):
        problems.append(InputProblem(path, start, 1, "", "skipped: record has no ER line"))
        return
    try:
        data = _data(tags, kept)
    except _BadValue as bad:
        problems.append(InputProblem(path, bad.line, 1, _label(tags, start), f"skipped: {bad}"))
        return
    records.append(Record(data, start, _label(tags, start)))
    notices.append(f"{path}:{start}: record has no ER line: read up to the next TY line or the end")


class _BadValue(ValueError):
    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _label(tags: Tags, line: int) -> str:
    return next((value for tag, value, _ in tags if tag == "ID" and value), f"record at line {line}")


def _is_legacy(tags: Tags) -> bool:
    """A record citecheck wrote before its fields moved to note lines: ``ID`` second, C1/C5 as it wrote them."""
    from citecheck.vocabulary import ITEM_TYPES

    if len(tags) < 2 or tags[1][0] != "ID" or not any(tag in _LEGACY for tag, _, _ in tags):
        return False
    values = {tag: value for tag, value, _ in reversed(tags)}
    return (values.get("C1", "1").isascii() and values.get("C1", "1").isdigit()
            and values.get("C5", "webpage") in ITEM_TYPES)


def _data(tags: Tags, kept: dict[str, int]) -> dict[str, Any]:
    """CSL data of one record; ``kept`` counts the tags that went to the note."""
    legacy = _is_legacy(tags)
    first: dict[str, tuple[str, int]] = {}
    names: dict[str, list[dict[str, str]]] = {}
    notes, own, serials, others, dois = [], {}, [], {}, []
    pages_end = None
    for original, value, line in tags:
        tag = SYNONYMS.get(original, original)
        if not value or tag in ("TY", "ER"):
            continue
        if tag in NAME_TAGS:
            names.setdefault(NAME_TAGS[tag], []).append(_read_name(value))
        elif tag == "N1" and value.startswith(_OWN) and ": " in value:
            field, _, text = value[len(_OWN):].partition(": ")
            field = _OLD_NAMES.get(field, field)
            if field in OWN_FIELDS:
                own.setdefault(field, (text, line))
            elif field in _OTHER_KEYS or field in _NOTED_KEYS:
                others.setdefault(field, _decoded(text))
            else:
                notes.append(value)
        elif legacy and tag in _LEGACY:
            own.setdefault(_LEGACY[tag], (value, line))
        elif tag == "N1":
            notes.append(value)
        elif tag == "SN":
            serials.append(value)
        elif tag == "M3" and _doi(value):
            dois.append(value)
        elif tag == "EP":
            pages_end = pages_end or value
        elif tag == "KW" and "KW" in first:
            first["KW"] = (f"{first['KW'][0]}, {value}", first["KW"][1])
        elif tag == "BT" and "BT" not in first:
            first["BT"] = (value, line)
        elif tag in TEXT_TAGS or tag in ("ID", "PY", "Y1", "DA", "Y2"):
            if tag not in first:
                first[tag] = (value, line)
            elif first[tag][0] != value:  # a JF beside a T2, a second UR: kept, not dropped
                notes.append(f"{original}: {value}")
                kept[original] = kept.get(original, 0) + 1
        else:
            notes.append(f"{original}: {value}")
            kept[original] = kept.get(original, 0) + 1
    ty = first.get("TY", ("", 0))[0] or next((value for tag, value, _ in tags if tag == "TY"), "")
    data: dict[str, Any] = {"id": first.get("ID", ("", 0))[0], "type": CSL_TYPES.get(ty.upper(), "document")}
    if "type" in own:
        data["type"] = own.pop("type")[0]
    data.update(names)
    data.update({variable: first[tag][0] for tag, variable in TEXT_TAGS.items() if tag in first})
    if "BT" in first:  # a book's title, or the book a chapter is in
        placed = data.setdefault("title" if data["type"] == "book" else "container-title", first["BT"][0])
        if placed != first["BT"][0]:  # a JF or T2 took the place: BT is kept, not dropped
            notes.append(f"BT: {first['BT'][0]}")
            kept["BT"] = kept.get("BT", 0) + 1
    if pages_end and pages_end != data.get("page"):
        data["page"] = f"{data['page']}-{pages_end}" if data.get("page") else pages_end
    for value in serials:
        variable = _serial(value, data["type"])
        if variable is None or variable in data:  # junk, or a print and an electronic ISSN: kept in the note
            notes.append(f"SN: {value}")
            kept["SN"] = kept.get("SN", 0) + 1
        else:
            data[variable] = value
    for value in dois:  # EndNote's DOI: the DOI unless DO gave one; another DOI than DO's is kept in the note
        if "DOI" not in data:
            data["DOI"] = _doi(value)
        elif (_doi(str(data["DOI"])) or str(data["DOI"])).lower() != str(_doi(value)).lower():
            notes.append(f"M3: {value}")
            kept["M3"] = kept.get("M3", 0) + 1
    if "Y2" in first:
        data["accessed"] = _read_date(first["Y2"][0])
        _note_uncarried("Y2", first["Y2"][0], data["accessed"], notes, kept)
    issued = [(tag, first[tag][0], _read_date(first[tag][0])) for tag in ("DA", "PY", "Y1") if tag in first]
    if issued:  # the fullest date of DA, PY and Y1; what another of them says beyond it is a note line
        chosen = next((found for found in issued if "date-parts" in found[2]), issued[0])
        data["issued"] = chosen[2]
        for tag, value, date in issued:
            if date is chosen[2] or not _within(date, chosen[2]):
                _note_uncarried(tag, value, date if date is chosen[2] else None, notes, kept)
    for field, (value, line) in own.items():
        if field == "footnote":
            data["footnote"] = _footnote(value, line)
        elif field == "archive-date":
            data[field] = _read_date(value)
        else:
            data[field] = value
    for key, value in others.items():
        data.setdefault(key, value)
    if notes:
        data["note"] = "\n".join(notes)
    return data


def _footnote(value: str, line: int) -> int:
    if not (value.isascii() and value.isdigit()) or len(value) > _NUMBER_LIMIT:
        shown = value if len(value) <= 20 else value[:20] + "…"
        raise _BadValue(f"footnote {shown!r} is not a footnote number", line)
    return int(value)


def _read_name(value: str) -> dict[str, str]:
    if "," not in value:
        return {"literal": value}
    family, _, rest = value.partition(",")
    given, _, suffix = rest.strip().partition(",")
    name = {"family": family.strip(), "given": given.strip(), "suffix": suffix.strip()}
    return {key: text for key, text in name.items() if text}


_DATE = re.compile(r"([0-9]{1,4})(?:[/-]([0-9]{1,2}|[A-Za-z]{3,9})?(?:[/-]([0-9]{1,2})?)?/?)?(?:/.*)?", re.ASCII)
#: A month written as a word where RIS wants its number (``Y1  - 2015/october``, JabRef's test data).
_MONTH_WORDS = {word: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
    ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
    ("dec", "december")), 1) for word in names}


def _read_date(value: str) -> Any:
    """``2021/06/15/``, ``2021//``, ``2021-06-15``; anything else kept as written (a literal date)."""
    match = _DATE.fullmatch(value)
    if not match:
        return {"literal": value}
    year, month, day = match.groups()
    if month and not month.isdigit():
        if month.lower() in _SEASON_NUMBERS and not day:
            return {"date-parts": [[int(year)]], "season": _SEASON_NUMBERS[month.lower()]}
        if month.lower() not in _MONTH_WORDS:
            return {"literal": value}
        month = str(_MONTH_WORDS[month.lower()])
    parts = [int(g) for g in (year, month, day) if g]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        return {"literal": value}
    tail = _tail(value).lower()
    if len(parts) == 1 and tail in _SEASON_NUMBERS:
        return {"date-parts": [parts], "season": _SEASON_NUMBERS[tail]}
    return {"date-parts": [parts]}


def _tail(value: str) -> str:
    """RIS's free-text fourth part of a date (``2013/02/15/received``)."""
    return value.split("/", 3)[3].strip() if value.count("/") >= 3 else ""


def _within(date: dict[str, Any], chosen: dict[str, Any]) -> bool:
    """Whether ``date`` says nothing ``chosen`` does not: its date-parts start chosen's (PY's year beside DA)."""
    if date == chosen:
        return True
    if "date-parts" not in date or "date-parts" not in chosen or "season" in date:
        return False
    parts, full = date["date-parts"][0], chosen["date-parts"][0]
    return full[:len(parts)] == parts


def _note_uncarried(tag: str, value: str, date: dict[str, Any] | None, notes: list[str],
                    kept: dict[str, int]) -> None:
    """Keep a date tag as a note line when the date read from it (None: none was) does not hold all of it."""
    if date is not None and ("literal" in date or not _tail(value) or "season" in date):
        return
    notes.append(f"{tag}: {value}")
    kept[tag] = kept.get(tag, 0) + 1
