"""The RIS and wikitext files of ../shared/corpus (written by other tools): no traceback, every record
imported or reported at its line, every value of the source kept somewhere in the reference."""

import json
import os
import re
from pathlib import Path

import pytest

from citecheck.formats import ris, wikitext_read

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.exists() and not (os.environ.get("CI") or os.environ.get(
    "CITECHECK_REQUIRE_PEERS")), reason="the corpus lives in ../shared beside the project")
_NOT_TEXT = {"TY", "ER", "ID", "PY", "Y1", "DA", "Y2", "EP"}  # the record's frame, dates and page ends: parsed


def ris_files():
    return sorted((CORPUS / "ris").glob("*.ris"))


@needs_corpus
@pytest.mark.parametrize("path", ris_files(), ids=lambda p: p.name)
def test_every_ris_record_is_imported_or_reported_and_keeps_every_value(path):
    text = path.read_text(encoding="utf-8-sig")
    result = ris.load(text, str(path))
    records = sum(line.lstrip("\ufeff").startswith("TY  -") for line in text.splitlines())
    skipped = sum("skipped: record" in p.message or "skipped: footnote" in p.message for p in result.problems)
    assert len(result.references) + skipped == records
    kept = json.dumps([ref.to_csl() for ref in result.references], ensure_ascii=False)
    reported, start = {p.line for p in result.problems}, 0
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r"^([A-Z][A-Z0-9])  - (.+)$", line.lstrip("\ufeff"))
        start = number if match and match.group(1) == "TY" else start
        if match and match.group(1) not in _NOT_TEXT and start not in reported:
            value = match.group(2).strip().split(",")[0]
            assert json.dumps(value, ensure_ascii=False)[1:-1] in kept, line


@needs_corpus
@pytest.mark.parametrize("path", sorted((CORPUS / "wikitext").glob("*.wiki")), ids=lambda p: p.name)
def test_every_wikitext_citation_is_imported_and_none_is_skipped(path):
    text = path.read_text(encoding="utf-8")
    result = wikitext_read.load(text, str(path))
    citations = sum(1 for found in wikitext_read.citations(text) if isinstance(found, wikitext_read.Citation))
    assert result.problems == []
    assert len(result.references) == len({ref.id for ref in result.references}) > 0
    assert len(result.references) <= citations
