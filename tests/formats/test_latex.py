import pytest

from citecheck.formats.latex import decode, escape, normalise_space, protect_case, unknown_macros


@pytest.mark.parametrize(("text", "latex"), [
    ("100% of $9 & #1_x", r"100\% of \$9 \& \#1\_x"),
    ("a\\b ~ ^", r"a\textbackslash{}b \textasciitilde{} \textasciicircum{}"),
    ("a { lone brace", r"a $\lbrace$ lone brace"),
    ("<tag>", "$<$tag$>$"),
    ("x--y ``q'' ?` `x'", "x-{}-y \\`{}\\`{}q'{}' ?\\`{} \\`{}x'"),  # a backtick is never half of a TeX quote
    ("  runs   of\nspace ", "runs of space"),
])
def test_escape_writes_each_special_so_latex_prints_it_as_typed(text, latex):
    assert escape(text) == latex


def test_escape_keeps_unicode_unless_ascii_and_then_keeps_what_latex_cannot_name():
    assert escape("Zoë Łódź Мария 王 🚀 — ‘q’") == "Zoë Łódź Мария 王 🚀 — ‘q’"
    assert escape("Zoë Łódź Мария 王 🚀 — ‘q’", ascii_only=True) == \
        "Zo{\\\"e} {\\L}{\\'o}d{\\'z} Мария 王 🚀 — {\\textquoteleft}q{\\textquoteright}"


@pytest.mark.parametrize(("title", "latex"), [
    ("Fed raises rates as NYC inflation hits", "Fed raises rates as {NYC} inflation hits"),
    ("BUILDING A NEW WORLD ORDER", "{BUILDING A NEW WORLD ORDER}"),
    ("We Are Suddenly Taking On China and Russia", "We Are Suddenly Taking On China and Russia"),
    ("The brink of dissolution: Neurosis in the West as the levee breaks",
     "The brink of dissolution: Neurosis in the {West} as the levee breaks"),
    ("RAY McGOVERN: Russia & China", "{RAY McGOVERN:} Russia \\& China"),
])
def test_protect_case_braces_acronyms_and_proper_nouns_but_not_title_case_capitals(title, latex):
    assert protect_case(title) == latex


@pytest.mark.parametrize("text", ["All: \\ { } $ & % # _ ~ ^ < > -- '' ``", "Ünïcödé Łukasz 王 🚀", "a\u00a0b"])
def test_decode_reads_back_what_escape_and_protect_case_wrote(text):
    assert decode(protect_case(text)) == text
    assert decode(protect_case(text, ascii_only=True)) == text


def test_decode_reads_foreign_latex_accents_through_pylatexenc():
    assert decode(r"M{\"u}ller and {\'E}mile \& Co") == "Müller and Émile & Co"


def test_normalise_space_keeps_a_no_break_space():
    assert normalise_space(" a \n b\u00a0c ") == "a b\u00a0c"


@pytest.mark.parametrize(("latex", "text"), [
    (r"1990\ElsevierGlyph{2014}2000", "1990—2000"),
    (r"\ElsevierGlyph{1D49C} and \ElsevierGlyph{7B}", "𝒜 and {"),
])
def test_decode_reads_an_elsevier_glyph_as_the_character_of_its_hex_code_point(latex, text):
    assert decode(latex) == text
    assert unknown_macros(latex) == []


@pytest.mark.parametrize("latex", [r"\ElsevierGlyph{D800}", r"\ElsevierGlyph{110000}", r"\ElsevierGlyph{zz}",
                                   r"\ElsevierGlyph{1B}", r"\ElsevierGlyph{10FF01}", r"\ElsevierGlyph{F0000}"])
def test_an_elsevier_glyph_that_names_no_character_is_an_unknown_macro_its_argument_kept(latex):
    assert decode(latex) == latex[len("\\ElsevierGlyph{"):-1]
    assert unknown_macros(latex) == ["ElsevierGlyph"]


def test_a_private_use_glyph_never_becomes_one_of_the_rich_text_marks():
    from citecheck.formats.latex import decode_title

    assert decode_title(r"\textit{x \ElsevierGlyph{10FF01} y}") == "<i>x 10FF01 y</i>"


@pytest.mark.parametrize("latex", [
    "One\\par Two", "One\\par{}Two", "One \\par\n\nTwo", "One\n\n  Two", "One\n \t\nTwo", "One \\newline Two",
    "One\\\\Two", "One\\\\ Two", "One\\\\*Two", "One\\\\[2pt] Two", "One\\linebreak[3] Two"])
def test_a_paragraph_or_line_break_is_a_space_in_text_and_a_line_end_in_a_note_and_no_unknown_macro(latex):
    assert decode(latex) == "One Two"
    assert decode(latex, lines=True) == "One\nTwo"
    assert unknown_macros(latex) == []


def test_a_line_break_in_the_file_is_a_space_even_in_a_note_and_each_break_command_is_one_line_end():
    assert decode("line one\nline two", lines=True) == "line one line two"
    assert decode("A\\par \\par B \\\\ C", lines=True) == "A\n\nB\nC"  # an empty line between paragraphs
    assert decode("\\par A\\par\n", lines=True) == "A"
    assert decode("Z{\\\"u}rich\\par \\foo{x}", lines=True) == "Zürich\nx"
    assert unknown_macros("Z{\\\"u}rich\\par \\foo{x}") == ["foo"]


def test_a_blank_line_beside_a_break_command_adds_no_line_and_long_space_runs_are_read_in_one_pass():
    assert decode("A\n\n\\par B \\par\n \nC", lines=True) == "A\nB\nC"
    space = " \t" * 50_000  # a search that tried every start in a run would take seconds, not milliseconds
    assert decode("A" + space + "\n" + space + "\\par" + space + "B", lines=True) == "A\nB"
    assert decode("A\n" + space + "B\\\\" + space + "C", lines=True) == "A B\nC"


@pytest.mark.parametrize(("latex", "text"), [
    (r"{\textless}{\textless}Ed.{\textgreater}{\textgreater}", "<<Ed.>>"),
    (r"a\textbar b\textunderscore c\textminus d", "a|b_c\u2212d"),
    (r"\textbraceleft x\textbraceright", "{x}"),
    (r"\pounds 5 or \euro 6", "£5 or €6"),
    (r"\og Oui\fg, \glqq Ja\grqq, \flqq Si\frqq", "«Oui», „Ja“, «Si»"),
    (r"\guillemotleft x\guillemotright", "«x»"),
    (r"a\nobreakspace b", "a\u00a0b"),
    (r"GRO\SS", "GROSS"),
    (r"a\^{}b and a\~{}b", "a^b and a~b"),
    (r"a\textperiodcentered b", "a\u00b7b"),
    (r"natur\-wissen\-schaft", "naturwissenschaft"),
    (r"in the {`graphics'} bundle", "in the \u2018graphics\u2019 bundle"),
    (r"``double'' and `single' and d'Arc", "\u201cdouble\u201d and \u2018single\u2019 and d'Arc"),
    (r"\`{}x' and \`e", "`x' and è"),
])
def test_decode_reads_text_macros_and_tex_quotes_as_latex_prints_them_and_none_is_unknown(latex, text):
    assert decode(latex) == text
    assert unknown_macros(latex) == []


def test_font_and_size_declarations_print_nothing_and_are_not_unknown_macros():
    latex = r"{\tt x} {\sf y} {\sl z} {\rm r} {\small s} {\footnotesize f} {\large l} \relax q \normalfont n"
    assert decode(latex) == "x y z r s f l q n"
    assert unknown_macros(latex) == []
