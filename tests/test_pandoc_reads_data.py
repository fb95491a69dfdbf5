"""pandoc, a real CSL-YAML reader, renders all 16 references with no warning."""

import subprocess

from citecheck.load import load_references
from helpers import DATA_FILE, require_tool


def test_pandoc_renders_every_reference_without_a_warning(tmp_path):
    pandoc = require_tool("pandoc")
    document = tmp_path / "all.md"
    document.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    done = subprocess.run(
        [pandoc, "--citeproc", "--bibliography", str(DATA_FILE), "-t", "plain", "--wrap=none", str(document)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    entries = [line for line in done.stdout.splitlines() if line.strip()]
    assert len(entries) == 16
    rendered = [_fold(entry) for entry in entries]
    for ref in load_references(DATA_FILE).references:
        opening = _fold(" ".join(ref.title.split()[:4]))  # pandoc title-cases English titles
        assert sum(opening in entry for entry in rendered) >= 1, ref.id


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'").replace("‘", "'")
