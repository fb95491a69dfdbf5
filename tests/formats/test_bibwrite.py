from citecheck import formats
from citecheck.formats import biblatex, bibtex, bibwrite, get
from citecheck.formats.bibdialect import CARRIES
from citecheck.model import Reference
from formats.hostile import hostile_references

BIBTEX = get("bibtex")
BIBLATEX = get("biblatex")


def _ref(**fields) -> Reference:
    return Reference.model_validate({"id": "r", "type": "webpage", "title": "A title", **fields})


LOSSY = [
    _ref(id="a", type="webpage", volume="3", issue="2", edition="2nd", medium="print", URL="https://x.org"),
    _ref(id="b", type="article-newspaper", volume="3", author=[{"family": "Smith"}], **{"container-title": "Y"}),
    _ref(id="c", type="bill", **{"event-title": "Summit", "event-place": "Rome", "collection-title": "S"}),
    _ref(id="d", type="webpage", volume="4", URL="https://x.org/2"),
    *hostile_references(),
]


def test_the_per_shape_count_of_what_has_no_place_agrees_with_the_general_one():
    for name, dialect in (("biblatex", biblatex.DIALECT), ("bibtex", bibtex.DIALECT)):
        assert get(name).uncarried(LOSSY) == formats.uncarried(LOSSY, CARRIES, lambda ref: bibwrite.lost_keys(ref, dialect))
    assert BIBLATEX.uncarried(LOSSY) == {"volume": 2, "issue": 1, "edition": 1, "medium": 1, "event-title": 1,
                                         "event-place": 1, "collection-title": 1}
    # BibTeX styles ignore fields they do not know: BibTeX has a place for all but CSL's medium
    assert BIBTEX.uncarried(LOSSY) == {"medium": 1}


def test_the_same_title_is_protected_in_an_english_reference_and_left_alone_in_a_german_one():
    english = _ref(id="en", title="News from NYC", language="en")
    german = _ref(id="de", title="News from NYC", language="de")
    text = BIBLATEX.dump([english, german, english])
    assert text.count("title        = {News from {NYC}},") == 2
    assert text.count("title        = {News from NYC},") == 1
    assert BIBTEX.dump([german, english]).split("\n\n")[0].count("title        = {{News from NYC}},") == 1


def test_a_circa_date_is_written_apart_from_the_same_exact_date():
    exact = _ref(id="x", issued={"date-parts": [[1990]]})
    circa = _ref(id="y", issued={"date-parts": [[1990]], "circa": True})
    text = BIBLATEX.dump([exact, circa])
    assert [line for line in text.splitlines() if line.startswith("  date")] == [
        "  date         = {1990},", "  date         = {1990~},"]


def test_bibtex_writes_the_access_date_as_the_last_field_when_there_is_no_note_and_inside_the_note_otherwise():
    without_note = _ref(id="p", accessed="2022-01-03", language="fr")
    with_note = _ref(id="q", accessed="2022-01-03", note="Paywalled", language="fr")
    assert BIBTEX.dump([without_note, with_note]) == """\
@misc{p,
  title        = {{A title}},
  langid       = {french},
  note         = {Accessed 2022-01-03},
  entrysubtype = {webpage},
}

@misc{q,
  title        = {{A title}},
  langid       = {french},
  note         = {Paywalled. Accessed 2022-01-03},
  entrysubtype = {webpage},
}
"""


def test_entries_come_in_chunks_that_join_to_the_whole_export():
    refs = [_ref(id=f"r{i}", title=f"Title {i}") for i in range(2500)]
    chunks = list(BIBLATEX.write(refs))
    assert len(chunks) == 3
    assert "".join(chunks) == "\n".join(bibwrite.entry(ref, ref.id, biblatex.DIALECT) for ref in refs)


def test_bibtex_writes_no_access_note_for_an_empty_access_date():
    without_note = _ref(id="p", accessed={"literal": ""}, language="fr")
    with_note = _ref(id="q", accessed={"literal": " "}, note="Paywalled", language="fr")
    text = BIBTEX.dump([without_note, with_note])
    assert [line for line in text.splitlines() if line.startswith("  note")] == ["  note         = {Paywalled},"]


def test_a_language_given_by_its_name_is_written_as_the_babel_name_and_read_back_as_its_tag():
    ref = _ref(id="d", language="Dutch")
    text = BIBLATEX.dump([ref])
    assert ("  langid       = {dutch}," in text.splitlines(), BIBLATEX.read(text, "refs.bib").references[0].language) \
        == (True, "nl")  # babel knows no "Dutch"; nl is the same language as CSL spells it (a documented loss)


def test_a_note_of_several_lines_is_written_with_par_and_comes_back_with_its_lines_one_line_unchanged():
    lines = _ref(id="n", type="book", note="tex.howpublished: x\nA second remark, 100%\n\n<i>Third</i>\n",
                 accessed="2022-01-03")
    one = _ref(id="o", type="book", note="One line")
    written = "tex.howpublished: x\\par A second remark, 100\\%\\par \\par \\textit{Third}"
    for dialect, note in ((BIBLATEX, written), (BIBTEX, written + ". Accessed 2022-01-03")):
        text = dialect.dump([lines, one])
        assert f"  note         = {{{note}}},\n" in text
        assert "  note         = {One line},\n" in text
        again = dialect.read(text, "refs.bib").references
        assert [ref.note for ref in again] == ["tex.howpublished: x\nA second remark, 100%\n\n<i>Third</i>",
                                               "One line"]


def test_an_abstract_and_an_annotation_of_several_lines_are_written_with_par_and_come_back_with_their_lines():
    kept = {"abstract": "First paragraph, 100%.\n\nSecond <i>paragraph</i>.\n", "annote": "Read it.\nTwice."}
    many = _ref(id="m", type="book", **kept)
    one = _ref(id="o", type="book", abstract="One line", annote="One")
    for dialect, field in ((BIBLATEX, "annotation"), (BIBTEX, "annote")):
        text = dialect.dump([many, one])
        assert "  abstract     = {First paragraph, 100\\%.\\par \\par Second \\textit{paragraph}.},\n" in text
        assert f"  {field:<12} = {{Read it.\\par Twice.}},\n" in text
        assert "  abstract     = {One line},\n" in text and f"  {field:<12} = {{One}},\n" in text
        again = dialect.read(text, "refs.bib").references
        assert [(ref.abstract, ref.annote) for ref in again] == [
            ("First paragraph, 100%.\n\nSecond <i>paragraph</i>.", "Read it.\nTwice."), ("One line", "One")]
