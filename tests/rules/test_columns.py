"""Columns join one field of every reference so that a trigger is searched once per file."""

from __future__ import annotations

import re

from citecheck.load import parse_references
from citecheck.rules import columns

_REFS = """references:
  - {id: a, type: webpage, title: Fine, URL: "https://example.org/a"}
  - {id: b, type: webpage, title: Also fine}
  - {id: c, type: webpage, title: Third, URL: "example.org"}
  - {id: d, type: webpage, title: Fourth, URL: "https://example.org/d"}
"""


def _column(field: str) -> str:
    refs = parse_references(_REFS, "refs.yaml").references
    return columns.Columns(refs).of(field)[0]


def test_a_separator_led_trigger_finds_the_references_whose_value_it_matches():
    without_scheme = re.compile(columns.SEPARATOR + r"(?!https://)")
    assert columns.Columns.matches(_column("urls"), without_scheme) == [2]


def test_a_separator_led_trigger_is_kept_off_reference_boundaries_and_missing_values():
    without_scheme = re.compile(r"\u2063(?!https://)")
    guarded = columns.column_pattern(without_scheme)
    column = _column("urls")
    assert guarded.pattern == "\\u2063(?![\u2064\u2062])(?!https://)"
    # Only the value without a scheme, and the column's very last separator (which matches() ends at).
    assert [m.start() for m in guarded.finditer(column)] == [column.index(columns.SEPARATOR + "example.org"), len(column) - 1]


def test_a_trigger_that_does_not_start_with_the_separator_is_searched_as_written():
    either = re.compile(r"\u2063\s|\s(?=\u2063)")
    assert columns.column_pattern(either) is either
    assert columns.column_pattern(re.compile("utm_")).pattern == "utm_"


def test_a_match_inside_the_last_value_still_counts():
    assert columns.Columns.matches(_column("title"), re.compile("Fourth")) == [3]
