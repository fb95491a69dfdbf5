"""The .bib files of ../shared/corpus, judged by pandoc: nothing raised, every entry imported or reported
with its line, and no core field pandoc keeps is lost (bench/fidelity_bench.py does the comparing)."""

import importlib.util
import os
import re

import pytest

from citecheck.formats import importing
from helpers import ROOT, require_tool

CORPUS = ROOT.parent / "shared" / "corpus" / "bibtex"
FILES = sorted(CORPUS.glob("*.bib"))
_ENTRY = re.compile(r"^[ \t]*@[ \t]*(\w+)[ \t]*[{(]", re.MULTILINE)
_NOT_ENTRIES = {"string", "comment", "preamble", "xdata"}
needs_corpus = pytest.mark.skipif(not FILES and not os.environ.get("CI") and not os.environ.get("CITECHECK_REQUIRE_PEERS"),
                                  reason="the corpus lives in ../shared beside the project")


def fidelity():
    spec = importlib.util.spec_from_file_location("fidelity_bench", ROOT / "bench" / "fidelity_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_corpus
def test_the_corpus_is_there():
    assert len(FILES) >= 13


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_entry_of_a_real_file_is_imported_or_reported_with_its_line(path):
    text = path.read_text(encoding="utf-8-sig")
    blocks = [m for m in _ENTRY.finditer(text) if m.group(1).lower() not in _NOT_ENTRIES]
    result = importing.read(path)  # raises nothing: a traceback fails the test
    reported_lines = {p.line for p in result.problems}
    assert len(result.references) + len(reported_lines) >= len(blocks)
    assert all(p.line >= 1 for p in result.problems)


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_citecheck_loses_no_core_field_pandoc_keeps(path):
    require_tool("pandoc")
    bench = fidelity()
    chosen, ours, _, raised = bench.citecheck_items(path)
    theirs = bench.pandoc_items(path, chosen) or []
    by_id = {item["id"]: item for item in ours}
    lost = [(item["id"], field) for item in theirs if item["id"] in by_id
            for field in bench.compare(by_id[item["id"]], item)[0]]
    assert (raised, lost) == (0, [])


def biber_bench():
    spec = importlib.util.spec_from_file_location("biber_bench", ROOT / "bench" / "biber_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_biber_warns_only_about_gaps_in_the_data_of_a_real_file_re_exported_as_biblatex(path):
    require_tool("biber")
    bench = biber_bench()
    assert [w for w in bench.warnings(bench.export(path)) if not bench.DATA_GAPS.search(w)] == []
