"""Run the real readers of each format on citecheck's output (pandoc, biber) and fold their text."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

from helpers import require_tool

SUFFIX = {"bibtex": ".bibtex", "biblatex": ".bib", "csl-json": ".json", "csl-yaml": ".yaml"}


def fold(text: str) -> str:
    """Letters, digits and symbols (emoji) only, case-folded: survives title-casing and smart quotes."""
    text = unicodedata.normalize("NFC", text).casefold()
    return "".join(c for c in text if c.isalnum() or unicodedata.category(c) == "So")


def pandoc_render(text: str, fmt: str, tmp: Path) -> tuple[int, str, list[str]]:
    """pandoc --citeproc on an empty document citing everything: (exit code, stderr, one line per entry)."""
    pandoc = require_tool("pandoc")
    bibliography = tmp / f"refs{SUFFIX[fmt]}"
    bibliography.write_text(text, encoding="utf-8")
    document = tmp / "all.md"
    document.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    done = subprocess.run([pandoc, "--citeproc", "--bibliography", str(bibliography), "-t", "plain",
                           "--wrap=none", str(document)], capture_output=True, text=True, timeout=120, check=False)
    return done.returncode, done.stderr, [line for line in done.stdout.splitlines() if line.strip()]


def biber_warnings(text: str, tmp: Path) -> list[str]:
    """The WARN and ERROR lines of ``biber --tool --validate-datamodel`` on ``text``."""
    biber = require_tool("biber")
    (tmp / "refs.bib").write_text(text, encoding="utf-8")
    done = subprocess.run([biber, "--tool", "--validate-datamodel", "refs.bib"], cwd=tmp,
                          capture_output=True, text=True, timeout=120, check=False)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return [line for line in output.splitlines() if re.match(r"(WARN|ERROR)\b", line)]
