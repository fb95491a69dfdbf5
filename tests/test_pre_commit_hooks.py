"""The pre-commit hook definition: its entry runs validate on the file names pre-commit passes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from typer.testing import CliRunner

from citecheck.cli.app import app

HOOKS = Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml"


def _hook():
    (hook,) = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))
    return hook


def test_the_hook_runs_citecheck_validate_on_references_files():
    hook = _hook()
    assert hook["id"] == "citecheck-validate" and hook["entry"] == "citecheck validate"
    assert hook["pass_filenames"] is True and hook["language"] == "python"
    files = re.compile(hook["files"])
    assert files.search("data/references.yaml") and files.search("references.json")
    assert files.search("refs/references-2024.yml")
    assert not files.search("pyproject.toml") and not files.search("docs/references.md")


def test_the_entry_accepts_file_names_appended_by_pre_commit(tmp_path):
    clean = tmp_path / "references.yaml"
    clean.write_text("references:\n  - {id: a, type: webpage, title: A, URL: 'https://example.org/a'}\n")
    bad = tmp_path / "references.json"
    bad.write_text('[{"id": "a", "type": "webpage", "title": "A", "URL": "example.org"}]')
    args = shlex.split(_hook()["entry"])[1:]
    assert CliRunner().invoke(app, args + [str(clean)]).exit_code == 0
    assert CliRunner().invoke(app, args + [str(clean), str(bad)]).exit_code == 1
