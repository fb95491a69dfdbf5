"""A large .bib file is converted in two halves at once (citecheck.forked): the import is the one-process import."""

from __future__ import annotations

import pytest

from citecheck import forked
from citecheck.formats import get

BIBLATEX = get("biblatex")

# Every kind of thing the reader says, in both halves: an undefined @string, an unknown macro, a field kept in
# note, an entry skipped for a year past the limit; and a chapter in the second half inheriting from a book in
# the first (crossref is resolved before the split).
ENTRIES = [
    "@book{whole, title = {The Whole Book}, author = {Doe, Jane}, year = {2001}, publisher = {P}}",
    "@article{a1, title = {Undefined}, journaltitle = nojournal, date = {2002}}",
    "@misc{a2, title = {Macro \\unknown{kept}}, note = {n}, editortype = {founder}, editor = {Roe, R.}}",
    "@book{a3, title = {Too Late}, year = {9999999999999999999999}}",
    "@inbook{b1, title = {A Chapter}, crossref = {whole}, pages = {1--9}}",
    "@article{b2, title = {Undefined Too}, journaltitle = alsonojournal, date = {2003}}",
    "@misc{b3, title = {Macro \\other{too}}, editortype = {founder}, editor = {Poe, E.}}",
    "@book{b4, title = {Too Late Again}, year = {8888888888888888888888}}",
]
TEXT = "\n\n".join(ENTRIES * 3)  # 24 entries, ids repeated: the reader keeps both, the later as whole-2...


def _read(monkeypatch, split_at: int):
    monkeypatch.setattr(forked, "SPLIT_AT", split_at)
    return BIBLATEX.read(TEXT, "refs.bib")


def test_a_split_read_gives_the_same_references_problems_notices_and_lines(monkeypatch):
    converted = []
    both = forked.both

    def counted(here, there, split):
        answers = both(here, there, split)
        converted.append([len(done.records) for done in answers])
        return answers

    monkeypatch.setattr(forked, "both", counted)
    split = _read(monkeypatch, 4)
    assert converted == [[9, 9]]  # both halves converted: the child's came back
    whole = _read(monkeypatch, 10**9)
    assert split.references == whole.references and len(whole.references) == 18
    assert split.problems == whole.problems and len(whole.problems) == 18 + 12  # 12 repeats renamed, each said
    assert (split.notices, split.lines, split.comments) == (whole.notices, whole.lines, whole.comments)
    assert whole.notices == split.notices != []


@pytest.mark.parametrize("split_at", [4, 10**9])
def test_a_chapter_in_the_second_half_inherits_from_its_book_in_the_first(monkeypatch, split_at):
    chapter = next(ref for ref in _read(monkeypatch, split_at).references if ref.id == "b1")
    assert (chapter.container_title, chapter.publisher) == ("The Whole Book", "P")
