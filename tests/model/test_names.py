import pytest
from pydantic import ValidationError

from citecheck.model import Name


def test_a_person_displays_given_particles_and_family_in_reading_order():
    name = Name.model_validate({"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"})
    assert name.display() == "Ludwig van Beethoven"
    assert name.non_dropping_particle == "van"


def test_a_suffix_follows_a_comma():
    assert Name.model_validate({"family": "King", "given": "Martin Luther", "suffix": "Jr."}).display() == (
        "Martin Luther King, Jr."
    )


def test_an_organisation_is_a_literal():
    name = Name.model_validate({"literal": "Center for the National Interest"})
    assert name.is_organisation and name.display() == "Center for the National Interest"


def test_a_name_needs_a_family_or_a_literal():
    with pytest.raises(ValidationError, match="a name needs a family or a literal"):
        Name.model_validate({"given": "Thomas"})


def test_unknown_name_parts_are_refused():
    with pytest.raises(ValidationError, match="unexpected_keyword_argument"):
        Name.model_validate({"family": "Friedman", "first": "Thomas"})


def test_names_serialise_with_csl_spelling():
    name = Name.model_validate({"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"})
    assert name.model_dump(exclude_none=True) == {
        "family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}
