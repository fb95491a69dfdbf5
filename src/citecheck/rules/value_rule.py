"""A rule that looks at one text value at a time: most title, outlet and name rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from citecheck.model import Reference
from citecheck.rules import text
from citecheck.rules.base import Rule, Violation


class ValueRule(Rule):
    """Subclasses set ``scope`` and implement :meth:`inspect`.

    ``scope``: "titles" (title and outlet fields), "outlets" (container-title, publisher),
    "title" (the title only), or "all" (every prose value, name parts included).
    """

    scope = "titles"

    def values(self, ref: Reference) -> list[tuple[tuple, str]]:
        if self.scope == "all":
            return text.strings(ref)
        if self.scope == "outlets":
            return text.titles(ref, text.OUTLET_FIELDS)
        if self.scope == "title":
            return text.titles(ref, ("title",))
        return text.titles(ref)

    def inspect(self, value: str) -> tuple[str, Any] | str | None:
        """None if ``value`` is fine; else a message, or (message, fixed value)."""
        raise NotImplementedError

    def check(self, ref: Reference) -> Iterator[Violation]:
        for path, value in self.values(ref):
            problem = self.inspect(value)
            if problem is None:
                continue
            message, fixed = (problem, None) if isinstance(problem, str) else problem
            yield self.violation(ref, path, f"{path[0]}: {message}", fixed)
