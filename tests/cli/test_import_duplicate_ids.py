"""An id used twice within an imported file, or already in the --append target, is named at its place; a key
used twice in a .bib file (or an ID in a .ris file) is kept under key-2, as both entries are the library's."""

import pytest
from typer.testing import CliRunner

from citecheck.cli.app import app

runner = CliRunner()
PASS = "; pass --on-duplicate skip, update or rename\n"

# each format's minimal file: ids a, b, a; the second 'a' starts on the line given
BIB_FILES = {
    "bibtex": ("in.bib", "@article{a, title={A}}\n@article{b, title={B}}\n\n@article{a, title={C}}\n", 4, 1),
    "biblatex": ("in.bib", "@online{a, title={A}, date={2020}}\n@online{b, title={B}}\n@online{a, title={C}}\n", 3, 1),
}
FILES = {
    "csl-json": ("in.json", '[{"id": "a", "type": "book"},\n {"id": "b", "type": "book"},\n'
                            ' {"id": "a", "type": "book"}]\n', 3, 1),
    "csl-yaml": ("in.yaml", "- id: a\n  type: book\n- id: b\n  type: book\n- id: a\n  type: book\n", 5, 1),
}


def _imported(tmp_path, name: str, text: str, fmt: str):
    """(source, output, result) of ``citecheck import SOURCE --from FMT -o references.yaml``."""
    source = tmp_path / name
    source.write_text(text)
    out = tmp_path / "references.yaml"
    return source, out, runner.invoke(app, ["import", str(source), "--from", fmt, "-o", str(out)])


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_an_id_used_twice_in_the_file_is_named_at_its_line_and_nothing_is_written(tmp_path, fmt):
    name, text, line, first = FILES[fmt]
    source, out, result = _imported(tmp_path, name, text, fmt)
    assert result.exit_code == 2
    assert result.stderr == f"{source}:{line}:1: duplicate id 'a' (first at line {first}){PASS}"
    assert not out.exists()


@pytest.mark.parametrize("fmt", sorted(BIB_FILES))
def test_a_key_used_twice_in_a_bib_file_keeps_both_entries_the_later_as_key_2_named_at_its_line(tmp_path, fmt):
    name, text, line, first = BIB_FILES[fmt]
    source, out, result = _imported(tmp_path, name, text, fmt)
    assert result.exit_code == 1
    assert result.stderr == f"{source}:{line}:1: a: id already in use by the entry at line {first}: imported as a-2\n"
    assert [line for line in out.read_text().splitlines() if "id:" in line] == ["- id: a", "- id: b", "- id: a-2"]


def test_without_o_the_clash_is_named_at_its_line_too(tmp_path):
    name, text, line, first = FILES["csl-yaml"]
    source = tmp_path / name
    source.write_text(text)
    result = runner.invoke(app, ["import", str(source)])
    assert result.exit_code == 2
    assert result.stderr == f"{source}:{line}:1: duplicate id 'a' (first at line {first}){PASS}"
    assert result.stdout == ""


def test_append_names_every_clash_at_its_place_in_the_imported_file(tmp_path):
    target = tmp_path / "references.yaml"
    before = "references:\n- id: a\n  type: book\n- id: b\n  type: book\n"
    target.write_text(before)
    source = tmp_path / "in.bib"
    source.write_text("@book{c, title={C}}\n@book{a, title={A}}\n@book{b, title={B}}\n")
    result = runner.invoke(app, ["import", str(source), "-o", str(target), "--append"])
    assert result.exit_code == 2
    assert result.stderr == (f"{source}:2:1: duplicate id 'a' (already in {target}){PASS}"
                             f"{source}:3:1: duplicate id 'b' (already in {target}){PASS}")
    assert target.read_text() == before


# ids c, a, b: 'a' and 'b' are already in the target; the line each one's id is on
APPENDED = {
    "csl-json": ("in.json", '[\n  {\n    "id": "c",\n    "type": "book"\n  },\n  {\n    "id": "a",\n'
                            '    "type": "book"\n  },\n  {"id": "b", "type": "book"}\n]\n', 7, 10),
    "csl-yaml": ("in.yaml", "references:\n  - id: c\n    type: book\n  - type: book\n    id: a\n  - id: b\n"
                            "    type: book\n", 5, 6),
}


@pytest.mark.parametrize("fmt", sorted(APPENDED))
def test_append_names_a_clash_at_the_line_of_its_item_in_an_imported_csl_file(tmp_path, fmt):
    target = tmp_path / "references.yaml"
    before = "references:\n- id: a\n  type: book\n- id: b\n  type: book\n"
    target.write_text(before)
    name, text, line_a, line_b = APPENDED[fmt]
    source = tmp_path / name
    source.write_text(text)
    result = runner.invoke(app, ["import", str(source), "-o", str(target), "--append"])
    assert result.exit_code == 2
    assert result.stderr == (f"{source}:{line_a}:1: duplicate id 'a' (already in {target}){PASS}"
                             f"{source}:{line_b}:1: duplicate id 'b' (already in {target}){PASS}")
    assert target.read_text() == before


def test_a_clash_is_placed_by_its_item_when_an_unreadable_item_before_it_was_skipped(tmp_path):
    target = tmp_path / "references.yaml"
    target.write_text("- id: a\n  type: book\n")
    source = tmp_path / "in.yaml"
    source.write_text("- id: bad\n  type: no-such-type\n- id: a\n  type: book\n")
    result = runner.invoke(app, ["import", str(source), "-o", str(target), "--append"])
    assert result.exit_code == 2
    assert result.stderr == f"{source}:3:1: duplicate id 'a' (already in {target}){PASS}"
