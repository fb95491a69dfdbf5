"""Reading YAML safely: what yaml-rs would take in or die on is refused first, at its place."""

import subprocess
import sys

import pytest

from citecheck.errors import InputError
from citecheck.load.yaml_source import parse_yaml


def _problem(text: bytes) -> str:
    with pytest.raises(InputError) as caught:
        parse_yaml(text, "f.yaml")
    return str(caught.value)


def test_nesting_that_would_overflow_yaml_rs_stack_is_refused_in_a_subprocess_that_survives():
    # 20,000 compact levels in 40 KB: yaml-rs recurses per level and the process dies with SIGSEGV
    # (run apart, so that a regression fails this test instead of killing the test run)
    code = ("from citecheck.load.yaml_source import parse_yaml\n"
            "from citecheck.errors import InputError\n"
            "try:\n    parse_yaml(b'references:\\n  - ' + b'- ' * 20000 + b'x\\n', 'f.yaml')\n"
            "except InputError as e:\n    print(e)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "f.yaml:2:129: nested deeper than 64 levels (the limit)\n")


def test_a_deep_block_sequence_is_refused_at_the_line_that_passes_the_limit():
    text = b"references:\n  - title:\n" + b"".join(b" " * (i + 4) + b"-\n" for i in range(3000))
    assert _problem(text) == "f.yaml:64:66: nested deeper than 64 levels (the limit)"


def test_nesting_within_the_limit_reads_however_deeply_indented():
    text = b"a:\n" + b" " * 70 + b"b: [1]\n"  # indented past the quick check's bound, but two levels deep
    assert parse_yaml(text, "f.yaml") == {"a": {"b": [1]}}


def test_anchors_are_still_refused_when_the_depth_is_checked_too():
    text = b"a:\n" + b" " * 70 + b"b: &x [1]\n"
    assert _problem(text) == "f.yaml:2:74: YAML anchors and aliases are not allowed in a references file"


def test_flow_nesting_past_yaml_rs_bound_names_the_limit():
    assert _problem(b"a: " + b"[" * 300 + b"]" * 300 + b"\n") == "f.yaml:1:259: nested deeper than 64 levels (the limit)"


def test_a_control_character_is_refused_before_yaml_rs_takes_it_in():
    assert _problem(b"references:\n  - id: a\x01\n") == (
        "f.yaml:2:10: a control character (U+0001) is not allowed in YAML; "
        "remove it, or write it as an escape in double quotes")


def test_a_c1_control_character_found_by_pyyaml_is_placed_on_one_line():
    # yaml-rs fails on the open quote; PyYAML's reader then refuses U+0080 with a two-line message at 1:1
    assert _problem("references:\n  - id: \"a\u0080\n".encode()) == (
        "f.yaml:2:11: a control character (U+0080) is not allowed in YAML; "
        "remove it, or write it as an escape in double quotes")


def test_a_key_holding_a_list_is_refused_at_its_place_not_raised_by_yaml_rs():
    # yaml-rs makes complex keys into tuples and frozensets, and a list inside one raised TypeError
    assert _problem(b"references:\n  - id: a\n    {a: [1]}: b\n") == (
        "f.yaml:3:5: YAML syntax: a key that holds a list; keys must be text")


def test_deep_nesting_on_the_first_line_is_caught_too():
    assert _problem(b"- " * 20000 + b"x\n") == "f.yaml:1:129: nested deeper than 64 levels (the limit)"
