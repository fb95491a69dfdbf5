"""How much ``citecheck validate`` adds to loading: load alone vs load + every rule, in one run.

For N generated references (bench/generate.py, written once to bench/out/), each repeat times
``load_references`` and then the rule engine (``rules.engine.check``: all rules plus the lazy
line:column positions of every finding) on what was loaded (from 10,000 references the engine runs
half the rules in a forked child at the same time, as ``citecheck validate`` does: citecheck/forked.py).
It prints the medians, the ratio
(load + validate) / load, which the issue caps at 2, and the time of the duplicate rules at N and
N/10, N/2 and N to show they grow linearly (blocking on a folded key), not quadratically.

    .venv/bin/python bench/validate_bench.py 100000 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def generated(n: int, fmt: str) -> Path:
    path = HERE / "out" / f"validate-{n}.{fmt}"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), "--format", fmt, "-o", str(path)],
                       check=True)
    return path


def timed(function, *args):
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result


def duplicate_rules_time(refs) -> float:
    from citecheck.gc_pause import collector_paused
    from citecheck.rules import get

    start = time.perf_counter()
    with collector_paused():  # as in the engine
        for code in ("CC701", "CC702", "CC703", "CC504"):
            list(get(code).check_all(refs))
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, nargs="?", default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--format", choices=["yaml", "json"], default="yaml")
    args = parser.parse_args(argv)

    try:
        from citecheck.rules.config import Config
    except ImportError:  # a checkout from before config.py moved into rules/ (A/B runs against it)
        from citecheck.config import Config
    from citecheck.load import load_references
    from citecheck.rules import all_rules
    from citecheck.rules.engine import check

    path = generated(args.n, args.format)
    config, loads, checks = Config(), [], []
    all_rules()  # import every rule module once, outside the timings
    for _ in range(args.repeat):
        load_s, loaded = timed(load_references, path)
        check_s, findings = timed(check, loaded, config)
        loads.append(load_s)
        checks.append(check_s)
        print(f"  load {load_s:7.2f} s   validate {check_s:6.2f} s   findings {len(findings)}", flush=True)
    load_m, check_m = statistics.median(loads), statistics.median(checks)
    refs = loaded.references
    sizes = (len(refs) // 10, len(refs) // 2, len(refs))
    dups = [statistics.median(duplicate_rules_time(refs[:size]) for _ in range(3)) for size in sizes]
    print(f"file: {path.name} ({path.stat().st_size / 1e6:.1f} MB), {len(refs)} references, {len(all_rules())} rules")
    print(f"median load            {load_m:8.2f} s")
    print(f"median validate        {check_m:8.2f} s   ({check_m / len(refs) * 1e6:.1f} µs per reference)")
    print(f"(load+validate)/load   {(load_m + check_m) / load_m:8.2f}   (limit 2.00)")
    print("duplicate rules (CC701-703, CC504): " + ";  ".join(
        f"{size} refs {seconds:.3f} s ({seconds / size * 1e6:.1f} µs/ref)" for size, seconds in zip(sizes, dups)))
    print("findings by code:", dict(Counter(f.code for f in findings).most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
