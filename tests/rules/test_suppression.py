"""Inline ``# citecheck: ignore[...]`` comments: which lines and references they silence."""

from __future__ import annotations

from citecheck.rules.engine import Finding
from citecheck.rules.base import Severity
from citecheck.rules.suppression import suppressions

TEXT = ("references:\n"
        "  - id: a  # citecheck: ignore[CC2, cc401]\n"
        "    title: A  page  # citecheck: ignore[CC110]\n"
        "  - {id: b, title: B}  # citecheck: ignore\n"
        "  - id: c\n"
        "    title: C  # a comment that names no rule\n")


def finding(code: str, ident: str, line: int) -> Finding:
    return Finding(code, "x", Severity.ERROR, "m", ident, None, "title", "f.yaml", line, 5)


def test_a_comment_on_the_id_line_silences_its_codes_for_the_whole_reference():
    found = [finding("CC201", "a", 9), finding("CC401", "a", 9), finding("CC110", "a", 9)]
    assert suppressions(TEXT).keep(found) == [finding("CC110", "a", 9)]


def test_a_comment_on_a_field_line_silences_only_that_line():
    assert suppressions(TEXT).keep([finding("CC110", "c", 3), finding("CC110", "c", 6)]) == [finding("CC110", "c", 6)]


def test_a_bare_ignore_silences_every_rule_and_flow_items_count_as_id_lines():
    assert suppressions(TEXT).keep([finding("CC501", "b", 4), finding("CC101", "b", 99)]) == []


def test_a_file_without_comments_keeps_everything():
    found = [finding("CC110", "a", 3)]
    assert suppressions("references:\n  - id: a\n").keep(found) == found
