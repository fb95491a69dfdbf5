"""Severity follows what is printed: the same defect is a level lower in a field no style prints."""

from __future__ import annotations

import pytest

from citecheck.load import parse_references
from citecheck.rules.base import Severity
from citecheck.rules.config import Config
from citecheck.rules.engine import check
from citecheck.rules.field_severity import UNPRINTED_FIELDS, at_field

MOJIBAKE = "Americaâ€™s Nightmare"


def _levels(item: str, config: Config = Config(select=("CC109", "CC110"))) -> list[tuple[str, str, str]]:
    loaded = parse_references(f"references:\n  - {item}\n", "refs.yaml", "yaml")
    return [(f.code, f.field, f.severity.value) for f in check(loaded, config)]


def test_mojibake_is_an_error_in_the_title_and_a_warning_in_the_abstract_and_the_note():
    item = f"{{id: a, type: book, title: '{MOJIBAKE}', abstract: '{MOJIBAKE}', note: '{MOJIBAKE}'}}"
    assert _levels(item) == [("CC109", "title", "error"), ("CC109", "abstract", "warning"),
                             ("CC109", "note", "warning")]


def test_a_warning_in_the_note_is_info_and_in_a_name_stays_a_warning():
    item = "{id: a, type: book, title: T, note: 'two  spaces', author: [{family: 'Van  Dyke', given: Ann}]}"
    assert _levels(item) == [("CC110", "note", "info"), ("CC110", "author[0].family", "warning")]


def test_a_configured_level_is_lowered_in_the_note_too():
    config = Config(select=("CC110",), severity={"CC110": Severity.ERROR})
    assert _levels("{id: a, type: book, title: 'two  spaces', note: 'two  spaces'}", config) == [
        ("CC110", "title", "error"), ("CC110", "note", "warning")]


@pytest.mark.parametrize("field", sorted(UNPRINTED_FIELDS))
def test_each_unprinted_field_lowers_error_to_warning_and_warning_to_info(field):
    assert at_field(Severity.ERROR, field) is Severity.WARNING
    assert at_field(Severity.WARNING, field) is Severity.INFO
    assert at_field(Severity.INFO, field) is Severity.INFO


@pytest.mark.parametrize("field", ["title", "container-title", "author", "URL", "printed", None])
def test_printed_fields_keep_the_rules_level(field):
    assert at_field(Severity.ERROR, field) is Severity.ERROR
