"""Every rule against its cases file (tests/rules/cases/<CODE>.yaml): what fails, what passes, what a fix gives.

A cases file (items of a `references:` list, without the key)::

    rule: CC201
    fail:                       # each case: the references, and the fields the rule must flag
      - name: byline in the given name
        refs: |
          - {id: a, type: article-newspaper, title: T, author: [{family: Stockman, given: By Farah}]}
        fields: [author[0].given]
        fixed: |                # optional: the file after applying this rule's fixes (unsafe too)
          - {id: a, type: article-newspaper, title: T, author: [{family: Stockman, given: Farah}]}
    pass:
      - name: a plain name
        refs: |
          - {id: a, type: article-newspaper, title: T, author: [{family: Stockman, given: Farah}]}
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

from citecheck.rules.config import Config
from citecheck.load import parse_references
from citecheck.rules import all_rules
from citecheck.rules.engine import check
from citecheck.rules.fixer import fix_references

CASES = Path(__file__).parent / "cases"


def _cases():
    for path in sorted(CASES.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("fail", "pass"):
            for case in spec.get(kind, []):
                yield pytest.param(spec["rule"], kind, case, id=f"{spec['rule']}-{kind}-{case['name']}")


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    from citecheck.rules.dates.future_date import FutureDate

    monkeypatch.setattr(FutureDate, "today", dt.date(2026, 1, 1))


def _file(items: str) -> str:
    """A references file around the case's items, indented as people (and yaml_edit) write them."""
    return "references:\n" + textwrap.indent(items, "  ")


@pytest.mark.parametrize(("code", "kind", "case"), list(_cases()))
def test_rule_flags_exactly_the_fields_of_its_case(code, kind, case):
    loaded = parse_references(_file(case["refs"]), "case.yaml", "yaml")
    config = Config(select=(code,))
    found = sorted(f.field for f in check(loaded, config))
    assert found == sorted(case.get("fields", [])) if kind == "fail" else found == []
    if "fixed" in case:
        result = fix_references(loaded, config, unsafe=True)
        assert result.text == _file(case["fixed"])
        again = fix_references(parse_references(result.text, "case.yaml", "yaml"), config, unsafe=True)
        assert again.text == result.text


def test_every_rule_has_a_cases_file_with_a_failing_and_a_passing_case():
    for rule in all_rules():
        if rule.code.startswith("CC0"):  # the loader's problems: cases in tests/cli/test_validate_command.py
            continue
        path = CASES / f"{rule.code}.yaml"
        assert path.is_file(), f"{rule.code} has no cases file"
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert spec["rule"] == rule.code and spec.get("fail") and spec.get("pass"), rule.code


def test_every_fixable_rule_has_a_case_showing_its_fix():
    for rule in all_rules():
        if rule.fixable.value != "none":
            spec = yaml.safe_load((CASES / f"{rule.code}.yaml").read_text(encoding="utf-8"))
            assert any("fixed" in case for case in spec["fail"]), f"{rule.code} never shows its fix"
