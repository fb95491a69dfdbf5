"""The fuzzing loop: mutate a seed, run a target, keep and minimise what goes wrong.

In-process targets run in a forked worker, so that a segfault or an endless loop in a parser
(a Rust or C extension cannot be interrupted from Python) kills the worker, not the fuzzer: the
case it was on is the finding, and a fresh worker carries on.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import random
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from fuzz.mutators import mutate
from fuzz.seeds import ROOT, Seed
from fuzz.targets import MEMORY_LIMIT_MB, TARGETS, TIME_LIMIT_S, WALL_FACTOR, Finding, Target

#: Where crashes are saved (git-ignored).
CRASH_DIR = ROOT / "fuzz-crashes"
#: Attempts the minimiser may spend on one finding: in-process runs are cheap, commands are not.
MINIMISE_TRIES = {True: 1500, False: 40}


def _peak_mb() -> float:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")  # Linux: start VmHWM again from the current size
    except OSError:
        pass


def _worker(connection, workdir: str) -> None:
    import resource

    from fuzz.targets import ADDRESS_SPACE_CAP

    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
    while True:
        try:
            name, data = connection.recv()
        except EOFError:
            return
        _reset_peak()
        started, cpu = time.monotonic(), time.process_time()
        finding = TARGETS[name].run(data, Path(workdir))
        seconds, megabytes = time.process_time() - cpu, _peak_mb()
        if finding is None and seconds > TIME_LIMIT_S:  # CPU seconds: a niced run on a busy machine waits
            finding = Finding("slow", f"over {TIME_LIMIT_S:.0f} s ({name})",
                              f"{seconds:.1f} s of CPU ({time.monotonic() - started:.1f} s wall)")
        if finding is None and megabytes > MEMORY_LIMIT_MB:
            finding = Finding("memory", f"over {MEMORY_LIMIT_MB} MB ({name})", f"{megabytes:.0f} MB")
        connection.send(finding)


class Runner:
    """Runs one case at a time on a target; in-process targets go to a worker that can die."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self._context = multiprocessing.get_context("fork")
        self._process = None
        self._connection = None

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_worker, args=(child, str(self.workdir)), daemon=True)
        self._process.start()
        child.close()
        self._connection = parent

    def stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._process = None

    def run(self, target: Target, data: bytes) -> Finding | None:
        if not target.in_process:
            return target.run(data, self.workdir)
        if self._process is None:
            self._start()
        self._connection.send((target.name, data))
        if not self._connection.poll(TIME_LIMIT_S * WALL_FACTOR):  # a parser that never returns
            self.stop()
            return Finding("slow", f"no answer in {TIME_LIMIT_S * WALL_FACTOR:.0f} s ({target.name})", "killed")
        try:
            return self._connection.recv()
        except EOFError:  # the worker died: a segfault, or the OS refused it memory
            self._process.join()
            code = self._process.exitcode
            self._process = None
            return Finding("crash", f"worker died with {code} ({target.name})", f"exit code {code}")


def minimise(runner: Runner, target: Target, data: bytes, finding: Finding, budget: int) -> bytes:
    """The smallest input found that still gives the same signature: whole lines removed first (a
    file's structure survives that), then bytes, each time in ever smaller chunks."""
    tries = [0]

    def same(units: list[bytes]) -> bool:
        tries[0] += 1
        again = runner.run(target, b"".join(units))
        return again is not None and again.signature == finding.signature

    lines = _shrink(data.splitlines(keepends=True), same, lambda: tries[0] < budget * 2 // 3)
    return b"".join(_shrink([bytes([b]) for b in b"".join(lines)], same, lambda: tries[0] < budget))


def _shrink(units: list[bytes], same: Callable[[list[bytes]], bool], more: Callable[[], bool]) -> list[bytes]:
    chunk = max(len(units) // 2, 1)
    while chunk >= 1 and more():
        at, shrunk = 0, False
        while at < len(units) and more():
            candidate = units[:at] + units[at + chunk:]
            if same(candidate):
                units, shrunk = candidate, True
            else:
                at += chunk
        if not shrunk:
            chunk //= 2
    return units


def save(finding: Finding, target: Target, data: bytes, note: str, folder: Path = CRASH_DIR) -> Path:
    """``fuzz-crashes/<target>-<hash>.bin`` (the input) beside a ``.txt`` saying what happened."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{target.name}-{hashlib.sha1(finding.signature.encode()).hexdigest()[:10]}"
    (folder / f"{stem}.bin").write_bytes(data)
    (folder / f"{stem}.txt").write_text(f"{finding.kind}: {finding.signature}\n{note}\n\n{finding.detail}\n")
    return folder / f"{stem}.bin"


@dataclass
class Report:
    runs: int = 0
    seconds: float = 0.0
    findings: dict[str, tuple[Finding, str, int]] = field(default_factory=dict)  # signature -> (finding, target, n)

    def add(self, finding: Finding, target: str) -> bool:
        """Count ``finding``; True the first time its signature is seen."""
        seen = self.findings.get(finding.signature)
        self.findings[finding.signature] = (finding, target, (seen[2] if seen else 0) + 1)
        return seen is None

    def summary(self) -> str:
        lines = [f"{self.runs} runs in {self.seconds:.0f} s, {len(self.findings)} distinct findings"]
        for signature, (finding, target, count) in sorted(self.findings.items(), key=lambda kv: kv[1][1]):
            lines.append(f"  {count:5d}x {finding.kind:9s} {target:20s} {signature}")
        return "\n".join(lines)


def fuzz(seeds: list[Seed], targets: Iterable[str], runs: int, seed: int = 0, save_to: Path | None = CRASH_DIR,
         minimise_findings: bool = True, progress: Callable[[Report], None] | None = None,
         seconds: float | None = None) -> Report:
    """``runs`` mutated cases spread over ``targets`` in turn, deterministic for a given ``seed``; stopped
    early after ``seconds`` or on Ctrl-C, with what was found so far."""
    rng = random.Random(seed)
    chosen = [TARGETS[name] for name in targets]
    fed = {t.name: [s for s in seeds if s.format in t.seed_formats] for t in chosen}
    report = Report()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="citecheck-fuzz-") as workdir:
        runner = Runner(Path(workdir))
        try:
            for number in range(runs):
                if seconds is not None and time.monotonic() - started > seconds:
                    break
                target = chosen[number % len(chosen)]
                if not fed[target.name]:
                    continue
                original = rng.choice(fed[target.name])
                data, names = mutate(rng, original.data)
                finding = runner.run(target, data)
                report.runs += 1
                if finding is not None and report.add(finding, target.name) and save_to is not None:
                    small = minimise(runner, target, data, finding, MINIMISE_TRIES[target.in_process]) \
                        if minimise_findings and finding.kind in ("crash", "unlocated") else data
                    save(finding, target, small, f"seed: {original.name}; mutators: {', '.join(names)}", save_to)
                if progress and number % 100 == 99:
                    report.seconds = time.monotonic() - started
                    progress(report)
        except KeyboardInterrupt:
            pass  # the report so far is the answer
        finally:
            runner.stop()
    report.seconds = time.monotonic() - started
    return report
