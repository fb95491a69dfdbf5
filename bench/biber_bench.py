"""Per .bib file of ../shared/corpus/bibtex: biber's warnings on citecheck's BibLaTeX re-export.

    .venv/bin/python bench/biber_bench.py [--corpus ../shared/corpus/bibtex] [--markdown] [--details]

Each file is imported as citecheck's guess reads it, exported with ``--format biblatex``, and given to
``biber --tool --validate-datamodel``. A warning is *a gap in the data* when the entry lacks what its
type requires (``Missing mandatory field``), or holds a value as the source file did that biber's data
model rejects (an invalid ISBN, ``volume = {A}`` where it wants an integer, as biblatex's own examples do); any
other warning (a field the type has no place for, a date biber cannot read) is citecheck's.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

#: Warnings that name what the entry lacks or holds wrongly in the source, not how citecheck wrote it.
DATA_GAPS = re.compile(r"Missing mandatory field|Invalid (?:ISBN|ISSN|ISMN)|(?:ISBN|ISSN|ISMN) '.*' in entry"
                       r"|must be datatype 'integer'")
_WARNING = re.compile(r"(WARN|ERROR) - ")
_ENTRY = re.compile(r"Entry '[^']*'|entry '[^']*'")


def warnings(text: str) -> list[str]:
    """The WARN and ERROR lines of ``biber --tool --validate-datamodel`` on ``text``."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "refs.bib").write_text(text, encoding="utf-8")
        done = subprocess.run(["biber", "--tool", "--validate-datamodel", "refs.bib"], cwd=tmp,
                              capture_output=True, text=True, timeout=600, check=False)
    return [line for line in (done.stdout + done.stderr).splitlines() if _WARNING.match(line)]


def export(path: Path) -> str:
    from citecheck.formats import get, importing

    return get("biblatex").dump(importing.read(path).references)


def kind(warning: str) -> str:
    """A warning with its entry name taken out, so the same complaint counts as one kind."""
    return _ENTRY.sub("Entry …", re.sub(r"'[^']*' of date field", "'…' of date field", warning))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/bibtex"))
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--details", action="store_true", help="count citecheck's warnings by kind")
    args = parser.parse_args()
    files = sorted(Path(args.corpus).glob("*.bib"))
    if not files:
        print(f"no .bib files in {args.corpus}", file=sys.stderr)
        return 2
    rows, kinds = [], Counter()
    for path in files:
        found = warnings(export(path))
        ours = [w for w in found if not DATA_GAPS.search(w)]
        kinds.update(kind(w) for w in ours)
        rows.append((path.name, len(found), len(found) - len(ours), len(ours)))
    head = ("file", "biber warnings", "gaps in the data", "citecheck's")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for row in rows:
            print("| " + " | ".join(str(c) for c in row) + " |")
        totals = [sum(row[i] for row in rows) for i in (1, 2, 3)]
        print(f"| **all {len(rows)} files** | {totals[0]} | {totals[1]} | **{totals[2]}** |")
    else:
        for row in rows:
            print("  ".join(str(c) for c in row))
    if args.details:
        for text, count in kinds.most_common():
            print(f"{count:5d}  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
