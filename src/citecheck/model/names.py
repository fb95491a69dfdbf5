"""CSL name variables: a person split into parts, or an organisation as a literal."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator



def _alias(name: str) -> str:
    return name.replace("_", "-")


class Name(BaseModel):
    """One person (family, given, particles, suffix) or one organisation (``literal``)."""

    model_config = ConfigDict(
        extra="forbid", alias_generator=_alias, validate_by_name=True, validate_by_alias=True,
        serialize_by_alias=True, str_strip_whitespace=False,
    )

    family: str | None = None
    given: str | None = None
    dropping_particle: str | None = None
    non_dropping_particle: str | None = None
    suffix: str | None = None
    literal: str | None = None
    comma_suffix: bool | str | int | None = None
    static_ordering: bool | str | int | None = None
    parse_names: bool | str | int | None = None

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


