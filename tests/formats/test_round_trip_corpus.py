"""Every file of ../shared/corpus, imported and written in each format citecheck writes, then read back: CSL-JSON
and CSL-YAML bring back every reference exactly, RIS and wikitext everything but their documented losses
(bench/round_trip_corpus.py does the comparing and prints the table for BibTeX and BibLaTeX too)."""

import importlib.util
import os

import pytest

from helpers import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
GLOBS = ("bibtex/*.bib", "ris/*.ris", "wikitext/*.wiki", "csl-json/*.json")
FILES = [path for glob in GLOBS for path in sorted(CORPUS.glob(glob))]
needs_corpus = pytest.mark.skipif(not FILES and not os.environ.get("CI") and not os.environ.get("CITECHECK_REQUIRE_PEERS"),
                                  reason="the corpus lives in ../shared beside the project")


def bench():
    spec = importlib.util.spec_from_file_location("round_trip_corpus", ROOT / "bench" / "round_trip_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_corpus
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_csl_json_csl_yaml_ris_and_wikitext_lose_nothing_they_can_hold_of_a_real_file(path):
    judged = bench().judge(path)
    assert [(name, row["exact"], row["missing"]) for name, row in judged.items() if name in ("csl-json", "csl-yaml")] \
        == [("csl-json", judged["csl-json"]["refs"], 0), ("csl-yaml", judged["csl-yaml"]["refs"], 0)]
    assert {name: (row["missing"], row["details"]) for name, row in judged.items() if name in ("ris", "wikitext")} \
        == {"ris": (0, []), "wikitext": (0, [])}
