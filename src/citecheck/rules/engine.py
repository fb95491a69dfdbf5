"""Run the selected rules over loaded references and turn violations into located findings."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from citecheck.config import Config
from citecheck.load import LoadedReferences
from citecheck.model import Reference
from citecheck.rules import scopes
from citecheck.rules.base import Fix, Rule, Severity, Violation
from citecheck.rules.where import FieldLocator, field_label


@dataclass(frozen=True)
class Finding:
    """A violation with its rule, effective severity and place in the file."""

    code: str
    name: str
    severity: Severity
    message: str
    id: str
    footnote: int | None
    field: str
    file: str
    line: int
    column: int
    fix: Fix | None = field(default=None, compare=False)

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "severity": self.severity.value,
                "message": self.message, "id": self.id, "footnote": self.footnote, "field": self.field,
                "file": self.file, "line": self.line, "column": self.column,
                "fixable": "safe" if self.fix and self.fix.safe else "unsafe" if self.fix else None}


def violations(refs: list[Reference], rules: list[Rule]) -> list[tuple[Rule, Violation]]:
    """Every violation of ``rules`` in ``refs``, rule by rule.

    Each rule sees only the references its gates let through (see :class:`~citecheck.rules.base.Rule`):
    a trigger is searched once over the whole file's joined values, so a rule that cannot fire
    costs one regex pass instead of one call per reference.
    """
    found: list[tuple[Rule, Violation]] = []
    with scopes.memoised():
        gates = _Gates(refs)
        for rule in rules:
            if rule.collection:
                found.extend((rule, v) for v in rule.check_all(refs))
                continue
            for ref in gates.candidates(rule):
                for v in rule.check(ref):
                    found.append((rule, v))
    return found


class _Gates:
    """Which references each rule needs to look at."""

    def __init__(self, refs: list[Reference]):
        self.refs = refs
        self._joined: dict[str, tuple[str, list[int]]] = {}

    def candidates(self, rule: Rule) -> list[Reference]:
        if rule.trigger is not None:
            text, starts = self._scope(rule.scope)
            hits = sorted({bisect_right(starts, match.start()) - 1 for match in rule.trigger.finditer(text)})
            return [self.refs[index] for index in hits]
        if rule.needs:
            values = attrgetter(*rule.needs)
            if len(rule.needs) == 1:
                return [ref for ref in self.refs if values(ref) is not None]
            return [ref for ref in self.refs if any(v is not None for v in values(ref))]
        return self.refs

    def _scope(self, scope: str) -> tuple[str, list[int]]:
        """The values of ``scope`` of every reference in one string, and where each reference starts."""
        if scope not in self._joined:
            pieces, starts, offset = [scopes.SEPARATOR], [], 1
            for ref in self.refs:
                starts.append(offset)
                piece = scopes.SEPARATOR.join(value for _, value in scopes.scope_values(ref, scope)) + scopes.SEPARATOR
                pieces.append(piece)
                offset += len(piece)
            self._joined[scope] = ("".join(pieces), starts)
        return self._joined[scope]


def check(loaded: LoadedReferences, config: Config) -> list[Finding]:
    """The findings of the rules ``config`` selects, sorted by place in the file."""
    refs = loaded.references
    index_of = {ref.id: index for index, ref in enumerate(refs)}
    locator = FieldLocator(loaded.text, loaded.format, [ref.id for ref in refs])
    findings = []
    for rule, v in violations(refs, config.rules()):
        line, column = locator.locate(index_of[v.ref.id], v.path)
        findings.append(Finding(
            rule.code, rule.name, config.severity_of(rule), v.message, v.ref.id, v.ref.footnote,
            field_label(v.path), str(loaded.path), line, column, v.fix))
    return sorted(findings, key=lambda f: (f.line, f.column, f.code))


def fixes(findings: list[Finding], unsafe: bool = False) -> list[Fix]:
    """The fixes to apply: safe ones, and unsafe ones when asked."""
    return [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
