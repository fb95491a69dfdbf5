"""Kept note lines go back to their fields on BibTeX/BibLaTeX export, and a re-import gets the fields back."""

from citecheck.formats import get
from citecheck.model import Reference

BIBLATEX, BIBTEX = get("biblatex"), get("bibtex")
_KEPT = ("@book{b, title = {T}, author = {A}, editor = {E}, editortype = {founder}, editora = {Roe, R.},"
         " editoratype = {redactor}, foreword = {F, F.}, mrclass = {12}, location = {X}, address = {Y}, note = {N}}")


def test_a_kept_line_of_a_biblatex_field_is_written_as_that_field_and_the_rest_stays_the_note():
    [ref] = BIBLATEX.read(_KEPT, "refs.bib").references
    assert ref.note == ("N\neditortype: founder\neditora: Roe, R.\neditoratype: redactor\nforeword: F, F.\n"
                        "mrclass: 12\naddress: Y")
    assert BIBLATEX.dump([ref]) == (
        "@book{b,\n  author       = {A},\n  editor       = {E},\n  title        = {T},\n  location     = {X},\n"
        "  note         = {N\\par mrclass: 12\\par address: Y},\n  editortype   = {founder},\n"
        "  editora      = {Roe, R.},\n  editoratype  = {redactor},\n  foreword     = {F, F.},\n}\n")
    # address: citecheck writes location; the note's lines end in \par


def test_the_fields_written_back_come_back_from_a_re_import():
    [ref] = BIBLATEX.read(_KEPT, "refs.bib").references
    [again] = BIBLATEX.read(BIBLATEX.dump([ref]), "refs.bib").references
    assert again.note == "N\nmrclass: 12\naddress: Y\neditortype: founder\neditora: Roe, R.\n" \
        "editoratype: redactor\nforeword: F, F."


def test_a_line_for_a_field_the_entry_type_does_not_take_or_citecheck_writes_stays_in_the_note():
    ref = Reference.model_validate({"id": "w", "type": "webpage", "title": "T", "URL": "https://example.org/",
                                    "note": "foreword: F\nurl: https://other.org/\nmonth: 10 jan\noptions: x"})
    assert "  note         = {foreword: F\\par url: https://other.org/\\par month: 10 jan\\par options: x},\n" \
        in BIBLATEX.dump([ref])


def test_bibtex_takes_back_its_own_fields_and_a_better_bibtex_tex_line_and_keeps_the_access_date():
    ref = Reference.model_validate({"id": "r", "type": "book", "title": "T", "author": [{"family": "A"}],
                                    "publisher": "P", "accessed": "2020-01-02",
                                    "note": "tex.howpublished: Privately\nkey: K"})  # key: the reader ignores it
    assert BIBTEX.dump([ref]) == (
        "@book{r,\n  author       = {A},\n  title        = {T},\n  publisher    = {P},\n"
        "  note         = {key: K. Accessed 2020-01-02},\n  howpublished = {Privately},\n}\n")


def test_no_note_line_goes_to_a_field_the_reader_ignores():
    from citecheck.formats import bibnote, bibread

    for entry_type in ("article", "book", "online", "misc"):
        assert bibnote.biblatex_fields(entry_type).isdisjoint(bibread._IGNORED)
    assert bibnote.BIBTEX_FIELDS.isdisjoint(bibread._IGNORED)
