"""The round trip of every ../shared/corpus file through every format citecheck writes: what comes back changed.

    .venv/bin/python bench/round_trip_corpus.py [--markdown] [--details]

Each file (BibTeX/BibLaTeX, RIS, wikitext, CSL-JSON) is imported, its references written in each format and
read back, and every reference compared key by key (CSL-JSON form) with what was imported. A key that comes
back changed is one of three things:

- *documented*: equal once the format's documented losses are applied to both sides (an empty value,
  ``publisher: ''``, is no value; then the functions of
  tests/formats/test_round_trip.py: whitespace runs, particles joined to the family name in RIS and
  wikitext, braces in URLs percent-encoded in BibTeX/BibLaTeX, where a language's name reads back as its
  BCP 47 tag and a thesis genre that is a biblatex type key in biblatex's words, kept note lines in another
  order (those written back as their fields come after the note's text); in BibTeX and RIS a date
  range keeps its start; in RIS an organisation with a comma in its name reads back as a person);
- *not held*: a key the format's record says it has no place for, for that reference
  (``Format.uncarried``: export names these on stderr);
- *lost*: anything else, a key the format says it holds that did not come back as it was.

References that do not come back at all are counted too. --details lists every lost key with both values.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
CORPUS = HERE.parents[1] / "shared" / "corpus"
GLOBS = ("bibtex/*.bib", "ris/*.ris", "wikitext/*.wiki", "csl-json/*.json")


def documented(fmt: str, item: dict) -> dict:
    """``item`` with ``fmt``'s documented losses applied."""
    from formats.test_round_trip import bib_losses, whitespace_collapsed

    item = {key: value for key, value in item.items() if value not in _EMPTY}  # nothing in it to lose
    if fmt in ("bibtex", "ris"):  # a date range keeps its start (bibtex.py's and ris.py's documented loss)
        for key, date in item.items():
            if isinstance(date, dict) and len(date.get("date-parts", ())) == 2:
                item[key] = {**date, "date-parts": date["date-parts"][:1]}
    if fmt in ("bibtex", "biblatex"):
        return bib_losses(item, fmt)
    if fmt not in ("ris", "wikitext"):
        return item
    item = whitespace_collapsed(item)
    for variable, names in item.items():
        if isinstance(names, list) and names and isinstance(names[0], dict):
            item[variable] = [_person(name, fmt) for name in names]
    return item


_EMPTY = ("", [], {}, {"literal": ""})


def _person(name: dict, fmt: str) -> dict:
    """Particles joined to the family name (RIS, wikitext); in RIS, ``Gilbert, Elizabeth`` is a person,
    whatever it was before it was written."""
    name = dict(name)
    particle = name.pop("non-dropping-particle", None)
    if particle:
        name["family"] = f"{particle} {name['family']}"
    literal = name.get("literal", "")
    if fmt == "ris" and ", " in literal:
        family, _, given = literal.partition(", ")
        return {"family": family, "given": given}
    return name


def judge(path: Path) -> dict[str, dict]:
    """Per format: references, exact, counts of documented / not held / lost keys, lost details."""
    from citecheck.formats import importing, writers

    refs = importing.read(path).references
    found = {}
    for fmt in writers():
        back = fmt.read(fmt.dump(refs), f"<{fmt.name}>")
        returned = {ref.id: ref.to_csl() for ref in back.references}
        row = {"refs": len(refs), "exact": 0, "missing": 0, "documented": Counter(), "not held": Counter(),
               "lost": Counter(), "details": []}
        for ref in refs:
            want, got = ref.to_csl(), returned.get(ref.id)
            if got is None:
                row["missing"] += 1
                continue
            if got == want:
                row["exact"] += 1
                continue
            declared = set(fmt.uncarried([ref]))
            norm_want, norm_got = documented(fmt.name, dict(want)), documented(fmt.name, dict(got))
            for key in sorted(set(want) | set(got)):
                if want.get(key) == got.get(key):
                    continue
                if norm_want.get(key) == norm_got.get(key):
                    row["documented"][key] += 1
                elif key in declared:
                    row["not held"][key] += 1
                else:
                    row["lost"][key] += 1
                    row["details"].append(f"{path.name} -> {fmt.name}: {ref.id} {key}: "
                                          f"{want.get(key)!r} came back {got.get(key)!r}")
        found[fmt.name] = row
    return found


def _counts(counter: Counter) -> str:
    return ", ".join(f"{key} {n}" for key, n in counter.most_common()) or "–"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    parser.add_argument("--details", action="store_true", help="list each lost key with both values")
    args = parser.parse_args()
    files = [p for glob in GLOBS for p in sorted(CORPUS.glob(glob))]
    if not files:
        print(f"no corpus files in {CORPUS}", file=sys.stderr)
        return 2
    judged = {path: judge(path) for path in files}
    formats = list(next(iter(judged.values())))
    print(f"Per format, over {len(files)} files:\n")
    print("| format | references | back exactly | missing | documented losses | not held (declared) | lost |")
    print("|---|---:|---:|---:|---|---|---|")
    for fmt in formats:
        rows = [found[fmt] for found in judged.values()]
        total = {key: sum((r[key] for r in rows), Counter()) for key in ("documented", "not held", "lost")}
        print(f"| {fmt} | {sum(r['refs'] for r in rows)} | {sum(r['exact'] for r in rows)} | "
              f"{sum(r['missing'] for r in rows)} | {_counts(total['documented'])} | {_counts(total['not held'])} | "
              f"**{_counts(total['lost'])}** |")
    print("\nLost keys per file (a key the format holds that came back changed):\n")
    print("| file | " + " | ".join(formats) + " |")
    print("|---|" + "---|" * len(formats))
    for path, found in judged.items():
        print(f"| {path.name} | " + " | ".join(_counts(found[fmt]["lost"]) for fmt in formats) + " |")
    if args.details:
        print("\n" + "\n".join(d for found in judged.values() for row in found.values() for d in row["details"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
