import json

from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.formats import get
from citecheck.load import load_references

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, list(args))


def test_export_writes_the_format_to_stdout_by_default(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "csl-json")
    assert result.exit_code == 0
    assert result.output == get("csl-json").dump(load_references(data_file).references)
    assert len(json.loads(result.output)) == 16


def test_export_output_writes_the_file_and_prints_nothing(data_file, tmp_path):
    out = tmp_path / "refs.bib"
    result = invoke("export", "-f", str(data_file), "--format", "biblatex", "-o", str(out))
    assert (result.exit_code, result.output) == (0, "")
    assert out.read_text(encoding="utf-8").count("\n@") == 15
    assert [p.name for p in tmp_path.iterdir()] == ["refs.bib"]  # no temporary file left behind


def test_export_id_keeps_only_the_named_references_in_file_order(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "bibtex", "--id", "tass2024responsible",
                    "--id", "friedman2022suddenly")
    assert result.exit_code == 0
    assert [line.split("{")[1] for line in result.output.splitlines() if line.startswith("@")] == \
        ["friedman2022suddenly,", "tass2024responsible,"]


def test_export_of_an_unknown_id_is_a_usage_error_naming_it(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "ris", "--id", "nope")
    assert result.exit_code == 2
    assert result.output.strip().endswith(f"{data_file}: no reference with id 'nope'")


def test_export_ascii_writes_accents_as_latex_escapes(write_refs):
    path = write_refs("references:\n  - {id: a, type: webpage, title: Zoë in Łódź, issued: 2020}\n")
    result = invoke("export", "-f", str(path), "--format", "bibtex", "--ascii")
    assert "  title        = {Zo{\\\"e} in {\\L}{\\'o}d{\\'z}},\n" in result.output


def test_export_needs_a_known_format(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "docx")
    assert result.exit_code == 2


def test_ascii_with_a_format_that_has_no_latex_is_a_usage_error(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "ris", "--ascii")
    assert result.exit_code == 2
    assert result.output.strip() == "citecheck: --ascii applies to --format bibtex and biblatex only"


def test_export_names_the_fields_a_format_has_no_place_for(write_refs, tmp_path):
    path = write_refs("references:\n"
                      "  - {id: a, type: book, title: T, dimensions: 3 cm, status: draft}\n"
                      "  - {id: b, type: book, title: U, dimensions: 4 cm}\n")
    # BibTeX has a field for status (pubstate) but none for dimensions; RIS and wikitext carry both (note lines,
    # the citecheck comment), CSL-JSON everything
    result = invoke("export", "-f", str(path), "--format", "bibtex", "-o", str(tmp_path / "out.bib"))
    assert (result.exit_code, result.output) == (0, "citecheck: bibtex has no place for: dimensions (2)\n")
    for fmt, out in (("ris", "o.ris"), ("wikitext", "o.wiki"), ("csl-json", "o.json")):
        assert invoke("export", "-f", str(path), "--format", fmt, "-o", str(tmp_path / out)).output == "", fmt


def test_export_names_a_field_the_entry_type_has_no_place_for(write_refs, tmp_path):
    path = write_refs("references:\n  - {id: a, type: webpage, title: T, URL: 'https://a.org', volume: 3}\n")
    result = invoke("export", "-f", str(path), "--format", "biblatex", "-o", str(tmp_path / "out.bib"))
    assert (result.exit_code, result.output) == (0, "citecheck: biblatex has no place for: volume (1)\n")


def test_the_format_choices_are_the_formats_with_a_writer(data_file):
    from citecheck import formats

    result = invoke("export", "-f", str(data_file), "--format", "docx")
    names = ", ".join(found.name for found in formats.writers())
    assert names.startswith("bibtex, biblatex, csl-json, csl-yaml, ris, wikitext")
    assert result.output.endswith(f"'docx' is not one of {names}\n")


def test_a_misspelt_format_gets_did_you_mean(data_file):
    result = invoke("export", "-f", str(data_file), "--format", "bibtx")
    assert result.exit_code == 2
    assert result.output.endswith("(did you mean 'bibtex'?)\n")


def test_export_reads_stdin_from_a_dash(data_file, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    piped = runner.invoke(app, ["export", "-", "--format", "ris"], input=data_file.read_text(encoding="utf-8"))
    assert (piped.exit_code, piped.stdout) == (0, invoke("export", "-f", str(data_file), "--format", "ris").stdout)


def test_export_takes_its_format_and_ascii_from_the_settings_and_flags_win(write_refs, tmp_path):
    refs = write_refs("references:\n  - id: a\n    type: book\n    title: Café\n")
    settings = tmp_path / "citecheck.toml"
    settings.write_text('[export]\nformat = "bibtex"\nascii = true\n', encoding="utf-8")
    assert "  title        = {Caf{\\'e}}," in invoke("export", "-f", str(refs)).stdout.splitlines()
    assert "  title        = {Café}," in invoke("export", "-f", str(refs), "--no-ascii").stdout.splitlines()
    as_json = invoke("export", "-f", str(refs), "--format", "csl-json")  # ascii is for the formats that take it
    assert (as_json.exit_code, json.loads(as_json.stdout)[0]["title"]) == (0, "Café")


def test_export_with_no_format_given_or_set_is_one_line_and_exit_2(write_refs, tmp_path, monkeypatch):
    refs = write_refs("references:\n  - id: a\n    type: book\n    title: T\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("export", "-f", str(refs))
    assert (result.exit_code, result.stderr) == (
        2, "citecheck: --format FORMAT is needed (bibtex, biblatex, csl-json, csl-yaml, ris or wikitext), "
           "or export.format in the settings\n")
