"""Bytes to text: places are counted in characters, on lines ended by LF, CRLF or a lone CR."""

import pytest

from citecheck.errors import InputError
from citecheck.load.text import as_pyyaml_reads, check_text, line_and_column, refuse_yaml_controls


@pytest.mark.parametrize("data, offset, place", [
    (b"ab\ncd", 4, (2, 2)),
    (b"ab\r\ncd", 5, (2, 2)),
    (b"ab\rcd\ref", 7, (3, 2)),  # a file saved with old Mac line ends
    ("\u00e9\u00e9x".encode(), 4, (1, 3)),  # two 2-byte letters before: column 3, not 5
    ("ab\rcd", 4, (2, 2)),
    ("a\u2028b\x85c\u2029d\ne", 8, (2, 1)),  # not line ends to YAML 1.2, to yaml-rs, or to citecheck
])
def test_line_and_column_count_characters_on_every_kind_of_line_end(data, offset, place):
    assert line_and_column(data, offset) == place


def _problem(call, *args) -> str:
    with pytest.raises(InputError) as caught:
        call(*args)
    return str(caught.value)


def test_invalid_utf8_in_a_cr_only_file_is_placed_on_its_own_line():
    assert _problem(check_text, b"references:\r  - id: \xc3\xa9\xff\r", "f.yaml") == \
        "f.yaml:2:10: not valid UTF-8 (byte 0xff); save the file as UTF-8"


@pytest.mark.parametrize("control", [0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F])
def test_a_control_character_yaml_forbids_is_refused_where_it_is(control):
    data = b"references:\n  - id: a" + bytes([control]) + b"\n"
    assert _problem(refuse_yaml_controls, data, "f.yaml") == (
        f"f.yaml:2:10: a control character (U+{control:04X}) is not allowed in YAML; "
        "remove it, or write it as an escape in double quotes")


def test_tab_cr_and_lf_are_not_control_characters_to_yaml():
    refuse_yaml_controls(b"a:\tb\r\nc: d\n", "f.yaml")  # no error


def test_pyyaml_is_given_yaml_1_1_only_line_breaks_as_no_break_spaces_of_the_same_length():
    assert as_pyyaml_reads("a\u2028b\x85c\u2029d\r\ne\rf") == "a\xa0b\xa0c\xa0d\r\ne\rf"
    plain = "references: []\n"
    assert as_pyyaml_reads(plain) is plain  # the common case costs three scans, no copy
