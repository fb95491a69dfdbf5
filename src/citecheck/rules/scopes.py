"""The values a rule looks at ("scopes") in one reference, with their paths.

A *scope* names a set of a reference's values: "all" prose (text fields and name parts), "names",
"titles", "title", "outlets", "fields" (every top-level string, verbatim ones included),
"printed" (the footnote as printed), "urls" and "id". :mod:`citecheck.rules.columns` joins the same values of every
reference for a prefilter's pattern.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from types import MappingProxyType

from citecheck import vocabulary as csl
from citecheck.model import Reference
from citecheck.rules.text import NAME_PARTS, OUTLET_FIELDS, TITLE_FIELDS, VERBATIM

Values = list[tuple[tuple, str]]

NAME_ATTRS = tuple(csl.python_name(key) for key in csl.NAME_VARIABLES)
#: The prose fields and the verbatim ones (identifiers, addresses, the footnote as printed) scopes read.
# One C-level attrgetter call reads every field of a reference (fast on slotted and plain models).
TEXT_KEYS = tuple(k for k in csl.STRING_VARIABLES + csl.NUMBER_VARIABLES if k not in VERBATIM)
_text_values = attrgetter(*(csl.python_name(k) for k in TEXT_KEYS))
_name_values = attrgetter(*NAME_ATTRS)
#: A name's parts, in :data:`~citecheck.rules.text.NAME_PARTS` order, in one call.
part_values = attrgetter(*(part.replace("-", "_") for part in NAME_PARTS))
VERBATIM_KEYS = ("URL", "DOI", "ISBN", "ISSN", "language", "printed", "source", "archive-url")
_verbatim_values = attrgetter(*(csl.python_name(k) for k in VERBATIM_KEYS))
_ATTR = MappingProxyType({key: csl.python_name(key) for key in TITLE_FIELDS + OUTLET_FIELDS})
_TEXT_PATHS = tuple((key,) for key in TEXT_KEYS)


def strings(ref: Reference) -> Values:
    """Every prose value of ``ref`` with its path: text fields and name parts."""
    found: Values = [(path, value) for path, value in zip(_TEXT_PATHS, _text_values(ref)) if value.__class__ is str]
    for key, names in zip(csl.NAME_VARIABLES, _name_values(ref)):
        if names:
            for index, name in enumerate(names):
                found.extend(((key, index, part), value) for part, value in zip(NAME_PARTS, part_values(name))
                             if value is not None)
    return found


def titles(ref: Reference, fields: tuple[str, ...] = TITLE_FIELDS) -> Values:
    """The title-like values of ``ref`` that are set, with their paths."""
    return [((key,), value) for key in fields if (value := getattr(ref, _ATTR[key])).__class__ is str]


_SCOPES: Mapping[str, Callable[[Reference], Values]] = MappingProxyType({
    "all": strings,
    "names": lambda ref: [item for item in strings(ref) if len(item[0]) == 3],
    "titles": titles,
    "title": lambda ref: [(("title",), ref.title)] if ref.title.__class__ is str else [],
    "outlets": lambda ref: titles(ref, OUTLET_FIELDS),
    "fields": lambda ref: [item for item in strings(ref) if len(item[0]) == 1] + [
        ((key,), value) for key, value in zip(VERBATIM_KEYS, _verbatim_values(ref)) if value.__class__ is str],
    "printed": lambda ref: [(("printed",), ref.printed)] if ref.printed.__class__ is str else [],
    "urls": lambda ref: [((key,), value) for key, value in (("URL", ref.url), ("archive-url", ref.archive_url))
                         if value.__class__ is str],
    "id": lambda ref: [(("id",), ref.id)],
})
SCOPES = tuple(_SCOPES)


def scope_values(ref: Reference, scope: str) -> Values:
    """The values of ``ref`` a rule of ``scope`` looks at."""
    return _SCOPES[scope](ref)
