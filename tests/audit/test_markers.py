"""Markers: numbers, MediaWiki ref names and pandoc keys, with places; the reference list is not read."""

from __future__ import annotations

from citecheck.audit.markers import find_markers


def _found(text):
    return [(m.kind, m.value, m.line, m.column) for m in find_markers(text)]


def test_numeric_markers_lists_and_ranges():
    assert _found("A claim.[3][4] Another [5, 7] and [8–10].\n") == [
        ("number", "3", 1, 9), ("number", "4", 1, 12), ("number", "5", 1, 24), ("number", "7", 1, 24),
        ("number", "8", 1, 35), ("number", "9", 1, 35), ("number", "10", 1, 35)]


def test_mediawiki_ref_names_quoted_or_not_and_self_closing():
    text = 'One.<ref name="lavrov2022">Lavrov</ref> Two.<ref name=tass2024 /> Three.<ref>inline</ref>\n'
    assert _found(text) == [("name", "lavrov2022", 1, 5), ("name", "tass2024", 1, 45)]


def test_pandoc_keys_in_brackets_narrative_and_braces_but_not_emails():
    text = "As @smith2020 says [see @jones2019, p. 3; -@{doe:2021}]. Mail a@b.org.\n"
    assert _found(text) == [("key", "smith2020", 1, 4), ("key", "jones2019", 1, 25), ("key", "doe:2021", 1, 43)]


def test_brackets_that_are_not_citations_and_code_spans_are_skipped():
    assert _found("This [presumption of weakness] and `x[2]` are no citations.\n") == []


def test_scanning_stops_at_the_references_heading_in_any_markup():
    for heading in ("References", "## References", "== Notes ==", "Footnotes:"):
        text = f"Body.[1]\n{heading}\n- [2] listed, not cited\n"
        assert _found(text) == [("number", "1", 1, 6)], heading
