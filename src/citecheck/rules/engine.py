"""Run the selected rules over loaded references and turn violations into located findings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from citecheck import vocabulary as csl
from citecheck.rules.config import Config
from citecheck.gc_pause import collector_paused
from citecheck.load import LoadedReferences
from citecheck.model import Reference
from citecheck.rules import scopes
from citecheck.rules.base import Fix, Rule, Severity, Violation
from citecheck.load.positions import FieldLocator, field_label


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


def violations(refs: list[Reference], rules: list[Rule],
               keys_used: frozenset[str] | None = None) -> list[tuple[Rule, Violation]]:
    """Every violation of ``rules`` in ``refs``, rule by rule.

    Each rule sees only the references its gates let through (see :class:`~citecheck.rules.base.Rule`):
    a trigger is searched once over the whole file's joined values, so a rule that cannot fire
    costs one regex pass instead of one call per reference. ``keys_used`` (the loader's
    :attr:`~citecheck.load.LoadedReferences.keys_used`) lets gates skip fields nobody sets.
    """
    found: list[tuple[Rule, Violation]] = []
    attrs_used = None if keys_used is None else frozenset(map(csl.python_name, keys_used))
    with collector_paused(), scopes.memoised(attrs_used):
        gates = _Gates(refs, attrs_used)
        for rule in rules:
            if rule.collection:
                found.extend((rule, v) for v in rule.check_all(refs))
                continue
            chosen, check = gates.candidates(rule)
            for ref in chosen:
                found.extend((rule, v) for v in check(ref))
    return found


class _Gates:
    """Which references each rule needs to look at."""

    def __init__(self, refs: list[Reference], attrs_used: frozenset[str] | None):
        self.refs = refs
        self._columns = scopes.Columns(refs, attrs_used)
        self._used = attrs_used

    def candidates(self, rule: Rule) -> tuple[list[Reference], Callable[[Reference], Iterable[Violation]]]:
        """The references ``rule`` must look at, and its check for them (a reference its trigger
        was found in needs no second search)."""
        chosen = rule.select(self.refs)
        if chosen is not None:
            return chosen, rule.check
        if rule.trigger is not None:
            columns = self._columns.of(rule.scope)
            if columns is None:  # a value holds one of the columns' marks: look at every reference
                return self.refs, rule.check
            hits = set()
            for column in columns:
                hits.update(scopes.Columns.matches(column, rule.trigger))
            return [self.refs[index] for index in sorted(hits)], rule.check_triggered
        if rule.needs:
            if self._used is not None and self._used.isdisjoint(rule.needs):
                return [], rule.check
            values = attrgetter(*rule.needs)
            if len(rule.needs) == 1:
                return [ref for ref in self.refs if values(ref) is not None], rule.check
            return [ref for ref in self.refs if any(v is not None for v in values(ref))], rule.check
        return self.refs, rule.check


_PLACE = attrgetter("line", "column", "code")  # the sort key of findings: their place in the file


def check(loaded: LoadedReferences, config: Config) -> list[Finding]:
    """The findings of the rules ``config`` selects, sorted by place in the file."""
    with collector_paused():
        return _check(loaded, config)


def _check(loaded: LoadedReferences, config: Config) -> list[Finding]:
    refs = loaded.references
    found = violations(refs, config.rules(), loaded.keys_used)
    if not found:
        return []  # a clean file needs no index of where its fields are
    index_of = {ref.id: index for index, ref in enumerate(refs)}
    locator = FieldLocator(loaded.raw, loaded.format, [ref.id for ref in refs])
    findings = []
    # Tens of thousands of findings share a few rules and paths: work each out once.
    file, severity_of, label_of = str(loaded.path), {}, {}
    for rule, v in found:
        line, column = locator.locate(index_of[v.ref.id], v.path)
        if rule not in severity_of:
            severity_of[rule] = config.severity_of(rule)
        if v.path not in label_of:
            label_of[v.path] = field_label(v.path)
        findings.append(Finding(
            rule.code, rule.name, severity_of[rule], v.message, v.ref.id, v.ref.footnote,
            label_of[v.path], file, line, column, v.fix))
    return sorted(findings, key=_PLACE)


def fixes(findings: list[Finding], unsafe: bool = False) -> list[Fix]:
    """The fixes to apply: safe ones, and unsafe ones when asked."""
    return [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
