from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.formats import get
from citecheck.load import load_references, parse_references

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args))


def exported(data_file, tmp_path, fmt, name):
    path = tmp_path / name
    path.write_text(get(fmt).dump(load_references(data_file).references), encoding="utf-8")
    return path


def test_import_guesses_the_format_and_prints_csl_yaml_citecheck_reads(data_file, tmp_path):
    for fmt, name in [("biblatex", "a.bib"), ("bibtex", "b.bibtex"), ("ris", "c.ris"), ("csl-json", "d.json"),
                      ("wikitext", "e.wiki"), ("csl-yaml", "f.yaml")]:
        result = invoke("import", str(exported(data_file, tmp_path, fmt, name)))
        assert result.exit_code == 0, fmt
        refs = parse_references(result.output, "stdout.yaml").references
        assert [r.id for r in refs] == [r.id for r in load_references(data_file).references], fmt


def test_an_unparseable_entry_is_reported_with_its_line_and_the_rest_imports_with_exit_1(data_file, tmp_path):
    path = exported(data_file, tmp_path, "biblatex", "refs.bib")
    lines = path.read_text(encoding="utf-8").count("\n")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("@misc{broken, title = {unbalanced }\n")
    out = tmp_path / "out.yaml"
    result = invoke("import", str(path), "-o", str(out))
    assert result.exit_code == 1
    assert result.output == f"{path}:{lines + 1}:1: skipped: cannot parse @misc{{broken: Unexpectedly reached end of file.\n"
    assert len(load_references(out).references) == 16


def test_a_file_with_nothing_usable_exits_2_with_one_line(tmp_path):
    path = tmp_path / "junk.bib"
    path.write_text("not bibtex at all\n", encoding="utf-8")
    result = invoke("import", str(path))
    assert (result.exit_code, result.output) == (2, f"{path}:1:1: no references found in this file\n")


def test_from_overrides_the_guess_and_an_unknown_format_is_a_usage_error(data_file, tmp_path):
    path = exported(data_file, tmp_path, "ris", "refs.txt")
    assert invoke("import", str(path), "--from", "ris").exit_code == 0
    result = invoke("import", str(path), "--from", "docx")
    assert result.exit_code == 2
    assert "unknown format 'docx'" in result.output


def test_append_refuses_ids_already_in_the_file_unless_rename(data_file, tmp_path):
    target = tmp_path / "references.yaml"
    target.write_text(data_file.read_text(encoding="utf-8"), encoding="utf-8")
    source = exported(data_file, tmp_path, "ris", "refs.ris")
    refused = invoke("import", str(source), "-o", str(target), "--append")
    assert refused.exit_code == 2
    assert refused.output.startswith(f"{source}:1:1: duplicate id 'lavrov2022leaders' (already in {target}); ")
    assert target.read_text(encoding="utf-8") == data_file.read_text(encoding="utf-8")
    renamed = invoke("import", str(source), "-o", str(target), "--append", "--rename")
    assert renamed.exit_code == 0
    refs = load_references(target).references
    assert len(refs) == 32 and refs[16].id == "lavrov2022leaders-2"
    assert target.read_text(encoding="utf-8").startswith(data_file.read_text(encoding="utf-8"))  # comments kept


def test_output_to_an_existing_file_without_append_is_refused(data_file, tmp_path):
    target = tmp_path / "references.yaml"
    target.write_text("references: []\n", encoding="utf-8")
    result = invoke("import", str(exported(data_file, tmp_path, "ris", "r.ris")), "-o", str(target))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "references: []\n"


def test_append_to_an_empty_list_fills_it(data_file, tmp_path):
    target = tmp_path / "references.yaml"
    target.write_text("# mine\nreferences: []\n", encoding="utf-8")
    result = invoke("import", str(exported(data_file, tmp_path, "ris", "r.ris")), "-o", str(target), "--append")
    assert result.exit_code == 0
    assert len(load_references(target).references) == 16
    assert target.read_text(encoding="utf-8").startswith("# mine\nreferences:\n")


def test_append_works_when_the_list_is_not_last_or_is_written_in_flow_style(data_file, tmp_path):
    source = exported(data_file, tmp_path, "ris", "r.ris")
    for text in ("# mine\nreferences:\n  - id: x  # kept\n    type: webpage\nnotes: the list is not last\n",
                 "references: [{id: x, type: webpage}]  # flow\n"):
        target = tmp_path / "references.yaml"
        target.write_text(text, encoding="utf-8")
        result = invoke("import", str(source), "-o", str(target), "--append")
        assert result.exit_code == 0, result.output
        written = target.read_text(encoding="utf-8")
        assert [ref.id for ref in load_references(target).references][:2] == ["x", "lavrov2022leaders"]
        assert len(load_references(target).references) == 17
        assert ("# kept" in written and "notes: the list is not last" in written) or "# flow" in written


def test_output_ending_in_json_writes_a_json_references_file(data_file, tmp_path):
    out = tmp_path / "refs.json"
    result = invoke("import", str(exported(data_file, tmp_path, "biblatex", "a.bib")), "-o", str(out))
    assert result.exit_code == 0
    loaded = load_references(out)
    assert loaded.format == "json"
    assert [r.footnote for r in loaded.references] == list(range(1, 17))


def test_a_byte_order_mark_is_dropped_and_bytes_that_are_not_utf8_text_exit_2_naming_where(tmp_path):
    entry = "@misc{caf\u00e9, title = {Caf\u00e9}}\n"
    path = tmp_path / "refs.bib"
    path.write_bytes(b"\xef\xbb\xbf" + entry.encode())
    result = invoke("import", str(path))
    assert result.exit_code == 0
    assert "id: café\n" in result.output and "title: Café\n" in result.output
    for data, problem in [(entry.encode() + b"\xff\n", "2:1: not valid UTF-8 (byte 0xff); save the file as UTF-8"),
                          (b"\n" + entry.encode() + b"x\x00", "3:2: binary data (NUL byte), not a text file")]:
        path.write_bytes(data)
        result = invoke("import", str(path))
        assert (result.exit_code, result.output) == (2, f"{path}:{problem}\n")


def test_append_to_a_crlf_file_keeps_its_line_endings(data_file, tmp_path):
    target = tmp_path / "references.yaml"
    target.write_bytes(b"# mine\r\nreferences:\r\n  - id: x\r\n    type: webpage\r\n")
    result = invoke("import", str(exported(data_file, tmp_path, "ris", "r.ris")), "-o", str(target), "--append")
    assert result.exit_code == 0, result.output
    written = target.read_bytes()
    assert written.startswith(b"# mine\r\nreferences:\r\n  - id: x\r\n") and b"\n" not in written.replace(b"\r\n", b"")
    assert len(load_references(target).references) == 17


def test_from_an_export_only_format_is_refused_in_one_line(data_file, monkeypatch):
    from citecheck import formats

    export_only = formats.Format(name="html", carries=formats.EVERYTHING, writer="citecheck.formats.ris:dump_chunks")
    monkeypatch.setattr(formats, "REGISTRY", formats.REGISTRY + (export_only,))
    result = invoke("import", str(data_file), "--from", "html")
    readers = ", ".join(found.name for found in formats.readers())
    assert readers.startswith("bibtex, biblatex, csl-json, csl-yaml, ris, wikitext") and "html" not in readers
    assert (result.exit_code, result.output) == (
        2, f"citecheck: html can be exported but not imported; choose one of {readers}\n")


def test_a_reader_only_format_registered_is_read_by_its_suffix_and_by_from(tmp_path, monkeypatch):
    from citecheck import formats

    notes = formats.Format(name="notes", suffixes=(".notes",), carries=formats.EVERYTHING,
                           reader="citecheck.formats.ris:load")
    monkeypatch.setattr(formats, "REGISTRY", formats.REGISTRY + (notes,))
    path = tmp_path / "mine.notes"
    path.write_text("TY  - ELEC\r\nID  - a\r\nTI  - T\r\nER  - \r\n", encoding="utf-8")
    for args in ([], ["--from", "notes"]):
        result = invoke("import", str(path), *args)
        assert (result.exit_code, result.output) == (0, "---\nreferences:\n- id: a\n  type: webpage\n  title: T\n")


def test_from_a_format_the_content_plainly_is_not_is_one_line_naming_both(tmp_path):
    path = tmp_path / "library.bib"
    path.write_text("@article{a,\n  title = {X},\n}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(path), "--from", "ris"])
    assert (result.exit_code, result.stderr) == (
        2, f"{path}:1:1: this looks like bibtex, not ris; drop --from to read it as bibtex\n")
    assert CliRunner().invoke(app, ["import", str(path), "--from", "biblatex"]).exit_code == 0


NOTES = ("Some article text.\n\nNotes\n\n"
         "1. Russia-China entente deepens, BY M. K. BHADRAKUMAR, Indian Punchline, MAY 2, 2020. "
         "www.indianpunchline.com\n"
         "2. " + "word " * 500 + "\n")  # too long for the tagger: imported as printed, and it needs a look


def test_printed_footnotes_are_read_with_one_line_naming_those_that_need_a_look(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 1  # footnote 2 was imported with its printed text only: reported
    assert result.stderr.splitlines()[0] == "citecheck: 1 of 2 footnotes need a look: 2"
    refs = parse_references(result.stdout).references
    assert [(ref.footnote, ref.title) for ref in refs][0] == (1, "Russia-China entente deepens")
    lines = result.stdout.splitlines()
    marks = [(line, lines[i + 1]) for i, line in enumerate(lines) if line.startswith("# ")]
    assert marks == [("# needs a look: footnote 2 (not parsed)", f"- id: {refs[1].id}")]


def test_the_needs_a_look_marks_follow_renamed_ids_into_an_appended_file(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(NOTES, encoding="utf-8")
    first = runner.invoke(app, ["import", str(path), "-o", str(tmp_path / "refs.yaml")])
    again = runner.invoke(app, ["import", str(path), "-o", str(tmp_path / "refs.yaml"), "--append", "--rename"])
    assert (first.exit_code, again.exit_code) == (1, 1)
    text = (tmp_path / "refs.yaml").read_text(encoding="utf-8")
    refs = load_references(tmp_path / "refs.yaml").references
    assert len(refs) == 4
    lines = text.splitlines()
    marked = [lines[i + 1] for i, line in enumerate(lines) if line.startswith("# needs a look: footnote 2")]
    assert marked == [f"- id: {refs[1].id}", f"- id: {refs[3].id}"] and refs[3].id.endswith("-2")


def test_explain_prints_each_footnotes_words_and_labels_and_is_refused_for_other_formats(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(NOTES, encoding="utf-8")
    result = runner.invoke(app, ["import", str(path), "--explain"])
    assert "footnote 1 (line 5" in result.stderr and "BHADRAKUMAR" in result.stderr
    bib = tmp_path / "library.bib"
    bib.write_text("@book{a, title={X}}\n", encoding="utf-8")
    refused = runner.invoke(app, ["import", str(bib), "--explain"])
    assert (refused.exit_code, refused.stderr) == (
        2, f"citecheck: --explain applies to --from text only; {bib} is read as bibtex\n")


def test_import_reads_stdin_from_a_dash_named_stdin_in_messages(data_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    bib = invoke("export", "-f", str(data_file), "--format", "bibtex").stdout
    piped = runner.invoke(app, ["import", "-", "--from", "bibtex"], input=bib)
    guessed = runner.invoke(app, ["import", "-"], input=bib)
    wrong = runner.invoke(app, ["import", "-", "--from", "ris"], input=bib)
    assert piped.exit_code == 0 and len(parse_references(piped.stdout).references) == 16
    assert guessed.stdout == piped.stdout
    assert (wrong.exit_code, wrong.stderr) == (
        2, "<stdin>:1:1: this looks like bibtex, not ris; drop --from to read it as bibtex\n")


ZOTERO = '[{"id": "a", "type": "book", "title": "A, second edition", "publisher": "P"}, {"id": "b", "type": "book"}]'
MINE = "# mine\nreferences:\n  - id: a  # keep me\n    type: book\n    title: A\n    footnote: 3\n    printed: 3. A.\n"


def _files(tmp_path, target_text=MINE):
    new, target = tmp_path / "zotero.json", tmp_path / "references.yaml"
    new.write_text(ZOTERO, encoding="utf-8")
    target.write_text(target_text, encoding="utf-8")
    return new, target


def test_on_duplicate_error_is_the_default_and_changes_nothing(tmp_path):
    new, target = _files(tmp_path)
    result = invoke("import", str(new), "-o", str(target), "--append")
    assert (result.exit_code, result.stderr) == (
        2, f"{new}:1:1: duplicate id 'a' (already in {target}); pass --on-duplicate skip, update or rename\n")
    assert target.read_text(encoding="utf-8") == MINE


def test_on_duplicate_skip_leaves_the_clash_out_and_names_it(tmp_path):
    new, target = _files(tmp_path)
    result = invoke("import", str(new), "-o", str(target), "--append", "--on-duplicate", "skip")
    assert (result.exit_code, result.stderr) == (0, f"citecheck: {target}: skipped (id already in use): 1 reference: a\n")
    assert target.read_text(encoding="utf-8") == MINE + "\n  - id: b\n    type: book\n"


def test_on_duplicate_update_edits_the_changed_fields_in_place_keeping_citechecks_own(tmp_path):
    new, target = _files(tmp_path)
    result = invoke("import", str(new), "-o", str(target), "--append", "--on-duplicate", "update")
    assert (result.exit_code, result.stderr) == (0, f"citecheck: {target}: updated: 1 reference: a\n")
    assert target.read_text(encoding="utf-8") == (
        "# mine\nreferences:\n  - id: a  # keep me\n    type: book\n    title: A, second edition\n    footnote: 3\n"
        "    printed: 3. A.\n    publisher: P\n\n  - id: b\n    type: book\n")


def test_on_duplicate_rename_and_the_old_rename_flag_give_the_next_free_id(tmp_path):
    for flags in (["--on-duplicate", "rename"], ["--rename"]):
        new, target = _files(tmp_path)
        assert invoke("import", str(new), "-o", str(target), "--append", *flags).exit_code == 0
        assert [r.id for r in load_references(target).references] == ["a", "a-2", "b"]
    result = invoke("import", str(new), "-o", str(target), "--append", "--on-duplicate", "merge")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, "Error: Invalid value for '--on-duplicate': 'merge' is not one of error, skip, update, rename")
    result = invoke("import", str(new), "-o", str(target), "--append", "--on-duplicate", "updat")
    assert result.stderr.splitlines()[-1].endswith("(did you mean 'update'?)")


def test_append_to_a_missing_target_creates_it_and_says_so(tmp_path):
    new, _ = _files(tmp_path)
    target = tmp_path / "new.yaml"
    result = invoke("import", str(new), "-o", str(target), "--append")
    assert (result.exit_code, result.stderr) == (0, f"citecheck: {target}: created (it did not exist)\n")
    assert [r.id for r in load_references(target).references] == ["a", "b"]


def test_force_overwrites_an_existing_target_and_without_it_one_line_exit_2(tmp_path):
    new, target = _files(tmp_path)
    refused = invoke("import", str(new), "-o", str(target))
    assert (refused.exit_code, refused.stderr) == (
        2, f"citecheck: {target} exists; pass --append to add to it, or --force to overwrite it\n")
    assert target.read_text(encoding="utf-8") == MINE
    forced = invoke("import", str(new), "-o", str(target), "--force")
    assert (forced.exit_code, forced.stderr) == (0, "")
    assert [r.id for r in load_references(target).references] == ["a", "b"]
    both = invoke("import", str(new), "-o", str(target), "--force", "--append")
    assert (both.exit_code, both.stderr) == (
        2, "citecheck: --append adds to the -o file and --force replaces it: choose one\n")


def test_appended_items_are_laid_out_like_the_file_they_join(tmp_path):
    hand = ('references:\n    -   id: "x"\n        type: "book"\n        title: "X"\n        author:\n'
            '            -   family: "Y"\n')
    new, target = _files(tmp_path, hand)
    assert invoke("import", str(new), "-o", str(target), "--append").exit_code == 0
    assert target.read_text(encoding="utf-8") == hand + (
        '\n    -   id: "a"\n        type: "book"\n        title: "A, second edition"\n        publisher: "P"\n'
        '    -   id: "b"\n        type: "book"\n')


def test_update_into_a_json_target_rewrites_it_as_json_with_the_merged_reference(tmp_path):
    new, _ = _files(tmp_path)
    target = tmp_path / "refs.json"
    target.write_text('[{"id": "a", "type": "book", "title": "A", "footnote": 3}]', encoding="utf-8")
    result = invoke("import", str(new), "-o", str(target), "--append", "--on-duplicate", "update")
    assert result.exit_code == 0, result.output
    assert [r.to_csl() for r in load_references(target).references] == [
        {"id": "a", "type": "book", "title": "A, second edition", "publisher": "P", "footnote": 3},
        {"id": "b", "type": "book"}]


def test_a_clash_within_the_imported_file_follows_on_duplicate_on_stdout_too(tmp_path):
    path = tmp_path / "twice.json"
    path.write_text('[{"id": "a", "type": "book", "title": "1"}, {"id": "a", "type": "book", "title": "2"}]',
                    encoding="utf-8")
    skipped = invoke("import", str(path), "--on-duplicate", "skip")
    assert (skipped.exit_code, skipped.stderr) == (0, f"citecheck: {path}: skipped (id already in use): 1 reference: a\n")
    assert "title: '1'" in skipped.stdout and "'2'" not in skipped.stdout
    assert invoke("import", str(path)).exit_code == 2
