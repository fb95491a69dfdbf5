"""CSL name variables: a person split into parts, or an organisation as a literal."""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic.dataclasses import dataclass

from citecheck.model.base import CONFIG, ModelMethods, Text, WholeNumber


@dataclass(slots=True, config=CONFIG)
class Name(ModelMethods):
    """One person (family, given, particles, suffix) or one organisation (``literal``)."""

    family: Text | None = None
    given: Text | None = None
    dropping_particle: Text | None = Field(default=None, alias="dropping-particle")
    non_dropping_particle: Text | None = Field(default=None, alias="non-dropping-particle")
    suffix: Text | None = None
    literal: Text | None = None
    comma_suffix: bool | Text | WholeNumber | None = Field(default=None, alias="comma-suffix")
    static_ordering: bool | Text | WholeNumber | None = Field(default=None, alias="static-ordering")
    parse_names: bool | Text | WholeNumber | None = Field(default=None, alias="parse-names")

    @model_validator(mode="after")
    def _needs_family_or_literal(self) -> Name:
        if not (self.family or self.literal):
            raise ValueError("a name needs a family or a literal")
        return self

    @property
    def is_organisation(self) -> bool:
        return self.literal is not None and self.family is None

    def display(self) -> str:
        """The name as a reader would write it: ``Thomas Friedman``, ``John S. Van Oudenaren``."""
        if self.is_organisation:
            return self.literal or ""
        parts = [self.given, self.dropping_particle, self.non_dropping_particle, self.family]
        text = " ".join(p for p in parts if p)
        return f"{text}, {self.suffix}" if self.suffix else text
