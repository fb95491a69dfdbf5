"""Cold load of N generated references: citecheck's loader against PyYAML and json, same files, same run.

    python bench/load_bench.py [--n 100000] [--runs 3] [--peers]

Every measurement is a fresh interpreter (cold: no cache of any kind), reporting wall time from
process start and peak RSS. Target for citecheck on 100,000 references: <= 10 s and <= 1 GB.
``--peers`` adds PyYAML's C safe loader (~50 s). pandoc reading the same CSL-YAML is in
formats_bench.py (it needs minutes and gigabytes at this size).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"

ROUTES = {
    "citecheck load (CSL-YAML)": "from citecheck.load import load_references as l; l(r'{yaml}')",
    "citecheck load (CSL-JSON)": "from citecheck.load import load_references as l; l(r'{json}')",
    "json.load only (CSL-JSON, no validation)": "import json; json.load(open(r'{json}', encoding='utf-8'))",
}
PEERS = {
    "PyYAML CSafeLoader only (no validation)":
        "import yaml; yaml.load(open(r'{yaml}', encoding='utf-8'), Loader=yaml.CSafeLoader)",
}


def measure(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS in MB of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return wall, usage.ru_maxrss / 1024


def ensure_files(n: int) -> dict[str, Path]:
    OUT.mkdir(exist_ok=True)
    files = {fmt: OUT / f"refs-{n}.{fmt}" for fmt in ("yaml", "json")}
    for fmt, path in files.items():
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), "--format", fmt, "-o", str(path)],
                           check=True)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peers", action="store_true")
    args = parser.parse_args()
    files = ensure_files(args.n)
    routes = {**ROUTES, **(PEERS if args.peers else {})}
    commands = {name: [sys.executable, "-c", code.format(**files)] for name, code in routes.items()}
    print(f"{args.n} references; {files['yaml'].stat().st_size / 1e6:.0f} MB YAML, "
          f"{files['json'].stat().st_size / 1e6:.0f} MB JSON; median of {args.runs} cold runs")
    print(f"{'route':<45} {'wall s':>8} {'peak MB':>8}")
    for name, command in commands.items():
        runs = [measure(command) for _ in range(args.runs)]
        print(f"{name:<45} {statistics.median(r[0] for r in runs):>8.2f} {statistics.median(r[1] for r in runs):>8.0f}",
              flush=True)


if __name__ == "__main__":
    main()
