"""A large export to BibTeX or BibLaTeX in two halves at once (citecheck.formats.export_halves) writes what the
export in one process writes, says the same and exits the same; where the halves cannot be joined, the
one-process export is what the user gets."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from citecheck import forked
from citecheck.cli.app import app
from citecheck.formats import export_halves
from helpers import ROOT, answered_calls

runner = CliRunner()

_SAME = {"title": "Same Title", "issued": {"date-parts": [[2020]]}, "author": [{"family": "Li"}]}


def _items(copies: int) -> list[dict]:
    """Each kind of reference the keys and the messages treat apart, ``copies`` times: generated keys that clash
    across the cut, a safe id, a Better BibTeX key, an id a generated key must not take, another tool's key kept
    in custom, a field BibLaTeX has no place for on the type."""
    items = []
    for n in range(copies):
        items += [
            {"id": f"ø-{n}", "type": "article-journal", **_SAME, "container-title": "J", "volume": "019"},
            {"id": f"plain{n}", "type": "book", "title": "Plain café", "publisher": "P", "ISBN": "978-3-16-148410-0"},
            {"id": f"item {n}", "citation-key": f"doe{n}", "type": "book", "title": "Keyed"},
            {"id": f"li2020same{'bdfhjlnp'[n % 8]}", "type": "webpage", "title": "T", "edition": "2"},
            {"id": f"zotero/{n}", "type": "report", **_SAME, "license": "CC-BY", "number": "04"},
        ]
    items.append({"id": "li2020samea", "type": "document", "title": "Takes a letter, last as it stands"})
    return items


@pytest.fixture(autouse=True)
def forking(monkeypatch):
    # An idle thread an earlier test left (a verify-links worker), or a machine of one CPU, would turn the
    # halves off, and these tests would compare the one-process export with itself.
    monkeypatch.setattr(forked, "can_fork", lambda: True)


@pytest.fixture
def halves_done(monkeypatch) -> list[bool]:
    """Records, for each export, whether it was done in halves."""
    return answered_calls(monkeypatch, export_halves, "exported")


def _exported(tmp_path, monkeypatch, text: str, split_at: int, tag: str, *args: str, name: str = "refs.json"):
    """(exit code, stderr and stdout, written text or None) of ``citecheck export -f refs.json -o out.bib ...``."""
    monkeypatch.setattr(forked, "SPLIT_AT", split_at)
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    target = tmp_path / tag / "out.bib"
    target.parent.mkdir(exist_ok=True)
    result = runner.invoke(app, ["export", "-f", str(source), "-o", str(target), *args])
    written = target.read_text(encoding="utf-8") if target.exists() else None
    return result.exit_code, result.output, written


@pytest.mark.parametrize("format", ["biblatex", "bibtex"])
def test_the_halves_write_what_one_process_writes_and_say_the_same(tmp_path, monkeypatch, halves_done, format):
    text = json.dumps(_items(6), ensure_ascii=False, indent=2)
    split = _exported(tmp_path, monkeypatch, text, 4, "split", "--format", format)
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole", "--format", format)
    assert halves_done == [True, False]
    assert split == whole
    code, said, written = split
    assert code == 0 and "kept in custom (not CSL variables): license (6)" in said
    # The generated keys (Li, 2020, "Same": an article and a report each time) clash across the cut: the second
    # half's go on from the first half's letters, past the ids the file holds anywhere (b, d... and the last, a).
    keys = [line.split("{")[1] for line in written.splitlines() if line.startswith("@")]
    assert [key for key in keys if key.startswith("li2020")] == [
        "li2020same,", "li2020sameb,", "li2020samec,", "li2020samee,", "li2020samed,", "li2020sameg,", "li2020samei,",
        "li2020samef,", "li2020samek,", "li2020samem,", "li2020sameh,", "li2020samen,", "li2020sameo,",
        "li2020samej,", "li2020samep,", "li2020sameq,", "li2020samel,", "li2020samer,", "li2020samea,"]


def test_the_halves_take_the_format_and_ascii_from_the_settings(tmp_path, monkeypatch, halves_done):
    (tmp_path / "citecheck.toml").write_text('[export]\nformat = "bibtex"\nascii = true\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = json.dumps(_items(6), ensure_ascii=False)
    split = _exported(tmp_path, monkeypatch, text, 4, "split")
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole")
    assert halves_done == [True, False] and split == whole and "Plain caf{\\'e}" in split[2]


def test_the_halves_write_to_stdout_as_one_process_does(tmp_path, monkeypatch, halves_done):
    source = tmp_path / "refs.json"
    source.write_text(json.dumps(_items(6)), encoding="utf-8")
    monkeypatch.setattr(forked, "SPLIT_AT", 4)
    split = runner.invoke(app, ["export", "-f", str(source), "--format", "biblatex"])
    monkeypatch.setattr(forked, "SPLIT_AT", 10**9)
    whole = runner.invoke(app, ["export", "-f", str(source), "--format", "biblatex"])
    assert halves_done == [True, False] and split.output == whole.output and split.exit_code == 0


@pytest.mark.parametrize("change", ["an invalid item in the first half", "an invalid item in the second half",
                                    "an id used twice", "an id used in both halves", "the old spelling",
                                    "a file of CSL-YAML"])
def test_where_the_halves_cannot_be_joined_the_one_process_export_says_it(tmp_path, monkeypatch, halves_done,
                                                                          change):
    items = _items(6)
    name = "refs.json"
    if change == "an invalid item in the first half":
        items[2]["issued"] = "not a date"
    elif change == "an invalid item in the second half":
        items[-3]["issued"] = "not a date"
    elif change == "an id used twice":
        items[-3]["id"] = items[-4]["id"]
    elif change == "an id used in both halves":
        items[-3]["id"] = items[0]["id"]
    elif change == "the old spelling":
        items[-3].update(source="The footnote as printed", footnote=1)
    else:
        name = "refs.yaml"
    text = json.dumps(items, ensure_ascii=False)
    split = _exported(tmp_path, monkeypatch, text, 4, "split", "--format", "biblatex", name=name)
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole", "--format", "biblatex", name=name)
    assert split == whole
    if change != "the old spelling" and change != "a file of CSL-YAML":
        assert halves_done == [False, False] and split[0] == 2 and split[2] is None
    elif change == "a file of CSL-YAML":
        assert halves_done == [True, False] and split[0] == 0  # read whole, its items cut in two
    else:
        assert halves_done == [False, False] and split[0] == 0


def test_a_catalogue_and_a_footnote_on_other_items_are_no_old_spelling_and_go_through_the_halves(
        tmp_path, monkeypatch, halves_done):
    items = _items(6)
    items[1]["source"] = "Taylor and Francis+NEJM"  # CSL's catalogue, as Zotero fills it
    items[2]["footnote"] = 3  # in the same half: only an item with both keys may be in the old spelling
    text = json.dumps(items)
    split = _exported(tmp_path, monkeypatch, text, 4, "split", "--format", "biblatex")
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole", "--format", "biblatex")
    assert halves_done == [True, False] and split == whole and split[0] == 0


def test_a_child_that_fails_leaves_the_export_to_one_process(tmp_path, monkeypatch, halves_done):
    monkeypatch.setattr(forked.os, "fork", lambda: (_ for _ in ()).throw(OSError(12, "Cannot allocate memory")))
    text = json.dumps(_items(6))
    split = _exported(tmp_path, monkeypatch, text, 4, "split", "--format", "biblatex")
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole", "--format", "biblatex")
    assert halves_done == [False, False] and split == whole and split[0] == 0


def test_an_export_of_some_ids_or_of_stdin_is_never_split(tmp_path, monkeypatch, halves_done):
    source = tmp_path / "refs.json"
    source.write_text(json.dumps(_items(6)), encoding="utf-8")
    monkeypatch.setattr(forked, "SPLIT_AT", 4)
    assert runner.invoke(app, ["export", "-f", str(source), "--format", "bibtex", "--id", "plain1"]).exit_code == 0
    assert runner.invoke(app, ["export", "-", "--format", "bibtex"], input=source.read_text()).exit_code == 0
    assert halves_done == []


CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_FILES = sorted((CORPUS / "bibtex").glob("*.bib")) + sorted((CORPUS / "csl-json").glob("*.json"))


@pytest.mark.skipif(not CORPUS_FILES and not os.environ.get("CI"), reason="the corpus lives in ../shared")
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda path: path.name)
def test_every_corpus_file_exports_in_halves_as_in_one_process(tmp_path, monkeypatch, halves_done, path):
    imported = tmp_path / "refs.json"
    result = runner.invoke(app, ["import", str(path), "-o", str(imported)])
    assert imported.exists(), result.output
    text = imported.read_text(encoding="utf-8")
    for format in ("biblatex", "bibtex"):
        split = _exported(tmp_path, monkeypatch, text, 2, f"split-{format}", "--format", format)
        whole = _exported(tmp_path, monkeypatch, text, 10**9, f"whole-{format}", "--format", format)
        assert split == whole
    assert halves_done == [True, False] * 2 if len(json.loads(text)) >= 2 else [False] * 4


def test_a_cut_that_falls_inside_an_item_leaves_the_export_to_one_process(tmp_path, monkeypatch, halves_done):
    # Its authors' objects start lines at the items' own indent: the cut, between two of them, reads as no list.
    items = [json.dumps(item) for item in _items(3)]
    middle = '{"id": "many", "type": "book", "title": "T", "author": [\n' + ",\n".join(
        json.dumps({"family": f"F{n}"}) for n in range(400)) + "]}"
    text = "[\n" + ",\n".join(items[:8] + [middle] + items[8:]) + "\n]\n"
    split = _exported(tmp_path, monkeypatch, text, 4, "split", "--format", "biblatex")
    whole = _exported(tmp_path, monkeypatch, text, 10**9, "whole", "--format", "biblatex")
    assert halves_done == [False, False] and split == whole and split[0] == 0 and "F399" in split[2]
