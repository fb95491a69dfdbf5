import pytest
from pydantic import ValidationError

from citecheck import vocabulary as csl
from citecheck.model import Reference, dump_references, validate_references
from citecheck.model.reference import reference_fields

ARTICLE = {
    "id": "friedman2022suddenly",
    "type": "article-newspaper",
    "footnote": 2,
    "title": "We Are Suddenly Taking On China and Russia at the Same Time",
    "author": [{"family": "Friedman", "given": "Thomas"}],
    "container-title": "New York Times",
    "issued": "2022-10-12",
    "URL": "https://example.org/a",
    "publisher-place": "New York",
    "volume": 3,
    "page": "12-14",
}


def test_csl_keys_in_files_become_snake_case_attributes():
    ref = Reference.model_validate(ARTICLE)
    assert (ref.container_title, ref.url, ref.publisher_place, ref.volume) == (
        "New York Times", "https://example.org/a", "New York", 3)
    assert ref.names("author")[0].family == "Friedman"


def test_every_standard_csl_variable_is_a_field():
    fields = set(reference_fields().values())
    for key in csl.NAME_VARIABLES + csl.DATE_VARIABLES + csl.NUMBER_VARIABLES + csl.STRING_VARIABLES:
        assert key in fields, key


def test_all_45_csl_types_are_accepted():
    assert len(csl.ITEM_TYPES) == 45
    for item_type in csl.ITEM_TYPES:
        assert Reference.model_validate({"id": "x", "type": item_type}).type == item_type


def test_to_csl_gives_csl_json_with_date_parts_and_no_empty_fields():
    assert Reference.model_validate(ARTICLE).to_csl() == {
        "id": "friedman2022suddenly",
        "type": "article-newspaper",
        "footnote": 2,
        "title": "We Are Suddenly Taking On China and Russia at the Same Time",
        "author": [{"family": "Friedman", "given": "Thomas"}],
        "container-title": "New York Times",
        "issued": {"date-parts": [[2022, 10, 12]]},
        "URL": "https://example.org/a",
        "publisher-place": "New York",
        "page": "12-14",
        "volume": 3,
    }


def test_dumped_references_validate_back_to_equal_models():
    refs = validate_references([ARTICLE, {"id": "b", "type": "webpage", "author": [{"literal": "TASS"}]}])
    assert validate_references(dump_references(refs)) == refs


@pytest.mark.parametrize(
    "change, fragment",
    [
        ({"type": "blog"}, "type"),
        ({"container_titel": "x"}, "container_titel"),
        ({"footnote": "2"}, "footnote"),
        ({"title": 1984}, "title"),
        ({"id": ""}, "id"),
    ],
)
def test_wrong_values_are_refused(change, fragment):
    with pytest.raises(ValidationError) as caught:
        Reference.model_validate({**ARTICLE, **change})
    assert fragment in str(caught.value)


def _error(item) -> tuple[str, tuple, str]:
    with pytest.raises(ValidationError) as caught:
        Reference.model_validate(item)
    first = caught.value.errors()[0]
    return first["type"], first["loc"], first["msg"]


def test_a_footnote_or_numeric_id_past_the_digit_limit_is_refused():
    assert _error({"id": "a", "type": "book", "footnote": 10**5000})[:2] == ("less_than_equal", ("footnote",))
    # str() of a 5,000-digit id raised ValueError from inside the id's own conversion
    assert _error({"id": 10**5000, "type": "book"})[2] == (
        "Value error, a whole number has at most 15 digits (the limit), this one has 5001")  # 10**5000


def test_text_past_the_length_limit_is_refused():
    assert _error({"id": "a", "type": "book", "title": "x" * 100_001})[:2] == ("string_too_long", ("title",))


def test_custom_nested_past_the_depth_limit_is_refused():
    deep: list = []
    for _ in range(5_000):
        deep = [deep]
    kind, loc, msg = _error({"id": "a", "type": "book", "custom": {"a": deep}})
    assert (kind, loc, msg) == ("value_error", ("custom",), "Value error, nested deeper than 64 levels (the limit)")
