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


MIXED = ("references:\n- id: a\r\n  type: book\n  title: \"Two  spaces\"\r\n  author:\n  - family: X\r\n"
         "    given: BY Y\n- id: b\r\n  type: book\n")


@pytest.mark.parametrize("ids", [None, ["a", "b"]])
def test_a_file_mixing_lf_and_crlf_keeps_each_lines_own_ending(ids):
    # issue 15: --fix turned every line of a mixed LF/CRLF file into CRLF
    after = apply_edits(MIXED, [FieldEdit("a", ("title",), "Two spaces"),
                                FieldEdit("a", ("author", 0, "given"), DELETE)], ids)
    assert after == ("references:\n- id: a\r\n  type: book\n  title: \"Two spaces\"\r\n  author:\n  - family: X\r\n"
                     "- id: b\r\n  type: book\n")


@pytest.mark.parametrize("ids", [None, ["a", "b"]])
def test_a_file_ended_by_lone_crs_stays_so(ids):
    # issue 15: --fix turned a CR-only file into a mix of CR and LF
    text = "references:\r- id: a\r  type: book\r  title: 'It''s  here'\r- id: b\r  type: book\r"
    after = apply_edits(text, [FieldEdit("a", ("title",), "It's here")], ids)
    assert after == text.replace("'It''s  here'", "'It''s here'")


def test_given_the_ids_only_the_edited_items_change_the_others_keep_their_own_indentation():
    text = ("references:\n  - id: a\n    author:\n        - family: X\n          given: BY Y\n"
            "  - id: b\n    author:\n      - {family: Z, given: W}\n    title:   odd  # spaced as written\n")
    after = apply_edits(text, [FieldEdit("b", ("title",), "Even")], ["a", "b"])
    assert changed_lines(text, after) == ["-     title:   odd  # spaced as written\n",
                                          "+     title:   Even  # spaced as written\n"]


@pytest.mark.parametrize("old, new, written", [
    ("plain", "2020", '"2020"'),  # plain 2020 would read back as a number
    ("plain", "a: b", '"a: b"'),
    ("'single'", "it's", "'it''s'"),
    ('"double"', "tab\there", '"tab\\there"'),
    ("plain", "Café  au lait", "Café  au lait"),
])
def test_a_text_value_set_in_place_keeps_its_quoting_when_that_quoting_holds_it(old, new, written):
    text = f"- id: a\n  type: book\n  title: {old}  # kept\n"
    assert apply_edits(text, [FieldEdit("a", ("title",), new)], ["a"]) == \
        f"- id: a\n  type: book\n  title: {written}  # kept\n"


def test_an_item_whose_edit_is_no_one_line_text_is_round_tripped_alone_as_the_whole_file_would_be():
    text = ("references:\n- id: a\n  type: book\n  title: >-\n    folded\n    title\n- id: b\n  type: book\n"
            "  note: n\n- id: c\n  author:\n      - family: Z  # indented as written\n")
    edits = [FieldEdit("a", ("title",), "New"), FieldEdit("b", ("note",), DELETE)]
    after = apply_edits(text, edits, ["a", "b", "c"])
    assert after == ("references:\n- id: a\n  type: book\n  title: >-\n    New\n- id: b\n  type: book\n"
                     "- id: c\n  author:\n      - family: Z  # indented as written\n")
    assert apply_edits(text, edits).startswith(after[:after.index("- id: c")])


def test_delete_pickles_as_itself():
    # validate's forked half sends its fixes back pickled; an edit's DELETE must still be DELETE
    import pickle

    from citecheck.yaml_edit import DELETE

    assert pickle.loads(pickle.dumps(DELETE)) is DELETE
