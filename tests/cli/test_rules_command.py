"""``citecheck rules``: the list of rules and one rule's documentation."""

from __future__ import annotations

from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.rules import all_rules

runner = CliRunner()


def test_rules_lists_every_rule_with_severity_and_fix():
    result = runner.invoke(app, ["rules"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0 and len(lines) == len(all_rules()) + 1 >= 41
    assert lines[0].split() == ["code", "name", "severity", "fix"]
    assert lines[1].split() == ["CC001", "input-problem", "error", "-"]
    assert [line.split()[0] for line in lines[1:]] == sorted(rule.code for rule in all_rules())  # in code order
    assert "CC201  byline-in-name" in result.stdout


def test_rules_code_prints_the_doc_with_its_sections():
    result = runner.invoke(app, ["rules", "cc401"])
    assert result.exit_code == 0
    assert result.stdout.startswith("CC401 bare-domain (error, unsafe fix)\n\nA web address without its scheme.\n")
    for section in ("What it checks:", "Why it matters:", "Example:", "Fix:"):
        assert section in result.stdout


def test_an_unknown_rule_exits_2():
    result = runner.invoke(app, ["rules", "CC999"])
    assert result.exit_code == 2 and "no such rule: 'CC999'" in result.stderr
