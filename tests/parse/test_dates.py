import datetime

import pytest

from citecheck.parse.dates import parse_date

TODAY = datetime.date(2026, 12, 2)


@pytest.mark.parametrize(("printed", "parts"), [
    ("MAY 2, 2020.", [2020, 5, 2]), ("12 Jan 2019.", [2019, 1, 12]), ("Oct. 12, 2022.", [2022, 10, 12]),
    ("17 MAY, 2024.", [2024, 5, 17]), ("2024-05-16 18:40", [2024, 5, 16]), ("(2019, May 2).", [2019, 5, 2]),
    ("2015 Nov 9", [2015, 11, 9]), ("(1999).", [1999]), ("1955;", [1955]), ("Mar. 2019,", [2019, 3]),
    ("Published February 4, 2022.", [2022, 2, 4]), ("12/03/2020", [2020, 3, 12]), ("Spring 2019", [2019, 21]),
    ("janvier 2021", [2021, 1]),
])
def test_printed_dates_become_as_many_date_parts_as_printed(printed, parts):
    assert parse_date(printed, TODAY) == {"date-parts": [parts]}


def test_a_two_digit_year_is_the_nearest_not_more_than_a_year_ahead():
    assert parse_date("27 MAY 24.", TODAY) == {"date-parts": [[2024, 5, 27]]}
    assert parse_date("3 JUN 97", TODAY) == {"date-parts": [[1997, 6, 3]]}


def test_no_year_no_date_and_an_impossible_day_is_dropped():
    assert parse_date("n.d.", TODAY) is None
    assert parse_date("30 February 2021", TODAY) == {"date-parts": [[2021, 2]]}


def test_only_ascii_digits_are_numbers_and_a_number_too_long_for_a_year_gives_no_date():
    # str.isdigit takes "³", which int() refuses; a 10-digit "year" once reached datetime and overflowed
    assert parse_date("Feb. ³, 2022", TODAY) == {"date-parts": [[2022, 2]]}
    assert parse_date("May ๓, 2022", TODAY) == {"date-parts": [[2022, 5]]}
    assert parse_date("Feb 2³", TODAY) is None
    assert parse_date("JUN 3,9999999999", TODAY) is None
