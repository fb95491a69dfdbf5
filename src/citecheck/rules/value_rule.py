"""A rule that looks at one text value at a time: most title, outlet and name rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from citecheck.model import Reference
from citecheck.rules import scopes
from citecheck.rules.base import Rule, Violation


class ValueRule(Rule):
    """Subclasses set ``scope`` (see :mod:`citecheck.rules.scopes`), usually a ``trigger``, and
    implement :meth:`inspect`.
    """

    scope = "titles"

    def values(self, ref: Reference) -> list[tuple[tuple, str]]:
        return scopes.scope_values(ref, self.scope)

    def inspect(self, value: str) -> tuple[str, Any] | str | None:
        """None if ``value`` is fine; else a message, or (message, fixed value)."""
        raise NotImplementedError

    def check(self, ref: Reference) -> Iterator[Violation]:
        values = self.values(ref)
        if not values or self.trigger is not None and not self.trigger.search(scopes.joined(values)):
            return
        yield from self._inspect_all(ref, values)

    def check_triggered(self, ref: Reference) -> Iterator[Violation]:
        # The engine found the trigger in these very values: no need to search them again.
        return self._inspect_all(ref, self.values(ref))

    def _inspect_all(self, ref: Reference, values: list[tuple[tuple, str]]) -> Iterator[Violation]:
        for path, value in values:
            problem = self.inspect(value)
            if problem is None:
                continue
            message, fixed = (problem, None) if isinstance(problem, str) else problem
            yield self.violation(ref, path, f"{path[0]}: {message}", fixed)
