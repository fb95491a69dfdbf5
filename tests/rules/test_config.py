"""Project config: found next to the references file or in cwd; select, ignore, severities, fail-on."""

from __future__ import annotations

import pytest

from citecheck.rules.config import Config, find_config, load_config
from citecheck.errors import UsageError
from citecheck.rules import get
from citecheck.rules.base import Severity


def test_pyproject_table_next_to_the_references_file_wins_over_cwd(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    refs = tmp_path / "data" / "refs.yaml"
    refs.write_text("references: []\n")
    (tmp_path / "data" / "pyproject.toml").write_text('[tool.citecheck]\nignore = ["CC7"]\n')
    (tmp_path / "citecheck.toml").write_text('ignore = ["CC1"]\n')
    monkeypatch.chdir(tmp_path)
    assert find_config(refs) == tmp_path / "data" / "pyproject.toml"
    assert find_config(None) == tmp_path / "citecheck.toml"


def test_a_pyproject_without_a_citecheck_table_is_not_a_config(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tmp_path / "refs.yaml", cwd=tmp_path) is None


def test_prefixes_select_ignore_and_set_severity(tmp_path):
    path = tmp_path / "citecheck.toml"
    path.write_text('select = ["CC2", "CC401"]\nignore = ["CC21"]\nfail-on = "warning"\n'
                    '[severity]\nCC2 = "info"\nCC201 = "warning"\n')
    config = load_config(path)
    codes = [r.code for r in config.rules()]
    assert codes[0] == "CC201" and "CC210" not in codes and codes[-1] == "CC401"
    assert config.severity_of(get("CC201")) is Severity.WARNING
    assert config.severity_of(get("CC202")) is Severity.INFO
    assert config.severity_of(get("CC401")) is Severity.ERROR
    assert config.fail_on is Severity.WARNING


def test_command_line_select_replaces_and_ignore_adds():
    config = Config(select=("CC1",), ignore=("CC101",)).with_options(["cc2,CC3"], ["CC301"])
    assert config.select == ("CC2", "CC3") and config.ignore == ("CC101", "CC301")


@pytest.mark.parametrize(("text", "message"), [
    ('colour = "red"\n', "unknown setting 'colour'"),
    ('select = ["CC9"]\n', "no rule matches 'CC9'"),
    ('[severity]\nCC101 = "loud"\n', "expected error, warning or info, got 'loud'"),
    ("select = [\n", "citecheck.toml"),
])
def test_bad_settings_are_usage_errors_naming_the_file(tmp_path, text, message):
    path = tmp_path / "citecheck.toml"
    path.write_text(text)
    with pytest.raises(UsageError, match=message.replace("[", r"\[")):
        load_config(path)


def test_per_file_ignores_add_to_ignore_for_the_files_their_glob_matches(tmp_path):
    settings = tmp_path / "citecheck.toml"
    settings.write_text('[per-file-ignores]\n"drafts/*.yaml" = ["CC3"]\n"old.json" = ["CC110"]\n', encoding="utf-8")
    config = load_config(settings)
    assert config.for_file(tmp_path / "drafts" / "a.yaml").ignore == ("CC3",)
    assert config.for_file(tmp_path / "sub" / "old.json").ignore == ("CC110",)  # a bare name matches anywhere
    assert config.for_file(tmp_path / "a.yaml").ignore == ()


def test_per_file_ignores_name_known_codes(tmp_path):
    settings = tmp_path / "citecheck.toml"
    settings.write_text('[per-file-ignores]\n"*.yaml" = ["CC999"]\n', encoding="utf-8")
    with pytest.raises(UsageError, match="per-file-ignores.\\*.yaml: no rule matches 'CC999'"):
        load_config(settings)


def test_the_readmes_tool_citecheck_table_works_pasted_into_citecheck_toml(tmp_path):
    from citecheck.rules.config import load_config

    path = tmp_path / "citecheck.toml"
    path.write_text('[tool.citecheck]\nignore = ["CC706"]\nfail-on = "warning"\n', encoding="utf-8")
    config = load_config(path)
    assert (config.ignore, config.fail_on.value) == (("CC706",), "warning")


def test_settings_are_found_in_a_folder_above_up_to_the_projects_root(tmp_path):
    from citecheck.rules.config import find_config

    (tmp_path / "citecheck.toml").write_text("ignore = []\n", encoding="utf-8")
    project = tmp_path / "project"
    (project / ".git").mkdir(parents=True)
    (project / "drafts").mkdir()
    (project / "pyproject.toml").write_text("[tool.citecheck]\nignore = []\n", encoding="utf-8")
    refs = project / "drafts" / "refs.yaml"
    assert find_config(refs, cwd=project / "drafts") == project / "pyproject.toml"
    (project / "pyproject.toml").unlink()
    assert find_config(refs, cwd=project / "drafts") is None  # the root's .git ends the search


def test_a_misspelt_setting_gets_did_you_mean(tmp_path):
    import pytest

    from citecheck.errors import UsageError
    from citecheck.rules.config import load_config

    path = tmp_path / "citecheck.toml"
    path.write_text('ignre = ["CC706"]\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"unknown setting 'ignre' \(did you mean 'ignore'\?\)"):
        load_config(path)
