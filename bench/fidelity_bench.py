"""Per .bib file of ../shared/corpus/bibtex: the core fields citecheck's import keeps against pandoc's reading.

    .venv/bin/python bench/fidelity_bench.py [--corpus ../shared/corpus/bibtex] [--markdown] [--details]

pandoc (``-f biblatex`` or ``-f bibtex``, as citecheck's guess reads the file, ``-t csljson``) is the
reference. For every entry both read (matched by id), a core field pandoc fills is *lost* when citecheck
has no value for it anywhere, *moved* when citecheck holds that value under another core field (BibTeX's
``@misc`` ``howpublished`` is the outlet to citecheck, the publisher to pandoc), and *differs* when citecheck's value is another one after both are normalised
(pandoc's rich-text tags and its sentence-casing removed, case and spacing ignored, names compared by
family name, dates by their date-parts). Also counted: entries each side reads, entries citecheck
reported with a line, and tracebacks (an import that raised).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

CORE = ("title", "author", "editor", "type", "container-title", "issued", "publisher", "publisher-place",
        "volume", "issue", "page", "edition", "collection-title", "DOI", "ISBN", "URL")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def citecheck_items(path: Path) -> tuple[str, list[dict], int, int]:
    """The format citecheck chose, its CSL items, the entries it reported, and 1 if it raised."""
    from citecheck.errors import InputError
    from citecheck.formats import importing

    text = path.read_text(encoding="utf-8-sig", errors="replace")
    chosen = importing.sniff(path, text)
    try:
        result = importing.read(path)
    except InputError as error:
        return chosen, [], len(error.problems), 0
    except Exception:  # a traceback is what this bench counts, not what stops it
        return chosen, [], 0, 1
    return chosen, [ref.to_csl() for ref in result.references], len(result.problems), 0


def pandoc_items(path: Path, dialect: str) -> list[dict] | None:
    done = subprocess.run(["pandoc", "-f", dialect, "-t", "csljson", str(path)], capture_output=True, text=True)
    return json.loads(done.stdout) if done.returncode == 0 else None


def _text(value) -> str:
    text = unicodedata.normalize("NFC", _TAG.sub("", str(value)))
    return _SPACE.sub(" ", text).strip().casefold().replace("\u2013", "-").replace("\u2019", "'").rstrip(".")


def normal(field: str, value):
    if value in (None, "", [], {}):
        return None
    if field in ("author", "editor"):
        return tuple(_text(n.get("family") or n.get("literal") or "") for n in value)
    if field == "issued":
        if isinstance(value, dict) and "date-parts" in value:
            return tuple(tuple(int(p) for p in part) for part in value["date-parts"])
        return _text(value.get("literal") or value.get("raw") or "") if isinstance(value, dict) else _text(value)
    if field == "page":
        return _text(value).replace("\u2013", "-").replace("--", "-")
    if field == "URL":
        return str(value).strip()
    return _text(value)


def compare(ours: dict, theirs: dict) -> tuple[list[str], list[str], list[str]]:
    """The core fields pandoc fills that citecheck lacks (lost), holds under another core field (moved),
    or holds with another value (differs)."""
    lost, moved, differs = [], [], []
    elsewhere = {normal(f, ours.get(f)) for f in CORE if f not in ("author", "editor", "issued")}
    for field in CORE:
        want = normal(field, theirs.get(field))
        if want is None or (field == "type" and want in ("", "document")):
            continue
        got = normal(field, ours.get(field))
        if got is None:
            (moved if want in elsewhere else lost).append(field)
        elif got != want and not (field == "type" and want == "article" and got.startswith("article")):
            differs.append(field)
    return lost, moved, differs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/bibtex"))
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--details", action="store_true", help="list each lost field as file: id field")
    args = parser.parse_args()
    files = sorted(Path(args.corpus).glob("*.bib"))
    if not files:
        print(f"no .bib files in {args.corpus}", file=sys.stderr)
        return 2
    rows, details = [], []
    for path in files:
        chosen, ours, reported, raised = citecheck_items(path)
        theirs = pandoc_items(path, chosen)
        by_id = {item["id"]: item for item in ours}
        lost = moved = differs = matched = 0
        for item in theirs or []:
            mine = by_id.get(item["id"])
            if mine is None:
                continue
            matched += 1
            gone, placed, other = compare(mine, item)
            lost += len(gone)
            moved += len(placed)
            differs += len(other)
            details += [f"{path.name}: {item['id']} lost {f}" for f in gone]
            details += [f"{path.name}: {item['id']} moved {f}" for f in placed]
            details += [f"{path.name}: {item['id']} differs {f}: {mine.get(f)!r} / pandoc {item.get(f)!r}"
                        for f in other]
        rows.append((path.name, chosen, len(ours), reported, raised,
                     "refused" if theirs is None else len(theirs), matched, lost, moved, differs))
    head = ("file", "read as", "citecheck entries", "reported", "tracebacks", "pandoc entries", "matched",
            "core fields lost", "moved", "differing")
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for row in rows:
            print("| " + " | ".join(str(c) for c in row) + " |")
        totals = [sum(r[i] for r in rows if isinstance(r[i], int)) for i in (2, 3, 4, 6, 7, 8, 9)]
        print(f"| **all {len(rows)} files** | | {totals[0]} | {totals[1]} | {totals[2]} | | {totals[3]} | "
              f"**{totals[4]}** | {totals[5]} | {totals[6]} |")
    else:
        for row in rows:
            print("  ".join(str(c) for c in row))
    if args.details:
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
