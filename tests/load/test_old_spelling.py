import json

from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.formats import csl_json, csl_yaml
from citecheck.load import parse_references
from citecheck.load.old_spelling import migrated_yaml

OLD = ("references:\n  - id: a  # mine\n    type: webpage\n    footnote: 3\n    source: \"3. T, a.org\"\n"
       "  - id: b\n    type: book\n    source: Library of Congress\n")


def test_a_citecheck_file_in_the_old_spelling_reads_source_beside_footnote_as_printed_and_says_so_once():
    loaded = parse_references(OLD, "refs.yaml")
    [a, b] = loaded.references
    assert (a.printed, a.source, b.printed, b.source) == ("3. T, a.org", None, None, "Library of Congress")
    assert loaded.notices == ("refs.yaml: old spelling: 'source' beside 'footnote' read as 'printed' (the footnote "
                              "as printed) in 1 item; rename the key to 'printed' (CSL's 'source' is the catalogue "
                              "an item came from)",)
    assert loaded.old_spelling == 1


def test_a_file_with_printed_anywhere_is_in_the_new_spelling_and_its_source_is_csl_source():
    loaded = parse_references(OLD + "  - id: c\n    type: book\n    printed: c.\n", "refs.yaml")
    assert [(r.printed, r.source) for r in loaded.references] == [
        (None, "3. T, a.org"), (None, "Library of Congress"), ("c.", None)]
    assert loaded.notices == ()


def test_a_zotero_items_source_is_its_catalogue_and_never_read_as_the_footnote():
    zotero = '[{"id": "http://zotero.org/users/1/items/X", "type": "article-journal", "title": "T", ' \
             '"source": "Taylor and Francis+NEJM"}]'
    for loaded in (parse_references(zotero, "z.json"), csl_json.load(zotero, "z.json")):
        [ref] = loaded.references
        assert (ref.source, ref.printed) == ("Taylor and Francis+NEJM", None)
        assert loaded.notices in ((), [])


def test_an_old_csl_json_export_has_its_footnote_in_custom_and_the_printed_text_in_source():
    old = json.dumps([{"id": "a", "type": "webpage", "source": "3. T", "custom": {"footnote": 3}}])
    result = csl_json.load(old, "old.json")
    [ref] = result.references
    assert (ref.footnote, ref.printed, ref.source) == (3, "3. T", None)
    assert result.notices == ["old.json: old spelling: 'source' beside 'footnote' read as 'printed' (the footnote "
                              "as printed) in 1 item; rename the key to 'printed' (CSL's 'source' is the catalogue "
                              "an item came from)"]
    assert csl_yaml.load("references:\n  - {id: a, type: webpage, footnote: 3, source: '3. T'}\n").references == [ref]


def test_migrated_yaml_renames_only_the_keys_read_as_printed_and_keeps_every_other_byte():
    assert migrated_yaml(OLD) == OLD.replace('    source: "3. T', '    printed: "3. T')
    quoted = "- {id: a, type: webpage, footnote: 1, 'source': x}\n"
    assert migrated_yaml(quoted) == "- {id: a, type: webpage, footnote: 1, printed: x}\n"
    assert migrated_yaml("references:\n  - id: a\n    type: book\n    printed: p\n    footnote: 1\n"
                         "  - id: b\n    type: book\n    footnote: 2\n    source: s\n").endswith("source: s\n")


def test_commands_that_read_the_file_say_the_old_spelling_once_on_stderr(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text(OLD, encoding="utf-8")
    result = CliRunner().invoke(app, ["list", "--file", str(path), "--format", "json"])
    assert result.exit_code == 0
    assert result.stderr.count("old spelling") == 1 and result.stderr.startswith(f"citecheck: {path}: old spelling")
    assert [item.get("printed") for item in json.loads(result.stdout)] == ["3. T, a.org", None]


def test_appending_to_a_file_in_the_old_spelling_migrates_its_keys_so_they_keep_their_meaning(tmp_path):
    path, new = tmp_path / "refs.yaml", tmp_path / "new.json"
    path.write_text(OLD, encoding="utf-8")
    new.write_text('[{"id": "c", "type": "book", "source": "WorldCat", "custom": {"footnote": 4, "printed": "4. C"}}]',
                   encoding="utf-8")  # its 'printed' would turn a's 'source' back into CSL's
    result = CliRunner().invoke(app, ["import", str(new), "-o", str(path), "--append"])
    assert result.exit_code == 0, result.output
    assert f"citecheck: {path}: written in the new spelling: 'source' beside 'footnote' renamed 'printed' in " \
           "1 reference\n" in result.stderr
    refs = parse_references(path.read_text(encoding="utf-8")).references
    assert [(r.id, r.printed, r.source) for r in refs] == [
        ("a", "3. T, a.org", None), ("b", None, "Library of Congress"), ("c", "4. C", "WorldCat")]
    assert path.read_text(encoding="utf-8").startswith("references:\n  - id: a  # mine\n")


def test_validate_reads_the_old_spelling_and_its_printed_footnote_rules_still_run(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references:\n  - id: a\n    type: webpage\n    title: T\n    URL: https://a.org/x\n"
                    "    footnote: 1\n    source: \"The brink, ALASTAIR CROOKE, 27 MAY 24. a.org\"\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert "CC304 warning printed: two-digit year in '27 MAY 24'" in result.stdout
    assert result.stderr.count("old spelling") == 1
