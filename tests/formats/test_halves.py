"""A large .bib file imported into a new file in two halves at once (citecheck.formats.halves) gives the file,
the messages and the exit status of the import in one process; and where the halves cannot be joined, the
one-process import is what the user gets."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from citecheck import forked
from citecheck.cli.app import app
from citecheck.formats import halves, importing
from helpers import ROOT, answered_calls

runner = CliRunner()

# Every kind of thing the reader says, in both halves: an undefined @string, an unknown macro, a field kept in
# note, an entry skipped for a year past the limit, a block that does not parse (its braces closed: one left
# open may be read on past the cut, and the import is then done in one process, as a test below shows).
ENTRIES = [
    "@book{whole{n}, title = {The Whole Book}, author = {Doe, Jane}, year = {2001}, publisher = {P}}",
    "@article{a{n}, title = {Undefined}, journaltitle = nojournal, date = {2002}}",
    "@misc{m{n}, title = {Macro \\unknown{{kept}}}, note = {n}, editortype = {founder}, editor = {Roe, R.}}",
    "@book{late{n}, title = {Too Late}, year = {9999999999999999999999}}",
    "@misc{broken{n}, title {no equals sign}}\n",
    "@online{o{n}, title = {Online}, url = {https://example.org/{n}}, urldate = {2020-01-02}}",
]


@pytest.fixture(autouse=True)
def forking(monkeypatch):
    # An idle thread an earlier test left (a verify-links worker), or a machine of one CPU, would turn the
    # halves off, and these tests would compare the one-process import with itself.
    monkeypatch.setattr(forked, "can_fork", lambda: True)


def _bib(copies: int, extra: str = "") -> str:
    return "\n\n".join(entry.replace("{n}", str(n)) for n in range(copies) for entry in ENTRIES) + extra


def _imported(tmp_path, monkeypatch, text: str, output: str, split_at: int, tag: str):
    """(exit code, stderr, written text or None) of ``citecheck import refs.bib -o output``."""
    monkeypatch.setattr(forked, "SPLIT_AT", split_at)
    source = tmp_path / "refs.bib"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / tag / output
    target.parent.mkdir()
    result = runner.invoke(app, ["import", str(source), "-o", str(target)])
    written = target.read_text(encoding="utf-8") if target.exists() else None
    return result.exit_code, result.output.replace(str(target), output), written


def _joins(monkeypatch) -> list[bool]:
    """Records, for each import, whether its halves were joined into the file."""
    return answered_calls(monkeypatch, halves, "_joined")


@pytest.mark.parametrize("output", ["out.json", "out.yaml"])
@pytest.mark.parametrize("extra", ["", "\n@book{parent, title = {P}}\n@inbook{child, crossref = {parent}}\n"],
                         ids=["text cut in two", "entries cut in two (crossref)"])
def test_the_halves_write_what_one_process_writes_and_say_the_same(tmp_path, monkeypatch, output, extra):
    joined = _joins(monkeypatch)
    text = _bib(5, extra)
    split = _imported(tmp_path, monkeypatch, text, output, 4, "split")
    assert joined == [True]  # the halves did the work
    whole = _imported(tmp_path, monkeypatch, text, output, 10**9, "whole")
    assert joined == [True]  # one process: no halves at all
    assert split == whole
    code, said, written = split
    assert code == 1 and said.count("skipped") == 10 and "kept in note (no CSL field): editortype (5)" in said
    assert written.count('"id":' if output.endswith(".json") else "- id: ") == 20 + 2 * bool(extra)


def test_the_problems_come_in_the_files_order(tmp_path, monkeypatch):
    code, said, _ = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 4, "split")
    lines = [int(line.split(":")[1]) for line in said.splitlines() if line.startswith(str(tmp_path))]
    assert code == 1 and lines == sorted(lines) and len(lines) == 16


def test_a_key_in_both_halves_leaves_the_import_to_one_process_which_keeps_both(tmp_path, monkeypatch):
    joined = _joins(monkeypatch)
    text = _bib(4, "\n@misc{a0, title = {Again}}\n")
    split = _imported(tmp_path, monkeypatch, text, "out.json", 4, "split")
    assert True not in joined  # seen before any work (two entries with one key), or when joining
    whole = _imported(tmp_path, monkeypatch, text, "out.json", 10**9, "whole")
    assert split == whole
    assert split[0] == 1 and "a0: id already in use by the entry at line 3: imported as a0-2" in split[1]
    assert '"id":"a0-2"' in split[2]


def test_a_file_that_is_there_is_appended_to_in_one_process(tmp_path, monkeypatch):
    joined = _joins(monkeypatch)
    monkeypatch.setattr(forked, "SPLIT_AT", 4)
    source = tmp_path / "refs.bib"
    source.write_text(_bib(4), encoding="utf-8")
    target = tmp_path / "out.yaml"
    target.write_text("references:\n- id: mine\n  type: book\n  title: Mine\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", str(target), "--append"])
    assert result.exit_code == 1 and joined == []
    assert target.read_text(encoding="utf-8").startswith("references:\n- id: mine\n")


def test_append_to_a_missing_file_makes_it_in_halves_and_says_so_as_one_process_does(tmp_path, monkeypatch):
    joined = _joins(monkeypatch)
    source = tmp_path / "refs.bib"
    source.write_text(_bib(4), encoding="utf-8")
    said = []
    for split_at, name in ((4, "split"), (10**9, "whole")):
        monkeypatch.setattr(forked, "SPLIT_AT", split_at)
        target = tmp_path / name / "new.json"
        target.parent.mkdir()
        result = runner.invoke(app, ["import", str(source), "-o", str(target), "--append"])
        said.append((result.exit_code, result.output.replace(str(target), "new.json"), target.read_bytes()))
    assert joined == [True] and said[0] == said[1] and said[0][0] == 1
    assert "citecheck: new.json: created (it did not exist)\n" in said[0][1]


def test_without_a_second_process_the_import_is_done_in_one(tmp_path, monkeypatch):
    joined = _joins(monkeypatch)
    monkeypatch.setattr(forked, "can_fork", lambda: False)
    code, _, written = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 4, "one")
    assert joined == [] and code == 1 and written.count('"id":') == 16


def test_a_half_that_raises_leaves_it_to_one_process(tmp_path, monkeypatch):
    """Whatever goes wrong in a half, the user gets the one-process import (here: the read-back refuses)."""
    joined = _joins(monkeypatch)
    from citecheck.load import loader

    refuse = loader.check_references

    def refused(text, path, fmt=None, *, may_split=True):
        if not may_split:  # a half's read-back
            raise ValueError("a half's bug")
        return refuse(text, path, fmt, may_split=may_split)

    monkeypatch.setattr(loader, "check_references", refused)
    split = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 4, "split")
    whole = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 10**9, "whole")
    assert joined == [False] and split == whole and split[2] is not None


def test_read_in_halves_declines_a_small_file_and_writes_nothing(tmp_path):
    source = tmp_path / "refs.bib"
    source.write_text(_bib(2), encoding="utf-8")
    assert importing.read_in_halves(source, str(tmp_path / "out.json")) is None
    assert not (tmp_path / "out.json").exists()


CORPUS_BIB = sorted((ROOT.parent / "shared" / "corpus" / "bibtex").glob("*.bib"))


@pytest.mark.skipif(not CORPUS_BIB and not os.environ.get("CI"), reason="the corpus lives in ../shared")
@pytest.mark.parametrize("path", CORPUS_BIB, ids=lambda path: path.name)
def test_every_corpus_file_imports_in_halves_as_in_one_process(tmp_path, monkeypatch, path):
    text = path.read_text(encoding="utf-8-sig")
    split = _imported(tmp_path, monkeypatch, text, "out.json", 2, "split")
    whole = _imported(tmp_path, monkeypatch, text, "out.json", 10**9, "whole")
    assert split == whole


def test_a_comment_line_inside_a_value_is_never_where_the_text_is_cut(tmp_path, monkeypatch):
    """The one-process parse starts no block at a line "@comment ..." inside a value: neither does the cut."""
    joined = _joins(monkeypatch)
    text = "".join(f"@misc{{a{n}, title = {{T {n}}}}}\n" for n in range(5))
    text += "@misc{target, title = {Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi\n"
    text += "@comment sigma tau}}\n" + "".join(f"@misc{{b{n}, title = {{U {n}}}}}\n" for n in range(4))
    split = _imported(tmp_path, monkeypatch, text, "out.json", 4, "split")
    whole = _imported(tmp_path, monkeypatch, text, "out.json", 10**9, "whole")
    assert joined == [True] and split == whole and split[0] == 0 and "@comment sigma tau" in split[2]


def test_when_no_child_can_be_forked_the_import_is_the_one_process_one_and_nothing_is_raised(tmp_path, monkeypatch):
    def no_memory():
        raise OSError(12, "Cannot allocate memory")

    monkeypatch.setattr(forked.os, "fork", no_memory)
    split = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 4, "split")
    whole = _imported(tmp_path, monkeypatch, _bib(4), "out.json", 10**9, "whole")
    assert split == whole and split[0] == 1 and split[2] is not None


def test_a_pipe_or_a_small_file_is_not_read_for_the_halves(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    fifo = tmp_path / "refs.bib"
    os.mkfifo(fifo)  # opening it would wait for a writer: it is never opened
    assert importing.read_in_halves(Path(fifo), str(tmp_path / "out.json")) is None
    monkeypatch.setattr(forked, "SPLIT_AT", 10)
    small = tmp_path / "small.bib"
    small.write_text("@misc{a, title = {T}}\n", encoding="utf-8")  # under 10 bytes an entry
    assert importing._may_split(small, None, None) is False
    assert importing._may_split(tmp_path / "big.json", None, None) is False  # not there, and not a .bib


def test_a_brace_left_open_before_the_cut_leaves_the_import_to_one_process(tmp_path, monkeypatch):
    """The whole file's parse may read such a block on past the cut (its value holding a line that starts with
    @): the first part cannot tell, and the halves are not joined."""
    joined = _joins(monkeypatch)
    text = _bib(5).replace("@misc{broken0, title {no equals sign}}", "@misc{broken0, title = {open }")
    split = _imported(tmp_path, monkeypatch, text, "out.json", 4, "split")
    whole = _imported(tmp_path, monkeypatch, text, "out.json", 10**9, "whole")
    assert joined == [False] and split == whole and split[0] == 1


def test_a_line_starting_with_at_inside_a_value_near_the_cut_is_read_as_the_whole_file_reads_it(tmp_path,
                                                                                               monkeypatch):
    from citecheck.formats.bibparse import halves as cut_in_halves

    joined = _joins(monkeypatch)
    entries = "".join(f"@misc{{a{n}, title = {{T {n}}}}}\n" for n in range(5))
    text = f"{entries}@misc{{target, title = {{T}},\n  abstract = {{Written by {'x' * 200}\n"
    text += f"@misc{{handle, on a social network}}}}}}\n{entries.replace('a', 'b')}"
    assert cut_in_halves(text)[1].startswith("@misc{handle")  # a line inside the value looks like an entry
    split = _imported(tmp_path, monkeypatch, text, "out.json", 4, "split")
    whole = _imported(tmp_path, monkeypatch, text, "out.json", 10**9, "whole")
    assert joined == [False]  # the first part, cut there, had the target's brace still open
    assert split == whole and split[0] == 0 and split[2].count('"id"') == 11
    assert f"Written by {'x' * 200} @mischandle, on a social network" in split[2]  # braces group, as in TeX
