"""Input problems, each tied to a place in the user's file.

The library raises :class:`InputError` with every problem it found at once; the command line
prints one line per problem (``file:line:col: where: message``) and exits 2.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class InputProblem:
    """One thing wrong with an input file, with its 1-based line and column."""

    path: str
    line: int
    column: int
    where: str  # e.g. ``references[6].issued``; empty for file-level problems
    message: str

    def __str__(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.path}:{self.line}:{self.column}: {where}{self.message}"


class CitecheckError(Exception):
    """Base class for every error citecheck raises on purpose."""


class InputError(CitecheckError):
    """A file citecheck cannot use, with all the problems found in it."""

    def __init__(self, problems: list[InputProblem]):
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(CitecheckError):
    """A request that cannot be carried out as asked (no such file, unknown format...)."""
