"""Every command's settings in one schema: found, named by --config, checked with "did you mean"."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from citecheck import settings
from citecheck.cli.app import app
from citecheck.errors import UsageError
from helpers import ROOT

runner = CliRunner()
REFS = "references:\n  - id: a\n    type: book\n    title: A  page\n    URL: https://example.org/a\n"


def readme_settings() -> str:
    """The README's settings snippet, as a reader would copy it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```toml\n(\[tool\.citecheck\]\nselect.*?)```", text, re.DOTALL).group(1)


def test_every_table_has_its_defaults_when_no_file_sets_them():
    none = settings.Settings()
    assert none.of("list") == {"format": "table", "wide": False}
    assert none.of("export") == {"format": None, "ascii": False}
    assert none.of("links")["timeout"] == 10.0


def test_a_misspelt_key_in_a_command_table_gets_did_you_mean_with_its_table(tmp_path):
    path = tmp_path / "citecheck.toml"
    path.write_text('[list]\nformt = "json"\n', encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        settings.read(path)
    assert str(raised.value) == (f"{path}: unknown setting 'list.formt' (did you mean 'list.format'?) "
                                 "(known: format, wide)")


def test_a_misspelt_table_or_key_in_a_pyproject_is_named_as_written_there(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.citecheck.exprt]\nformat = "ris"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown setting 'tool\.citecheck\.exprt' "
                                         r"\(did you mean 'tool\.citecheck\.export'\?\)"):
        settings.read(path)


def test_a_link_key_misspelt_gets_did_you_mean_too(tmp_path):
    path = tmp_path / "citecheck.toml"
    path.write_text("[links]\ntimout = 5\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown setting 'links\.timout' \(did you mean 'links\.timeout'\?\)"):
        settings.read(path)


@pytest.mark.parametrize(("table", "message"), [
    ('[list]\nformat = "jsn"\n', "list.format: 'jsn' is not one of table, json, csv, yaml (did you mean 'json'?)"),
    ('[export]\nformat = "bibtx"\n', "export.format: 'bibtx' is not one of bibtex, biblatex, csl-json, csl-yaml, "
                                     "ris, wikitext (did you mean 'bibtex'?)"),
    ('[export]\nascii = "yes"\n', "export.ascii: expected true or false, got 'yes'"),
    ('list = "json"\n', "list must be a table ([list]), got str"),
])
def test_a_bad_value_is_one_line_naming_the_file_and_key(tmp_path, table, message):
    path = tmp_path / "citecheck.toml"
    path.write_text(table, encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        settings.read(path)
    assert str(raised.value) == f"{path}: {message}"


def test_config_names_one_file_and_skips_the_search(tmp_path):
    (tmp_path / "citecheck.toml").write_text("ignore = []\n", encoding="utf-8")
    chosen = tmp_path / "ci" / "strict.toml"
    chosen.parent.mkdir()
    chosen.write_text('fail-on = "info"\n', encoding="utf-8")
    assert settings.chosen(chosen, tmp_path / "refs.yaml", cwd=tmp_path) == chosen
    assert settings.chosen(None, tmp_path / "refs.yaml", cwd=tmp_path) == tmp_path / "citecheck.toml"


@pytest.mark.parametrize(("make", "message"), [("nothing", "no such file (--config)"),
                                               ("folder", "is a folder, not a settings file (--config)")])
def test_an_absent_config_or_a_folder_is_a_usage_error(tmp_path, make, message):
    path = tmp_path / "strict.toml"
    if make == "folder":
        path.mkdir()
    with pytest.raises(UsageError) as raised:
        settings.chosen(path, None)
    assert str(raised.value) == f"{path}: {message}"


def test_settings_are_looked_for_above_the_references_file_then_above_the_working_folder(tmp_path):
    # Two projects: the references file's has no settings, the working folder's has; then both have.
    refs_project, work_project = tmp_path / "refs", tmp_path / "work"
    for project in (refs_project, work_project):
        (project / ".git").mkdir(parents=True)
        (project / "sub").mkdir()
    (work_project / "citecheck.toml").write_text("ignore = []\n", encoding="utf-8")
    refs = refs_project / "sub" / "references.yaml"
    assert settings.find(refs, cwd=work_project / "sub") == work_project / "citecheck.toml"
    (refs_project / "pyproject.toml").write_text("[tool.citecheck]\nignore = []\n", encoding="utf-8")
    assert settings.find(refs, cwd=work_project / "sub") == refs_project / "pyproject.toml"
    assert settings.find(None, cwd=work_project / "sub") == work_project / "citecheck.toml"  # stdin


@pytest.mark.parametrize("name", ["citecheck.toml", "pyproject.toml"])
def test_the_readmes_settings_snippet_works_pasted_into_either_file(tmp_path, monkeypatch, name):
    (tmp_path / ".git").mkdir()
    (tmp_path / name).write_text(readme_settings(), encoding="utf-8")
    (tmp_path / "references.yaml").write_text(REFS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    validated = runner.invoke(app, ["validate"])
    exported = runner.invoke(app, ["export"])  # no --format: the snippet's export.format
    listed = runner.invoke(app, ["list", "--format", "csv"])
    assert (validated.exit_code, validated.stdout.splitlines()[-1]) == (  # fail-on = "warning"; CC210 ignored
        1, "Found 3 warnings in 1 file (1 fixable with --fix).")
    assert (exported.exit_code, exported.stdout) == (0, runner.invoke(app, ["export", "--format", "biblatex"]).stdout)
    assert (listed.exit_code, listed.stdout.splitlines()[1]) == (0, ",a,book,,A  page,,,https://example.org/a")
    assert settings.load(tmp_path / name, None).link_options() == {"timeout": 10.0, "exclude": ("linkedin\\.com",)}


@pytest.mark.parametrize("table", ['[tool.citecheck]\nignore = []\n', '[tool."citecheck"]\nignore = []\n',
                                   'tool.citecheck.ignore = []\n', '[ tool . citecheck . list ]\nwide = true\n',
                                   '[tool]\nother = 1\ncitecheck = { ignore = [] }\n'])
def test_every_spelling_of_the_pyproject_table_is_found(tmp_path, table):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(table + '[project]\nname = "citecheck"\n', encoding="utf-8")
    assert settings.find(tmp_path / "references.yaml", cwd=tmp_path) == tmp_path / "pyproject.toml"


def test_a_pyproject_with_no_citecheck_table_is_passed_over(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "citecheck"\n[tool.ruff]\nline-length = 120\n',
                                             encoding="utf-8")
    assert settings.find(tmp_path / "references.yaml", cwd=tmp_path) is None
