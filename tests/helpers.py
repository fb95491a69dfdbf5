"""Helpers the tests import: ``from helpers import require_tool, DATA_FILE, ARTICLE``."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA_FILE = ROOT / "data" / "references.yaml"
ARTICLE = ROOT.parent / "shared" / "source" / "sino-russian-entente.txt"


def require_tool(name: str) -> str:
    """The path of an external program; skip when absent, unless CI requires every peer."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CITECHECK_REQUIRE_PEERS"):
        pytest.fail(f"{name} is required in CI (CITECHECK_REQUIRE_PEERS is set) but not installed")
    pytest.skip(f"{name} is not installed (.ci/run installs it)")


#: For tests that read the article itself: it lives in ../shared beside the project (as in CI), not in it.
#: Skipped on a machine without it; in CI, where ../shared is always there, its absence fails the test.
needs_article = pytest.mark.skipif(
    not ARTICLE.exists() and not os.environ.get("CITECHECK_REQUIRE_PEERS"),
    reason="the article lives in ../shared beside the project",
)


def answered_calls(monkeypatch, module, name: str) -> list[bool]:
    """Records, for each call of ``module.name`` from now on, whether it answered anything but None."""
    answered = []
    original = getattr(module, name)

    def recorded(*args, **kwargs):
        answer = original(*args, **kwargs)
        answered.append(answer is not None)
        return answer

    monkeypatch.setattr(module, name, recorded)
    return answered
