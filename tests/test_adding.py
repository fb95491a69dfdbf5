import pytest

from citecheck.adding import NewReference, build
from citecheck.errors import UsageError


def test_people_are_split_as_typed_and_organisations_kept_whole():
    ref = build(NewReference("report", ["Smith, Anna", "Ludwig van Beethoven", "Smith, Jr., John"], ["UN DESA"],
                             {"title": "World Population Prospects", "date": "2024"}), [])
    assert [name.model_dump(exclude_none=True, by_alias=True) for name in ref.author] == [
        {"family": "Smith", "given": "Anna"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        {"family": "Smith", "given": "John", "suffix": "Jr."},
        {"literal": "UN DESA"},
    ]


def test_the_id_is_made_as_import_makes_it_and_kept_distinct_from_the_files():
    new = NewReference("article-newspaper", ["Friedman, Thomas"], [], {"title": "We Are Suddenly", "date": "2022"})
    assert build(new, []).id == "friedman2022we"
    assert build(new, ["friedman2022we", "friedman2022we-2"]).id == "friedman2022we-3"


def test_a_given_id_already_in_use_is_refused():
    with pytest.raises(UsageError, match=r"^--id 'a' is already in use$"):
        build(NewReference("webpage", id="a"), ["a"])


def test_an_impossible_date_is_refused_naming_the_option():
    with pytest.raises(UsageError, match=r"^--date '2022-30-01': month must be in 1..12, got 30$"):
        build(NewReference("webpage", fields={"date": "2022-30-01"}), [])


def test_an_unknown_type_gets_a_did_you_mean():
    with pytest.raises(UsageError, match=r"^--type 'post-weblg' is not a CSL type \(did you mean 'post-weblog'\?\)$"):
        build(NewReference("post-weblg"), [])


def test_blank_fields_are_left_out():
    ref = build(NewReference("webpage", fields={"title": "T", "container": "  "}), [])
    assert (ref.title, ref.container_title) == ("T", None)
