"""What the fuzzer feeds damaged files to, and what counts as going wrong.

In-process targets call the library (fast: thousands of runs a minute); command targets run
``citecheck`` in a subprocess, where a traceback, an exit status other than 0/1/2, an input error
without ``file:line:col``, more than 10 s or more than 1 GB is a finding.

Seconds are CPU seconds (user + system) of the run: the fuzzer runs niced on a shared machine, where
a run's wall time is mostly its wait for a core. A run gets three times the limit of wall time before it
is killed (a parser that never returns).
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: What makes a run a finding: the issue's bar (10 s, 1 GB).
TIME_LIMIT_S = 10.0
#: Wall time past which a run is killed and is a finding, whatever its CPU time.
WALL_FACTOR = 3
MEMORY_LIMIT_MB = 1024
#: The address space a run may reserve before the OS refuses it (a guard for the machine, above the bar).
ADDRESS_SPACE_CAP = 6 << 30
#: The formats ``import`` reads, with the suffix its file is given.
IMPORT_SUFFIXES = {"csl-yaml": ".yaml", "csl-json": ".json", "bibtex": ".bib", "biblatex": ".bib",
                   "ris": ".ris", "wikitext": ".wiki", "text": ".txt"}
_LOCATED = re.compile(r"^(?P<path>.+?):\d+:\d+: ")


@dataclass(frozen=True)
class Finding:
    kind: str  # crash, slow, memory, unlocated
    signature: str  # one line: what went wrong where (findings with the same one are the same bug)
    detail: str  # the traceback, or the unlocated message


@dataclass(frozen=True)
class Target:
    name: str
    seed_formats: tuple[str, ...]  # which seeds it is fed
    in_process: bool
    run: Callable[[bytes, Path], Finding | None]


def signature_of(error: BaseException) -> str:
    """``ValueError at citecheck/model/dates.py:49 (datetime.py:12)``: the type, the innermost frame of
    citecheck's and the innermost frame overall (a library's crash keeps its caller)."""
    import traceback

    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/citecheck/" in f.filename and "/tests/" not in f.filename]
    where = lambda f: f"{f.filename.split('/src/')[-1]}:{f.lineno}"  # noqa: E731
    inner = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames and (
        not ours or frames[-1] is not ours[-1]) else ""
    return f"{type(error).__name__} at {where(ours[-1]) if ours else '?'}{inner}"


def _traceback(error: BaseException) -> str:
    import traceback

    return "".join(traceback.format_exception(error))[-6000:]


def _library(call: Callable[[bytes, Path], object]) -> Callable[[bytes, Path], Finding | None]:
    """A library call whose only allowed failure is citecheck's own error."""
    def run(data: bytes, workdir: Path) -> Finding | None:
        from citecheck.errors import CitecheckError

        try:
            call(data, workdir)
        except CitecheckError:
            return None
        except BaseException as error:  # noqa: BLE001 - anything else is exactly what the fuzzer looks for
            if isinstance(error, KeyboardInterrupt):
                raise
            return Finding("crash", signature_of(error), _traceback(error))
        return None
    return run


def _load(suffix: str) -> Callable[[bytes, Path], object]:
    def call(data: bytes, workdir: Path) -> object:
        from citecheck.load import parse_references

        return parse_references(data, f"fuzz{suffix}")
    return call


def _import(fmt: str) -> Callable[[bytes, Path], object]:
    def call(data: bytes, workdir: Path) -> object:
        import citecheck.formats as formats
        from citecheck.load.text import decode

        # the format records (get); before them, one module per format (module_for): the fuzzer also
        # runs against an older checkout, to count what a fix removed
        read = formats.get(fmt).read if hasattr(formats, "get") else formats.module_for(fmt).load
        return read(decode(data, "fuzz"), f"fuzz{IMPORT_SUFFIXES[fmt]}")
    return call


def _check_command(args: list[str], path: Path, code: int, stderr: str) -> Finding | None:
    """What the exit status and stderr of a finished command say about it."""
    if "Traceback (most recent call last)" in stderr:
        last = stderr.strip().splitlines()[-1]
        frames = re.findall(r'File "[^"]*?([^"/]+/[^"/]+\.py)", line (\d+)', stderr)
        at = f" at {frames[-1][0]}:{frames[-1][1]}" if frames else ""
        return Finding("crash", f"{last.split(':')[0]}{at} ({args[0]})", stderr[-6000:])
    if code not in (0, 1, 2):
        return Finding("crash", f"exit {code} ({args[0]})", stderr[-6000:])
    if code == 2 or (code == 1 and args[0] == "import"):
        lines = [line for line in stderr.splitlines() if line]
        located = [line for line in lines if (found := _LOCATED.match(line)) and found["path"] == str(path)]
        for line in lines:
            # a "citecheck: ..." line is a hint when a located problem came with it, else the problem itself
            if line not in located and (not line.startswith("citecheck: ") or (code == 2 and not located)):
                return Finding("unlocated", f"unlocated ({args[0]}): {_shape(line)}", line)
    return None


def _shape(line: str) -> str:
    """A message with its file, numbers and quoted values blurred, so that one bug is one signature."""
    line = re.sub(r"^\S*fuzz\.\w+", "FILE", line)
    line = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", line)
    return re.sub(r"\d+", "N", line)[:120]


def _in_process_command(args: list[str], suffix: str) -> Callable[[bytes, Path], Finding | None]:
    """A command run in this process with typer's test runner: a traceback it catches is a crash."""
    def run(data: bytes, workdir: Path) -> Finding | None:
        from typer.testing import CliRunner

        from citecheck.cli.app import app

        path = workdir / f"fuzz{suffix}"
        path.write_bytes(data)
        result = CliRunner().invoke(app, [a.replace("{file}", str(path)) for a in args])
        error = result.exception
        if error is not None and not isinstance(error, SystemExit):
            return Finding("crash", f"{signature_of(error)} ({args[0]})", _traceback(error))
        return _check_command(args, path, result.exit_code, result.stderr)
    return run


def run_command(args: list[str], cwd: Path, env: dict[str, str] | None = None,
                program: list[str] | None = None) -> tuple[int, str, float, float]:
    """Exit status, stderr, CPU seconds and peak MB of ``citecheck ARGS`` (killed past ``WALL_FACTOR`` times
    the time limit of wall time)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_CAP, ADDRESS_SPACE_CAP))
        os.nice(5)

    process = subprocess.Popen([*(program or [sys.executable, "-m", "citecheck"]), *args], cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit,
                               env={**os.environ, "NO_COLOR": "1", **(env or {})})
    timer = threading.Timer(TIME_LIMIT_S * WALL_FACTOR, process.kill)
    timer.start()
    stderr = process.stderr.read() if process.stderr else b""
    _, status, usage = os.wait4(process.pid, 0)
    timer.cancel()
    process.returncode = os.waitstatus_to_exitcode(status)
    return (process.returncode, stderr.decode("utf-8", "replace"), usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss / 1024)


def _subprocess_command(args: list[str], suffix: str) -> Callable[[bytes, Path], Finding | None]:
    def run(data: bytes, workdir: Path) -> Finding | None:
        path = workdir / f"fuzz{suffix}"
        path.write_bytes(data)
        code, stderr, seconds, megabytes = run_command([a.replace("{file}", str(path)) for a in args], workdir)
        if code == -signal.SIGKILL:
            return Finding("slow", f"no answer in {TIME_LIMIT_S * WALL_FACTOR:.0f} s ({args[0]})", "killed")
        if seconds > TIME_LIMIT_S:
            return Finding("slow", f"over {TIME_LIMIT_S:.0f} s ({args[0]})", f"{seconds:.1f} s of CPU")
        if megabytes > MEMORY_LIMIT_MB:
            return Finding("memory", f"over {MEMORY_LIMIT_MB} MB ({args[0]})", f"{megabytes:.0f} MB")
        return _check_command(args, path, code, stderr)
    return run


def _targets() -> dict[str, Target]:
    both = ("csl-yaml", "csl-json")
    targets = [
        Target("load-yaml", both, True, _library(_load(".yaml"))),
        Target("load-json", ("csl-json",), True, _library(_load(".json"))),
        Target("list", both, True, _in_process_command(["list", "-f", "{file}", "--format", "csv"], ".yaml")),
        Target("validate", both, True, _in_process_command(["validate", "--format", "json", "{file}"], ".yaml")),
        Target("cli-list", both, False, _subprocess_command(["list", "-f", "{file}"], ".yaml")),
        Target("cli-validate", both, False, _subprocess_command(["validate", "{file}"], ".yaml")),
    ]
    for fmt, suffix in IMPORT_SUFFIXES.items():
        targets.append(Target(f"import-{fmt}", (fmt,), True, _library(_import(fmt))))
        targets.append(Target(f"cli-import-{fmt}", (fmt,), False,
                              _subprocess_command(["import", "{file}", "--from", fmt], suffix)))
    return {target.name: target for target in targets}


TARGETS = _targets()
#: The targets whose crashes are fixed, fuzzed by the test suite's short run (every reader in-process, and
#: one command); the long run is by hand (``python tests/fuzz/run.py --targets all``).
SUITE_TARGETS = ("load-yaml", "load-json", "list", "validate", "import-csl-yaml", "import-csl-json", "import-bibtex",
                 "import-biblatex", "import-ris", "import-wikitext", "import-text", "cli-list")
