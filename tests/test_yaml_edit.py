"""Edits change only the lines they touch, whatever the file's indentation, start line or line endings."""

import difflib

import pytest

from citecheck.yaml_edit import DELETE, FieldEdit, append_items, apply_edits, edit_file

INDENTED = """\
# my references
references:
  - id: a
    type: webpage
    author:
      - family: X  # as printed
        given: BY Y
    title: "T"
"""
FLUSH = "---\nreferences:\n- id: a\n  type: webpage\n  author:\n  - family: X\n    given: BY Y\n  title: 'T'\n"
WIDE = "references:\n    -   id: a\n        type: webpage\n        author:\n            -   family: X\n                given: BY Y\n"


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.ndiff(before.splitlines(True), after.splitlines(True)) if line[:1] in "+-"]


@pytest.mark.parametrize("text", [INDENTED, FLUSH, WIDE, INDENTED.replace("\n", "\r\n")])
def test_one_edit_changes_one_line_in_any_layout(text):
    after = apply_edits(text, [FieldEdit("a", ("author", 0, "given"), "Y")])
    newline = "\r\n" if "\r\n" in text else "\n"
    assert changed_lines(text, after) == [
        f"- {line}" for line in text.splitlines(True) if "given: BY Y" in line] + [
        f"+ {line.replace('BY Y', 'Y')}" for line in text.splitlines(True) if "given: BY Y" in line]
    assert after.count(newline) == text.count(newline)


def test_a_field_can_be_removed_and_comments_stay(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text(INDENTED, encoding="utf-8")
    edit_file(path, [FieldEdit("a", ("title",), DELETE)])
    assert path.read_text(encoding="utf-8") == INDENTED.replace('    title: "T"\n', "")


def test_appended_items_follow_the_last_one_with_comments_style_and_line_endings_kept():
    text = "---\r\nreferences:\r\n    -   id: a  # first\r\n        type: webpage\r\nextra: 1\r\n"
    assert append_items(text, [{"id": "b", "type": "book", "issued": "2020"}]) == (
        "---\r\nreferences:\r\n    -   id: a  # first\r\n        type: webpage\r\n"
        "    -   id: b\r\n        type: book\r\n        issued: '2020'\r\nextra: 1\r\n")
