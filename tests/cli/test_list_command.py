import csv
import io
import json

import yaml
from typer.testing import CliRunner

from citecheck import __version__
from citecheck.cli.app import app
from citecheck.load import parse_references
from citecheck.model import validate_references

runner = CliRunner()


def invoke(*args, **kwargs):
    return runner.invoke(app, list(args), **kwargs)


def test_version_prints_the_package_version():
    result = invoke("--version")
    assert (result.exit_code, result.output) == (0, f"citecheck {__version__}\n")


def test_list_in_a_pipe_prints_a_plain_table_of_all_16(data_file):
    result = invoke("list", "-f", str(data_file))
    lines = result.output.splitlines()
    assert result.exit_code == 0
    assert lines[0].split() == ["#", "id", "authors", "title", "container", "date", "url", "or", "domain"]
    assert len(lines) == 17
    assert lines[6].split()[:2] == ["6", "bhadrakumar2020entente"]
    assert "\x1b[" not in result.output and "┃" not in result.output


def test_list_json_is_csl_json_that_loads_back_into_the_same_model(data_file):
    result = invoke("list", "-f", str(data_file), "--format", "json")
    items = json.loads(result.output)
    original = parse_references(data_file.read_text(encoding="utf-8"), data_file).references
    assert result.exit_code == 0
    assert items[0]["issued"] == {"date-parts": [[2022, 3, 19]]}
    assert validate_references(items) == original


def test_list_yaml_reads_back_as_the_same_references(data_file):
    result = invoke("list", "-f", str(data_file), "--format", "yaml")
    assert list(yaml.safe_load(result.output)) == ["references"]
    assert parse_references(result.output, "out.yaml").references == parse_references(
        data_file.read_text(encoding="utf-8"), data_file).references


def test_list_csv_has_a_header_and_one_row_per_reference(data_file):
    rows = list(csv.DictReader(io.StringIO(invoke("list", "-f", str(data_file), "--format", "csv").output)))
    assert len(rows) == 16
    assert rows[1] == {
        "footnote": "2", "id": "friedman2022suddenly", "type": "article-newspaper", "authors": "Thomas Friedman",
        "title": "We Are Suddenly Taking On China and Russia at the Same Time", "container": "New York Times",
        "date": "2022-10-12", "url": "",
    }


def test_filters_combine_type_search_and_id(data_file):
    def ids(*args):
        return [item["id"] for item in json.loads(invoke("list", "-f", str(data_file), "--format", "json", *args).output)]

    assert ids("--type", "post-weblog") == ["bhadrakumar2020entente"]
    assert ids("--search", "NIXON") == ["stockman2022nixon", "areddy2022fifty"]
    assert ids("--search", "nixon", "--type", "article-newspaper", "--id", "areddy2022fifty") == ["areddy2022fifty"]
    assert ids("--id", "x-building-a-new-world-order", "--id", "tass2024responsible") == [
        "x-building-a-new-world-order", "tass2024responsible"]


def test_the_file_comes_from_the_environment_when_not_given(data_file, monkeypatch):
    monkeypatch.setenv("CITECHECK_FILE", str(data_file))
    assert invoke("list", "--format", "csv").output.count("\n") == 17


def test_a_bad_file_gives_its_problem_lines_on_stderr_and_exit_2(write_refs):
    path = write_refs("references:\n  - id: a\n    type: webpage\n    issued: 2022-02-30\n")
    result = runner.invoke(app, ["list", "-f", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"{path}:4:13: references[0].issued: day is out of range for month\n"
    assert result.stdout == ""


def test_a_missing_file_is_exit_2_with_one_line(tmp_path):
    result = runner.invoke(app, ["list", "-f", str(tmp_path / "nope.yaml")])
    assert (result.exit_code, result.stderr) == (2, f"citecheck: {tmp_path / 'nope.yaml'}: no such file\n")


def test_an_unknown_format_is_a_usage_error():
    assert invoke("list", "--format", "xml").exit_code == 2


def test_a_type_that_is_no_csl_type_or_an_unknown_id_is_a_usage_error(data_file):
    result = runner.invoke(app, ["list", "-f", str(data_file), "--type", "blog"])
    assert (result.exit_code, result.stderr) == (2, "citecheck: --type 'blog' is not a CSL type\n")
    result = runner.invoke(app, ["list", "-f", str(data_file), "--type", "web-page"])
    assert result.stderr == "citecheck: --type 'web-page' is not a CSL type (did you mean 'webpage'?)\n"
    result = runner.invoke(app, ["list", "-f", str(data_file), "--id", "nope"])
    assert (result.exit_code, result.stderr) == (2, f"citecheck: {data_file}: no reference with id 'nope'\n")


def test_the_console_script_registers_only_the_invoked_command(monkeypatch, capsys, data_file):
    from citecheck.cli import app as app_module

    built = []
    real = app_module.build_app
    monkeypatch.setattr(app_module, "build_app", lambda names=None: built.append(names) or real(names))
    monkeypatch.setattr("sys.argv", ["citecheck", "list", "-f", str(data_file), "--format", "csv"])
    try:
        app_module.run()
    except SystemExit as done:
        assert done.code in (0, None)
    assert built == [["list"]]
    assert capsys.readouterr().out.count("\n") == 17


def test_plain_text_cuts_long_titles_but_keeps_the_url_whole(data_file):
    lines = invoke("list", "-f", str(data_file)).output.splitlines()
    joint = next(line for line in lines if line.startswith("14 "))
    assert "Joint Statement of the People's Republic of China and the R…" in joint
    lavrov = next(line for line in lines if line.startswith("1 "))
    assert lavrov.endswith("https://thesaker.is/foreign-minister-sergey-lavrov-leaders-of-russia-management-"
                           "competition-moscow-march-19-2022/")


def test_list_of_a_bibtex_file_says_how_to_import_it(write_refs):
    path = write_refs("@article{a,\n  title = {X},\n}\n", name="library.bib")
    result = invoke("list", "-f", str(path))
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"citecheck: {path}: this looks like bibtex; to use it, import it: citecheck import {path} -o library.yaml")


def test_a_bibtex_file_piped_to_list_validate_or_export_is_told_how_to_import_it_from_stdin():
    hint = "citecheck: <stdin>: this looks like bibtex; to use it, import it: citecheck import - --from bibtex " \
           "-o references.yaml"
    for command in (["list", "-"], ["validate", "-"], ["export", "-", "--format", "ris"]):
        result = invoke(*command, input="@article{a,\n  title = {X},\n}\n")
        assert (result.exit_code, result.stderr.splitlines()[-1]) == (2, hint), command


def test_list_json_keeps_citecheck_fields_beside_csls_indented_by_two(data_file):
    output = invoke("list", "-f", str(data_file), "--format", "json").output
    items = json.loads(output)
    assert output.startswith('[\n  {\n    "id": "lavrov2022leaders",\n    "type": ')
    assert (items[5]["footnote"], items[5]["printed"][:39]) == (6, "Russia-China entente deepens in the sha")
    assert all("custom" not in item for item in items)


def test_a_misspelt_format_gets_did_you_mean(data_file):
    result = invoke("list", "-f", str(data_file), "--format", "jsn")
    assert result.exit_code == 2
    assert "'jsn' is not one of table, json, csv, yaml (did you mean 'json'?)" in result.stderr


def test_wide_on_a_terminal_shows_every_title_whole(data_file, monkeypatch):
    from citecheck.cli import list_command

    monkeypatch.setattr(list_command, "stdout_is_terminal", lambda: True)
    monkeypatch.setenv("COLUMNS", "60")
    result = invoke("list", "-f", str(data_file), "--wide")
    assert result.exit_code == 0
    assert "Foreign Minister Sergey Lavrov: Leaders of Russia management competition" in result.output
