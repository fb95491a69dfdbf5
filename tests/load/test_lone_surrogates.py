"""A lone surrogate escape in CSL-JSON is refused where it stands: no UTF-8 file could be written from it."""

from __future__ import annotations

import pytest

from citecheck.errors import InputError
from citecheck.formats import csl_json
from citecheck.load import parse_references

TEXT = '[\n {"id": "a", "type": "book", "title": "ok \\ud83d\\ude00"},\n {"id": "b", "type": "book", "title": "bad \\ud800 x"}\n]\n'


def test_a_pair_is_text_and_a_lone_half_is_refused_with_its_place():
    assert parse_references(TEXT.replace("\\ud800", "x"), "a.json").references[0].title == "ok \U0001f600"
    with pytest.raises(InputError) as refused:
        parse_references(TEXT, "a.json")
    assert [str(problem) for problem in refused.value.problems] == [
        "a.json:3:44: a lone surrogate escape (\\ud800-\\udfff) is not text"]


def test_import_refuses_it_too():
    with pytest.raises(InputError) as refused:
        csl_json.load(TEXT, "a.json")
    assert str(refused.value.problems[0]).startswith("a.json:3:44: a lone surrogate")
