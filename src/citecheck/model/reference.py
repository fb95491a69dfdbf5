"""The :class:`Reference` model: one CSL item plus citecheck's own fields.

The class is built from :mod:`citecheck.vocabulary` so that every standard CSL variable is a field,
spelled in files exactly as CSL spells it (``container-title``, ``URL``) and reachable in Python
by its snake_case name (``ref.container_title``, ``ref.url``).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from citecheck import vocabulary as csl
from citecheck.model.dates import Date
from citecheck.model.names import Name

ItemType = Literal[csl.ITEM_TYPES]  # type: ignore[valid-type]
NumberValue = Annotated[int | str, Field(union_mode="left_to_right")]

#: The order fields are written in: what a reader looks for first.
_LEADING = ("id", "type", "footnote", "title", "author", "container-title", "publisher",
            "issued", "URL", "accessed", "language")


class _ReferenceBase(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    def names(self, variable: str = "author") -> list[Name]:
        return getattr(self, csl.python_name(variable)) or []

    def to_csl(self) -> dict[str, Any]:
        """A CSL-JSON-shaped dict (dates as date-parts), citecheck fields included, nothing empty."""
        return self.model_dump(mode="json", exclude_none=True, by_alias=True)


def _field_type(key: str) -> Any:
    if key in csl.NAME_VARIABLES:
        return list[Name]
    if key in csl.DATE_VARIABLES or key == "archive-date":
        return Date
    if key in csl.NUMBER_VARIABLES:
        return NumberValue
    return str


def _fields() -> dict[str, Any]:
    ordered = _LEADING + tuple(k for k in csl.ALL_KEYS if k not in _LEADING)
    fields: dict[str, Any] = {}
    for key in ordered:
        name = csl.python_name(key)
        if key == "id":
            fields[name] = (Annotated[str, Field(min_length=1)], ...)
        elif key == "type":
            fields[name] = (ItemType, ...)
        elif key == "footnote":
            fields[name] = (Annotated[int, Field(ge=1, strict=True)] | None, None)
        elif key == "categories":
            fields[name] = (list[str] | None, None)
        elif key == "custom":
            fields[name] = (dict[str, Any] | None, None)
        else:
            fields[name] = (_field_type(key) | None, Field(default=None, alias=key))
    return fields


Reference = create_model("Reference", __base__=_ReferenceBase, __doc__=(
    "One cited work: CSL 1.0.2 variables plus ``footnote`` (its number in the article) and "
    "``source`` (the footnote exactly as printed)."
), __module__=__name__, **_fields())

_LIST_ADAPTER = TypeAdapter(list[Reference])


def validate_references(items: Any) -> list[Reference]:
    """Validate parsed data (a list of mappings); raises pydantic's ValidationError."""
    return _LIST_ADAPTER.validate_python(items)


def dump_references(refs: list[Reference]) -> list[dict[str, Any]]:
    """The CSL-JSON-shaped list of dicts for ``refs``."""
    return _LIST_ADAPTER.dump_python(refs, mode="json", exclude_none=True, by_alias=True)
