"""The registry: enough rules, well-formed codes and names, and a documented doc for each."""

from __future__ import annotations

import inspect
import re

import pytest

from citecheck.rules import REGISTRY, all_rules, get

SECTIONS = ("What it checks:", "Why it matters:", "Example:", "Fix:")


def test_there_are_at_least_forty_rules_one_per_registry_line():
    assert len(all_rules()) == len(REGISTRY) >= 40


def test_codes_follow_the_area_scheme_and_names_are_kebab_case_and_unique():
    codes = [r.code for r in all_rules()]
    names = [r.name for r in all_rules()]
    assert len(set(codes)) == len(codes) and len(set(names)) == len(names)
    for rule in all_rules():
        assert re.fullmatch(r"CC[1-7]\d\d|CC0\d\d", rule.code), rule.code  # CC0xx: what the loader finds
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name), rule.name


def test_every_rule_docstring_has_the_four_sections_in_order():
    for rule in all_rules():
        doc = inspect.getdoc(rule) or ""
        positions = [doc.find(section) for section in SECTIONS]
        assert -1 not in positions and positions == sorted(positions), rule.code


def test_a_fixable_rule_says_in_its_doc_whether_its_fix_is_safe():
    for rule in all_rules():
        fix_section = (inspect.getdoc(rule) or "").split("Fix:", 1)[1]
        if rule.fixable.value == "none":
            assert fix_section.strip().startswith("none"), rule.code
        else:
            assert rule.fixable.value in fix_section, rule.code


def test_rules_are_found_by_code_in_any_case_or_by_name():
    assert get("cc201").name == "byline-in-name"
    assert get("byline-in-name").code == "CC201"
    with pytest.raises(KeyError, match="CC999"):
        get("CC999")
