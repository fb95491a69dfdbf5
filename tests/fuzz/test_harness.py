"""The fuzzer itself: it finds, minimises and saves what goes wrong, and survives a dying target."""

from __future__ import annotations

import os
import random
import signal
import sys

import pytest

from fuzz import targets as targets_module
from fuzz.harness import fuzz
from fuzz.mutators import MUTATORS, mutate
from fuzz.seeds import Seed
from fuzz.targets import TARGETS, Finding, Target, _check_command, _library

SEED = [Seed("test", "csl-yaml", b"references:\n  - id: a\n    type: book\n    title: Z\n")]


def _crashes_on_z(data: bytes, workdir) -> object:
    if b"Z" in data:
        raise KeyError("Z")
    return None


def _segfaults_on_z(data: bytes, workdir) -> Finding | None:
    if b"Z" in data:
        os.kill(os.getpid(), signal.SIGSEGV)
    return None


@pytest.fixture
def fake_targets(monkeypatch):
    monkeypatch.setitem(TARGETS, "crashes", Target("crashes", ("csl-yaml",), True, _library(_crashes_on_z)))
    monkeypatch.setitem(TARGETS, "segfaults", Target("segfaults", ("csl-yaml",), True, _segfaults_on_z))


def test_a_crash_is_found_saved_and_minimised_to_what_causes_it(fake_targets, tmp_path):
    report = fuzz(SEED, ["crashes"], 30, seed=1, save_to=tmp_path)
    [(signature, (finding, target, count))] = report.findings.items()
    assert (finding.kind, target, signature.startswith("KeyError at ?")) == ("crash", "crashes", True)
    [saved] = tmp_path.glob("crashes-*.bin")
    assert saved.read_bytes() == b"Z"
    assert "KeyError: 'Z'" in saved.with_suffix(".txt").read_text()


def test_a_target_that_kills_its_process_is_a_finding_and_the_run_goes_on(fake_targets, tmp_path):
    report = fuzz(SEED, ["segfaults"], 20, seed=1, save_to=tmp_path)
    assert report.runs == 20
    assert list(report.findings) == [f"worker died with {-signal.SIGSEGV} (segfaults)"]
    assert [p.read_bytes() for p in tmp_path.glob("*.bin")] == [b"Z"]


def test_the_same_seed_gives_the_same_run():
    first = [mutate(random.Random(7), SEED[0].data) for _ in range(20)]
    again = [mutate(random.Random(7), SEED[0].data) for _ in range(20)]
    assert first == again


@pytest.mark.parametrize("name", sorted(MUTATORS))
def test_every_mutator_changes_its_input_for_some_seed(name):
    data = SEED[0].data + b"    issued: 2022\n"
    assert any(MUTATORS[name](random.Random(n), data) != data for n in range(20))


@pytest.mark.parametrize("code, stderr, kind", [
    (1, "Traceback (most recent call last):\n  File \"/x/citecheck/a.py\", line 3, in f\nValueError: no\n", "crash"),
    (3, "", "crash"),
    (-9, "", "crash"),
    (2, "citecheck: something without a place\n", "unlocated"),
    (2, "{path}:1:1: a problem\n  in \"<unicode string>\", position 52\n", "unlocated"),
    (2, "elsewhere.yaml:3:4: a problem\n", "unlocated"),
])
def test_a_command_result_is_judged_by_its_exit_status_and_stderr(tmp_path, code, stderr, kind):
    path = tmp_path / "fuzz.yaml"
    finding = _check_command(["list"], path, code, stderr.replace("{path}", str(path)))
    assert finding is not None and finding.kind == kind


@pytest.mark.parametrize("code, stderr", [
    (0, ""), (1, ""), (2, "{path}:3:4: references[0].id: must not be empty\n"),
    (2, "{path}:1:1: no references found in this file\ncitecheck: {path}: this looks like bibtex; import it\n"),
])
def test_a_clean_or_located_result_is_no_finding(tmp_path, code, stderr):
    path = tmp_path / "fuzz.yaml"
    assert _check_command(["list"], path, code, stderr.replace("{path}", str(path))) is None


def test_a_command_over_the_time_limit_is_killed(tmp_path, monkeypatch):
    monkeypatch.setattr(targets_module, "TIME_LIMIT_S", 0.5)
    code, _, seconds, megabytes = targets_module.run_command(
        ["-c", "import time; time.sleep(30)"], tmp_path, program=[sys.executable])
    assert (code, seconds < 10, megabytes > 0) == (-signal.SIGKILL, True, True)
