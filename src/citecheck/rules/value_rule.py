"""A rule that looks at one text value at a time: most title, outlet and name rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

from citecheck.model import Reference
from citecheck.rules import scopes
from citecheck.rules.base import ReferenceRule, Violation


class ValueRule(ReferenceRule):
    """Subclasses set ``scope`` (see :mod:`citecheck.rules.scopes`), implement :meth:`inspect`, and
    usually declare a :class:`~citecheck.rules.prefilter.Pattern` over the same scope.
    """

    scope: ClassVar[str]

    def inspect(self, value: str) -> tuple[str, Any] | str | None:
        """None if ``value`` is fine; else a message, or (message, fixed value)."""
        raise NotImplementedError

    def check(self, ref: Reference) -> Iterator[Violation]:
        for path, value in scopes.scope_values(ref, self.scope):
            problem = self.inspect(value)
            if problem is None:
                continue
            message, fixed = (problem, None) if isinstance(problem, str) else problem
            yield self.violation(ref, path, f"{path[0]}: {message}", fixed)
