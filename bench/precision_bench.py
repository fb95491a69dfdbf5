"""Precision of ``validate`` on real bibliographies nobody here wrote, judged by hand.

Each file of ``../shared/corpus/`` (BibTeX, CSL-JSON, RIS, wikitext) is imported with citecheck's own
readers, written as citecheck's CSL-YAML and validated with the default rules, exactly as
``citecheck import FILE -o x.yaml && citecheck validate x.yaml --format json`` would. Every error and
warning is looked up in ``tests/rules/verdicts.yaml`` (corpus file, id, code, field -> true or false):

    python bench/precision_bench.py            # precision = judged true / judged, and the unjudged count
    python bench/precision_bench.py --list     # also every false alarm and every unjudged finding

The corpus stays in ../shared; the verdict file holds only ids, codes, fields and verdicts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
VERDICTS = ROOT / "tests" / "rules" / "verdicts.yaml"
FOLDERS = ("bibtex", "csl-json", "ris", "wikitext")  # the bibliographies; styles and AnyStyle's strings are not
JUDGED_LEVELS = ("error", "warning")  # info is advice: not counted as an alarm


@dataclass(frozen=True)
class Key:
    """What identifies a finding across runs: never its line, which moves when the importer changes."""

    file: str
    id: str
    code: str
    field: str


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (corpus / folder).glob("*") if p.is_file())


def findings_of(path: Path) -> list:
    """validate's findings on ``path`` imported (clashing ids renamed, entries that cannot be read skipped)."""
    from citecheck.formats import importing
    from citecheck.load import load_references
    from citecheck.rules.config import Config
    from citecheck.rules.engine import check

    refs = importing.merge([], importing.read(path).references, rename=True)
    with tempfile.TemporaryDirectory() as folder:
        written = Path(folder) / "imported.yaml"
        written.write_text("".join(importing.native_chunks(refs)), encoding="utf-8")
        return check(load_references(written), Config())


def corpus_findings(corpus: Path = CORPUS) -> dict[Key, object]:
    """Every judged-level finding on the corpus, by key (the first of two findings sharing one)."""
    found: dict[Key, object] = {}
    for path in corpus_files(corpus):
        name = f"{path.parent.name}/{path.name}"
        for f in findings_of(path):
            if f.severity.value in JUDGED_LEVELS:
                found.setdefault(Key(name, f.id, f.code, f.field), f)
    return found


def load_verdicts(path: Path = VERDICTS) -> dict[Key, dict]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return {Key(r["file"], str(r["id"]), r["code"], r["field"]): r for r in rows}


def score(found: dict[Key, object], verdicts: dict[Key, dict]) -> dict:
    judged = [k for k in found if k in verdicts]
    true = [k for k in judged if verdicts[k]["true"]]
    false = [k for k in judged if not verdicts[k]["true"]]
    return {"judged": len(judged), "true": len(true), "false": false,
            "unjudged": [k for k in found if k not in verdicts]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every false alarm and every unjudged finding")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    found = corpus_findings()
    result = score(found, load_verdicts())
    judged, false = result["judged"], result["false"]
    precision = result["true"] / judged if judged else 1.0
    print(f"{len(found)} errors and warnings on {len(corpus_files())} corpus files: {judged} judged, "
          f"{result['true']} true, {len(false)} false -> precision {precision:.1%}, "
          f"false alarms {1 - precision:.1%}; {len(result['unjudged'])} unjudged")
    print("false by rule:", dict(Counter(k.code for k in false).most_common()) or "none")
    if args.list:
        for label, keys in (("FALSE", false), ("UNJUDGED", result["unjudged"])):
            for k in keys:
                f = found[k]
                print(f"{label} {k.file} {k.id} {k.code} {k.field} {f.severity.value}: {f.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
