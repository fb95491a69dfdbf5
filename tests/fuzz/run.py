"""The long, by-hand fuzzing run: ``python tests/fuzz/run.py --runs 10000 [--targets all] [--seed N]``.

Prints a summary of distinct findings; each is saved, minimised, in ``fuzz-crashes/`` (git-ignored).
Exit 1 when something was found, else 0.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests folder, as pytest's pythonpath

from fuzz.harness import CRASH_DIR, fuzz  # noqa: E402
from fuzz.seeds import all_seeds  # noqa: E402
from fuzz.targets import SUITE_TARGETS, TARGETS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--targets", default="all",
                        help=f"comma-separated, 'all' or 'suite'; known: {', '.join(TARGETS)}")
    parser.add_argument("--minutes", type=float, help="stop after this long, whatever --runs says")
    parser.add_argument("--no-minimise", action="store_true")
    parser.add_argument("--out", type=Path, default=CRASH_DIR, help=f"where findings are saved (default {CRASH_DIR})")
    options = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # a kill ends the run with its summary
    names = {"all": list(TARGETS), "suite": list(SUITE_TARGETS)}.get(options.targets, options.targets.split(","))
    unknown = [name for name in names if name not in TARGETS]
    if unknown:
        parser.error(f"unknown targets: {', '.join(unknown)}")
    report = fuzz(all_seeds(), names, options.runs, options.seed, options.out, not options.no_minimise,
                  progress=lambda r: print(f"... {r.runs} runs, {len(r.findings)} findings, {r.seconds:.0f} s",
                                           file=sys.stderr, flush=True),
                  seconds=options.minutes * 60 if options.minutes else None)
    print(report.summary())
    return 1 if report.findings else 0


if __name__ == "__main__":
    sys.exit(main())
