"""Issue 10's "nothing dropped silently" in the bib reader: a second field for one variable, a macro it does not
know, an environment in a name list."""

from citecheck.formats import get

BIBLATEX, BIBTEX = get("biblatex"), get("bibtex")


def test_a_second_field_for_one_variable_with_another_value_is_kept_in_note_and_counted():
    result = BIBLATEX.read("@inproceedings{a, title = {T}, address = {New York, NY, USA}, "
                           "location = {Dallas, Texas}}", "refs.bib")
    [reference] = result.references
    assert (reference.to_csl()["publisher-place"], reference.note) == ("New York, NY, USA", "location: Dallas, Texas")
    assert result.notices == ["refs.bib: kept in note (no CSL field): location (1)"]


def test_a_second_field_with_the_same_value_adds_nothing():
    result = BIBLATEX.read("@article{a, title = {T}, journal = {J}, journaltitle = {J}}", "refs.bib")
    [reference] = result.references
    assert (reference.to_csl()["container-title"], reference.note, result.notices) == ("J", None, [])


def test_a_second_biblatex_only_field_for_one_variable_is_kept_in_note():
    [reference] = BIBLATEX.read("@book{a, title = {T}, annotation = {One}, annote = {Two}}", "refs.bib").references
    assert (reference.to_csl()["annote"], reference.note) == ("One", "annote: Two")


def test_an_unknown_macro_keeps_its_argument_and_is_said_at_its_entry():
    result = BIBTEX.read("@misc{u,\n  note = {x \\unknown{arg} y \\other z \\emph{e}},\n}", "refs.bib")
    assert [r.note for r in result.references] == ["x arg y z <i>e</i>"]
    assert [str(p) for p in result.problems] == [
        "refs.bib:1:1: u: note: \\unknown is a LaTeX macro citecheck does not know: dropped (its argument kept as text)",
        "refs.bib:1:1: u: note: \\other is a LaTeX macro citecheck does not know: dropped (its argument kept as text)"]


def test_known_macros_accents_and_declarations_are_not_said():
    result = BIBTEX.read("@misc{k, title = {{\\em A} \\c{c} \\ss{} \\TeX{} \\href{u}{v} \\textbf{b}}}", "refs.bib")
    assert result.problems == []


def test_an_environment_in_a_name_list_reads_as_its_content():
    [reference] = BIBTEX.read("@misc{e, author = {A\\begin{center} and \\end{center}B}}", "refs.bib").references
    assert reference.to_csl()["author"] == [{"family": "A and B"}]


def test_an_environment_in_a_text_field_reads_as_its_content():
    [reference] = BIBTEX.read("@misc{e, title = {A\\begin{center} and \\end{center}B}}", "refs.bib").references
    assert reference.title == "A and B"


def test_an_empty_field_is_read_as_absent_and_nothing_is_said_for_it():
    text = ("@article{a, title = {}, author = {}, editor = { }, journal = {}, date = {}, urldate = {}, year = {},"
            " volume = {}, pages = {}, doi = {}, url = {}, subtitle = {}, keywords = {}, note = {{ }}, series = {},"
            " eprint = {}, eprinttype = {}, language = {}, abstract = {}, publisher = {}}\n"
            "@book{b, title = {T}, year = {}, number = {}, bookauthor = {}, addendum = {}, editortype = {}}")
    for dialect in (BIBTEX, BIBLATEX):
        result = dialect.read(text, "refs.bib")
        assert [r.to_csl() for r in result.references] == [{"id": "a", "type": "article-journal"},
                                                           {"id": "b", "type": "book", "title": "T"}]
        assert (result.problems, result.notices) == ([], [])
