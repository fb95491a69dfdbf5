import tomllib

import pytest

from citecheck.errors import UsageError
from citecheck.load import load_references
from citecheck.starter import STARTER_YAML, add_pyproject_table, write_starter


def test_the_starter_file_loads_as_an_empty_list(tmp_path):
    path = tmp_path / "references.yaml"
    write_starter(path)
    assert path.read_text(encoding="utf-8") == STARTER_YAML
    assert load_references(path).references == []


def test_the_commented_example_is_a_valid_entry_once_uncommented(tmp_path):
    example = STARTER_YAML.split("an entry looks like this:\n#\n", 1)[1].split("references: []")[0]
    path = tmp_path / "example.yaml"
    path.write_text("references:\n" + "".join(line[1:] + "\n" for line in example.splitlines()), encoding="utf-8")
    [ref] = load_references(path).references
    assert (ref.id, ref.type, ref.author[0].family, ref.container_title) == \
        ("smith2024example", "article-newspaper", "Smith", "The Daily Example")


def test_an_existing_file_is_kept_unless_forced(tmp_path):
    path = tmp_path / "references.yaml"
    path.write_text("references: []  # mine\n", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists"):
        write_starter(path)
    assert path.read_text(encoding="utf-8") == "references: []  # mine\n"
    write_starter(path, force=True)
    assert path.read_text(encoding="utf-8") == STARTER_YAML


def test_the_pyproject_table_is_appended_once_and_the_file_kept(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "article"  # keep me\n', encoding="utf-8")
    assert add_pyproject_table(path) is True
    assert add_pyproject_table(path) is False
    text = path.read_text(encoding="utf-8")
    assert text.startswith('[project]\nname = "article"  # keep me\n\n[tool.citecheck]\n')
    assert tomllib.loads(text)["tool"]["citecheck"] == {"select": ["ALL"], "ignore": [], "fail-on": "error"}


def test_the_pyproject_table_takes_its_keys_defaults_and_comments_from_the_settings_schema(tmp_path, monkeypatch):
    from types import MappingProxyType

    from citecheck import settings

    changed = dict(settings.VALIDATE, ignore=settings.Setting(("CC706",), "skip these"),
                   **{"fail-on": settings.Setting("warning", "fail from here")})
    monkeypatch.setattr(settings, "VALIDATE", MappingProxyType(changed))
    path = tmp_path / "pyproject.toml"
    add_pyproject_table(path)
    text = path.read_text(encoding="utf-8")
    assert tomllib.loads(text)["tool"]["citecheck"] == \
        {"select": ["ALL"], "ignore": ["CC706"], "fail-on": "warning"}
    assert 'ignore = ["CC706"]   # skip these\n' in text
    assert text.endswith('fail-on = "warning"  # fail from here\n')


def test_a_pyproject_that_is_not_toml_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[project\n", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid TOML"):
        add_pyproject_table(path)
    assert path.read_text(encoding="utf-8") == "[project\n"
