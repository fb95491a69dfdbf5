"""Shared fixtures: the bundled data file, temporary reference files, isolated user state."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from helpers import ARTICLE, DATA_FILE, ROOT, require_tool  # noqa: F401 - re-exported for tests

# Property tests draw the same examples on every run (a seed fixed by the test's name): CI passes or fails
# as the last local run did, and a finding is reproduced by rerunning. CITECHECK_EXAMPLES widens a search.
settings.register_profile("citecheck", derandomize=True)
settings.load_profile("citecheck")


@pytest.fixture(autouse=True)
def isolated_user_state(tmp_path_factory, monkeypatch):
    """No test reads the user's CITECHECK_FILE or writes to their cache or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.delenv("CITECHECK_FILE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("NO_COLOR", "1")


@pytest.fixture
def data_file() -> Path:
    return DATA_FILE


@pytest.fixture
def write_refs(tmp_path):
    """Write ``text`` to a references file in a temporary folder and return its path."""

    def write(text: str, name: str = "refs.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
