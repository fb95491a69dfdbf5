"""What the fuzzer starts from: the project's data, its exports in every format, the shared corpus.

The exports are made when the fuzzer starts, by running ``citecheck export``; the corpus is read
from ``../shared/corpus/`` beside the project and never copied into it.
"""

from __future__ import annotations

import subprocess
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA_FILE = ROOT / "data" / "references.yaml"
CORPUS = ROOT.parent / "shared" / "corpus"
EXPORT_FORMATS = ("csl-yaml", "csl-json", "bibtex", "biblatex", "ris", "wikitext")
#: The corpus folder each format's files are in, and the suffixes that are bibliographies.
CORPUS_FOLDERS = {"bibtex": "bibtex", "csl-json": "csl-json", "ris": "ris", "wikitext": "wikitext"}


@dataclass(frozen=True)
class Seed:
    name: str  # where it came from, for saved crashes
    format: str  # csl-yaml, csl-json, bibtex, biblatex, ris or wikitext
    data: bytes


def project_seeds() -> list[Seed]:
    """``data/references.yaml`` and what ``citecheck export`` makes of it in every format."""
    seeds = [Seed("data/references.yaml", "csl-yaml", DATA_FILE.read_bytes())]
    for fmt in EXPORT_FORMATS:
        exported = subprocess.run(
            [sys.executable, "-m", "citecheck", "export", "--format", fmt, "-f", str(DATA_FILE)],
            capture_output=True, cwd=ROOT)
        if exported.returncode != 0:  # a broken export is other tests' finding; fuzz with what there is
            last = exported.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
            warnings.warn(f"no {fmt} seed: export exited {exported.returncode}: {' '.join(last)}", stacklevel=2)
            continue
        seeds.append(Seed(f"export --format {fmt}", fmt, exported.stdout))
    return seeds


def corpus_seeds(corpus: Path = CORPUS) -> list[Seed]:
    """Every bibliography in the shared corpus (none when it is absent)."""
    seeds = []
    for fmt, folder in CORPUS_FOLDERS.items():
        for path in sorted((corpus / folder).glob("*")):
            if path.is_file():
                seeds.append(Seed(f"corpus/{folder}/{path.name}", fmt, path.read_bytes()))
    return seeds


def all_seeds() -> list[Seed]:
    return project_seeds() + corpus_seeds()
