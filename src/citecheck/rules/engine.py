"""Run the selected rules over loaded references and turn violations into located findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from citecheck.config import Config
from citecheck.load import LoadedReferences
from citecheck.model import Reference
from citecheck.rules import text
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
    """Every violation of ``rules`` in ``refs``: reference rules first, then collection rules."""
    always = [rule for rule in rules if not rule.collection and rule.trigger is None]
    gated: dict[str, list[Rule]] = {}
    for rule in rules:
        if not rule.collection and rule.trigger is not None:
            gated.setdefault(rule.scope, []).append(rule)
    found: list[tuple[Rule, Violation]] = []
    for ref in refs:
        for rule in always:
            for v in rule.check(ref):
                found.append((rule, v))
        for scope, group in gated.items():
            values = text.scope_values(ref, scope)
            if not values:
                continue
            together = text.joined(ref, scope, values)
            for rule in group:
                if rule.trigger.search(together):
                    for v in rule.check(ref):
                        found.append((rule, v))
    for rule in rules:
        if rule.collection:
            found.extend((rule, v) for v in rule.check_all(refs))
    return found


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
