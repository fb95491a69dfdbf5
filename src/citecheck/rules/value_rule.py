"""A rule that looks at one text value at a time: most title, outlet and name rules."""

from __future__ import annotations

import re
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
    #: A pattern that every value this rule could flag contains; references whose values all lack
    #: it are skipped with one search (most references, for most rules).
    trigger: re.Pattern[str] | None = None

    def values(self, ref: Reference) -> list[tuple[tuple, str]]:
        return text.scope_values(ref, self.scope)

    def inspect(self, value: str) -> tuple[str, Any] | str | None:
        """None if ``value`` is fine; else a message, or (message, fixed value)."""
        raise NotImplementedError

    def check(self, ref: Reference) -> Iterator[Violation]:
        values = self.values(ref)
        if not values or self.trigger is not None and not self.trigger.search(text.joined(ref, self.scope, values)):
            return
        for path, value in values:
            problem = self.inspect(value)
            if problem is None:
                continue
            message, fixed = (problem, None) if isinstance(problem, str) else problem
            yield self.violation(ref, path, f"{path[0]}: {message}", fixed)
