import pytest

from citecheck.errors import UsageError
from citecheck.load import find_references_file


def test_an_explicit_file_wins(tmp_path, monkeypatch):
    (tmp_path / "mine.yaml").write_text("references: []\n")
    monkeypatch.setenv("CITECHECK_FILE", "elsewhere.yaml")
    assert find_references_file(tmp_path / "mine.yaml") == tmp_path / "mine.yaml"


def test_the_environment_variable_comes_next(tmp_path, monkeypatch):
    (tmp_path / "env.yaml").write_text("references: []\n")
    monkeypatch.setenv("CITECHECK_FILE", str(tmp_path / "env.yaml"))
    assert find_references_file(None) == tmp_path / "env.yaml"


def test_then_references_yaml_then_data_references_yaml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "references.yaml").write_text("references: []\n")
    assert str(find_references_file(None)) == "data/references.yaml"
    (tmp_path / "references.yaml").write_text("references: []\n")
    assert str(find_references_file(None)) == "references.yaml"


def test_a_missing_file_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="nope.yaml: no such file"):
        find_references_file("nope.yaml")
    with pytest.raises(UsageError, match="no references file"):
        find_references_file(None)


def test_a_folder_given_as_the_file_is_named_as_such(tmp_path):
    with pytest.raises(UsageError, match="is a folder, not a references file"):
        find_references_file(tmp_path)


def test_from_a_subfolder_the_references_file_is_found_above(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "references.yaml").write_text("references: []\n", encoding="utf-8")
    deep = tmp_path / "drafts" / "2024"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    assert find_references_file(None) == tmp_path.resolve() / "data" / "references.yaml"


def test_the_search_upwards_stops_at_the_projects_root(tmp_path, monkeypatch):
    (tmp_path / "references.yaml").write_text("references: []\n", encoding="utf-8")
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "src").mkdir()
    monkeypatch.chdir(project / "src")
    with pytest.raises(UsageError, match="no references file"):
        find_references_file(None)
