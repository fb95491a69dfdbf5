from collections import Counter

import pytest

from citecheck.errors import InputError
from citecheck.load import parse_references
from citecheck.load.foreign_keys import keep_foreign, looks_misspelt
from citecheck.vocabulary import ALL_KEYS


@pytest.mark.parametrize("key", ["tittle", "auther", "containertitle", "publisher_place", "url", "doi", "Issued",
                                 "typo", "notes"])
def test_a_key_one_or_two_edits_from_a_csl_key_or_the_same_folded_looks_misspelt(key):
    assert looks_misspelt(key, ALL_KEYS)


@pytest.mark.parametrize("key", ["license", "part-number", "multi", "isInstitution", "_graph", "comment",
                                 "zotero-key", "x"])
def test_a_key_tools_write_or_far_from_every_csl_key_is_another_tools_data(key):
    assert not looks_misspelt(key, ALL_KEYS)


def test_keep_foreign_moves_only_the_keys_it_keeps_and_counts_them():
    items = [{"id": "a", "type": "book", "license": "x", "tittle": "T", "custom": {"mine": 1}}]
    errors = [{"type": "unexpected_keyword_argument", "loc": (0, "license")},
              {"type": "unexpected_keyword_argument", "loc": (0, "tittle")}]
    kept: Counter[str] = Counter()
    assert keep_foreign(items, errors, kept)
    assert items == [{"id": "a", "type": "book", "tittle": "T", "custom": {"mine": 1, "license": "x"}}]
    assert kept == Counter({"license": 1})


def test_citechecks_own_file_keeps_another_tools_keys_and_says_so_once():
    loaded = parse_references("references:\n  - id: a\n    type: book\n    license: CC0\n"
                              "  - id: b\n    type: book\n    license: CC0\n", "refs.yaml")
    assert [ref.custom for ref in loaded.references] == [{"license": "CC0"}] * 2
    assert loaded.notices == ("refs.yaml: kept in custom (not CSL variables): license (2)",)


def test_a_kept_key_holding_a_line_break_is_named_quoted_on_the_notices_one_line():
    loaded = parse_references('references:\n  - id: a\n    type: book\n    "lic\\nense": CC0\n', "refs.yaml")
    assert loaded.notices == ("refs.yaml: kept in custom (not CSL variables): 'lic\\nense' (1)",)


def test_a_typo_in_a_hand_written_file_is_still_an_error_at_its_line_with_did_you_mean():
    with pytest.raises(InputError) as refused:
        parse_references("references:\n  - id: a\n    type: book\n    license: CC0\n    tittle: T\n", "refs.yaml")
    assert [str(p) for p in refused.value.problems] == [
        "refs.yaml:5:5: references[0].tittle: unknown field 'tittle' (did you mean 'title'?)"]
