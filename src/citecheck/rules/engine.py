"""Run the selected rules over loaded references and turn violations into located findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from citecheck import vocabulary as csl
from citecheck.gc_pause import collector_paused
from citecheck.load import LoadedReferences
from citecheck.load.positions import FieldLocator, field_label
from citecheck.model import Reference
from citecheck.rules.base import CollectionRule, Fix, Rule, Severity, Violation
from citecheck.rules.candidates import Candidates
from citecheck.rules.config import Config
from citecheck.rules.field_severity import at_field
from citecheck.rules.prefilter import DateWhere, Pattern


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

    A reference rule is asked about the references its prefilter admits (all of them without
    one), worked out over the whole file: a pattern is searched once over each field's values
    of every reference, so a rule that cannot fire costs one regex pass instead of one call per
    reference. ``keys_used`` (the loader's :attr:`~citecheck.load.LoadedReferences.keys_used`)
    lets the engine skip fields nobody sets.
    """
    found: list[tuple[Rule, Violation]] = []
    attrs_used = None if keys_used is None else frozenset(map(csl.python_name, keys_used))
    with collector_paused():
        candidates = Candidates(refs, attrs_used)  # this run's state, dropped with it
        for rule in rules:
            if isinstance(rule, CollectionRule):
                found.extend((rule, v) for v in rule.check_all(refs))
                continue
            check, append = rule.check, found.append
            for ref in candidates.of(rule.prefilter):
                for v in check(ref):  # no generator per candidate: most candidates yield nothing
                    append((rule, v))
    return found


_PLACE = attrgetter("line", "column", "code")  # the sort key of findings: their place in the file


def check(loaded: LoadedReferences, config: Config, split_at: int | None = None) -> list[Finding]:
    """The findings of the rules ``config`` selects, sorted by place in the file.

    From ``split_at`` references on (:data:`~citecheck.forked.SPLIT_AT` unless given), the rules whose
    prefilter is a pattern or a date test (they share the run's text and date columns) run here and the
    rest in a forked child at the same time; the findings are the same.
    """
    from citecheck.forked import SPLIT_AT, both

    rules = config.rules()
    with collector_paused():
        if len(loaded.references) < (SPLIT_AT if split_at is None else split_at):
            return sorted(_findings(loaded, config, rules), key=_PLACE)
        searched = [rule for rule in rules if isinstance(getattr(rule, "prefilter", None), Pattern | DateWhere)]
        rest = [rule for rule in rules if rule not in searched]
        mine, theirs = both(lambda: _findings(loaded, config, searched),
                            lambda: _findings(loaded, config, rest))
        # One rule's findings all come from one side, in its order: the stable sort gives the serial order.
        return sorted(mine + theirs, key=_PLACE)


def _findings(loaded: LoadedReferences, config: Config, rules: list[Rule]) -> list[Finding]:
    """The located findings of ``rules``, in the order the rules found them."""
    refs = loaded.references
    found = violations(refs, rules, loaded.keys_used)
    if not found:
        return []  # a clean file needs no index of where its fields are
    ids = [ref.id for ref in refs]
    index_of = dict(zip(ids, range(len(ids))))
    locator = FieldLocator(loaded.raw, loaded.format, ids)
    findings = []
    # Tens of thousands of findings share a few rules and paths: work each out once.
    file, severity_of, label_of = str(loaded.path), {}, {}
    for rule, v in found:
        line, column = locator.locate(index_of[v.ref.id], v.path)
        level = (rule, v.path[0] if v.path else None)  # severity follows the field (rules/field_severity.py)
        if level not in severity_of:
            severity_of[level] = at_field(config.severity_of(rule), level[1])
        if v.path not in label_of:
            label_of[v.path] = field_label(v.path)
        findings.append(Finding(
            rule.code, rule.name, severity_of[level], v.message, v.ref.id, v.ref.footnote,
            label_of[v.path], file, line, column, v.fix))
    return findings


def fixes(findings: list[Finding], unsafe: bool = False) -> list[Fix]:
    """The fixes to apply: safe ones, and unsafe ones when asked."""
    return [f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)]
