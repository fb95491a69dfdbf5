from typer.testing import CliRunner

from citecheck.cli.app import app
from citecheck.starter import STARTER_YAML

runner = CliRunner()


def test_init_writes_the_starter_file_that_list_then_reads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init"])
    assert (result.exit_code, result.stderr) == (0, "citecheck: wrote references.yaml\n")
    assert (tmp_path / "references.yaml").read_text(encoding="utf-8") == STARTER_YAML
    assert runner.invoke(app, ["list"]).exit_code == 0


def test_init_refuses_to_replace_a_file_without_force(tmp_path):
    path = tmp_path / "refs.yaml"
    path.write_text("references: []\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(path)])
    assert (result.exit_code, result.stderr) == (
        2, f"citecheck: {path}: already exists (pass --force to replace it)\n")
    assert path.read_text(encoding="utf-8") == "references: []\n"


def test_init_pyproject_adds_the_settings_table_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = runner.invoke(app, ["init", "--pyproject"])
    second = runner.invoke(app, ["init", "--force", "--pyproject"])
    assert first.stderr.splitlines()[1] == "citecheck: added [tool.citecheck] to pyproject.toml"
    assert second.stderr.splitlines()[1] == "citecheck: kept the [tool.citecheck] of pyproject.toml"
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8").count("[tool.citecheck]") == 1
