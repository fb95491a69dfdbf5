"""Turn pydantic's validation errors into one plain sentence each, at the place in the file."""

from __future__ import annotations

import difflib
from typing import Any

import yaml

from citecheck import vocabulary as csl
from citecheck.errors import InputProblem
from citecheck.load.positions import locate
from citecheck.model.limits import MAX_DIGITS, MAX_TEXT_LENGTH, WHOLE_NUMBER_BOUND, too_many_digits

_NAME_KEYS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal",
              "comma-suffix", "static-ordering", "parse-names")
_DATE_KEYS = ("date-parts", "season", "circa", "literal", "raw")
_TYPE_HINTS = {"blog": "post-weblog", "blog-post": "post-weblog", "web": "webpage", "website": "webpage",
               "web-page": "webpage", "newspaper": "article-newspaper", "news": "article-newspaper",
               "magazine": "article-magazine", "journal": "article-journal", "op-ed": "article-newspaper",
               "statement": "document", "press-release": "document", "transcript": "speech"}
_UNKNOWN_KEY = ("extra_forbidden", "unexpected_keyword_argument")  # BaseModel / dataclass spelling
_TYPE_NAMES = {"str": "text", "string": "text", "int": "a whole number", "float": "a number", "bool": "true/false",
               "list": "a list", "dict": "a mapping", "NoneType": "nothing"}


def suggest(word: str, choices: tuple[str, ...]) -> str:
    """`` (did you mean 'x'?)`` for the closest choice, ignoring case, ``_`` vs ``-``; else ``""``."""
    folded = {c.lower().replace("_", "-"): c for c in choices}
    key = str(word).lower().replace("_", "-").strip()
    if key in folded:
        return f" (did you mean {folded[key]!r}?)"
    close = difflib.get_close_matches(key, list(folded), n=1, cutoff=0.6)
    return f" (did you mean {folded[close[0]]!r}?)" if close else ""


def kind_of(value: Any) -> str:
    """``text``, ``a whole number``, ``a list``... for messages."""
    return _TYPE_NAMES.get(type(value).__name__, type(value).__name__)


def _is_long_number(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > WHOLE_NUMBER_BOUND


def _describe(value: Any) -> str:
    kind = kind_of(value)
    if value is None:
        return "nothing"
    if isinstance(value, (dict, list)):
        return kind  # never its repr: a list nested 5,000 deep has none
    if _is_long_number(value):
        return f"{kind} of more than {MAX_DIGITS} digits"  # repr refuses past 4,300 digits
    shown = repr(value[:40] if isinstance(value, str) else value)
    return f"{kind} {shown}" if len(shown) <= 40 else f"{kind} {shown[:37]}..."


def keys_for(loc: tuple[Any, ...]) -> tuple[str, ...]:
    fields = [p for p in loc if isinstance(p, str)]
    if len(fields) >= 2 and fields[-2].replace("_", "-") in csl.NAME_VARIABLES:
        return _NAME_KEYS
    if len(fields) >= 2 and fields[-2] in csl.DATE_VARIABLES + ("archive-date",):
        return _DATE_KEYS
    return csl.ALL_KEYS


def message(error: dict[str, Any]) -> str:
    """One sentence for one pydantic error dict."""
    kind, loc, value = error["type"], error["loc"], error.get("input")
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind in _UNKNOWN_KEY:
        return f"unknown field {field!r}{suggest(field, keys_for(loc))}"
    if kind == "missing":
        return f"required field {field!r} is missing"
    if kind == "literal_error" and field == "type":
        hint = f" (did you mean {_TYPE_HINTS[str(value).lower()]!r}?)" if str(value).lower() in _TYPE_HINTS \
            else suggest(str(value), csl.ITEM_TYPES)
        return f"unknown CSL type {value!r}{hint}"
    if kind in ("string_type", "int_type", "list_type", "dict_type", "model_type", "model_attributes_type",
                "dataclass_type", "dataclass_exact_type", "int_from_float", "bool_type"):
        wanted = {"string_type": "text", "int_type": "a whole number", "int_from_float": "a whole number",
                  "list_type": "a list", "bool_type": "true or false"}.get(kind, "a mapping")
        if field in csl.NAME_VARIABLES and kind == "list_type":
            wanted = "a list of names ({family: ..., given: ...} or {literal: ...})"
        hint = " (quote it)" if wanted == "text" and isinstance(value, (int, float, bool)) else ""
        return f"expected {wanted}, got {_describe(value)}{hint}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short" and not error.get("input"):
        return "must not be empty"
    if kind in ("less_than_equal", "greater_than_equal") and _is_long_number(value):
        return too_many_digits(value)
    if kind == "int_parsing_size":
        return f"a whole number has at most {MAX_DIGITS} digits (the limit), this one has {len(str(value).strip())}"
    if kind == "int_parsing":
        return f"expected a whole number, got {_describe(value)}"
    if kind == "string_too_long" or kind == "too_long" and isinstance(value, str):  # an id made text first
        return f"a text value has at most {MAX_TEXT_LENGTH:,} characters (the limit), this one has {len(value):,}"
    if kind == "invalid_key":
        return f"keys must be text, got {_describe(value)}"
    if kind in ("greater_than_equal", "too_short", "too_long"):
        return error["msg"].replace("Input should", "must").replace("List should", "must")
    if kind == "value_error":
        return str(error["ctx"]["error"]) if "ctx" in error else error["msg"]
    return error["msg"]


def problems_from(errors: list[dict[str, Any]], root: yaml.Node | None, path: str,
                  base: tuple[str | int, ...]) -> list[InputProblem]:
    """One :class:`InputProblem` per distinct error, placed with ``root``'s positions."""
    found: dict[tuple[int, int, str], InputProblem] = {}
    for error in errors:
        loc = base + tuple(error["loc"])
        where = locate(root, loc, at_key=error["type"] in _UNKNOWN_KEY)
        text = message(error)
        if error["type"] in ("string_type", "int_type") and (where.line, where.column, where.where) in found:
            value = error.get("input")
            text = too_many_digits(value) if _is_long_number(value) else \
                f"expected a number or text, got {_describe(value)}"  # an int|str union
        found[(where.line, where.column, where.where)] = InputProblem(
            path, where.line, where.column, where.where, text)
    return list(found.values())
