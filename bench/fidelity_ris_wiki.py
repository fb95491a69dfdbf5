"""How much of each RIS and wikitext file of ../shared/corpus citecheck keeps, per file, as a Markdown table.

    .venv/bin/python bench/fidelity_ris_wiki.py [--base /tmp/base]

Per file: the records (RIS ``TY`` lines) or citation templates in the source; how many citecheck imported and
how many it reported with their line; tracebacks (must be 0); the values of the source (RIS tag lines other
than the frame and dates, CS1 parameters with a value) and how many of them are found in the imported CSL
(mapped or kept as note lines); for RIS, rispy's reading as a second opinion (records, values it keeps);
with ``--base``, how many entries an older checkout's ``citecheck import`` gave on the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

from citecheck.formats import ris, wikitext_read

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_FRAME = {"TY", "ER", "ID", "PY", "Y1", "DA", "Y2", "EP"}
_RIS_LINE = re.compile(r"^([A-Z][A-Z0-9])  - (.+)$")


def found(value: str, kept: str) -> bool:
    return json.dumps(value.strip().split(",")[0], ensure_ascii=False)[1:-1] in kept


def ris_row(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8-sig")
    lines = [line.lstrip("\ufeff") for line in text.splitlines()]
    records = sum(line.startswith("TY  -") for line in lines)
    values = [m.group(2) for line in lines if (m := _RIS_LINE.match(line)) and m.group(1) not in _FRAME]
    try:
        result, tracebacks = ris.load(text, str(path)), 0
    except Exception:  # the count the table exists to show is 0
        return {"records": records, "imported": 0, "reported": 0, "tracebacks": 1, "values": len(values), "kept": 0}
    kept = json.dumps([ref.to_csl() for ref in result.references], ensure_ascii=False)
    row = {"records": records, "imported": len(result.references), "reported": len(result.problems),
           "tracebacks": tracebacks, "values": len(values), "kept": sum(found(v, kept) for v in values)}
    try:
        import rispy

        entries = rispy.loads(text)
        judged = json.dumps(entries, ensure_ascii=False, default=str)
        row["rispy"] = f"{len(entries)} / {sum(found(v, judged) for v in values)}"
    except Exception as error:  # rispy refusing a file is its verdict, not ours
        row["rispy"] = f"refused ({type(error).__name__})"
    return row


def wiki_row(path: Path) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    cites = [c for c in wikitext_read.citations(text) if isinstance(c, wikitext_read.Citation)]
    values = [v for c in cites for v in c.params.values() if v]
    try:
        result, tracebacks = wikitext_read.load(text, str(path)), 0
    except Exception:
        return {"records": len(cites), "imported": 0, "reported": 0, "tracebacks": 1, "values": len(values), "kept": 0}
    kept = json.dumps([ref.to_csl() for ref in result.references], ensure_ascii=False)
    return {"records": len(cites), "imported": len(result.references), "reported": len(result.problems),
            "tracebacks": tracebacks, "values": len(values), "kept": sum(found(v, kept) for v in values)}


def base_count(base: Path, path: Path) -> str:
    run = subprocess.run([str(base / ".venv" / "bin" / "citecheck"), "import", str(path)], capture_output=True,
                         text=True, timeout=600)
    if "Traceback" in run.stderr:
        return "traceback"
    return str(len(re.findall(r"^\s*- id:", run.stdout, re.MULTILINE)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="an older checkout with its own .venv, run on the same files")
    args = parser.parse_args()
    files = [(p, ris_row) for p in sorted((CORPUS / "ris").glob("*.ris"))]
    files += [(p, wiki_row) for p in sorted((CORPUS / "wikitext").glob("*.wiki"))]
    header = ["file", "entries", "imported", "reported", "tracebacks", "values kept"]
    header += ["rispy: entries / values kept"] + (["before: imported"] if args.base else [])
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for path, row_of in files:
        row = row_of(path)
        cells = [path.name, row["records"], row["imported"], row["reported"], row["tracebacks"],
                 f"{row['kept']} of {row['values']}", row.get("rispy", "–")]
        cells += [base_count(args.base, path)] if args.base else []
        print("| " + " | ".join(str(c) for c in cells) + " |")


if __name__ == "__main__":
    main()
