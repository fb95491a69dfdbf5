from citecheck.parse.names import split_names


def test_a_byline_word_is_not_part_of_the_name_and_casing_is_kept():
    assert split_names("BY M. K. BHADRAKUMAR,") == [{"family": "BHADRAKUMAR", "given": "M. K."}]
    assert split_names("By Alfred W. McCoy ,") == [{"family": "McCoy", "given": "Alfred W."}]


def test_a_capitalised_particle_is_part_of_the_family_name_a_lower_case_one_is_a_particle():
    assert split_names("John S. Van Oudenaren,") == [{"family": "Van Oudenaren", "given": "John S."}]
    assert split_names("Ludwig van Beethoven") == [
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]


def test_apa_lists_keep_the_period_of_each_initial():
    assert split_names("Romero, C., Paunesku, D., & Dweck, C.") == [
        {"family": "Romero", "given": "C."}, {"family": "Paunesku", "given": "D."}, {"family": "Dweck", "given": "C."}]


def test_ieee_and_mla_orders():
    assert split_names("G. Baker, I. Sokolov, and G. J. Turner,") == [
        {"family": "Baker", "given": "G."}, {"family": "Sokolov", "given": "I."}, {"family": "Turner", "given": "G. J."}]
    assert split_names("Johnson, Ines, and Mary Smith.") == [
        {"family": "Johnson", "given": "Ines"}, {"family": "Smith", "given": "Mary"}]


def test_vancouver_initials_follow_the_family_name_and_et_al_ends_the_list():
    assert split_names("Polack FP, Thomas SJ, de la Cruz A, et al.") == [
        {"family": "Polack", "given": "FP"}, {"family": "Thomas", "given": "SJ"},
        {"family": "Cruz", "given": "A", "non-dropping-particle": "de la"}]
    assert split_names("Heidegger M.,") == [{"family": "Heidegger", "given": "M."}]


def test_suffixes_and_organisations():
    assert split_names("Robert D. Hershey, Jr.") == [{"family": "Hershey", "given": "Robert D.", "suffix": "Jr."}]
    assert split_names("Reuters,") == [{"literal": "Reuters"}]
    assert split_names("World Health Organization") == [{"literal": "World Health Organization"}]


def test_editor_spans_lose_their_role_words():
    assert split_names("In O. Card (Ed.),", editors=True) == [{"family": "Card", "given": "O."}]
    assert split_names("edited by Jane Doe and John Roe,", editors=True) == [
        {"family": "Doe", "given": "Jane"}, {"family": "Roe", "given": "John"}]


def test_mla_and_chicago_bibliographies_invert_only_the_first_name():
    assert split_names("Barachant, Alexandre, Stephane Bonnet, Marco Congedo, and Christian Jutten.") == [
        {"family": "Barachant", "given": "Alexandre"}, {"family": "Bonnet", "given": "Stephane"},
        {"family": "Congedo", "given": "Marco"}, {"family": "Jutten", "given": "Christian"}]
