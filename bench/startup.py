"""Cold start-up of ``citecheck --version``, ``list`` and ``validate`` against importing the card's libraries.

    python bench/startup.py [--runs 15] [--breakdown] [--importtime] [--baseline DIR]

Each run is a fresh interpreter; the commands alternate within each round, medians are reported. The
peer is ``python -c "import typer, rich.table, pydantic, requests, yaml"``: what a CLI built on the
card pays before doing anything. Target for ``list`` on the 16 references: <= 0.7x the peer.
``--breakdown`` also times the layers ``list`` stands on; ``--importtime`` sums ``python -X importtime``'s
own time per module (the least of the runs, so noise does not add up) by what brought it in, to show
which imports set the floor.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFS = str(ROOT / "data" / "references.yaml")
PEER = [sys.executable, "-c", "import typer, rich.table, pydantic, requests, yaml"]
CITECHECK = [sys.executable, "-m", "citecheck"]
COMMANDS = {
    "citecheck --version": [*CITECHECK, "--version"],
    "citecheck list (16 refs, piped)": [*CITECHECK, "list", "-f", REFS],
    "citecheck validate (16 refs, piped)": [*CITECHECK, "validate", REFS],
    "import typer, rich.table, pydantic, requests, yaml": PEER,
}
PEER_NAME = next(reversed(COMMANDS))
LAYERS = {
    "python -c pass": "pass",
    "typer and its per-parameter pydantic adapters": "import typer.main, typer._adapters",
    "+ citecheck.model (pydantic dataclasses built)": "import typer.main, typer._adapters, citecheck.model",
    "+ the list command module":
        "import typer.main, typer._adapters, citecheck.model, citecheck.cli.list_command",
}
# -X importtime's modules, by what brings them in (first match wins); the rest is the standard library.
GROUPS = (
    ("citecheck.model (the reference model built)", r"citecheck\.model"),
    ("citecheck.load (reader and validation)", r"citecheck\.load"),
    ("citecheck, the rest", r"citecheck"),
    ("typer (its vendored click included)", r"typer"),
    ("pydantic", r"pydantic$|pydantic\."),
    ("pydantic_core", r"pydantic_core"),
    ("annotated_types, typing_extensions, typing_inspection",
     r"annotated_types|typing_extensions|typing_inspection"),
    ("yaml_rs (the YAML reader)", r"yaml_rs"),
    ("PyYAML", r"yaml$|yaml\.|_yaml"),
    ("rich", r"rich"),
    ("requests, urllib3, charset_normalizer, idna, certifi",
     r"requests|urllib3|charset_normalizer|idna|certifi"),
    ("langcodes, language_data", r"langcodes|language_data"),
)
_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \| ( *)(\S+)")
STDLIB = "the standard library (what the interpreter and site import)"


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # validate exits 1 on findings
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}")
    return elapsed


def _group_of(module: str) -> str | None:
    return next((label for label, pattern in GROUPS if re.match(pattern, module)), None)


def attributed(stderr: str) -> dict[str, int]:
    """Microseconds of own import time per group; a standard-library module counts for the nearest
    module above it in the import tree that is in a group (``typing`` brought in by typer is typer's)."""
    lines = [(len(indent) // 2, module, int(own)) for own, indent, module in _LINE.findall(stderr)]
    groups: dict[str, int] = defaultdict(int)
    above: list[str | None] = []  # the group of each ancestor, by depth (the output lists children first)
    for depth, module, own in reversed(lines):
        del above[depth:]
        group = _group_of(module) or next((g for g in reversed(above) if g), None)
        groups[group or STDLIB] += own
        above.append(group)
    return groups


def own_import_times(command: list[str], runs: int) -> dict[str, int]:
    """Microseconds of own import time per group, the least over ``runs`` runs."""
    least: dict[str, int] = {}
    env = {**os.environ, "PYTHONPROFILEIMPORTTIME": "1"}
    for _ in range(runs):
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        for group, own in attributed(done.stderr).items():
            least[group] = min(least.get(group, own), own)
    return dict(sorted(least.items(), key=lambda item: -item[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--breakdown", action="store_true")
    parser.add_argument("--importtime", action="store_true")
    parser.add_argument("--baseline", type=Path, default=None,
                        help="a checkout with its own .venv: its --version, list and validate in the same rounds")
    args = parser.parse_args()
    if args.baseline:
        python = str(args.baseline / ".venv" / "bin" / "python")
        for name, command in list(COMMANDS.items())[:3]:
            COMMANDS[f"baseline {name}"] = [python, *command[1:]]
        COMMANDS[PEER_NAME] = COMMANDS.pop(PEER_NAME)  # the peer stays last
    for command in COMMANDS.values():
        wall(command)  # warm the OS file cache; interpreters stay cold
    walls: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            walls[name].append(wall(command))
    medians = {name: statistics.median(times) for name, times in walls.items()}
    peer = medians[PEER_NAME]
    print(f"runs: {args.runs} alternated, medians")
    for name, median in medians.items():
        print(f"{name}: {median * 1000:.0f} ms = {median / peer:.2f}x the peer")
    print("target: citecheck list <= 0.70x the peer")
    if args.breakdown:
        for name, code in LAYERS.items():
            runs = [wall([sys.executable, "-c", code]) for _ in range(args.runs)]
            print(f"  layer {name}: median {statistics.median(runs) * 1000:.0f} ms")
    if args.importtime:
        for name, command in COMMANDS.items():
            times = own_import_times(command, max(3, args.runs // 3))
            print(f"-X importtime, {name}: {sum(times.values()) / 1000:.0f} ms of imports (least of runs)")
            for group, own in times.items():
                print(f"  {own / 1000:6.1f} ms  {group}")


if __name__ == "__main__":
    main()
