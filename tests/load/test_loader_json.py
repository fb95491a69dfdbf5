"""CSL-JSON is parsed by orjson when it can be, and reads exactly as the standard library reads it."""

import math

import pytest

from citecheck.errors import InputError
from citecheck.load import parse_references
from citecheck.load.loader import parse_json


def test_an_integer_past_64_bits_is_refused_at_the_digit_limit_not_read_as_a_float():
    text = '[{"id": "a", "type": "book", "volume": 123456789012345678901234567890, "footnote": 18446744073709551617}]'
    with pytest.raises(InputError) as caught:
        parse_references(text, "big.json")
    assert [str(p) for p in caught.value.problems] == [
        "big.json:1:40: [0].volume: a whole number has at most 15 digits (the limit), this one has 30",
        "big.json:1:84: [0].footnote: a whole number has at most 15 digits (the limit), this one has 20",
    ]


def test_an_integer_within_the_digit_limit_stays_exact():
    [ref] = parse_references('[{"id": "a", "type": "book", "volume": 999999999999999}]', "big.json").references
    assert ref.volume == 999_999_999_999_999


def test_what_orjson_refuses_but_the_standard_library_reads_still_reads():
    value = parse_json(b'[NaN, 1e400, "\\ud83d\\ude00"]', "odd.json")  # a lone "\\ud800" is refused: test_lone_surrogates
    assert math.isnan(value[0]) and value[1:] == [math.inf, "\U0001f600"]


def test_a_syntax_error_names_line_and_column_as_the_standard_library_does():
    with pytest.raises(InputError) as caught:
        parse_references('[\n  {"id": "a",, "type": "book"}\n]', "bad.json")
    assert [str(p) for p in caught.value.problems] == [
        "bad.json:2:14: JSON syntax: Expecting property name enclosed in double quotes"]


def test_a_syntax_error_in_a_file_with_lone_cr_line_ends_is_on_its_own_line():
    # the standard library counts lines by "\n" alone: the whole file was line 1
    with pytest.raises(InputError) as caught:
        parse_references('[\r {"id": "a", "type": "book"},\r {"id": "b" "type": "book"}\r]\r', "cr.json")
    assert [str(p) for p in caught.value.problems] == ["cr.json:3:13: JSON syntax: Expecting ',' delimiter"]


def test_nesting_too_deep_for_orjson_is_refused_where_it_passes_the_limit():
    with pytest.raises(InputError) as caught:
        parse_references("[" * 100_000 + "]" * 100_000, "deep.json")
    assert [str(p) for p in caught.value.problems] == ["deep.json:1:65: nested deeper than 64 levels (the limit)"]


@pytest.mark.parametrize("text, place, key", [
    ('[\n {"id": "a", "type": "book",\n  "title": "One", "title": "Two"}\n]\n', "3:19", "title"),
    ('[{"id" : "a", "type" : "book", "author": [{"family": "X", "family": "Y"}]}]', "1:59", "family"),
    ('[{"id": "a", "type": "book", "custom": {"n": 123456789012345678901234, "n": 1}}]', "1:72", "n"),
    # one key spaced from its colon counts one less, one written twice one more: the counts agree
    ('[{"id": "a", "type": "book", "title": "One", "title": "Two", "note" : "n"}]', "1:46", "title"),
])
def test_a_key_written_twice_in_one_object_is_refused_where_it_is_written_again(text, place, key):
    # issue 15: a duplicate key in JSON passed silently, the first value lost
    with pytest.raises(InputError) as caught:
        parse_json(text.encode(), "dup.json")
    first_line = place.split(":")[0]
    assert [str(p) for p in caught.value.problems] == [
        f"dup.json:{place}: duplicate key '{key}' (first at line {first_line}); JSON would keep the last one silently"]


@pytest.mark.parametrize("text", [
    '[{"id": "a", "type": "book", "title": "say \\": here"}]',  # a key's end inside a string
    '[{"id" : "a", "type" : "book"}]',  # colons spaced from their keys: counted apart, looked at closely
    '[{"id": "a", "type": "book", "custom": {"n": 123456789012345678901234}}]',
])
def test_json_without_a_repeated_key_reads_however_its_keys_are_written(text):
    assert parse_json(text.encode(), "ok.json")[0]["id"] == "a"
