"""export/import on N generated references: citecheck beside pandoc and citation-js, same files, same run.

    python bench/formats_bench.py [--n 100000] [--runs 3] [--peer-runs 1] [--pandoc-n 10000] [--no-pandoc]
                                  [--base /path/to/old/.venv/bin/python] [--list]

Routes (each a fresh process; wall time from process start and peak RSS of that process; the routes take
turns, one run each per round):
  CSL-YAML -> CSL-JSON   citecheck export --format csl-json | pandoc -f markdown -t csljson
  CSL-JSON -> BibLaTeX   citecheck export --format biblatex | pandoc -f csljson -t biblatex | citation-js
  BibLaTeX -> CSL-JSON   citecheck import X.bib -o Y.json  | pandoc -f biblatex -t csljson | citation-js
The BibLaTeX input of the third route is citecheck's own export of the same references.
--base runs every citecheck route a second time with another interpreter (an older checkout's venv),
so old and new code are compared in the same run; --list adds ``citecheck list --format json`` on the
CSL-YAML file (stdout to /dev/null), to set beside the CSL-YAML -> CSL-JSON export.
pandoc needs minutes and gigabytes at 100k, so by default it runs once on --pandoc-n references
(the table says so). citation-js is installed with npm into bench/out/citationjs (git-ignored):
    npm install --prefix bench/out/citationjs @citation-js/core @citation-js/plugin-bibtex
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "formats"
CITATION_JS = HERE / "out" / "citationjs"
CITECHECK = [sys.executable, "-m", "citecheck"]

JS = """
const fs = require('fs'); const {Cite, plugins} = require('@citation-js/core'); require('@citation-js/plugin-bibtex');
const [mode, input, output] = process.argv.slice(2);
const text = fs.readFileSync(input, 'utf8');
if (mode === 'to-biblatex') fs.writeFileSync(output, new Cite(JSON.parse(text)).format('biblatex'));
else fs.writeFileSync(output, new Cite(text, {forceType: '@biblatex/text'}).format('data'));
"""


def measure(command: list[str], cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one child process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(map(str, command))}\n{process.stderr.read().decode()[:2000]}")
    return wall, usage.ru_maxrss / 1024


def generate(n: int) -> dict[str, Path]:
    OUT.mkdir(parents=True, exist_ok=True)
    files = {fmt: OUT / f"refs-{n}.{fmt}" for fmt in ("yaml", "json")}
    for fmt, path in files.items():
        if not path.exists():
            subprocess.run([sys.executable, str(HERE / "generate.py"), str(n), "--format", fmt, "-o", str(path)],
                           check=True)
    files["bib"] = OUT / f"refs-{n}.bib"
    if not files["bib"].exists():
        subprocess.run(CITECHECK + ["export", "--format", "biblatex", "-f", str(files["json"]), "-o", str(files["bib"])],
                       check=True)
    files["md"] = OUT / f"refs-{n}.md"  # pandoc reads a CSL-YAML bibliography as a document's metadata
    if not files["md"].exists():
        files["md"].write_text("---\n" + files["yaml"].read_text(encoding="utf-8") + "\n...\n", encoding="utf-8")
    return files


def routes(files: dict[str, Path], pandoc_files: dict[str, Path] | None, js: bool, base: str | None = None,
           listing: bool = False) -> list[tuple[str, str, list[str]]]:
    found = []
    o = OUT / "result"
    tools = [("citecheck", CITECHECK)] + ([("citecheck (base)", [base, "-m", "citecheck"])] if base else [])
    for tool, citecheck in tools:
        found.append(("CSL-YAML -> CSL-JSON", tool, citecheck + ["export", "--format", "csl-json", "-f",
                                                                str(files["yaml"]), "-o", f"{o}.json"]))
        if listing:  # list prints to stdout: measured with stdout to /dev/null, like every route
            found.append(("CSL-YAML -> list --format json", tool,
                          citecheck + ["list", "--format", "json", "-f", str(files["yaml"])]))
        found.append(("CSL-JSON -> BibLaTeX", tool, citecheck + ["export", "--format", "biblatex", "-f",
                                                                str(files["json"]), "-o", f"{o}.bib"]))
        found.append(("BibLaTeX -> CSL-JSON", tool, citecheck + ["import", str(files["bib"]), "-o", f"{o}-i.json"]))
    if js:
        script = CITATION_JS / "convert.js"
        script.write_text(JS, encoding="utf-8")
        found.append(("CSL-JSON -> BibLaTeX", "citation-js", ["node", str(script), "to-biblatex", str(files["json"]),
                                                               f"{o}-js.bib"]))
        found.append(("BibLaTeX -> CSL-JSON", "citation-js", ["node", str(script), "to-csl", str(files["bib"]),
                                                               f"{o}-js.json"]))
    if pandoc_files:
        f = pandoc_files
        found.append(("CSL-YAML -> CSL-JSON", "pandoc", ["pandoc", "-f", "markdown", "-t", "csljson", str(f["md"]),
                                                        "-o", f"{o}-p.json"]))
        found.append(("CSL-JSON -> BibLaTeX", "pandoc", ["pandoc", "-f", "csljson", "-t", "biblatex", str(f["json"]),
                                                        "-o", f"{o}-p.bib"]))
        found.append(("BibLaTeX -> CSL-JSON", "pandoc", ["pandoc", "-f", "biblatex", "-t", "csljson", str(f["bib"]),
                                                        "-o", f"{o}-p2.json"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pandoc-n", type=int, default=10_000)
    parser.add_argument("--peer-runs", type=int, default=1, help="runs of citation-js (pandoc always runs once)")
    parser.add_argument("--no-pandoc", action="store_true")
    parser.add_argument("--base", metavar="PYTHON", help="also run each citecheck route with this interpreter "
                                                         "(an older checkout's venv), in the same run")
    parser.add_argument("--list", action="store_true", help="also time list --format json")
    args = parser.parse_args()
    files = generate(args.n)
    pandoc = None if args.no_pandoc or not shutil.which("pandoc") else generate(args.pandoc_n)
    js = (CITATION_JS / "node_modules" / "@citation-js" / "plugin-bibtex").exists() and bool(shutil.which("node"))
    found = routes(files, pandoc, js, args.base, args.list)
    runs = [{"pandoc": 1, "citation-js": args.peer_runs}.get(tool, args.runs) for _, tool, _ in found]
    results: list[list[tuple[float, float]]] = [[] for _ in found]
    # Round-robin: run i of every route before run i + 1 of any, so a change in the machine's load
    # falls on old code, new code and the peers alike.
    for index in range(max(runs)):
        for (route, tool, command), wanted, measured in zip(found, runs, results):
            if index < wanted:
                for old in OUT.glob("result*"):
                    old.unlink()  # import refuses to overwrite a file
                measured.append(measure(command))
                print(f"run {index + 1}: {route} / {tool}: {measured[-1][0]:.1f} s", file=sys.stderr, flush=True)
    print("| route | tool | references | runs | wall median (s) | peak RSS (MB) |")
    print("|---|---|---:|---:|---:|---:|")
    for (route, tool, _), measured in zip(found, results):
        n = args.pandoc_n if tool == "pandoc" else args.n
        wall = statistics.median(r[0] for r in measured)
        rss = max(r[1] for r in measured)
        print(f"| {route} | {tool} | {n:,} | {len(measured)} | {wall:.1f} | {rss:,.0f} |", flush=True)


if __name__ == "__main__":
    main()
