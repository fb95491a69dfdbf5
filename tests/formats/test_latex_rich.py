"""LaTeX formatting <-> CSL rich text, as pandoc's BibTeX reader reads it, and back on export."""

import json
import subprocess

import pytest

from citecheck.formats import get
from citecheck.formats.latex import decode_rich, decode_title, escape_rich, protect_rich
from citecheck.model import Reference
from helpers import require_tool

SMALL_CAPS = '<span style="font-variant:small-caps;">'


@pytest.mark.parametrize(("latex", "rich"), [
    (r"The \emph{Drosophila} genome", "The <i>Drosophila</i> genome"),
    (r"\textit{E. coli} in \textbf{bold}", "<i>E. coli</i> in <b>bold</b>"),
    (r"\textsc{Nasa} x\textsuperscript{2} H\textsubscript{2}O", f"{SMALL_CAPS}Nasa</span> x<sup>2</sup> H<sub>2</sub>O"),
    (r"{\em old} and {\it it} and {\bf bf} and {\sc sc}", f"<i>old</i> and <i>it</i> and <b>bf</b> and {SMALL_CAPS}sc</span>"),
    (r"\href{https://example.org}{Example} and {\"O}sterreich", "Example and Österreich"),
    (r"\emph{}empty", "empty"),
])
def test_formatting_commands_are_read_as_csl_rich_text(latex, rich):
    assert decode_rich(latex) == rich


def test_a_brace_group_in_a_title_is_a_nocase_span_unless_citecheck_itself_would_brace_it():
    # {NASA}: every export braces an acronym, so the braces say nothing the text does not; {Book} is the user's.
    assert decode_title("The {NASA} mission to {Mars} and A {Book}") == \
        'The NASA mission to Mars and A <span class="nocase">Book</span>'
    assert decode_title("{The Whole Title}") == "The Whole Title"  # the whole value: as pandoc reads it
    assert decode_title("Über {NASA}", english=False) == 'Über <span class="nocase">NASA</span>'


def test_rich_text_is_written_as_latex_and_tags_that_do_not_nest_are_text():
    assert escape_rich(f"<i>a</i> <b>b</b> {SMALL_CAPS}c</span> x<sup>2</sup> H<sub>2</sub>O "
                       '<span class="nocase">iPhone</span>') == \
        r"\textit{a} \textbf{b} \textsc{c} x\textsuperscript{2} H\textsubscript{2}O {iPhone}"
    assert escape_rich("<i>a & b") == r"$<$i$>$a \& b"
    assert protect_rich("News from <i>NYC</i>") == r"News from {{\textit{NYC}}}"


def test_rich_titles_come_back_from_bibtex_and_biblatex_exactly():
    refs = [Reference.model_validate({
        "id": "a", "type": "article-journal", "author": [{"family": "A"}], "container-title": "J of <i>Things</i>",
        "title": f"The <i>Drosophila</i> genome in <b>bold</b>, {SMALL_CAPS}Nasa</span> x<sup>2</sup> "
                 'H<sub>2</sub>O and <span class="nocase">iPhone</span> of <span class="nocase">Mars</span> in the USA'}),
        Reference.model_validate({"id": "b", "type": "book", "author": [{"family": "A"}], "publisher": "P", "language": "de",
                                  "title": 'Über <i>Österreich</i>, <span class="nocase">x</span> und <span class="nocase">NASA</span>'})]
    for fmt in ("bibtex", "biblatex"):
        for ascii_only in (False, True):
            assert get(fmt).read(get(fmt).dump(refs, ascii_only=ascii_only)).references == refs, (fmt, ascii_only)


@pytest.mark.parametrize("latex", [
    r"The \emph{Drosophila} genome and \textit{E. coli}", r"in \textbf{bold} and \textsc{Nasa}",
    r"x\textsuperscript{2} H\textsubscript{2}O", r"{\em old style} and {\bf bf}",
])
def test_the_tags_are_those_pandoc_gives(latex, tmp_path):
    pandoc = require_tool("pandoc")
    (tmp_path / "a.bib").write_text(f"@misc{{a, title = {{{latex}}}, langid = {{german}}}}\n", encoding="utf-8")
    done = subprocess.run([pandoc, "-f", "biblatex", "-t", "csljson", str(tmp_path / "a.bib")],
                          capture_output=True, text=True, check=True, timeout=60)
    assert decode_rich(latex) == json.loads(done.stdout)[0]["title"]


@pytest.mark.parametrize(("title", "written"), [
    # issue 10's round trip: the protection brace went around the marked word and closed the italics after it
    ("Conduction velocity in myelinated nerve fibres of <i>Xenopos laevis</i>",
     "Conduction velocity in myelinated nerve fibres of \\textit{{Xenopos} laevis}"),
    ("Mapping wing morphs of <i>Tetrix subulata</i> using data: Flightless",
     "Mapping wing morphs of \\textit{{Tetrix} subulata} using data: Flightless"),
    ("A study of <i>E. coli</i> in Paris", "A study of \\textit{{E.} coli} in {Paris}"),
    # braced once, a group that starts with a command is a BibTeX special character (its letters lowercased)
    ("The <i>NASA</i> mission", "The {{\\textit{NASA}}} mission"),
    ("<b>NASA</b> <i>ESA</i> rockets", "{{\\textbf{NASA} \\textit{ESA}}} rockets"),
    ("#MeToo rises", "{{\\#MeToo}} rises"),
    ("N<sub>2</sub>O emissions in Germany", "{N\\textsubscript{2}O} emissions in {Germany}"),
])
def test_case_protection_never_crosses_a_span_and_reads_back_as_written(title, written):
    from citecheck.formats.latex import decode_title, protect_rich

    assert (protect_rich(title), decode_title(protect_rich(title))) == (written, title)


@pytest.mark.parametrize(("title", "written"), [
    # issue 10's round trip: the user's spans crossed citecheck's run "Hooft's S-matrix", which was braced in
    # pieces, and the piece {{S}-matrix} read back as the user's span "S-matrix"
    ("Some remarks on <span class=\"nocase\">'t Hooft's</span> <span class=\"nocase\">S</span>-matrix for black holes",
     "Some remarks on {'t {Hooft's}} {{S}-matrix} for black holes"),
    # a span that starts with a command, braced once, is a BibTeX special character (its letters lowercased)
    ('An <span class="nocase">$O(n \\log n)$</span> Sorting Algorithm',
     "An {{\\$O(n \\textbackslash{}log n)\\$}} Sorting Algorithm"),
    ('<span class="nocase"><i>Foo</i></span> bar', "{{\\textit{Foo}}} bar"),
    # citecheck's own brace inside an italic is its own when the title also has a user's span
    ('Nerve fibres of <i>Xenopos laevis</i> in <span class="nocase">vitro</span>',
     "Nerve fibres of \\textit{{Xenopos} laevis} in {vitro}"),
])
def test_nocase_spans_are_written_as_brace_groups_that_protect_case_and_read_back_as_they_were(title, written):
    assert (protect_rich(title), decode_title(protect_rich(title))) == (written, title)


@pytest.mark.parametrize(("latex", "rich"), [
    (r"{\textit{NASA}} rockets", '<span class="nocase"><i>NASA</i></span> rockets'),
    (r"The {\emph{Nasa} Rockets} fly", 'The <span class="nocase"><i>Nasa</i> Rockets</span> fly'),
    # inside another group: that group protects it
    (r"{x {\textbf{NASA}}} rockets", '<span class="nocase">x <b>NASA</b></span> rockets'),
    # special characters: BibTeX changes their case
    (r"{\"O}sterreich and {\relax Nasa}", "Österreich and Nasa"),
])
def test_a_group_that_starts_with_a_formatting_command_is_a_nocase_span_as_pandoc_keeps_its_case(latex, rich):
    assert decode_title(latex) == rich
    assert decode_title(latex, english=False) == rich


def test_a_title_whose_protection_group_starts_with_a_command_comes_back_exactly_and_keeps_its_case():
    bib = "@misc{b, title = {{\\textit{NASA}} rockets}}\n"
    for fmt in ("bibtex", "biblatex"):
        [ref] = get(fmt).read(bib).references
        assert ref.title == '<span class="nocase"><i>NASA</i></span> rockets'
        written = get(fmt).dump([ref])
        # no group that starts with a backslash is braced once
        assert "  title        = {{{{\\textit{NASA}}}} rockets},\n" in written
        assert get(fmt).read(written).references == [ref]


@pytest.mark.parametrize(("latex", "rich"), [
    (r"On {\em NASA} missions", 'On <span class="nocase"><i>NASA</i></span> missions'),
    (r"{\it NASA} and {\bf ESA} and {\sc Cern}", '<span class="nocase"><i>NASA</i></span> and '
     f'<span class="nocase"><b>ESA</b></span> and <span class="nocase">{SMALL_CAPS}Cern</span></span>'),
    (r"{\itshape NASA} {\bfseries ESA}",
     '<span class="nocase"><i>NASA</i></span> <span class="nocase"><b>ESA</b></span>'),
    # a group inside it is protected by it, as in {\textit{NASA}}
    (r"On {\em {NASA} Rockets} missions", 'On <span class="nocase"><i>NASA Rockets</i></span> missions'),
    # inside another group: that group protects it
    (r"{x {\em NASA}} rockets", '<span class="nocase">x <i>NASA</i></span> rockets'),
    # no letter, no case to protect; the whole value is no span, as {\textit{NASA rockets}} is none
    (r"A {\em 1999} b", "A <i>1999</i> b"), (r"{\em NASA rockets}", "<i>NASA rockets</i>"),
])
def test_a_group_that_starts_with_a_declaration_is_a_nocase_span_as_a_command_group_is(latex, rich):
    assert decode_title(latex) == rich
    assert decode_title(latex, english=False) == rich


def test_outside_a_title_a_declaration_group_is_only_its_formatting():
    assert decode_rich(r"On {\em NASA} missions, {\bf ESA}") == "On <i>NASA</i> missions, <b>ESA</b>"


@pytest.mark.parametrize("declaration", ["em", "it", "bf"])
def test_a_title_with_an_old_style_declaration_comes_back_exactly_and_keeps_its_case(declaration):
    bib = f"@misc{{b, title = {{On {{\\{declaration} NASA}} missions}}}}\n"
    tag, command = ("b", "textbf") if declaration == "bf" else ("i", "textit")
    for fmt in ("bibtex", "biblatex"):
        [ref] = get(fmt).read(bib).references
        assert ref.title == f'On <span class="nocase"><{tag}>NASA</{tag}></span> missions'
        written = get(fmt).dump([ref])
        assert f"  title        = {{On {{{{{{\\{command}{{NASA}}}}}}}} missions}},\n" in written
        assert get(fmt).read(written).references == [ref]


def test_pandoc_reads_an_old_style_declaration_group_as_it_reads_a_command_group(tmp_path):
    # its CSL JSON drops the span; its own reading (the document's references) keeps it around the italics
    pandoc = require_tool("pandoc")
    (tmp_path / "a.bib").write_text("@misc{a, title = {On {\\em NASA} missions}}\n"
                                    "@misc{b, title = {On {\\textit{NASA}} missions}}\n", encoding="utf-8")
    done = subprocess.run([pandoc, "-f", "biblatex", "-t", "json", "-s", str(tmp_path / "a.bib")],
                          capture_output=True, text=True, check=True, timeout=60)
    references = json.loads(done.stdout)["meta"]["references"]["c"]
    declared, commanded = (ref["c"]["title"]["c"] for ref in references)
    assert declared == commanded
    emphasis = {"t": "Emph", "c": [{"t": "Str", "c": "NASA"}]}
    assert declared[2] == {"t": "Span", "c": [["", [], []], [emphasis]]}
    assert decode_title(r"On {\em NASA} missions") == decode_title(r"On {\textit{NASA}} missions")


@pytest.mark.parametrize("title", ["The <i>Xenopus</i> frogs of <i>Lake</i> Titicaca",
                                   "Rockets from <i>NASA</i> and the <b>McGovern</b> report"])
def test_pandoc_keeps_the_case_citecheck_protects_around_a_command(title, tmp_path):
    # the double braces, not \textit{{Xenopus}}: pandoc lowercases inside a command's argument
    pandoc = require_tool("pandoc")
    (tmp_path / "a.bib").write_text(f"@misc{{a, title = {{{protect_rich(title)}}}}}\n", encoding="utf-8")
    done = subprocess.run([pandoc, "-f", "biblatex", "-t", "csljson", str(tmp_path / "a.bib")],
                          capture_output=True, text=True, check=True, timeout=60)
    assert json.loads(done.stdout)[0]["title"] == title
