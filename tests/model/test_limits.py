"""The limits on what one reference may hold, and the checks that enforce them without recursion."""

import pytest

from citecheck.model.limits import (
    MAX_DEPTH,
    MAX_DIGITS,
    MAX_TEXT_LENGTH,
    check_nested,
    digit_count,
    is_whole_number_text,
    too_many_digits,
)


def test_digit_count_counts_numbers_past_what_str_can_print():
    assert (digit_count(0), digit_count(-2022), digit_count(10**5000), digit_count(10**5000 - 1)) == (1, 4, 5001, 5000)


def test_the_digit_limit_message_names_the_limit_and_the_length():
    assert too_many_digits(-(10**20)) == f"a whole number has at most {MAX_DIGITS} digits (the limit), this one has 21"


@pytest.mark.parametrize("text, whole", [
    ("2022", True), (" -5 ", True), ("9" * MAX_DIGITS, True),
    ("9" * (MAX_DIGITS + 1), False),  # int() would take it; the model would then refuse it as too long
    ("\u00b2", False), ("1\u00b9", False),  # superscripts pass str.isdigit and fail int()
    ("\u0663", False),  # an Arabic-Indic three: int() reads it, but it is not what the file says
    ("", False), ("-", False), ("1.5", False),
])
def test_whole_number_text_is_ascii_digits_within_the_limit(text, whole):
    assert is_whole_number_text(text) is whole


def test_nesting_within_the_limit_passes_unchanged():
    value = {"a": [[{"b": 1}]]}
    assert check_nested(value, 0) is value


def test_nesting_past_the_limit_is_refused_even_far_past_the_recursion_limit():
    deep: list = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(ValueError, match=f"nested deeper than {MAX_DEPTH} levels"):
        check_nested(deep, 0)
    with pytest.raises(ValueError, match="nested deeper"):
        check_nested([[]], MAX_DEPTH - 1)  # the levels above the value count


def test_long_numbers_and_long_text_inside_a_nested_value_are_refused():
    with pytest.raises(ValueError, match="has 5000"):
        check_nested({"a": [10**4999]}, 0)
    with pytest.raises(ValueError, match=f"at most {MAX_TEXT_LENGTH:,} characters"):
        check_nested({"a": "x" * (MAX_TEXT_LENGTH + 1)}, 0)
