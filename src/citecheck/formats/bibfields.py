"""How a .bib field's value becomes a CSL value: one converter per field, looked up once per dialect.

Import converts about a million values per 100,000 entries, so each value takes the shortest path:
a value with nothing LaTeX or layout-like in it is returned as it is, without a regex search.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from citecheck.formats.bibdialect import (
    BCP47,
    BCP47_READ,
    DATE_VARS,
    LINE_VARS,
    NAME_VARS,
    VERBATIM_VARS,
    Dialect,
)

#: Variables whose braces protect case (read as nocase spans); the writer protects the case of TITLE_VARS.
TITLE_VARS = ("title", "title-short", "container-title", "collection-title", "event-title", "original-title",
              "volume-title")

# read_names' own quick path, reused name by name (tests check that the two always agree)
from citecheck.formats.bibnames import _OTHER_AND, _quick_names, read_names
from citecheck.formats.latex import decode, decode_rich, decode_title, has_breaks, normalise_space
from citecheck.model.dates import check_parts
from citecheck.model.limits import MAX_DIGITS, is_whole_number_text

Converter = Callable[[str], Any]


def _is_plain(value: str) -> bool:
    """Nothing for :func:`latex.decode` or :func:`latex.normalise_space` to change: no LaTeX special,
    no tab or newline (``isprintable`` is False for them), no double, leading or trailing space.
    A few C-level scans instead of one regex search that tries five alternatives at every character."""
    return (value.isprintable() and "\\" not in value and "{" not in value and "}" not in value
            and "~" not in value and "$" not in value and "  " not in value
            and value[:1] != " " and value[-1:] != " " and "--" not in value and "``" not in value
            and "''" not in value and "?`" not in value and "!`" not in value)


def text(value: str) -> str:
    """:func:`latex.decode`, quicker for the usual value and for citecheck's own common escapes."""
    if _is_plain(value):
        return value
    if "$" in value or "~" in value or "\\\\" in value or not _has_no_ligature(value):
        return decode_rich(value)
    unescaped = value
    if "\\" in value:  # each backslash is followed by a non-backslash: no pair below can form a new one
        for escaped in _SIMPLE_ESCAPES:
            unescaped = unescaped.replace(escaped, escaped[1])
        if "\\" in unescaped:
            return decode_rich(value)  # a command, an accent or another escape: pylatexenc's job (\\emph: <i>)
    return verbatim(unescaped.replace("{", "").replace("}", ""))  # what decode does: drop braces, then spaces


def lines(value: str) -> str:
    """:func:`text` for a note, an abstract or an annotation (LINE_VARS), whose lines are kept: a
    paragraph or line break (``\\par``, ``\\\\``, a blank line) ends a line, as citecheck's writer ends
    each (a line break in the file is a space, as everywhere)."""
    return decode_rich(value, lines=True) if has_breaks(value) else text(value)


def title(value: str, english: bool = True) -> str:
    """:func:`text` for a title: its case-protecting braces are CSL's nocase spans (latex.decode_title;
    ``english``: whether the entry's language is English, whose titles citecheck's writer protects itself)."""
    return decode_title(value, english) if "{" in value and not _is_plain(value) else text(value)


def is_english(fields: dict[str, str]) -> bool:
    """Whether an entry's titles are English (no language field, or an English one), as the writer decides."""
    raw = fields.get("langid") or fields.get("hyphenation") or fields.get("language")
    return not raw or _language(raw).lower().startswith("en")


def _has_no_ligature(value: str) -> bool:
    return "--" not in value and "``" not in value and "''" not in value and "?`" not in value and "!`" not in value


_SIMPLE_ESCAPES = ("\\&", "\\%", "\\#", "\\_")


def verbatim(value: str) -> str:
    """:func:`latex.normalise_space` (URLs, DOIs: never decoded), quicker for the usual value."""
    return value if _is_plain(value) else normalise_space(value)


_ENVIRONMENT = re.compile(r"\\begin\s*\{([^{}]*)\}(.*?)\\end\s*\{\1\}", re.DOTALL)


@lru_cache(maxsize=1 << 16)
def names(value: str) -> list[dict[str, str]]:
    """:func:`bibnames.read_names`, each distinct list once and each distinct plain name once: a
    bibliography names the same people again and again, in ever new combinations.

    The split below is read_names' own (its quick path, taken when every name is plain); anything
    else goes to read_names whole. The lists are shared: callers must not change them.
    """
    if "\\begin" in value:  # an environment reads as its content, one group: its " and " splits no name
        value = _ENVIRONMENT.sub(r"{\2}", value)
    plain = verbatim(value)  # read_names' normalise_space
    if _OTHER_AND.search(plain):  # "AND" separates names too: the general splitter's job
        return read_names(value)
    found: list[dict[str, str]] = []
    for part in plain.split(" and "):
        name = _plain_name(part)
        if name is None:
            return read_names(value)
        found += name
    return found


@lru_cache(maxsize=1 << 14)
def _plain_name(part: str) -> list[dict[str, str]] | None:
    return _quick_names(part)


# One end of a biblatex date (EDTF levels 0 and 1, as biber reads them): a year of up to four digits (astronomical:
# 0000 is 1 BC), a month, a day and a time after it (dropped: CSL dates have days), or a year of any length
# (y17000002; biber's y1700 too), or unspecified digits (199u, 19uu, 1999-uu, 1999-05-uu; EDTF 2019's 199X too).
_END = (r"(?:(-?\d{1,4})(?:-(\d\d)(?:-(\d\d)(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d(?::?\d\d)?)?)?)?)?"
        r"|[yY](-?\d+)|(\d\d[uX]{2}|\d\d\d[uX])|(\d{4})-(?:[uX]{2}(?:-[uX]{2})?|(\d\d)-[uX]{2}))")
_EDTF = re.compile(f"{_END}(?:/{_END})?", re.ASCII)
_EDTF_SEASONS = range(21, 25)  # 2001-21 is spring 2001


@lru_cache(maxsize=1 << 14)  # a date recurs: 100,000 references have ~11,000 distinct ones
def edtf(value: str) -> dict[str, Any]:
    """An ISO/EDTF date as CSL date-parts (``circa`` when it ends in ``~``), else as a literal: free text, and a
    date that cannot be (``1996-13-03``, 30 February: :func:`date_problem` says why), which biber would drop.

    The dicts are shared between the references with that date: callers must not change them."""
    try:
        return _edtf(value)
    except ValueError:
        return {"literal": decode(value)}


def date_problem(value: str) -> str | None:
    """Why ``value``, written as an EDTF date, is no possible date (``month must be in 1..12, got 13``); None
    for a possible date and for free text."""
    try:
        _edtf(value)
    except ValueError as error:
        return str(error)
    return None


def _edtf(value: str) -> dict[str, Any]:
    text_ = value.strip()
    circa = text_.endswith("~")
    match = _EDTF.fullmatch(text_.rstrip("~"))
    if match is None:
        return {"literal": decode(value)}
    # Date-parts, not the text: the model would parse the text for every reference, this once per date.
    groups = match.groups()
    ends = [_end(groups[:7])] if groups[7:] == (None,) * 7 else [_end(groups[:7]), _end(groups[7:])]
    parts = [part for end in ends for part in end]
    if len(parts) > 2:  # 199u/2000: unspecified digits inside a range, which CSL cannot hold
        return {"literal": decode(value)}
    found: dict[str, Any] = {"date-parts": parts}
    if len(parts) == 1 and len(parts[0]) == 2 and parts[0][1] in _EDTF_SEASONS:
        found = {"date-parts": [parts[0][:1]], "season": parts[0][1] - 20}
    for end in found["date-parts"]:  # a season in a range (2001-21/2002) is the model's to read
        check_parts(end[:1] if len(end) == 2 and end[1] in _EDTF_SEASONS else end)
    return {**found, "circa": True} if circa else found


def _end(groups: tuple) -> list[list[int]]:
    """One end's date-parts (two for unspecified year digits: 199u is 1990 to 1999, as biber reads it). EDTF's
    years are astronomical, CSL's historical: EDTF's 0000 is 1 BC, CSL's -1 (-0379 is 380 BC, CSL's -380)."""
    year, month, day, long_year, unspecified, known_year, known_month = groups
    if unspecified is not None:  # 199u: a decade, 19uu: a century
        digits = unspecified.rstrip("uX")
        return [[int(digits.ljust(4, "0"))], [int(digits.ljust(4, "9"))]]
    if known_year is not None:  # 1999-uu, 1999-05-uu: the month or day unknown, the date as precise as it is known
        return [[int(known_year)] if known_month is None else [int(known_year), int(known_month)]]
    if long_year is not None:
        if not is_whole_number_text(long_year):
            raise ValueError(f"a year has at most {MAX_DIGITS} digits (the limit)")
        year = long_year
    parts = [int(year)]
    for part in (month, day):  # 2001-00-00, 2001-05-00: a month or day of 00 is not known, as in 2001-uu-uu
        if part is None or int(part) == 0:
            break
        parts.append(int(part))
    if parts[0] <= 0:
        parts[0] -= 1
    return [parts]


def _language(value: str) -> str:
    name = value.strip().lower()
    return BCP47.get(name) or BCP47_READ.get(name) or decode(value)


def _page(value: str) -> str:
    return decode(value.replace("--", "-"))  # BibTeX's page range dash; citecheck writes -{}- for "--"


def _footnote(value: str) -> int | str:
    return int(value) if is_whole_number_text(value) else decode(value)  # not "²", not 5,000 digits


_BY_VARIABLE: dict[str, Converter] = {
    **{name: names for name in NAME_VARS}, **{name: verbatim for name in VERBATIM_VARS},
    **{name: edtf for name in DATE_VARS}, **{name: title for name in TITLE_VARS}, "language": _language,
    **{name: lines for name in LINE_VARS}, "page": _page, "footnote": _footnote,
}


def converter(variable: str) -> Converter:
    """How a value of ``variable`` is read (most variables are plain text)."""
    return _BY_VARIABLE.get(variable, text)


#: Fields bibread reads itself, by what the entry says beside them (``eprint``: by its ``eprinttype``).
_READ_BY_BIBREAD = frozenset(("eprint",))
_TABLES: dict[int, tuple[Dialect, dict[str, tuple[str, Converter]]]] = {}


def field_table(dialect: Dialect) -> dict[str, tuple[str, Converter]]:
    """Field name -> (CSL variable, converter) for every field ``dialect`` reads."""
    found = _TABLES.get(id(dialect))
    if found is None or found[0] is not dialect:
        names = [*dialect.aliases, *(name for rules in dialect.slots.values() for _, name in rules if name)]
        variables = {name: dialect.variable_of(name) for name in names if name not in _READ_BY_BIBREAD}
        table = {name: (variable, converter(variable)) for name, variable in variables.items() if variable}
        _TABLES[id(dialect)] = found = (dialect, table)
    return found[1]
