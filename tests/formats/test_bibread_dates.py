"""A date in a .bib entry: an impossible one is kept as text and said, never the cause of losing the entry."""

import pytest

from citecheck.errors import InputProblem
from citecheck.formats import get

BIBLATEX, BIBTEX = get("biblatex"), get("bibtex")


def read(entry: str, fmt=BIBLATEX) -> tuple[dict, list[str]]:
    result = fmt.read(entry, "refs.bib")
    [reference] = result.references
    return reference.to_csl(), [str(problem) for problem in result.problems]


@pytest.mark.parametrize(("field", "variable"), [("date", "issued"), ("urldate", "accessed"),
                                                 ("eventdate", "event-date"), ("origdate", "original-date")])
def test_an_impossible_date_in_any_date_field_is_a_literal_date_and_the_entry_keeps_every_field(field, variable):
    data, problems = read(f"@inproceedings{{p, title = {{T}}, booktitle = {{B}}, year = {{1934}},\n"
                          f"  {field} = {{1996-10-35}}, url = {{https://x.org}}}}")
    assert data[variable] == {"literal": "1996-10-35"}
    assert (data["title"], data["container-title"], data["URL"]) == ("T", "B", "https://x.org")
    assert problems == [f"refs.bib:1:1: p: {field}: '1996-10-35' is no possible date (day is out of range for "
                        "month): kept as text"]


def test_a_month_past_12_in_an_edtf_date_is_said_once_at_its_entrys_line():
    result = BIBLATEX.read("@book{a, title = {A}}\n@book{L6, title = {T}, date = {1996-13-03}}", "refs.bib")
    assert [r.to_csl().get("issued") for r in result.references] == [None, {"literal": "1996-13-03"}]
    assert [str(problem) for problem in result.problems] == [
        "refs.bib:2:1: L6: date: '1996-13-03' is no possible date (month must be in 1..12, got 13): kept as text"]


@pytest.mark.parametrize(("fields", "literal", "why"), [
    ("year = {1996}, month = feb, day = {30}", "1996-02-30", "day is out of range for month"),
    ("year = {1996}, month = {13}", "1996-13", "month must be in 1..12, got 13"),
])
def test_an_impossible_year_month_and_day_are_kept_as_one_literal_date(fields, literal, why):
    data, problems = read(f"@book{{b, title = {{T}}, {fields}}}", BIBTEX)
    assert data["issued"] == {"literal": literal}
    assert problems == [f"refs.bib:1:1: b: year, month, day: '{literal}' is no possible date ({why}): kept as text"]


def test_a_possible_date_and_free_text_say_nothing():
    result = BIBLATEX.read("@book{a, title = {T}, date = {1996-02-29}}\n@book{b, title = {T}, date = {May 1987}}\n"
                           "@book{c, title = {T}, date = {1996-01-01/}}", "refs.bib")
    assert [r.to_csl()["issued"] for r in result.references] == [
        {"date-parts": [[1996, 2, 29]]}, {"literal": "May 1987"}, {"literal": "1996-01-01/"}]
    assert result.problems == []


def test_biblatex_forms_pandoc_reads_are_read_as_biber_reads_them():
    result = BIBLATEX.read("@book{t, title = {T}, date = {2001-01-03T15:00:00}}\n"
                           "@book{u, title = {T}, date = {199u}}\n@book{y, title = {T}, date = {y1700}}\n"
                           "@book{e, title = {T}, date = {-0379-02}}", "refs.bib")
    assert [r.to_csl()["issued"] for r in result.references] == [
        {"date-parts": [[2001, 1, 3]]}, {"date-parts": [[1990], [1999]]}, {"date-parts": [[1700]]},
        {"date-parts": [[-380, 2]]}]
    assert result.problems == []


def test_the_problem_is_the_readers_own_kind():
    result = BIBLATEX.read("@book{L6, title = {T}, date = {1996-13-03}}", "refs.bib")
    assert result.problems == [InputProblem("refs.bib", 1, 1, "L6", "date: '1996-13-03' is no possible date "
                                            "(month must be in 1..12, got 13): kept as text")]


@pytest.mark.parametrize(("month", "number"), [
    ("dez", 12), ("Dezember", 12), ("M{\\\"a}rz", 3), ("mrt", 3), ("fev", 2), ("févr.", 2), ("abr", 4), ("avr", 4),
    ("mai", 5), ("mei", 5), ("maggio", 5), ("juin", 6), ("juil.", 7), ("giugno", 6), ("ago", 8), ("août", 8),
    ("set", 9), ("okt", 10), ("outubro", 10), ("ott", 10), ("déc.", 12), ("dic", 12), ("ene", 1), ("gennaio", 1),
])
def test_a_month_named_as_biblatexs_language_modules_name_it_is_the_month(month, number):
    data, problems = read(f"@book{{b, title = {{T}}, year = {{2001}}, month = {{{month}}}}}", BIBTEX)
    assert (data["issued"], "note" in data, problems) == ({"date-parts": [[2001, number]]}, False, [])


def test_juin_and_juillet_share_three_letters_and_jui_alone_is_no_month():
    data, _ = read("@book{b, title = {T}, year = {2001}, month = {jui}}", BIBTEX)
    assert (data["issued"], data["note"]) == ({"date-parts": [[2001]]}, "month: jui")
