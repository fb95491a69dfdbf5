"""What a rule is: a code, a name, a default severity, a documented check, and fixes as data.

A rule never edits a file. It yields :class:`Violation` objects; a violation may carry a
:class:`Fix` (field edits marked safe or unsafe) that the engine applies when asked to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

from citecheck.model import Reference
from citecheck.rules.prefilter import Prefilter
from citecheck.yaml_edit import DELETE, FieldEdit

Path = tuple[str | int, ...]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Fixability(str, Enum):
    NONE = "none"
    SAFE = "safe"  # the fix cannot change what the reference means
    UNSAFE = "unsafe"  # the fix is a good guess a person should review


@dataclass(frozen=True)
class Fix:
    edits: tuple[FieldEdit, ...]
    safe: bool


@dataclass(frozen=True)
class Violation:
    """One problem a rule found in one reference, at ``path`` (CSL keys, e.g. ``("author", 0, "given")``)."""

    ref: Reference
    path: Path
    message: str
    fix: Fix | None = None


class Rule:
    """What every rule has: a code, a name, a default severity, whether it fixes, and its documentation.

    The docstring is the documentation (``citecheck rules CODE`` prints it) and must have the
    sections *What it checks*, *Why it matters*, *Example* and *Fix*. A rule is a
    :class:`ReferenceRule` (one reference at a time) or a :class:`CollectionRule` (all at once).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fixable: ClassVar[Fixability] = Fixability.NONE

    def violation(self, ref: Reference, path: Path, message: str, fixed: Any = None,
                  edits: Iterable[FieldEdit] = ()) -> Violation:
        """A violation; ``fixed`` (a value, or DELETE) or ``edits`` make it fixable."""
        edits = tuple(edits)
        if fixed is not None:
            edits += (FieldEdit(ref.id, path, fixed),)
        fix = Fix(edits, self.fixable is Fixability.SAFE) if edits and self.fixable is not Fixability.NONE else None
        return Violation(ref, path, message, fix)


class ReferenceRule(Rule):
    """A rule that looks at one reference at a time: subclasses override :meth:`check`.

    :meth:`check` is complete on its own: given any reference, it finds every violation.
    ``prefilter`` (see :mod:`citecheck.rules.prefilter`) may tell the engine which references
    cannot have one, so that it skips them; the rule itself never applies it.
    """

    prefilter: ClassVar[Prefilter | None] = None

    def check(self, ref: Reference) -> Iterable[Violation]:
        """The violations in one reference."""
        raise NotImplementedError


class CollectionRule(Rule):
    """A rule that compares references with each other (duplicates, numbering): override :meth:`check_all`."""

    def check_all(self, refs: list[Reference]) -> Iterable[Violation]:
        """The violations across all references."""
        raise NotImplementedError


def quoted(text: str, limit: int = 60) -> str:
    """``text`` for a message: quoted, shortened if long."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


__all__ = ["DELETE", "CollectionRule", "Fix", "Fixability", "Iterator", "Path", "ReferenceRule", "Rule", "Severity",
           "Violation", "quoted"]
