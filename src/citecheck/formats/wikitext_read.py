"""Read one ``<ref name="id">{{cite ...}}</ref>`` back into CSL data (see :mod:`wikitext`)."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from citecheck.formats.latex import normalise_space
from citecheck.formats.wikitext import (
    DEFAULT_TYPES,
    MONTH_NAMES,
    NAME_PARAMETERS,
    TEMPLATES,
    TEXT_PARAMETERS,
)

_OUTLETS = {outlet for _, outlet in TEMPLATES.values()} | {"website", "work"}
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|V|VI{1,3})$")
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}


def read_citation(name: str, template: str, body: str, comment: str | None) -> dict[str, Any]:
    params = _parameters(body)
    data: dict[str, Any] = {"id": html.unescape(name), "type": DEFAULT_TYPES.get(template.strip(), "webpage")}
    for variable, (last, first, single) in NAME_PARAMETERS.items():
        names = _names(params, last, first, single)
        if names:
            data[variable] = names
    data.update({variable: params[p] for p, variable in TEXT_PARAMETERS.items() if p in params})
    outlet = next((params[p] for p in _OUTLETS if p in params), None)
    if outlet is not None:
        data["container-title"] = outlet
    for parameter, variable in (("date", "issued"), ("access-date", "accessed"), ("archive-date", "archive-date")):
        if parameter in params:
            data[variable] = _date(params[parameter])
    for parameter, variable in (("url", "URL"), ("archive-url", "archive-url")):
        if parameter in params:
            data[variable] = params[parameter]
    if comment:
        try:
            data.update(json.loads(comment))
        except json.JSONDecodeError as error:
            raise ValueError(f"the citecheck comment is not JSON: {error.msg}") from None
    return data


def _parameters(body: str) -> dict[str, str]:
    params = {}
    for piece in body.split("|")[1:]:
        key, equals, value = piece.partition("=")
        if not equals:
            raise ValueError(f"parameter {piece.strip()!r} has no '='")
        params[key.strip()] = normalise_space(html.unescape(normalise_space(value)))
    return params


def _names(params: dict[str, str], last: str, first: str, single: str) -> list[dict[str, str]]:
    names, number = [], 1
    while any(f"{p}{number}" in params for p in (last, single)):
        if f"{single}{number}" in params:
            names.append({"literal": params[f"{single}{number}"]})
        else:
            name = {"family": params[f"{last}{number}"]}
            given, _, suffix = params.get(f"{first}{number}", "").rpartition(", ")
            if not _SUFFIX.match(suffix):
                given, suffix = params.get(f"{first}{number}", ""), ""
            name.update({key: value for key, value in (("given", given), ("suffix", suffix)) if value})
            names.append(name)
        number += 1
    return names


def _date(text: str) -> Any:
    """``2021-06-15``, ``June 2021``, ``15 June 2021``, ``June 15, 2021``, ``2021``."""
    words = text.replace(",", "").split()
    if len(words) == 2 and words[0].lower() in _MONTHS and words[1].isdigit():
        return {"date-parts": [[int(words[1]), _MONTHS[words[0].lower()]]]}
    if len(words) == 3:
        day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
        if month.lower() in _MONTHS and day.isdigit() and words[2].isdigit():
            return {"date-parts": [[int(words[2]), _MONTHS[month.lower()], int(day)]]}
    return text
