"""The text of each BibTeX/BibLaTeX field value, remembered per distinct value for one export.

A large bibliography repeats its values: 100,000 generated references hold ~3,000 distinct names,
a dozen container titles and ~6,000 title words. Each writer below works a value out once per
export and then looks it up, so an entry costs a few dictionary look-ups instead of a LaTeX
escape per field. The caches live as long as one :class:`ValueWriters` (one export call).
"""

from __future__ import annotations

import re

from citecheck.formats.bibdialect import BABEL, BCP47, BCP47_READ, MONTHS, SEASONS
from citecheck.formats.bibnames import write_name
from citecheck.formats.latex import HELD_BREAK, escape, escape_rich, normalise_space, protect_rich
from citecheck.model import Date

_VERBATIM_WORK = re.compile(r"[{} \t\r\n\f\v]")  # a URL without these is written as it is


_LINE_ENDS = re.compile(f"[ ]*{HELD_BREAK}[ ]*")  # a value's line ends, held while it is escaped
_SEASONS = {1: 21, 2: 22, 3: 23, 4: 24}  # CSL's season -> EDTF's month 21-24 (spring, summer, autumn, winter)


def edtf(date: Date) -> str:
    """A date with date-parts as EDTF: four-digit years (CSL's -380, 380 BC, is EDTF's ``-0379``: EDTF counts
    a year 0, CSL does not), longer ones as biber writes them (``y17000002``), a season as month 21-24, ``~``
    circa."""
    text = "/".join("-".join(f"{p:02d}" if i else _edtf_year(p) for i, p in enumerate(parts))
                    for parts in date.date_parts)
    season = _SEASONS.get(_whole(date.season))
    if season and len(date.date_parts) == 1 and len(date.date_parts[0]) == 1:
        text += f"-{season}"
    return text + ("~" if date.circa and date.circa not in ("0", "false") else "")


def _edtf_year(year: int) -> str:
    if year < 0:
        year += 1  # astronomical: 1 BC is 0000
    text = f"{year:04d}" if year >= 0 else f"-{-year:04d}"
    return text if len(text.lstrip("-")) == 4 else "y" + text


def _whole(value) -> int | None:
    return int(value) if isinstance(value, int) or (isinstance(value, str) and value.isdigit()) else None


class ValueWriters:
    """Field writers for one dialect and ``--ascii`` choice: each takes a value, returns its text."""

    def __init__(self, bibtex: bool, ascii_only: bool) -> None:
        self.bibtex, self.ascii_only = bibtex, ascii_only
        self.text_seen: dict[str, str] = {}  # value -> text(value)
        self._lines: dict[str, str] = {}  # a value of several lines -> its text
        self._names: dict[tuple, str] = {}
        self._titles: dict[bool, dict[str, str]] = {True: {}, False: {}}  # by "is the reference English"
        self._english: dict[str | None, bool] = {}
        self._languages: dict[str, str] = {}
        self._dates: dict[tuple, str] = {}  # date-parts -> text
        self._year_month_day: dict[tuple | str, str] = {}

    def text(self, value) -> str:
        """Plain text (container title, publisher, note...): escaped."""
        found = self.text_seen.get(value)
        if found is None:
            found = self.text_seen[value] = escape_rich(value if value.__class__ is str else str(value), self.ascii_only)
        return found

    def lines_text(self, value) -> str:
        """A note, an abstract or an annotation (LINE_VARS): :meth:`text`, each of its lines but the last
        ended by ``\\par`` (a line break in the file would be a space to BibTeX, biber and the reader alike;
        ``\\par`` is what Better BibTeX writes, and biblatex prints it as a paragraph). A value of one line
        is written as :meth:`text` writes it."""
        if value.__class__ is not str or "\n" not in value:
            return self.text(value)
        found = self._lines.get(value)
        if found is None:
            held = escape_rich(value.strip(" \t\r\n\f\v").replace("\n", HELD_BREAK), self.ascii_only)
            found = self._lines[value] = _LINE_ENDS.sub(r"\\par ", held)
        return found

    def list_text(self, value) -> str:
        """:meth:`text` for a BibLaTeX list field: a literal " and " braced, or biber splits the value there."""
        found = self.text(value)
        return found.replace(" and ", " {and} ") if " and " in found else found

    def names(self, names: list) -> str:
        if len(names) == 1:  # most references
            return self._name(names[0])
        return " and ".join(map(self._name, names))

    def _name(self, name) -> str:
        key = (name.family, name.given, name.dropping_particle, name.non_dropping_particle, name.suffix, name.literal)
        found = self._names.get(key)
        if found is None:
            found = self._names[key] = write_name(name, self.ascii_only)
        return found

    def title(self, title: str, language: str | None) -> str:
        """A title, case-protected when its reference is in English (``language``)."""
        english = self._english.get(language)
        if english is None:
            english = self._english[language] = not language or language.lower().startswith("en")
        titles = self._titles[english]
        found = titles.get(title)
        if found is None:
            found = titles[title] = self._new_title(title, english)
        return found

    def _new_title(self, title: str, english: bool) -> str:
        if english:
            return protect_rich(title, self.ascii_only)
        # Not English: styles must not change its case. biblatex knows from langid; BibTeX needs braces.
        return "{" + escape_rich(title, self.ascii_only) + "}" if self.bibtex else escape_rich(title, self.ascii_only)

    @staticmethod
    def verbatim(url: str) -> str:
        """A URL as a verbatim field holds it: never escaped; braces percent-encoded so they stay balanced."""
        if not _VERBATIM_WORK.search(url):
            return url
        return normalise_space(url).replace("{", "%7B").replace("}", "%7D")

    def date(self, date: Date) -> str:
        """``2021-06-15``, ``2020/2021``, ``-0333`` (334 BC), ``2001-21`` (spring); ``~`` marks circa (biblatex reads
        EDTF); free text (literal, raw) as it is."""
        parts = date.date_parts
        if parts is None:
            return escape(date.isoformat(), self.ascii_only)  # free text (literal, raw)
        if len(parts) > 1 or date.circa or date.season is not None or not 0 <= parts[0][0] <= 9999:
            return edtf(date)
        key = tuple(parts[0])  # the usual one exact date: its text depends on its parts only
        found = self._dates.get(key)
        if found is None:
            found = self._dates[key] = edtf(date)
        return found

    def date_field(self, date: Date, name: str, text_name: str) -> str:
        """A date's whole line: ``name`` when it is EDTF, which biber reads, else ``text_name`` (a custom field),
        where biber keeps it as text instead of discarding it."""
        if date.date_parts is None:
            return f"  {text_name:<12} = {{{self.list_text(date.isoformat())}}},\n"
        return f"  {name:<12} = {{{self.date(date)}}},\n"

    def language(self, language: str) -> str:
        found = self._languages.get(language)
        if found is None:
            name = language.lower()  # "Dutch": babel knows only "dutch"; read back as its tag, nl
            babel = BABEL.get(language) or (name if name in BCP47 or name in BCP47_READ else language)
            found = self._languages[language] = escape(babel)
        return found

    @staticmethod
    def number(value: int) -> str:
        return str(value)

    def year_month_day(self, date: Date) -> str:
        """BibTeX's ``year``/``month``/``day`` fields, whole lines: BibTeX holds one date, the range's start."""
        key = (*date.date_parts[0], date.season) if date.date_parts else date.isoformat()
        found = self._year_month_day.get(key)
        if found is None:
            found = self._year_month_day[key] = "".join(f"  {name:<12} = {text},\n" for name, text in self._ymd(date))
        return found

    def _ymd(self, date: Date):
        if not date.date_parts:
            yield "year", "{" + escape(date.isoformat(), self.ascii_only) + "}"
            return
        parts = date.date_parts[0]  # a range keeps its start only (a documented loss)
        yield "year", str(parts[0]) if parts[0] >= 0 else "{" + str(parts[0]) + "}"
        if len(parts) > 1:
            yield "month", MONTHS[parts[1] - 1]  # the bare macro: braces would make it the text "jun"
        elif _whole(date.season) in SEASONS:
            yield "month", "{" + SEASONS[_whole(date.season)] + "}"  # printed as it is; read back as the season
        if len(parts) > 2:
            yield "day", str(parts[2])

    def note_with_access(self, note: str | None, accessed: Date | None) -> str:
        """BibTeX has no access-date field: ``Accessed 2022-01-03`` ends the note."""
        text = self.lines_text(note) if note is not None else ""
        when = escape(accessed.isoformat(), self.ascii_only) if accessed is not None else ""
        if not when:  # an empty date ({literal: ""}) says nothing: no "Accessed " for the reader to mistake
            return text
        access = f"Accessed {when}"
        return f"{text}. {access}" if text else access
