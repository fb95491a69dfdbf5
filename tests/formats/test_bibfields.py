import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from citecheck.formats import biblatex, bibtex, get
from citecheck.formats.bibfields import date_problem, edtf, field_table, lines, names, text, title, verbatim
from citecheck.formats.bibnames import read_names
from citecheck.formats.latex import decode, decode_rich, normalise_space

# Pieces that meet every branch of the quick paths: escapes, doubled backslashes, commands, braces,
# math, ties, layout whitespace, a no-break space and a control character.
_PIECES = st.sampled_from(["a", "B", " ", "  ", "\t", "\n", "\u00a0", "\x07", "é", "{", "}", "\\", "\\\\",
                           "\\&", "\\%", "\\#", "\\_", "\\$", "$", "~", "\\'e", "\\textbackslash{}",
                           "$\\lbrace$", "$<$", "&", "%", ",", "and", "\\emph{", "{\\bf "])
_VALUES = st.lists(_PIECES, max_size=12).map("".join)


@settings(max_examples=600, deadline=None)
@given(_VALUES)
def test_text_reads_every_value_exactly_as_latex_decode_rich_does(value):
    assert text(value) == decode_rich(value)


@settings(max_examples=300, deadline=None)
@given(_VALUES)
def test_verbatim_reads_every_value_exactly_as_normalise_space_does(value):
    assert verbatim(value) == normalise_space(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("Plain title", "Plain title"), ("The {AI} report", "The AI report"), ("50\\% \\& \\#1 a\\_b", "50% & #1 a_b"),
    ("caf\\'e", "café"), ("a\\\\&b", decode("a\\\\&b")), (" two  spaces\t", "two spaces"),
])
def test_text_takes_the_quick_path_only_where_it_gives_decodes_answer(value, expected):
    assert text(value) == expected == decode(value)


_NAME = st.builds("".join, st.lists(st.sampled_from([
    "Smith", "van der Berg", "de la", "O'Brien", "王", "VAN", "Jean-Luc", "others", "M{\\\"u}ller", "{Acme and Sons}",
    "{", "}", "\\&", "~", ", ", ", Jr., ", ", Anna", ", J.", " ", "  ", "\n"]), min_size=1, max_size=4))
_NAME_LIST = st.builds(lambda first, rest, others: first + "".join(rest) + others, _NAME,
                       st.lists(st.tuples(st.sampled_from([" and ", " AND ", " And ", "and", " and\n"]), _NAME)
                                .map("".join), max_size=3),
                       st.sampled_from(["", " and others", " and  others"]))


@settings(max_examples=800, deadline=None)
@example("Smith AND Doe, Anna")
@example("Smith, Anna and others")
@example("{Smith and, Sons} and Doe, J.")
@given(_NAME_LIST)
def test_names_read_every_list_exactly_as_bibnames_reads_it(value):
    assert names.__wrapped__(value) == read_names(value)


def test_a_repeated_name_list_is_read_once_and_reads_as_bibnames_reads_it():
    value = "van der Berg, Anna and {Acme and Sons}"
    assert names(value) == read_names(value)
    assert names(value) is names(value)


@pytest.mark.parametrize(("value", "expected"), [
    ("2022-03-19", {"date-parts": [[2022, 3, 19]]}), (" 2022-03 ", {"date-parts": [[2022, 3]]}),
    ("2020-01-02/2020-03-04", {"date-parts": [[2020, 1, 2], [2020, 3, 4]]}),
    ("2021-05-06~", {"date-parts": [[2021, 5, 6]], "circa": True}), ("circa 1900", {"literal": "circa 1900"}),
])
def test_edtf_dates_become_csl_dates(value, expected):
    assert edtf(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("2001-01-03T15:00:00", [[2001, 1, 3]]), ("2001-01-03T15:00:00Z", [[2001, 1, 3]]),
    ("2001-01-03T15:00+01:00/2001-01-04", [[2001, 1, 3], [2001, 1, 4]]),
    ("199u", [[1990], [1999]]), ("19uu", [[1900], [1999]]), ("199X", [[1990], [1999]]),
    ("1999-uu", [[1999]]), ("1999-uu-uu", [[1999]]), ("1999-05-uu", [[1999, 5]]),
    ("y1700", [[1700]]), ("y17000002", [[17000002]]), ("Y-17000002", [[-17000003]]),
    ("-0379-02", [[-380, 2]]), ("0000", [[-1]]), ("-0001", [[-2]]), ("0001", [[1]]),
])
def test_biblatex_edtf_forms_become_csl_date_parts_as_biber_reads_them(value, expected):
    # A time is dropped (CSL dates have days); unspecified year digits are the range biber makes of them, an
    # unspecified month or day the date as far as it is known; EDTF's year 0000 is 1 BC, CSL's -1.
    assert edtf(value) == {"date-parts": expected}


@pytest.mark.parametrize("value", ["1996-01-01/", "/2004-01-01", "1034/unknown", "../2004", "2004/..", "199u/2000",
                                   "1996?", "1996-1-3", "2001-02-03T25"])
def test_open_ranges_and_other_dates_csl_cannot_hold_stay_literal(value):
    # An open end has no CSL date-parts (pandoc's [0] is the year 0 to every other reader) and no problem is said
    assert (edtf(value), date_problem(value)) == ({"literal": value}, None)


@pytest.mark.parametrize(("value", "problem"), [
    ("1996-13-03", "month must be in 1..12, got 13"), ("1996-10-35", "day is out of range for month"),
    ("1900-02-29", "day is out of range for month"), ("2001-13", "month must be in 1..12, got 13"),
    ("2020-01-01/2020-02-30", "day is out of range for month"),
])
def test_a_date_that_cannot_be_is_kept_as_written_and_says_why(value, problem):
    assert (edtf(value), date_problem(value)) == ({"literal": value}, problem)


@pytest.mark.parametrize("value", ["2018-12-31", "2018-02-28/2018-03-01", "2001-21", "1996-02-29"])
def test_a_date_read_as_date_parts_validates_exactly_as_its_text_would(value):
    from pydantic import ValidationError

    from citecheck.model import Date

    def outcome(data):
        try:
            return Date.model_validate(data)
        except ValidationError as error:
            return [(e["loc"], e["msg"]) for e in error.errors(include_url=False)]

    assert outcome(edtf(value)) == outcome(value)


@pytest.mark.parametrize("dialect", [biblatex.DIALECT, bibtex.DIALECT])
def test_the_field_table_names_the_variable_the_dialect_reads_from_each_field(dialect):
    table = field_table(dialect)
    assert {name: variable for name, (variable, _) in table.items()} == \
        {name: dialect.variable_of(name) for name in table}
    assert table["note"][1] is lines and table["publisher"][1] is text and table["title"][1] is title
    assert table["author"][1] is names
    assert table["url"][1] is verbatim


def test_a_note_keeps_its_paragraph_and_line_breaks_as_lines_and_other_fields_read_them_as_spaces():
    table = field_table(biblatex.DIALECT)
    value = "tex.howpublished: x\\par A \\emph{second}\\\\remark\n\nThird\nline"
    assert table["note"][1](value) == "tex.howpublished: x\nA <i>second</i>\nremark\nThird line"
    assert table["publisher"][1](value) == "tex.howpublished: x A <i>second</i> remark Third line"
    assert table["note"][1]("line one\nline two") == "line one line two"


@pytest.mark.parametrize(("name", "dialect", "field"), [("biblatex", biblatex.DIALECT, "annotation"),
                                                        ("bibtex", bibtex.DIALECT, "annote")])
def test_an_abstract_and_an_annotation_keep_their_lines_as_a_note_does_a_title_none(name, dialect, field):
    value = "First paragraph,\nits second line.\n\nSecond\\par Third\\\\ Fourth\\newline Fifth"
    lines_kept = "First paragraph, its second line.\nSecond\nThird\nFourth\nFifth"
    assert field_table(dialect)["abstract"][1](value) == lines_kept
    bib = (f"@article{{a, author = {{A}}, title = {{{value}}}, journal = {{{value}}}, abstract = {{{value}}},"
           f" {field} = {{{value}}}}}")
    [ref] = get(name).read(bib, "refs.bib").references
    assert (ref.abstract, ref.annote) == (lines_kept, lines_kept)
    assert ref.title == ref.container_title == "First paragraph, its second line. Second Third Fourth Fifth"


def test_biblatex_reads_an_annote_field_as_its_annotation_with_its_lines():
    [ref] = get("biblatex").read("@misc{a, title = {T}, annote = {One\\par Two}}", "refs.bib").references
    assert ref.annote == "One\nTwo"
