"""Benchmark YAML (and JSON reference) loaders on one file, each in a fresh process.

For every route a new interpreter imports the library, then reads and parses
the file; the child reports its own parse time (read + parse, imports
excluded) and the parent takes the child's peak RSS from ``os.wait4``.
Each route runs ``--repeat`` times (default 3) and the median is reported.

    python bench/generate.py 100000 --format yaml -o bench/out/refs-100k.yaml
    python bench/generate.py 100000 --format json -o bench/out/refs-100k.json
    python bench/yaml_routes.py bench/out/refs-100k.yaml --json bench/out/refs-100k.json

Routes whose library is not installed are skipped with a note.
``--only a,b`` picks routes; ``--list`` shows them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

# Walk a rapidyaml tree into Python objects (YAML 1.2 core schema for plain scalars).
_RYML_WALK = r'''
import re, ryml
_INT = re.compile(rb"[-+]?[0-9]+\Z")
_FLOAT = re.compile(rb"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_CONST = {b"null": None, b"Null": None, b"NULL": None, b"~": None, b"": None,
          b"true": True, b"True": True, b"TRUE": True,
          b"false": False, b"False": False, b"FALSE": False}

def _scalar(raw, quoted):
    b = bytes(raw)
    if not quoted:
        if b in _CONST:
            return _CONST[b]
        if _INT.match(b):
            return int(b)
        if _FLOAT.match(b):
            return float(b)
    return b.decode("utf-8")

def to_py(t, n):
    if t.is_map(n):
        out = {}
        c = t.first_child(n)
        while c != ryml.NONE:
            k = bytes(t.key(c)).decode("utf-8")
            out[k] = to_py(t, c) if t.is_container(c) else _scalar(t.val(c), t.is_val_quoted(c))
            c = t.next_sibling(c)
        return out
    if t.is_seq(n):
        out = []
        c = t.first_child(n)
        while c != ryml.NONE:
            out.append(to_py(t, c) if t.is_container(c) else _scalar(t.val(c), t.is_val_quoted(c)))
            c = t.next_sibling(c)
        return out
    return _scalar(t.val(n), t.is_val_quoted(n))

def load(data):
    t = ryml.parse_in_arena(data)
    t.resolve()  # expand anchors/aliases
    r = t.root_id()
    if t.is_stream(r):
        r = t.first_child(r)
    return to_py(t, r)
'''

# name -> (distribution to report, setup code, timed expression using `path`)
ROUTES: dict[str, tuple[str, str, str]] = {
    "pyyaml-CSafeLoader": ("PyYAML", "import yaml",
                           "yaml.load(open(path, encoding='utf-8').read(), Loader=yaml.CSafeLoader)"),
    "pyyaml-CBaseLoader": ("PyYAML", "import yaml",
                           "yaml.load(open(path, encoding='utf-8').read(), Loader=yaml.CBaseLoader)"),
    "ruamel-safe-C": ("ruamel.yaml", "from ruamel.yaml import YAML; y = YAML(typ='safe', pure=False)",
                      "y.load(open(path, encoding='utf-8').read())"),
    "yaml-rs": ("yaml-rs", "import yaml_rs",
                "yaml_rs.loads(open(path, encoding='utf-8').read())"),
    "yaml-rs-nodatetime": ("yaml-rs", "import yaml_rs",
                           "yaml_rs.loads(open(path, encoding='utf-8').read(), parse_datetime=False)"),
    "yaml-rs-bytes": ("yaml-rs", "import yaml_rs",
                      "yaml_rs.load(open(path, 'rb').read(), parse_datetime=False)"),
    "py-yaml12": ("py-yaml12", "import yaml12",
                  "yaml12.parse_yaml(open(path, encoding='utf-8').read())"),
    "ryaml": ("ryaml", "import ryaml", "ryaml.loads(open(path, encoding='utf-8').read())"),
    "rapidyaml-walk": ("rapidyaml", _RYML_WALK, "load(open(path, 'rb').read())"),
    "rapidyaml-json-orjson": ("rapidyaml", "import ryml, orjson",
                              "orjson.loads(ryml.emit_json(ryml.parse_in_arena(open(path, 'rb').read())))"),
    "fastyaml-rs": ("fastyaml-rs", "import fast_yaml",
                    "fast_yaml.safe_load(open(path, encoding='utf-8').read())"),
    "libfyaml": ("libfyaml", "import libfyaml",
                 "libfyaml.loads(open(path, encoding='utf-8').read()).to_python()"),
    "libfyaml-yaml1.1": ("libfyaml", "import libfyaml",
                         "libfyaml.loads(open(path, encoding='utf-8').read(), mode='yaml1.1').to_python()"),
    "json.load [JSON]": ("(stdlib)", "import json", "json.load(open(path, encoding='utf-8'))"),
    "orjson [JSON]": ("orjson", "import orjson", "orjson.loads(open(path, 'rb').read())"),
}
SLOW = {"pyyaml-SafeLoader(pure)": ("PyYAML", "import yaml",
                                    "yaml.load(open(path, encoding='utf-8').read(), Loader=yaml.SafeLoader)")}

CHILD = r'''
import json, resource, sys, time
path = sys.argv[1]
{setup}
rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.perf_counter()
data = {expr}
parse_s = time.perf_counter() - t0
refs = data["references"] if isinstance(data, dict) else data
first = refs[0] if refs else dict()
print(json.dumps({{"parse_s": parse_s, "rss_import_kb": rss_import, "n": len(refs),
                  "issued": type(first.get("issued")).__name__,
                  "footnote": type(first.get("footnote")).__name__}}))
'''


def run_route(name: str, setup: str, expr: str, path: str, timeout: float) -> dict:
    """Run one route in a child and return its report plus peak RSS via wait4."""
    code = CHILD.format(setup=setup, expr=expr)
    with tempfile.TemporaryFile("w+") as errf:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code, path],
                                stdout=subprocess.PIPE, stderr=errf, text=True)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        out = proc.stdout.read()  # type: ignore[union-attr]
        # Reap with wait4 (not communicate/wait) to get this child's own rusage.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        errf.seek(0)
        err = errf.read()
    if wall >= timeout:
        return {"error": f"killed after {timeout:.0f}s"}
    if proc.returncode != 0:
        last = (err.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        return {"error": last[:200]}
    result = json.loads(out.strip().splitlines()[-1])
    result["wall_s"] = wall
    result["peak_mb"] = usage.ru_maxrss / 1024
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("yaml_file")
    parser.add_argument("--json", dest="json_file", help="same data as CSL-JSON, for the JSON routes")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="comma-separated route names")
    parser.add_argument("--include-slow", action="store_true", help="also run pure-Python PyYAML")
    parser.add_argument("--timeout", type=float, default=300, help="per-run limit in seconds")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args(argv)

    routes = dict(ROUTES)
    if args.include_slow:
        routes.update(SLOW)
    if args.list:
        print("\n".join(routes))
        return 0
    if args.only:
        wanted = [r.strip() for r in args.only.split(",")]
        routes = {k: v for k, v in routes.items() if k in wanted}

    print(f"{'route':26} {'parse s':>8} {'wall s':>7} {'peak MB':>8} {'import MB':>9}  "
          f"{'n':>7} issued/footnote types")
    for name, (dist, setup, expr) in routes.items():
        path = args.json_file if name.endswith("[JSON]") else args.yaml_file
        if path is None:
            print(f"{name:26} skipped: no --json file given")
            continue
        probe = subprocess.run([sys.executable, "-c", setup], capture_output=True, text=True)
        if probe.returncode != 0:
            print(f"{name:26} skipped: {dist} not importable ({probe.stderr.strip().splitlines()[-1]})")
            continue
        runs = []
        for _ in range(args.repeat):
            r = run_route(name, setup, expr, path, args.timeout)
            if "error" in r:
                runs = [r]
                break
            runs.append(r)
        if "error" in runs[0]:
            print(f"{name:26} FAILED: {runs[0]['error']}")
            continue
        med = lambda key: statistics.median(r[key] for r in runs)
        r0 = runs[0]
        print(f"{name:26} {med('parse_s'):8.2f} {med('wall_s'):7.2f} {med('peak_mb'):8.0f} "
              f"{med('rss_import_kb') / 1024:9.0f}  {r0['n']:>7} {r0['issued']}/{r0['footnote']}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
