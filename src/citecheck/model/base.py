"""What the model's classes share: slotted pydantic dataclasses with a BaseModel-like surface.

Slots, not BaseModel: a BaseModel keeps a 100-entry ``__dict__`` per reference (every CSL variable,
mostly None), which made 100,000 references cost ~1 GB; slots take a quarter of that
(bench/README.md). The ``model_*`` methods keep the familiar pydantic calls working.
"""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Annotated, Any, Self

from pydantic import ConfigDict, Field, TypeAdapter

from citecheck.model.limits import MAX_TEXT_LENGTH, WHOLE_NUMBER_BOUND

CONFIG = ConfigDict(extra="forbid", validate_by_name=True, validate_by_alias=True, serialize_by_alias=True)
#: Text and whole numbers within the limits (model/limits.py); pydantic checks both natively.
Text = Annotated[str, Field(max_length=MAX_TEXT_LENGTH)]
WholeNumber = Annotated[int, Field(ge=-WHOLE_NUMBER_BOUND, le=WHOLE_NUMBER_BOUND)]


@cache
def adapter(cls: type) -> TypeAdapter[Any]:
    return TypeAdapter(cls)


class ModelMethods:
    """``model_validate``, ``model_dump``, ``model_copy`` for a pydantic dataclass."""

    __slots__ = ()

    @classmethod
    def model_validate(cls, value: Any) -> Self:
        return adapter(cls).validate_python(value)

    def model_dump(self, *, mode: str = "python", by_alias: bool = True, exclude_none: bool = False) -> dict[str, Any]:
        return adapter(type(self)).dump_python(self, mode=mode, by_alias=by_alias, exclude_none=exclude_none)

    def model_copy(self, update: dict[str, Any] | None = None) -> Self:
        return dataclasses.replace(self, **(update or {}))  # type: ignore[type-var]
