"""``load_references_leniently``: every reference kept in its place, the problems handed back."""

from __future__ import annotations

import pytest

from citecheck.errors import InputError
from citecheck.load import load_references
from citecheck.load.loader import load_references_leniently

TEXT = ("references:\n"
        "  - {id: a, type: book, title: A, issued: 2023-02-30}\n"
        "  - {id: b, type: blog, title: B}\n"
        "  - {id: a, type: book, title: C}\n"
        "  - {id: d, type: book, title: D}\n")


def test_bad_fields_are_dropped_and_each_reference_keeps_its_place(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text(TEXT, encoding="utf-8")
    loaded, problems = load_references_leniently(path)
    assert [(r.id, r.type, r.title, r.issued) for r in loaded.references] == [
        ("a", "book", "A", None), ("b", "document", "B", None), ("a@2", "book", "C", None), ("d", "book", "D", None)]
    with pytest.raises(InputError) as raised:
        load_references(path)
    assert sorted(map(str, problems)) == sorted(map(str, raised.value.problems))


def test_a_good_file_loads_as_load_references_loads_it(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references:\n  - {id: a, type: book, title: A}\n", encoding="utf-8")
    loaded, problems = load_references_leniently(path)
    assert problems == [] and loaded.references == load_references(path).references


def test_a_file_that_cannot_be_read_still_raises(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: [\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_references_leniently(path)
