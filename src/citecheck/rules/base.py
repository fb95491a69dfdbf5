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
    """Base of every rule. Subclasses set the class attributes and override :meth:`check`.

    The docstring is the documentation (``citecheck rules CODE`` prints it) and must have the
    sections *What it checks*, *Why it matters*, *Example* and *Fix*.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    fixable: ClassVar[Fixability] = Fixability.NONE
    #: Collection rules see every reference at once (duplicates, numbering).
    collection: ClassVar[bool] = False
    #: Gates that let the engine skip references without calling :meth:`check` (most references,
    #: for most rules). ``trigger``: a pattern every value the rule could flag matches, searched in
    #: the values of ``scope`` joined as :func:`citecheck.rules.scopes.joined` does. ``needs``:
    #: attribute names of which at least one must be set (``("doi",)``).
    trigger: ClassVar[Any] = None
    scope: ClassVar[str] = "titles"
    needs: ClassVar[tuple[str, ...]] = ()

    def select(self, refs: list[Reference]) -> list[Reference] | None:
        """Optional gate: the references worth checking, chosen in one pass (None: no opinion)."""
        return None

    def check(self, ref: Reference) -> Iterable[Violation]:
        """The violations in one reference."""
        return ()

    def check_triggered(self, ref: Reference) -> Iterable[Violation]:
        """:meth:`check` on a reference whose values the engine found ``trigger`` in."""
        return self.check(ref)

    def check_all(self, refs: list[Reference]) -> Iterable[Violation]:
        """The violations across all references (collection rules only)."""
        return ()

    def violation(self, ref: Reference, path: Path, message: str, fixed: Any = None,
                  edits: Iterable[FieldEdit] = ()) -> Violation:
        """A violation; ``fixed`` (a value, or DELETE) or ``edits`` make it fixable."""
        edits = tuple(edits)
        if fixed is not None:
            edits += (FieldEdit(ref.id, path, fixed),)
        fix = Fix(edits, self.fixable is Fixability.SAFE) if edits and self.fixable is not Fixability.NONE else None
        return Violation(ref, path, message, fix)


def quoted(text: str, limit: int = 60) -> str:
    """``text`` for a message: quoted, shortened if long."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


__all__ = ["DELETE", "Fix", "Fixability", "Iterator", "Path", "Rule", "Severity", "Violation", "quoted"]
