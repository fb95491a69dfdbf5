"""Finding renderers: statistics and SARIF (text, JSON and GitHub are pinned by the validate command's tests)."""

from __future__ import annotations

import json

from citecheck.rules import all_rules
from citecheck.rules.base import Fix, Severity
from citecheck.rules.engine import Finding
from citecheck.rules.output import statistics, to_sarif, to_statistics


def finding(code: str, name: str, severity=Severity.ERROR, fixed=False) -> Finding:
    return Finding(code, name, severity, "msg", "a", None, "title", "refs/x.yaml", 3, 7,
                   Fix((), True) if fixed else None)


FOUND = [finding("CC201", "byline-in-name", fixed=True), finding("CC110", "doubled-space", Severity.INFO),
         finding("CC110", "doubled-space", Severity.INFO)]


def test_statistics_put_the_most_frequent_rule_first_and_mark_fixable_ones():
    assert statistics(FOUND) == [(2, "CC110", "doubled-space", ""), (1, "CC201", "byline-in-name", "*")]
    assert to_statistics(FOUND) == "2\tCC110\tdoubled-space\n1\tCC201\t[*] byline-in-name\n"


def test_sarif_names_each_rule_once_and_points_results_at_them():
    log = json.loads(to_sarif(FOUND, list(all_rules()), "9.9"))
    driver = log["runs"][0]["tool"]["driver"]
    assert (log["version"], driver["name"], driver["version"]) == ("2.1.0", "citecheck", "9.9")
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note", "note"]
    assert all(driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[0]["locations"] == [{"physicalLocation": {"artifactLocation": {"uri": "refs/x.yaml"},
                                                             "region": {"startLine": 3, "startColumn": 7}}}]


def test_sarif_levels_are_the_three_sarif_knows():
    log = json.loads(to_sarif([], list(all_rules())))
    levels = {r["defaultConfiguration"]["level"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert levels <= {"error", "warning", "note"} and log["runs"][0]["results"] == []
