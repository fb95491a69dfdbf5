"""What the fuzzer starts from: the project's data, its exports, printed footnotes, the shared corpus.

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
#: Printed footnotes typed for the tests (the text reader's seeds are made from them), and the article.
FOOTNOTES_FILE = ROOT / "tests" / "parse" / "footnotes.yaml"
ARTICLE = ROOT.parent / "shared" / "source" / "sino-russian-entente.txt"
EXPORT_FORMATS = ("csl-yaml", "csl-json", "bibtex", "biblatex", "ris", "wikitext")
#: The corpus folder each format's files are in, and the suffixes that are bibliographies.
CORPUS_FOLDERS = {"bibtex": "bibtex", "csl-json": "csl-json", "ris": "ris", "wikitext": "wikitext"}


@dataclass(frozen=True)
class Seed:
    name: str  # where it came from, for saved crashes
    format: str  # csl-yaml, csl-json, bibtex, biblatex, ris, wikitext or text (printed footnotes)
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


def text_seeds() -> list[Seed]:
    """The test suite's printed footnotes laid out as the text reader meets them: a Markdown list under a
    heading, Markdown footnote definitions, bracketed numbers, Wikipedia's HTML, a bare list."""
    import yaml

    notes = [item["text"] for item in yaml.safe_load(FOOTNOTES_FILE.read_text(encoding="utf-8"))]
    layouts = {
        "markdown list": "Body.[1]\n\n## Notes\n\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(notes, 1)),
        "markdown definitions": "# Title\n\nBody.[^1]\n\n" + "".join(f"[^{i}]: {t}\n"
                                                             for i, t in enumerate(notes, 1)),
        "bracketed": "Sources\n" + "".join(f"[{i}] {t}\n" for i, t in enumerate(notes, 1)),
        "html": "<html><body><p>Body.<sup>[1]</sup></p><h2>References</h2><ol>" + "".join(
            f"<li id=\"cite_note-{i}\"><span class=\"reference-text\">{t}</span></li>\n"
            for i, t in enumerate(notes, 1)) + "</ol></body></html>\n",
        "bare list": "".join(f"{t}\n" for t in notes[:6]),
    }
    seeds = [Seed(f"footnotes.yaml as {name}", "text", text.encode()) for name, text in layouts.items()]
    if ARTICLE.is_file():
        seeds.append(Seed("source/sino-russian-entente.txt", "text", ARTICLE.read_bytes()))
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
    return project_seeds() + text_seeds() + corpus_seeds()
