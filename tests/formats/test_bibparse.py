import os
import re
import tracemalloc

import pytest

from citecheck.formats.bibparse import halves, parse, resolve_value
from helpers import ROOT


def _read(text):
    entries, failures = parse(text)
    return [(e.entry_type, e.key, e.line, e.fields) for e in entries], failures


def test_a_block_starts_a_line_after_blanks_only_and_an_at_sign_elsewhere_is_text():
    text = ("@comment{ x @string{y = \"z\"} }\n"
            "  @article{a1,\n  title = {Mail me at x@string.org},\n  note = \"see @string{no}\",\n}\n"
            "text before @misc{ignored, title={no}}\n"
            "\t@Misc{b2, title = {Tabbed}}\n")
    assert _read(text) == ([
        ("article", "a1", 2, {"title": "Mail me at x@string.org", "note": "see @string{no}"}),
        ("misc", "b2", 7, {"title": "Tabbed"}),
    ], [])


def test_a_string_macro_at_the_start_of_a_line_is_expanded_by_bibtexparser():
    text = "@misc{first, title={first}}\n  @STRING{jn = \"Journal\"}\n@misc{c3, journal = jn, title={t}}\n"
    assert _read(text) == ([("misc", "first", 1, {"title": "first"}),
                            ("misc", "c3", 3, {"journal": "Journal", "title": "t"})], [])


def test_a_string_macro_after_other_text_on_its_line_is_not_one():
    text = "@misc{first, title={first}}\nx @string{jn = \"J\"}\n@misc{c3, journal = {J2}, title={t}}\n"
    assert _read(text) == ([("misc", "first", 1, {"title": "first"}),
                            ("misc", "c3", 3, {"journal": "J2", "title": "t"})], [])


def test_a_block_that_cannot_be_read_is_reported_with_its_line_and_the_others_still_read():
    text = "@misc{first, title={first}}\n\t @ article {sp, title={spaced}}\n@misc{last, title={last}\n"
    entries, failures = _read(text)
    assert entries == [("misc", "first", 1, {"title": "first"}), ("article", "sp", 2, {"title": "spaced"})]
    assert failures == [(3, "cannot parse @misc{last: Unexpectedly reached end of file.")]


def test_a_long_quoted_value_is_joined_in_memory_of_its_own_size():
    # a regex without possessive quantifiers kept ~150 bytes per character: 1.6 GB for a 12 MB value
    value = "T" + "  -\n" * 250_000 + "e"
    tracemalloc.start()
    try:
        assert resolve_value(f'"{value}" # "!"', {}) == value + "!"
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * len(value)


def test_an_entry_with_a_value_past_the_text_limit_is_a_failure_at_its_line_naming_the_limit():
    huge = "\\'e" * 40_000
    text = f"@misc{{ok, title = {{T}}}}\n\n@misc{{big, note = {{x}},\n  title = {{{huge}}}}}\n"
    entries, failures = parse(text)
    assert [entry.key for entry in entries] == ["ok"]
    assert failures == [(3, "big.title: a text value has at most 100,000 characters (the limit), "
                            "this one has 120,000")]


def test_a_field_name_or_key_running_over_lines_fails_its_entry_with_a_one_line_message():
    text = '@string{a = "x"}\n@misc{k,\n  url \n b = a}\n@misc{ok, title = a # "y"}\n@booklet{b-\n  author = {A}}\n'
    entries, failures = parse(text)
    assert [(entry.key, entry.fields) for entry in entries] == [("ok", {"title": "xy"})]
    assert failures == [(2, "cannot parse k: 'url b' is not a key or field name"),
                        (6, "cannot parse @booklet{b- author =: Expected comma after entry key, but found =")]


def test_a_bare_word_no_string_defines_is_kept_and_named_as_undefined_but_months_and_numbers_are_not():
    # issue 15: title = a # " there" was imported as the title "a there" without a word
    text = ('@article{k1, title = a # " there", month = jan, year = 2020}\n'
            '@article{k2, journal = jcp, pages = 12-14, month = {May}}\n'
            '@string{acm = "ACM"}\n@misc{k3, publisher = acm # " Press", note = xyz}\n')
    entries, failures = parse(text)
    assert failures == []
    assert [(e.key, e.fields.get("title") or e.fields.get("journal") or e.fields["publisher"], e.undefined)
            for e in entries] == [("k1", "a there", [("title", "a")]), ("k2", "jcp", [("journal", "jcp")]),
                                  ("k3", "ACM Press", [("note", "xyz")])]
    fast, _ = parse("@article{k4, journal = jcp, month = dec, volume = 3}\n")  # the fast path, no @string
    assert fast[0].undefined == [("journal", "jcp")]


# ---- halves: a file cut in two where a block starts a line parses as the whole does ----

CORPUS_BIB = sorted((ROOT.parent / "shared" / "corpus" / "bibtex").glob("*.bib"))


def _in_halves(text):
    first, second, line = halves(text)
    (entries, failures), (more, more_failures) = parse(first, ends_file=False), parse(second, line)
    return [(e.entry_type, e.key, e.line, e.fields) for e in entries + more], sorted(failures + more_failures)


def test_a_file_cut_in_halves_parses_into_the_wholes_entries_lines_and_failures():
    text = "".join(f"@misc{{k{n},\n  title = {{T{n}}},\n  note = {{a\n@b}}\n}}\n\n" for n in range(9))
    text += "@misc{broken, title = {unbalanced }\n@misc{last, title = {L}}\n"
    assert _in_halves(text) == _read(text)
    first, second, line = halves(text)
    assert first + second == text and first.endswith("\n") and second.startswith("@")  # where a block starts a line
    assert line == first.count("\n") + 1


def test_a_file_with_string_macros_or_no_block_past_its_middle_is_not_cut():
    assert halves('@string{j = "J"}\n@misc{a, journal = j}\n@misc{b, title = {B}}\n') is None
    assert halves("@misc{a, title = {" + "x" * 100 + "}}\n") is None


@pytest.mark.skipif(not CORPUS_BIB and not os.environ.get("CI"), reason="the corpus lives in ../shared")
@pytest.mark.parametrize("path", CORPUS_BIB, ids=lambda path: path.name)
def test_every_corpus_file_that_can_be_cut_parses_in_halves_as_it_parses_whole(path):
    text = path.read_text(encoding="utf-8-sig")
    if halves(text) is None:  # not cut: @string macros (bibtexparser reads the whole), or no entry past the middle
        later = re.findall(r"\n[ \t]*@[ \t]*([A-Za-z]+)", text[len(text) // 2:])
        assert "@string" in text.lower() or not [kind for kind in later if kind.lower() not in ("comment", "preamble")]
    else:
        assert _in_halves(text) == _read(text)


def test_a_value_holding_a_line_that_starts_with_at_is_read_to_the_entrys_closing_brace():
    text = ("@article{a,\n  title = {T},\n  abstract = {Line one\n@twitter handle\n@misc{x, y}},\n  year = {2001}\n}\n"
            "@misc{b, title = {B}}\n")
    entries, failures = parse(text)
    assert failures == []
    assert [(e.key, e.line, e.fields) for e in entries] == [
        ("a", 1, {"title": "T", "abstract": "Line one\n@twitter handle\n@misc{x, y}", "year": "2001"}),
        ("b", 8, {"title": "B"})]


def test_a_block_whose_brace_never_closes_is_skipped_alone_and_the_next_block_is_read():
    entries, failures = parse("@misc{a, title = {open\n@misc{b, title = {B}}\n")
    assert [e.key for e in entries] == ["b"] and [line for line, _ in failures] == [1]


def test_such_a_block_that_the_fast_reader_leaves_to_bibtexparser_is_read_whole_too():
    entries, failures = parse('@misc{a, title = "Con" # "cat", abstract = {Thanks\n@user for it}}\n@misc{b}\n')
    assert failures == [] and [(e.key, e.fields) for e in entries][0] == (
        "a", {"title": "Concat", "abstract": "Thanks\n@user for it"})
