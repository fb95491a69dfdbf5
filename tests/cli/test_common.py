import pytest
import typer

from citecheck.cli.common import completes, one_of


def test_one_of_passes_a_known_choice_and_lists_of_them():
    check = one_of(("json", "yaml"))
    assert check("json") == "json"
    assert check(["json", "yaml"]) == ["json", "yaml"]
    assert check(None) is None


def test_one_of_refuses_an_unknown_choice_with_did_you_mean():
    with pytest.raises(typer.BadParameter) as raised:
        one_of(("bibtex", "biblatex", "ris"))("bibtx")
    assert str(raised.value) == "'bibtx' is not one of bibtex, biblatex, ris (did you mean 'bibtex'?)"


def test_choices_may_be_read_when_needed():
    assert completes(lambda: ("csl-json", "csl-yaml", "ris"))("csl") == ["csl-json", "csl-yaml"]


# -- `-` for stdin and --config, as every command that reads a references file takes them (list shows them)

from typer.testing import CliRunner  # noqa: E402

from citecheck.cli.app import app  # noqa: E402

runner = CliRunner()
ONE = "references:\n  - id: a\n    type: webpage\n    title: A page\n    URL: https://example.org/a\n"


def test_a_dash_reads_the_references_from_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["list", "-", "--format", "csv"], input=ONE)
    assert (result.exit_code, result.stdout.splitlines()[1]) == (0, ",a,webpage,,A page,,,https://example.org/a")
    assert runner.invoke(app, ["list", "-f", "-", "--format", "csv"], input=ONE).stdout == result.stdout


def test_a_problem_on_stdin_is_located_at_stdin_and_exits_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["list", "-"], input=ONE.replace("webpage", "webpgae"))
    assert (result.exit_code, result.stderr) == (
        2, "<stdin>:3:11: references[0].type: unknown CSL type 'webpgae' (did you mean 'webpage'?)\n")


def test_add_to_stdin_is_one_line_and_exit_2():
    result = runner.invoke(app, ["add", "-f", "-", "--type", "book", "--title", "T"], input=ONE)
    assert (result.exit_code, result.stderr) == (
        2, "citecheck: add writes the file back, which stdin (-) cannot be: pass the file's path\n")


def test_list_takes_its_format_from_the_settings_and_a_flag_wins(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "references.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text('[list]\nformat = "csv"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["list"]).stdout.startswith("footnote,id,type,")
    assert runner.invoke(app, ["list", "--format", "json"]).stdout.startswith("[\n")
    assert runner.invoke(app, ["list", "-"], input=ONE).stdout.startswith("footnote,id,")  # the working folder's


def test_config_picks_one_settings_file_instead_of_the_nearest(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "references.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "citecheck.toml").write_text('[list]\nformat = "csv"\n', encoding="utf-8")
    (tmp_path / "other.toml").write_text('[tool.citecheck.list]\nformat = "yaml"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["list", "--config", "other.toml"]).stdout.startswith("references:\n- id: a\n")


def test_an_absent_config_or_a_bad_key_in_it_is_one_line_and_exit_2(tmp_path, monkeypatch):
    (tmp_path / "references.yaml").write_text(ONE, encoding="utf-8")
    (tmp_path / "bad.toml").write_text("[list]\nwdie = true\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    absent = runner.invoke(app, ["list", "--config", "nope.toml"])
    bad = runner.invoke(app, ["list", "--config", "bad.toml"])
    assert (absent.exit_code, absent.stderr) == (2, "citecheck: nope.toml: no such file (--config)\n")
    assert (bad.exit_code, bad.stderr) == (
        2, "citecheck: bad.toml: unknown setting 'list.wdie' (did you mean 'list.wide'?) (known: format, wide)\n")


def test_a_file_argument_and_a_different_file_option_are_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["list", "a.yaml", "-f", "b.yaml"])
    assert (result.exit_code, result.stderr) == (2, "citecheck: two references files: a.yaml and --file b.yaml; give one\n")
