"""Cold start-up of ``citecheck list`` against importing the card's libraries, alternated runs.

    python bench/startup.py [--runs 15] [--breakdown]

Each run is a fresh interpreter. The peer is ``python -c "import typer, rich.table, pydantic,
requests, yaml"``: what a CLI built on the card pays before doing anything. Target: <= 0.7x.
``--breakdown`` also times the layers ``list`` stands on, to show where the floor is.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PEER = [sys.executable, "-c", "import typer, rich.table, pydantic, requests, yaml"]
CITECHECK = [sys.executable, "-m", "citecheck", "list", "-f", str(ROOT / "data" / "references.yaml")]
LAYERS = {
    "python -c pass": "pass",
    "typer and its per-parameter pydantic adapters": "import typer.main, typer._adapters",
    "+ citecheck.model (pydantic dataclasses built)": "import typer.main, typer._adapters, citecheck.model",
    "+ the list command module": "import typer.main, typer._adapters, citecheck.model, citecheck.cli.list_command",
}


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--breakdown", action="store_true")
    args = parser.parse_args()
    wall(CITECHECK), wall(PEER)  # warm the OS file cache; interpreters stay cold
    ours, peer = [], []
    for _ in range(args.runs):
        ours.append(wall(CITECHECK))
        peer.append(wall(PEER))
    mine, theirs = statistics.median(ours), statistics.median(peer)
    print(f"runs: {args.runs} alternated")
    print(f"citecheck list (16 refs, piped): median {mine * 1000:.0f} ms")
    print(f"import typer, rich.table, pydantic, requests, yaml: median {theirs * 1000:.0f} ms")
    print(f"ratio: {mine / theirs:.2f}x (target <= 0.70x)")
    if args.breakdown:
        for name, code in LAYERS.items():
            runs = [wall([sys.executable, "-c", code]) for _ in range(args.runs)]
            print(f"  {name}: median {statistics.median(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
