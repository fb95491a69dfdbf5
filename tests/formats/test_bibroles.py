"""BibLaTeX's name roles (editortype...) read into CSL's name variables, and written back as roles."""

from citecheck import formats
from citecheck.formats import biblatex, bibwrite, get
from citecheck.model import Reference

BIBLATEX = get("biblatex")
_ROLES = ("@book{a, title = {T}, author = {A, B.}, editor = {Doe, J.}, editortype = {compiler},"
          " editora = {Roe, R.}, editoratype = {Director}, editorb = {Poe, P.}, editorbtype = {collaborator},"
          " editorc = {Zoe, Z.}, editorctype = {founder}}")


def test_a_role_csl_has_a_variable_for_is_read_into_it_and_one_it_has_none_for_stays_in_note():
    result = BIBLATEX.read(_ROLES, "refs.bib")
    [data] = [r.to_csl() for r in result.references]
    assert {k: data[k] for k in ("compiler", "director", "contributor", "note")} == {
        "compiler": [{"family": "Doe", "given": "J."}], "director": [{"family": "Roe", "given": "R."}],
        "contributor": [{"family": "Poe", "given": "P."}], "note": "editorc: Zoe, Z.\neditorctype: founder"}
    assert "editor" not in data
    assert result.notices == ["refs.bib: kept in note (no CSL field): editorc (1), editorctype (1)"]


def test_an_editor_typed_editor_is_the_editor_and_editora_is_it_when_there_is_none():
    [one, two] = BIBLATEX.read("@book{a, title = {T}, editor = {Doe, J.}, editortype = {editor}}\n"
                               "@book{b, title = {T}, editora = {Roe, R.}, editoratype = {editor}}",
                               "refs.bib").references
    assert (one.to_csl()["editor"], one.note) == ([{"family": "Doe", "given": "J."}], None)
    assert (two.to_csl()["editor"], two.note) == ([{"family": "Roe", "given": "R."}], None)


def test_the_writer_puts_each_role_in_the_first_free_list_and_the_round_trip_is_exact():
    ref = Reference.model_validate({"id": "a", "type": "book", "title": "T", "author": [{"family": "A"}],
                                    "editor": [{"family": "E"}],
                                    "compiler": [{"family": "C"}], "producer": [{"family": "P"}]})
    text = "".join(BIBLATEX.write([ref]))
    assert "  editor       = {E},\n" in text
    assert ("  editora      = {C},\n  editoratype  = {compiler},\n"
            "  editorb      = {P},\n  editorbtype  = {producer},\n") in text
    assert [r.to_csl() for r in BIBLATEX.read(text, "refs.bib").references] == [ref.to_csl()]
    assert BIBLATEX.uncarried([ref]) == {}


def test_with_no_editor_a_role_takes_the_editor_list_and_more_roles_than_lists_are_said():
    names = [{"family": "N"}]
    ref = Reference.model_validate({"id": "a", "type": "book", "title": "T", "author": names, "compiler": names,
                                    "contributor": names, "organizer": names, "director": names, "producer": names})
    text = "".join(BIBLATEX.write([ref]))
    assert "  editor       = {N},\n  editortype   = {compiler},\n" in text
    assert "  editorc      = {N},\n  editorctype  = {director},\n" in text
    assert BIBLATEX.uncarried([ref]) == {"producer": 1}


def test_an_entry_type_without_editora_takes_one_role_in_editor_and_says_the_others():
    names = [{"family": "N"}]
    ref = Reference.model_validate({"id": "a", "type": "webpage", "title": "T", "URL": "https://example.org/",
                                    "compiler": names, "curator": names})
    text = "".join(BIBLATEX.write([ref]))
    assert "  editor       = {N},\n  editortype   = {compiler},\n" in text and "editora" not in text
    assert BIBLATEX.uncarried([ref]) == {"curator": 1}


def test_biblatex_says_the_roles_it_cannot_write_as_the_general_count_does():
    names = [{"family": "N"}]
    refs = [Reference.model_validate({"id": "a", "type": "webpage", "title": "T", "URL": "https://example.org/",
                                      "compiler": names, "curator": names}),
            Reference.model_validate({"id": "b", "type": "report", "title": "T", "author": names, "genre": "G",
                                      "publisher": "P", "director": names})]  # @report: no editor field
    assert BIBLATEX.uncarried(refs) == {"curator": 1, "director": 1}
    assert formats.uncarried(refs, BIBLATEX.carried(), lambda ref: bibwrite.lost_keys(ref, biblatex.DIALECT)) == \
        {"curator": 1, "director": 1}
