"""Precision: well-formed references of varied types, languages and scripts produce no error or warning."""

from __future__ import annotations

from pathlib import Path

from citecheck.rules.config import Config
from citecheck.load import load_references
from citecheck.rules.engine import check

WELLFORMED = Path(__file__).parent / "wellformed.yaml"


def test_the_wellformed_set_is_large_and_varied_enough():
    refs = load_references(WELLFORMED).references
    assert len(refs) >= 10
    assert len({r.type for r in refs}) >= 8
    assert len({r.language for r in refs if r.language}) >= 6
    assert any(name.is_organisation for r in refs for name in r.names("author"))


def test_every_rule_is_silent_on_wellformed_references():
    findings = check(load_references(WELLFORMED), Config())
    loud = [f"{f.line}:{f.column} {f.code} {f.message}" for f in findings if f.severity.value != "info"]
    assert loud == []
