"""CSL date variables, accepting what people write.

Accepted input: ``2022-03-19``, ``2022-03``, ``2022``, a range ``2022-03/2022-04``, the integer
``2022``, a ``datetime.date`` a YAML parser produced, CSL's ``{date-parts: [[2022, 3, 19]]}``, and
the CSL keys ``raw``, ``literal``, ``circa`` and ``season``. Impossible dates are errors.

A season written as a month, ``{"date-parts": [[2001, 13]]}`` (13-16 for spring, summer, autumn, winter: the
convention of citeproc-js and Better BibTeX; 21-24, EDTF's, as pandoc writes them, ``[[2001, 21]]`` or
``issued: 2001-21``), is read as the year with ``season: 1``, as CSL spells it (a ``season`` already given
wins). A range whose two ends are in different seasons keeps the start's season. EDTF's ``2001~`` (pandoc's
CSL-YAML) is the year with ``circa: true``. pandoc-citeproc's and Better BibTeX's YAML form, a list of
``{year, month, day}`` mappings (two for a range), is read as the same date-parts.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from pydantic import Field, field_validator, model_validator
from pydantic.dataclasses import dataclass

from citecheck.model.base import CONFIG, ModelMethods, Text, WholeNumber
from citecheck.model.limits import WHOLE_NUMBER_BOUND, is_whole_number_text

#: A month of 13-16 (citeproc-js, Better BibTeX) or 21-24 (EDTF, pandoc) in date-parts is a season, spring first.
EDTF_SEASONS = {month: month - 20 for month in range(21, 25)}
SEASON_MONTHS = {**{month: month - 12 for month in range(13, 17)}, **EDTF_SEASONS}
#: A time after the day (``2021-03-04T12:00:00Z``, as some tools write an access date) is read past: CSL dates have days.
_ISO = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                  r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$", re.ASCII)

DateParts = list[WholeNumber]


def parse_iso(text: str) -> list[DateParts]:
    """``"2022-03-19"`` -> ``[[2022, 3, 19]]``; ``"2020/2021"`` -> ``[[2020], [2021]]``."""
    pieces = text.strip().split("/")
    if len(pieces) > 2:
        raise ValueError(f"expected a date like 2022-03-19, 2022-03 or 2022, got {text!r}")
    parts = []
    for piece in pieces:
        match = _ISO.match(piece.strip())
        if not match:
            raise ValueError(
                f"expected a date like 2022-03-19, 2022-03 or 2022, got {text!r} "
                "(keep free text in 'raw' or 'literal')"
            )
        parts.append([int(g) for g in match.groups() if g is not None])
    return parts


def check_parts(parts: DateParts) -> DateParts:
    """Raise ValueError for a month or day that cannot exist (30 February, month 13)."""
    if not 1 <= len(parts) <= 3:
        raise ValueError("date-parts need a year, optionally a month and a day")
    if len(parts) >= 2 and not 1 <= parts[1] <= 12:
        raise ValueError(f"month must be in 1..12, got {parts[1]}")
    if len(parts) == 3:
        if not 1 <= parts[2] <= 31:  # before datetime, which overflows on a day past a C long
            raise ValueError("day is out of range for month")
        year = parts[0] if 1 <= parts[0] <= 9999 else 2000  # a leap year stands in outside datetime's range
        _dt.date(year, parts[1], parts[2])  # ValueError: "day is out of range for month"
    return parts


_PARTS = ("year", "month", "day")


def _from_year_mappings(ends: list[dict[str, Any]]) -> dict[str, Any]:
    """``[{year: 2001, month: 3}]`` -> ``{"date-parts": [[2001, 3]]}``; the first end's other keys (season,
    circa, literal) kept as CSL's, so an unknown one is still refused by name."""
    parts = []
    for end in ends:
        found = [end.get(part) for part in _PARTS]
        while found and found[-1] in (None, ""):
            found.pop()
        parts.append(found)
    rest = {key: value for key, value in ends[0].items() if key not in _PARTS}
    return {"date-parts": parts, **rest}


def _known(parts: list[Any]) -> list[Any]:
    """``parts`` without trailing unknown parts (0, "" or None after the year)."""
    while len(parts) > 1 and (parts[-1] is None or parts[-1] == "" or (type(parts[-1]) is int and parts[-1] == 0)):
        parts = parts[:-1]
    return parts


def _season_from_month(value: dict[str, Any], months: dict[int, int]) -> dict[str, Any]:
    """``{"date-parts": [[2001, 13]]}`` -> ``{"date-parts": [[2001]], "season": 1}``; other dates as they are."""
    seasons, parts = [], []
    for part in value["date-parts"]:
        month = part[1] if isinstance(part, list) and len(part) == 2 else None
        if isinstance(month, str) and is_whole_number_text(month):
            month = int(month)
        if isinstance(month, int) and not isinstance(month, bool) and month in months:
            seasons.append(months[month])
            parts.append(part[:1])
        else:
            parts.append(part)
    if not seasons:
        return value
    return {**value, "date-parts": parts, "season": value.get("season", seasons[0])}


_PLAIN_ISO = re.compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$", re.ASCII)  # no range, no time


def _plain_parts(value: Any) -> list[list[int]] | None:
    """The date-parts of a plain date (one date, not a range), as new lists; None for what needs the full path."""
    if value.__class__ is dict:
        if len(value) != 1 or (given := value.get("date-parts")).__class__ is not list or len(given) != 1 or \
                (part := given[0]).__class__ is not list:
            return None
    elif value.__class__ is str:
        match = _PLAIN_ISO.match(value)
        if match is None:
            return None
        part = [int(group) for group in match.groups() if group is not None]
    else:
        return None
    if len(part) == 2:
        year, month = part
        if year.__class__ is int and month.__class__ is int and 1 <= month <= 12 and \
                -WHOLE_NUMBER_BOUND <= year <= WHOLE_NUMBER_BOUND:
            return [[year, month]]
    elif len(part) == 3:
        year, month, day = part
        if year.__class__ is int and month.__class__ is int and day.__class__ is int and 1 <= month <= 12 and \
                1 <= day <= 28 and -WHOLE_NUMBER_BOUND <= year <= WHOLE_NUMBER_BOUND:
            return [[year, month, day]]  # every month has 28 days: later days take the full path's calendar
    elif len(part) == 1:
        year = part[0]
        if year.__class__ is int and -WHOLE_NUMBER_BOUND <= year <= WHOLE_NUMBER_BOUND:
            return [[year]]
    return None  # a season written as a month, a 0 for "not known", a day past 28, a number past the limit...


@dataclass(slots=True, config=CONFIG)
class Date(ModelMethods):
    """A CSL date: one or two date-parts (a range), or free text in ``raw`` / ``literal``."""

    date_parts: list[DateParts] | None = Field(default=None, alias="date-parts", min_length=1, max_length=2)
    season: WholeNumber | Text | None = None
    circa: bool | WholeNumber | Text | None = None
    literal: Text | None = None
    raw: Text | None = None

    @model_validator(mode="wrap")
    @classmethod
    def _plain_parts_at_once(cls, value: Any, handler: Any) -> Any:
        # Most dates are plain: {"date-parts": [[2001, 2, 3]]} or "2001-02-03", possible as written. Such a date
        # is made here in one step (the validators below took a third of loading a large file); anything else
        # (a range, a season, circa, raw, strings in date-parts, a 0 to drop, a late day) takes the full path.
        parts = _plain_parts(value)
        if parts is None:
            return handler(value)
        date = object.__new__(Date)  # not cls: slots=True made a new class, and cls is the one before it
        date.date_parts, date.season, date.circa, date.literal, date.raw = parts, None, None, None, None
        return date

    @model_validator(mode="before")
    @classmethod
    def _from_shorthand(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError("expected a date, got a boolean")  # noqa: TRY004 - pydantic reports ValueError, not TypeError
        if isinstance(value, int):
            return {"date-parts": [[value]]}
        if isinstance(value, _dt.datetime):
            value = value.date()
        if isinstance(value, _dt.date):
            return {"date-parts": [[value.year, value.month, value.day]]}
        if isinstance(value, str):  # EDTF: 2001-21 a season, 2001~ circa (a written 2001-13 stays an error)
            circa = value.strip().endswith("~") and len(value.strip()) > 1
            value = {"date-parts": parse_iso(value.strip()[:-1] if circa else value), **({"circa": True} if circa else {})}
            return _season_from_month(value, EDTF_SEASONS)
        if isinstance(value, list) and 1 <= len(value) <= 2 and all(isinstance(end, dict) and "year" in end
                                                                      for end in value):
            value = _from_year_mappings(value)
        if isinstance(value, dict) and isinstance(value.get("date-parts"), list):
            return _season_from_month(value, SEASON_MONTHS)
        return value

    @field_validator("date_parts", mode="before")
    @classmethod
    def _numeric_strings(cls, value: Any) -> Any:
        # CSL-JSON allows "2022" as well as 2022 inside date-parts; a trailing 0, "" or null month or day is
        # how some tools write "not known" (citeproc-js and Zotero read it so): [[2001, 0, 0]] is 2001.
        if isinstance(value, list):
            return [
                _known([int(p) if isinstance(p, str) and is_whole_number_text(p) else p for p in part])
                if isinstance(part, list) else part
                for part in value
            ]
        return value

    @field_validator("date_parts")
    @classmethod
    def _possible(cls, value: list[DateParts] | None) -> list[DateParts] | None:
        if value is not None:
            for parts in value:
                check_parts(parts)
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> Date:
        if self.date_parts is None and self.raw is None and self.literal is None:
            raise ValueError("a date needs date-parts, raw or literal")
        return self

    @property
    def year(self) -> int | None:
        return self.date_parts[0][0] if self.date_parts else None

    def isoformat(self) -> str:
        """``2022-03-19``, ``2022-03``, ``2022``, ``2020/2021``; else the raw or literal text."""
        if not self.date_parts:
            return self.literal or self.raw or ""
        return "/".join("-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))
                        for parts in self.date_parts)

    def as_date(self) -> _dt.date | None:
        """The first day the date could mean, for comparisons (``2022-03`` -> 1 March 2022)."""
        if not self.date_parts or not 1 <= self.date_parts[0][0] <= 9999:
            return None
        parts = self.date_parts[0] + [1, 1]
        return _dt.date(parts[0], parts[1], parts[2])
