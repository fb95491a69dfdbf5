"""The CSL-JSON files of ../shared/corpus (Zotero's export of every item type, citation-js's mapping): every item
loads, none is reported, CSL's own source stays the catalogue, and the round trip is exact."""

import json
import os
from pathlib import Path

import pytest

from citecheck.formats import csl_json, get

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.exists() and not (os.environ.get("CI") or os.environ.get(
    "CITECHECK_REQUIRE_PEERS")), reason="the corpus lives in ../shared beside the project")


def json_files():
    return sorted((CORPUS / "csl-json").glob("*.json"))


@needs_corpus
@pytest.mark.parametrize("path", json_files(), ids=lambda p: p.name)
def test_every_item_loads_and_round_trips_exactly(path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    result = csl_json.load(text, str(path))
    assert (len(result.references), result.problems) == (len(data), [])
    assert csl_json.load(csl_json.dump(result.references)).references == result.references


@needs_corpus
def test_a_zotero_items_source_is_its_catalogue_never_the_printed_footnote():
    path = CORPUS / "csl-json" / "zotero-citeproc-js-export.json"
    refs = csl_json.load(path.read_text(encoding="utf-8"), str(path)).references
    with_source = [ref for ref in refs if ref.source]
    assert with_source and all(ref.printed is None for ref in with_source)
    assert "userb" not in get("biblatex").dump(with_source)
