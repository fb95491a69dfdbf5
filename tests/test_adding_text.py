"""One printed footnote as a new reference: the text reader's parse, a free id, the number it printed."""

from __future__ import annotations

import pytest

from citecheck.adding_text import read_footnote
from citecheck.errors import InputError, UsageError
from citecheck.parse.reader import PRINTED_FIELD
from citecheck.vocabulary import python_name

FRIEDMAN = ('Thomas L. Friedman, "We Are Suddenly Taking On China and Russia at the Same Time", New York Times, '
            "12 October 2022, https://www.nytimes.com/2022/10/12/opinion/china-russia.html")


def test_a_footnote_becomes_a_reference_with_its_fields_and_its_printed_text():
    read = read_footnote(FRIEDMAN, [])
    ref = read.reference
    assert (ref.id, ref.type, ref.title, ref.container_title) == (
        "friedman2022we", "article-newspaper", "We Are Suddenly Taking On China and Russia at the Same Time",
        "New York Times")
    assert getattr(ref, python_name(PRINTED_FIELD)) == FRIEDMAN
    assert (ref.footnote, read.comment) == (None, None)  # no number printed: none made up


def test_the_id_is_the_next_free_one_unless_one_is_asked_for():
    assert read_footnote(FRIEDMAN, ["friedman2022we"]).reference.id == "friedman2022we-2"
    assert read_footnote(FRIEDMAN, [], ref_id="nyt").reference.id == "nyt"
    with pytest.raises(UsageError, match="^--id 'nyt' is already in use$"):
        read_footnote(FRIEDMAN, ["nyt"], ref_id="nyt")


def test_the_footnote_is_the_number_printed_or_the_one_given():
    assert read_footnote(f"12. {FRIEDMAN}", []).reference.footnote == 12
    assert read_footnote(f"[12] {FRIEDMAN}", [], footnote=3).reference.footnote == 3


def test_a_doubtful_read_says_so_about_the_number_it_ends_with():
    assert read_footnote("[5] Lavrov, S. Remarks. TASS, 2024.", [], footnote=3).comment == (
        "needs a look: footnote 3 (no title found)")
    assert read_footnote("Lavrov, S. Remarks. TASS, 2024.", []).comment == "needs a look (no title found)"


def test_text_with_no_footnote_or_several_is_refused():
    with pytest.raises(InputError) as raised:
        read_footnote("a b", [])
    assert str(raised.value).startswith("--from-text:1:1: no references section")
    with pytest.raises(UsageError, match="^--from-text takes one footnote; this text holds 2 "):
        read_footnote('1. A. Smith, "One", Times, 2020.\n2. B. Jones, "Two", Post, 2021.', [])
