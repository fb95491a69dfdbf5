"""The :class:`Reference` model: one CSL item plus citecheck's own fields.

The class is built from :mod:`citecheck.vocabulary` so that every standard CSL variable is a field,
spelled in files exactly as CSL spells it (``container-title``, ``URL``) and reachable in Python
by its snake_case name (``ref.container_title``, ``ref.url``).
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, TypeAdapter
from pydantic.dataclasses import dataclass

from citecheck import vocabulary as csl
from citecheck.model.base import CONFIG, ModelMethods, Text, WholeNumber
from citecheck.model.dates import Date
from citecheck.model.limits import MAX_TEXT_LENGTH, WHOLE_NUMBER_BOUND, check_nested, too_many_digits
from citecheck.model.names import Name

ItemType = Literal[csl.ITEM_TYPES]  # type: ignore[valid-type]


# "019" or "047002" is an identifier as written (an article number): kept as text, never read as 19. Checked
# by pydantic-core's own union and pattern (no Python call per value: numbers are in nearly every reference).
_STRICT_NUMBER = Annotated[int, Field(strict=True, ge=-WHOLE_NUMBER_BOUND, le=WHOLE_NUMBER_BOUND)]
_ZERO_LED = Annotated[str, Field(pattern=r"^0[0-9]", max_length=MAX_TEXT_LENGTH)]
NumberValue = Annotated[_STRICT_NUMBER | _ZERO_LED | WholeNumber | Text, Field(union_mode="left_to_right")]
#: ``custom`` sits three levels down (the file's mapping, its references list, the reference).
_CUSTOM_DEPTH = 3


def _id_as_text(value: Any) -> Any:
    """CSL-JSON allows numeric ids; citecheck keeps every id as text."""
    if isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > WHOLE_NUMBER_BOUND:
            raise ValueError(too_many_digits(value))
        return str(value)
    return value


Identifier = Annotated[str, BeforeValidator(_id_as_text), Field(min_length=1, max_length=MAX_TEXT_LENGTH)]

#: The order fields are written in: what a reader looks for first.
_LEADING = ("id", "type", "footnote", "title", "author", "container-title", "publisher",
            "issued", "URL", "accessed", "language")


class _ReferenceMethods(ModelMethods):
    __slots__ = ()

    def names(self, variable: str = "author") -> list[Name]:
        return getattr(self, csl.python_name(variable)) or []

    def to_csl(self) -> dict[str, Any]:
        """A CSL-JSON-shaped dict (dates as date-parts), citecheck fields included, nothing empty."""
        return self.model_dump(mode="json", exclude_none=True)


def _field_type(key: str) -> Any:
    if key == "id":
        return Identifier
    if key == "type":
        return ItemType
    if key == "footnote":
        return Annotated[int, Field(ge=1, le=WHOLE_NUMBER_BOUND, strict=True)] | None
    if key == "categories":
        return list[Text] | None
    if key == "custom":
        return Annotated[dict[str, Any], AfterValidator(lambda value: check_nested(value, _CUSTOM_DEPTH))] | None
    if key in csl.NAME_VARIABLES:
        return list[Name] | None
    if key in csl.DATE_VARIABLES or key == "archive-date":
        return Date | None
    if key in csl.NUMBER_VARIABLES:
        return NumberValue | None
    return Text | None


def _fields() -> list[tuple[str, Any, Any]]:
    ordered = _LEADING + tuple(k for k in csl.ALL_KEYS if k not in _LEADING)
    fields = []
    for key in ordered:
        name = csl.python_name(key)
        if key in ("id", "type"):
            fields.append((name, _field_type(key), dataclasses.field(metadata={})))
        else:
            fields.append((name, _field_type(key), Field(default=None, alias=key)))
    return fields


Reference = dataclass(dataclasses.make_dataclass(
    "Reference", _fields(), bases=(_ReferenceMethods,), slots=True,
    namespace={"__doc__": "One cited work: CSL 1.0.2 variables plus ``footnote`` (its number in the "
                          "article) and ``printed`` (the footnote exactly as printed).",
               "__module__": __name__},
), config=CONFIG)

_LIST_ADAPTER = TypeAdapter(list[Reference])


def reference_fields() -> dict[str, str]:
    """Each field's attribute name and the key it is spelled with in files."""
    return {f.name: (f.default.alias if hasattr(f.default, "alias") and f.default.alias else f.name)
            for f in dataclasses.fields(Reference)}


def validate_references(items: Any) -> list[Reference]:
    """Validate parsed data (a list of mappings); raises pydantic's ValidationError."""
    return _LIST_ADAPTER.validate_python(items)


def dump_references(refs: list[Reference]) -> list[dict[str, Any]]:
    """The CSL-JSON-shaped list of dicts for ``refs``."""
    return _LIST_ADAPTER.dump_python(refs, mode="json", exclude_none=True, by_alias=True)
