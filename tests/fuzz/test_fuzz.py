"""The short fuzzing run of the test suite: every reader survives a hundred or more damaged files.

Deterministic (a fixed seed per target), about 40 s in all on a quiet machine (at most 60 s). The long
run, and the command targets, are run by hand: ``python tests/fuzz/run.py`` (README.md, Fuzzing).
"""

from __future__ import annotations

import os

import pytest

from fuzz.harness import fuzz
from fuzz.seeds import CORPUS, all_seeds
from fuzz.targets import SUITE_TARGETS, TARGETS

#: Runs per target: enough for every mutator to hit every seed kind, within the suite's budget.
RUNS = {"load-yaml": 300, "load-json": 300, "list": 150, "validate": 120, "import-csl-yaml": 120,
        "import-csl-json": 120, "import-bibtex": 120, "import-biblatex": 120, "import-ris": 120, "import-wikitext": 100,
        "import-text": 120, "cli-list": 8}


@pytest.fixture(scope="module")
def seeds():
    found = all_seeds()
    if not CORPUS.is_dir() and (os.environ.get("CITECHECK_REQUIRE_PEERS") or os.environ.get("CI")):
        pytest.fail(f"the shared corpus is required in CI and missing: {CORPUS}")
    return found


def test_every_suite_target_has_a_budget_here():
    assert set(RUNS) == set(SUITE_TARGETS) and set(SUITE_TARGETS) <= set(TARGETS)


@pytest.mark.parametrize("target", SUITE_TARGETS)
def test_a_fixed_target_survives_its_short_run(seeds, target, tmp_path):
    fed = [seed for seed in seeds if seed.format in TARGETS[target].seed_formats]
    assert fed, f"no seeds for {target}"
    report = fuzz(seeds, [target], RUNS[target], seed=15, save_to=tmp_path)
    assert report.runs == RUNS[target]
    assert not report.findings, report.summary() + "".join(
        f"\n\n{path.name}:\n{path.read_text()[:3000]}" for path in sorted(tmp_path.glob("*.txt")))
