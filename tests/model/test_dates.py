import datetime as dt

import pytest
from pydantic import ValidationError

from citecheck.model import Date


@pytest.mark.parametrize(
    "written, parts",
    [
        ("2022-03-19", [[2022, 3, 19]]),
        ("2022-03", [[2022, 3]]),
        ("2022", [[2022]]),
        (2022, [[2022]]),
        (dt.date(2022, 3, 19), [[2022, 3, 19]]),
        ({"date-parts": [[2022, 3, 19]]}, [[2022, 3, 19]]),
        ({"date-parts": [["2022", "3"]]}, [[2022, 3]]),
        ("2020/2021-06", [[2020], [2021, 6]]),
    ],
)
def test_a_date_accepts_what_people_write(written, parts):
    assert Date.model_validate(written).date_parts == parts


def test_free_text_dates_are_kept_in_raw_literal_season_and_circa():
    date = Date.model_validate({"raw": "Spring 2019", "season": 1, "circa": True})
    assert (date.raw, date.season, date.circa, date.date_parts) == ("Spring 2019", 1, True, None)
    assert Date.model_validate({"literal": "n.d."}).isoformat() == "n.d."


@pytest.mark.parametrize(("written", "season"), [
    ({"date-parts": [[2001, 13]]}, 1), ({"date-parts": [["2001", "16"]]}, 4),
    ({"date-parts": [[2001, 14]], "season": "high summer"}, "high summer"),  # a season given wins
    ({"date-parts": [[2001, 15], [2002, 16]]}, 3),  # a range keeps the start's season
    ({"date-parts": [[2001, 21]]}, 1), ("2001-24", 4),  # EDTF's seasons, as pandoc writes them
])
def test_a_season_written_as_month_13_to_16_is_the_year_and_its_csl_season(written, season):
    date = Date.model_validate(written)
    assert (date.season, [parts[:1] for parts in date.date_parts]) == (season, date.date_parts)
    assert date.year in (2001,)


@pytest.mark.parametrize(
    "written, message",
    [
        ("2022-02-30", "day is out of range for month"),
        ({"date-parts": [[2022, 17]]}, "month must be in 1..12, got 17"),
        ({"date-parts": [[2022, 13, 1]]}, "month must be in 1..12, got 13"),  # a season has no day
        ("2022-13", "month must be in 1..12, got 13"),  # written by hand: a typo, not citeproc-js's season
        ("Oct. 12, 2022", "expected a date like 2022-03-19, 2022-03 or 2022"),
        ({}, "a date needs date-parts, raw or literal"),
    ],
)
def test_an_impossible_or_unreadable_date_is_an_error(written, message):
    with pytest.raises(ValidationError) as caught:
        Date.model_validate(written)
    assert message in str(caught.value)


def test_29_february_exists_only_in_leap_years():
    assert Date.model_validate("2024-02-29").as_date() == dt.date(2024, 2, 29)
    with pytest.raises(ValidationError):
        Date.model_validate("2023-02-29")


def test_isoformat_and_as_date_read_partial_dates():
    assert Date.model_validate("2022-03").isoformat() == "2022-03"
    assert Date.model_validate("2022-03").as_date() == dt.date(2022, 3, 1)
    assert Date.model_validate("2022").year == 2022


def test_a_date_serialises_as_csl_date_parts():
    assert Date.model_validate("2022-03-19").model_dump(exclude_none=True, by_alias=True) == {
        "date-parts": [[2022, 3, 19]]
    }


def _error_types(written) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        Date.model_validate(written)
    return [(e["type"], e["msg"]) for e in caught.value.errors()]


def test_a_day_past_the_platform_range_is_out_of_range_not_an_overflow():
    # datetime.date raised OverflowError (not a ValueError pydantic turns into a problem): a traceback
    assert _error_types({"date-parts": [[2020, 1, 9_999_999_999]]}) == [
        ("value_error", "Value error, day is out of range for month")]


def test_date_parts_past_the_digit_limit_are_refused_however_they_are_written():
    for written in ({"date-parts": [[10**5000]]}, {"date-parts": [["9" * 5000]]}, {"date-parts": [[2020, 1, 10**20]]}):
        assert _error_types(written)[0][0] in ("less_than_equal", "int_parsing_size")


def test_a_superscript_digit_in_date_parts_is_not_a_number():
    # "²".isdigit() is True and int("²") fails: the text is left for pydantic to refuse as not an integer
    assert _error_types({"date-parts": [["2020", "1", "\u00b2"]]})[0][0] == "int_parsing"


def test_a_date_written_in_other_digits_is_not_read_as_iso():
    assert "expected a date like 2022-03-19" in _error_types("\u0662\u0660\u0662\u0662")[0][1]


def test_edtf_circa_as_pandoc_writes_it_in_csl_yaml_is_the_year_circa():
    date = Date.model_validate("2001~")
    assert (date.date_parts, date.circa) == ([[2001]], True)


@pytest.mark.parametrize(("parts", "read"), [
    ([[2001, 0, 0]], [[2001]]), ([["2001", "5", "0"]], [[2001, 5]]), ([[2001, None]], [[2001]]),
    ([["2001", ""]], [[2001]]), ([[0]], [[0]]),  # year 0 is a year
])
def test_a_trailing_unknown_month_or_day_as_tools_write_it_is_left_out(parts, read):
    assert Date.model_validate({"date-parts": parts}).date_parts == read


@pytest.mark.parametrize("written", ["2021-03-04T12:00:00Z", "2021-03-04 12:00", "2021-03-04T12:00:00.123+02:00"])
def test_a_time_after_the_day_as_some_tools_write_an_access_date_is_read_past(written):
    assert Date.model_validate(written).date_parts == [[2021, 3, 4]]


def test_the_year_month_day_list_pandoc_citeproc_and_better_bibtex_write_in_yaml_is_read_as_date_parts():
    assert Date.model_validate([{"year": 2001, "month": 3, "day": 4}]).date_parts == [[2001, 3, 4]]
    assert Date.model_validate([{"year": "2020"}, {"year": 2021, "month": 2}]).date_parts == [[2020], [2021, 2]]
    assert Date.model_validate([{"year": 1999, "season": 2}]).season == 2
    with pytest.raises(ValidationError, match="when"):
        Date.model_validate([{"year": 1999, "when": "x"}])
