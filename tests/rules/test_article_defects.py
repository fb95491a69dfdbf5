"""The article's real defects, found at their exact places in data/references.yaml."""

from __future__ import annotations

import pytest

from citecheck.rules.config import Config
from citecheck.load import load_references
from citecheck.rules.engine import check


@pytest.fixture(scope="module")
def findings(request):
    from helpers import DATA_FILE

    return check(load_references(DATA_FILE), Config())


def _at(findings, code, ref_id):
    return [(f.line, f.column, f.field, f.message) for f in findings if f.code == code and f.id == ref_id]


def test_the_BY_byline_of_bhadrakumar_is_an_error_at_its_given_name(findings):
    assert _at(findings, "CC201", "bhadrakumar2020entente") == [
        (72, 16, "author[0].given", "author: byline word 'BY' in the given name")]


def test_footnote_5_is_the_same_work_as_footnote_3_at_another_outlet(findings):
    assert _at(findings, "CC701", "vanoudenaren2019nightmare") == [
        (57, 12, "title", "same work as vanoudenaren2019nightmare-sott (footnote 3)")]
    assert _at(findings, "CC701", "vanoudenaren2019nightmare-sott") == []


def test_the_stray_wiki_brackets_after_consortium_news(findings):
    assert _at(findings, "CC103", "mcgovern2024against") == [
        (142, 22, "container-title", "container-title: wiki markup ']]'")]


def test_bare_domains_are_errors_at_the_URL(findings):
    bare = {f.id: (f.line, f.column) for f in findings if f.code == "CC401"}
    assert bare["vanoudenaren2019nightmare-sott"] == (40, 10)
    assert bare["tass2024responsible"] == (182, 10)
    assert bare["crooke2024brink"] == (174, 10)
    assert len(bare) == 10


def test_the_two_digit_year_printed_in_footnote_15(findings):
    assert _at(findings, "CC304", "crooke2024brink") == [
        (175, 14, "printed", "printed: two-digit year in '27 MAY 24'")]


def test_capitals_trailing_space_and_name_prefix(findings):
    assert [(f.line, f.field) for f in findings if f.id == "escobar2021hybrid" and f.code == "CC202"] == [
        (83, "author[0].family"), (84, "author[0].given")]
    assert _at(findings, "CC111", "mccoy2022ukraine")[0][:3] == (104, 17, "author[0].family")
    assert _at(findings, "CC503", "mccoy2022ukraine")[0][:3] == (106, 22, "container-title")
    assert _at(findings, "CC115", "mcgovern2024against")[0][:3] == (138, 12, "title")


def test_every_finding_on_the_data_file_names_its_footnote(findings):
    assert all(f.footnote is not None for f in findings)
    assert sum(1 for f in findings if f.severity.value == "error") == 15


def test_the_web_articles_and_the_statement_printed_without_an_address_are_found(findings):
    # Footnotes 2, 10 and 11 (New York Times, Wall Street Journal) and 14 (a CCTV news client statement).
    assert sorted((f.footnote, f.field, f.severity.value) for f in findings if f.code == "CC414") == [
        (2, "URL", "info"), (10, "URL", "info"), (11, "URL", "info"), (14, "URL", "info")]


def test_the_post_on_x_with_no_author_is_noted(findings):
    assert _at(findings, "CC210", "x-building-a-new-world-order") == [
        (147, 5, "author", "no author for type post")]


def test_no_field_contradicts_its_printed_footnote(findings):
    assert [f for f in findings if f.code == "CC617"] == []
