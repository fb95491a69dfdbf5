"""citation-js as the second judge: the .bib files pandoc refuses, and every RIS record of ../shared/corpus.

    .venv/bin/python bench/fidelity_citationjs.py [--markdown] [--details] [--all-bib]

citation-js 0.8 (``@citation-js/plugin-bibtex``, ``@citation-js/plugin-ris``, installed once with
    npm install --prefix bench/out/citationjs @citation-js/core @citation-js/plugin-bibtex @citation-js/plugin-ris
) reads the same text to CSL-JSON, and its items are compared with citecheck's on fidelity_bench's core
fields: *lost* (citation-js has a value, citecheck none), *moved* (citecheck holds it under another core
field, or any other CSL key or note line of its own: an ``@inproceedings``' ``number`` is its
``collection-number``), *differs* (both have one and they differ once normalised). A .bib file is read by both in the
dialect citecheck's guess chooses, entries matched by id. A RIS file is cut into its records (each ``TY``
line up to the next) and each record is given to both alone, so a record one side refuses (citation-js
stops at the first value it cannot convert, for the whole file) does not hide the others; records are
matched by their place. --all-bib judges every .bib file, not only those pandoc refuses.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fidelity_bench  # noqa: E402  (the core fields and their comparison, shared)

HERE = Path(__file__).resolve().parent
CITATION_JS = HERE / "out" / "citationjs"
CORPUS = HERE.parents[1] / "shared" / "corpus"

# Reads a JSON list of texts, writes a JSON list of {"items": [...]} or {"error": "..."}, one per text.
JS = """
const fs = require('fs'); const {Cite} = require('@citation-js/core');
require('@citation-js/plugin-bibtex'); require('@citation-js/plugin-ris');
const [type, input, output] = process.argv.slice(2);
const out = JSON.parse(fs.readFileSync(input, 'utf8')).map(text => {
  try { return {items: new Cite(text, {forceType: type}).data.map(({_graph, ...item}) => item)}; }
  catch (e) { return {error: String(e.message || e)}; }
});
fs.writeFileSync(output, JSON.stringify(out));
"""


def citation_js(kind: str, texts: list[str]) -> list[dict]:
    """citation-js's reading of each text (``kind`` is its input type, e.g. ``@ris/file``)."""
    script = CITATION_JS / "judge.js"
    script.write_text(JS, encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        source, target = Path(tmp, "in.json"), Path(tmp, "out.json")
        source.write_text(json.dumps(texts), encoding="utf-8")
        subprocess.run(["node", str(script), kind, str(source), str(target)], check=True)
        return json.loads(target.read_text(encoding="utf-8"))


def ris_records(text: str) -> list[tuple[int, str]]:
    """Each record's first line number and text: a ``TY`` line up to the next one."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.lstrip("\ufeff").startswith("TY  -")]
    return [(start + 1, "".join(lines[start:end]).lstrip("\ufeff"))
            for start, end in zip(starts, starts[1:] + [len(lines)])]


def held_elsewhere(item: dict) -> set:
    """Every text value of a citecheck item, normalised as the core fields are, note lines' values too."""
    values = {fidelity_bench.normal("title", v) for v in item.values() if isinstance(v, (str, int))}
    values |= {fidelity_bench.normal("title", line.partition(": ")[2]) for line in item.get("note", "").split("\n")}
    return values


class Tally:
    def __init__(self) -> None:
        self.matched = self.lost = self.moved = self.differs = 0
        self.details: list[str] = []

    def add(self, where: str, mine: dict, theirs: dict) -> None:
        self.matched += 1
        gone, placed, other = fidelity_bench.compare(mine, theirs)
        held = held_elsewhere(mine)  # number = 6 of an @inproceedings: citecheck's collection-number
        placed += [f for f in gone if fidelity_bench.normal(f, theirs[f]) in held]
        gone = [f for f in gone if f not in placed]
        self.lost, self.moved, self.differs = self.lost + len(gone), self.moved + len(placed), self.differs + len(other)
        self.details += [f"{where} lost {f}: citation-js {theirs.get(f)!r}" for f in gone]
        self.details += [f"{where} moved {f}" for f in placed]
        self.details += [f"{where} differs {f}: {mine.get(f)!r} / citation-js {theirs.get(f)!r}" for f in other]


def bib_row(path: Path) -> tuple[list, Tally]:
    chosen, ours, reported, raised = fidelity_bench.citecheck_items(path)
    [judged] = citation_js(f"@{chosen}/text", [path.read_text(encoding="utf-8-sig", errors="replace")])
    theirs = judged.get("items")
    tally, by_id = Tally(), {item["id"]: item for item in ours}
    for item in theirs or []:
        if item.get("id") in by_id:
            tally.add(f"{path.name}: {item['id']}", by_id[item["id"]], item)
    cell = f"refused ({judged['error'][:40]})" if theirs is None else len(theirs)
    return [path.name, chosen, len(ours), reported, raised, cell], tally


def ris_row(path: Path) -> tuple[list, Tally]:
    from citecheck.formats import ris

    records = ris_records(path.read_text(encoding="utf-8-sig"))
    judged = citation_js("@ris/file", [text for _, text in records])
    tally, imported, reported, raised, refused, read = Tally(), 0, 0, 0, 0, 0
    for (line, text), verdict in zip(records, judged):
        try:
            result = ris.load(text, str(path))
        except Exception:  # a traceback is what this bench counts, not what stops it
            raised += 1
            continue
        ours = [ref.to_csl() for ref in result.references]
        imported, reported = imported + len(ours), reported + len(result.problems)
        theirs = verdict.get("items")
        if theirs is None:
            refused += 1
            continue
        read += len(theirs)
        if len(ours) == len(theirs) == 1:
            tally.add(f"{path.name}: record at line {line}", ours[0], theirs[0])
    cell = f"{read} ({refused} records refused)" if refused else read
    return [f"{path.name} ({len(records)} records)", "ris", imported, reported, raised, cell], tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--details", action="store_true", help="list each lost, moved or differing field")
    parser.add_argument("--all-bib", action="store_true", help="judge every .bib file, not only those pandoc refuses")
    args = parser.parse_args()
    if not (CITATION_JS / "node_modules" / "@citation-js" / "plugin-ris").exists():
        print(f"citation-js is not installed in {CITATION_JS} (see the docstring)", file=sys.stderr)
        return 2
    bibs = sorted((CORPUS / "bibtex").glob("*.bib"))
    if not args.all_bib:
        bibs = [p for p in bibs if fidelity_bench.pandoc_items(p, importing_sniff(p)) is None]
    rows = [bib_row(p) for p in bibs] + [ris_row(p) for p in sorted((CORPUS / "ris").glob("*.ris"))]
    head = ("file", "read as", "citecheck entries", "reported", "tracebacks", "citation-js entries", "matched",
            "core fields lost", "moved", "differing")
    table = [cells + [t.matched, t.lost, t.moved, t.differs] for cells, t in rows]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for row in table:
            print("| " + " | ".join(str(c) for c in row) + " |")
        totals = [sum(r[i] for r in table) for i in (2, 3, 4, 6, 7, 8, 9)]
        print(f"| **all {len(table)} files** | | {totals[0]} | {totals[1]} | {totals[2]} | | {totals[3]} | "
              f"**{totals[4]}** | {totals[5]} | {totals[6]} |")
    else:
        for row in table:
            print("  ".join(str(c) for c in row))
    if args.details:
        print("\n".join(d for _, t in rows for d in t.details))
    return 0


def importing_sniff(path: Path) -> str:
    from citecheck.formats import importing

    return importing.sniff(path, path.read_text(encoding="utf-8-sig", errors="replace"))


if __name__ == "__main__":
    sys.exit(main())
