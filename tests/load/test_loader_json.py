"""CSL-JSON is parsed by orjson when it can be, and reads exactly as the standard library reads it."""

import math

import pytest

from citecheck.errors import InputError
from citecheck.load import parse_references
from citecheck.load.loader import _parse_json


def test_an_integer_past_64_bits_stays_an_exact_integer():
    text = '[{"id": "a", "type": "book", "volume": 123456789012345678901234567890, "footnote": 18446744073709551617}]'
    [ref] = parse_references(text, "big.json").references
    assert (ref.volume, ref.footnote) == (123456789012345678901234567890, 18446744073709551617)


def test_what_orjson_refuses_but_the_standard_library_reads_still_reads():
    value = _parse_json(b'[NaN, 1e400, "\\ud83d\\ude00"]', "odd.json")  # a lone "\\ud800" is refused: test_lone_surrogates
    assert math.isnan(value[0]) and value[1:] == [math.inf, "\U0001f600"]


def test_a_syntax_error_names_line_and_column_as_the_standard_library_does():
    with pytest.raises(InputError) as caught:
        parse_references('[\n  {"id": "a",, "type": "book"}\n]', "bad.json")
    assert [str(p) for p in caught.value.problems] == [
        "bad.json:2:14: JSON syntax: Expecting property name enclosed in double quotes"]


def test_nesting_too_deep_for_orjson_is_read_or_refused_by_the_standard_library():
    with pytest.raises(InputError) as caught:
        parse_references("[" * 100_000 + "]" * 100_000, "deep.json")
    assert [str(p) for p in caught.value.problems] == ["deep.json:1:1: the JSON is nested too deeply"]
