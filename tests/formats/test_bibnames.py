import pytest

from citecheck.formats.bibnames import read_names, write_names
from citecheck.model import Name


@pytest.mark.parametrize(("name", "bibtex"), [
    ({"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"}, "de la Fontaine, Jean"),
    ({"family": "King", "given": "Martin Luther", "suffix": "Jr."}, "King, Jr., Martin Luther"),
    ({"family": "Van Oudenaren", "given": "John S."}, "Van Oudenaren, John S."),
    ({"family": "de la Fontaine", "given": "Jean"}, "{de la Fontaine}, Jean"),
    ({"literal": "Smith and Sons"}, "{Smith and Sons}"),
    ({"literal": "Ministry {of} Truth"}, "{Ministry $\\lbrace$of$\\rbrace$ Truth}"),
    ({"family": "Smith", "suffix": "III"}, "Smith, III, {}"),
    ({"family": "王"}, "王"),
])
def test_each_name_is_written_so_bibtex_splits_it_back_into_the_same_parts(name, bibtex):
    assert write_names([Name.model_validate(name)]) == bibtex
    assert read_names(bibtex) == [name]


def test_an_organisation_with_and_stays_one_author_among_several():
    names = [Name(literal="AT&T Research and Development"), Name(family="Gogh", given="Vincent")]
    assert write_names(names) == "{AT\\&T Research and Development} and Gogh, Vincent"
    assert read_names(write_names(names)) == [{"literal": "AT&T Research and Development"},
                                              {"family": "Gogh", "given": "Vincent"}]


def test_a_dropping_particle_comes_back_as_non_dropping_a_documented_loss():
    written = write_names([Name(family="Humboldt", given="Alexander", dropping_particle="von")])
    assert read_names(written) == [{"family": "Humboldt", "given": "Alexander", "non-dropping-particle": "von"}]


@pytest.mark.parametrize("value", ["Friedman, Thomas", "Van Oudenaren, by John S. and BHADRAKUMAR, BY M. K.",
                                   "Smith, A AND Jones, B", "de la Fontaine, Jean", "Smith, ", "King, Jr., Martin",
                                   "Müller, Ana and Doe, J.", "Li,  Wei  and  O'Brien, Pat"])
def test_the_fast_path_for_plain_names_agrees_with_bibtexparsers_splitter(value):
    from citecheck.formats.bibnames import _read_names

    assert read_names(value) == _read_names(value)


@pytest.mark.parametrize("value", ["van der Østergaard, Priya", "van Éclair, Z", "van Der Berg, A", "de la 李, Björn",
                                   "van 't Hoff, J", "{Smith and Sons} and van Dupont, Mei", "{AT\\&T Research}",
                                   "{Reuters} and Иванова, Björn", "{A} B and Smith, J", "{}", "{Smith and Sons"])
def test_the_fast_path_for_particles_and_organisations_agrees_with_bibtexparsers_splitter(value):
    from citecheck.formats.bibnames import _read_names

    assert read_names(value) == _read_names(value)


def test_the_fast_path_takes_a_plain_particle_and_a_braced_organisation_itself():
    from citecheck.formats.bibnames import _quick_names

    assert _quick_names("{Smith and Sons} and van der Berg, Anna") == [
        {"literal": "Smith and Sons"}, {"family": "Berg", "given": "Anna", "non-dropping-particle": "van der"}]
    assert _quick_names("van Der Berg, A") is None  # a capitalised word after the particle: the general splitter


def test_biblatex_extended_name_format_is_read_as_biber_reads_it():
    from citecheck.formats.bibnames import read_names

    assert read_names("given=A=B, family=C and family=Hoven, given=Jeroen, prefix=van den, useprefix=true") == [
        {"family": "C", "given": "A=B"}, {"family": "Hoven", "given": "Jeroen", "non-dropping-particle": "van den"}]


@pytest.mark.parametrize(("value", "second"), [
    ("Doe, John and \\'Eric Gaussier", {"family": "Gaussier", "given": "Éric"}),
    ('Doe, John and \\"Ozt\\"urk, Omer', {"family": "Öztürk", "given": "Omer"}),
    ("Doe, John and \\v{S}imon, Jan", {"family": "Šimon", "given": "Jan"}),
    ("Doe, John and \\'{E}mile Zola", {"family": "Zola", "given": "Émile"}),
    ("Doe, John AND \\'Eric Gaussier", {"family": "Gaussier", "given": "Éric"}),
])
def test_an_accent_macro_right_after_and_keeps_its_accent(value, second):
    assert read_names(value) == [{"family": "Doe", "given": "John"}, second]


@pytest.mark.parametrize(("value", "name"), [
    ("{\\'{A}}ngel de la Torre", {"family": "Torre", "given": "Ángel", "non-dropping-particle": "de la"}),
    ("{\\'A}ngel de la Torre", {"family": "Torre", "given": "Ángel", "non-dropping-particle": "de la"}),
    ("{\\AE}sop de la Torre", {"family": "Torre", "given": "Æsop", "non-dropping-particle": "de la"}),
    ("\\v{S}imon de Vries", {"family": "Vries", "given": "Šimon", "non-dropping-particle": "de"}),
])
def test_a_word_that_starts_with_a_capital_written_as_a_macro_is_a_given_name_not_a_particle(value, name):
    assert read_names(value) == [name]


def test_a_special_character_of_a_lower_case_letter_starts_a_particle_as_in_bibtex():
    assert read_names("{\\oe}sop de la Torre") == [{"family": "Torre", "non-dropping-particle": "œsop de la"}]


@pytest.mark.parametrize("value", ["Marcelo d'Amorim", "d'Amorim, Marcelo"])
def test_an_elided_particle_stays_in_the_family_name_as_bibtex_and_biber_read_it(value):
    assert read_names(value) == [{"family": "d'Amorim", "given": "Marcelo"}]


def test_an_escape_in_an_organisation_and_a_letter_macro_read_as_bibtex_reads_them():
    assert read_names("{Smith \\& Sons} and Gro\\ss{}mann, Hans") == [
        {"literal": "Smith & Sons"}, {"family": "Großmann", "given": "Hans"}]
