"""Simple TeX math in BibTeX text read as the text TeX prints, rich where CSL allows it."""

import pytest

from citecheck.formats import get
from citecheck.formats.latex import decode, decode_rich, decode_title, unknown_macros
from citecheck.formats.latex_math import read_math
from citecheck.model import Reference


@pytest.mark.parametrize(("latex", "rich"), [
    (r"Proceedings of the $ 2^{nd} $ Workshop", "Proceedings of the 2<sup>nd</sup> Workshop"),
    (r"with H$^1$-cost", "with H<sup>1</sup>-cost"),
    (r"CO$_2$ and DNA\ensuremath{_{2}}", "CO<sub>2</sub> and DNA<sub>2</sub>"),
    (r"$\alpha$-helix of 5 $\mu$m", "α-helix of 5 μm"),
    (r"at 25 $^\circ$C $\pm$ 1 and 3$^{\circ}$", "at 25 °C ± 1 and 3°"),
    (r"$x^2+y^2$ and $10^{-3}$", "x<sup>2</sup>+y<sup>2</sup> and 10<sup>-3</sup>"),
    (r"$O(n \log n)$ sorting and $\text{Re} = 10^3$", "O(n log n) sorting and Re = 10<sup>3</sup>"),
    (r"de caractéristique $p>0$", "de caractéristique p>0"),
])
def test_simple_math_reads_as_the_text_it_prints_with_super_and_subscripts_as_tags(latex, rich):
    assert decode_rich(latex) == rich
    assert unknown_macros(latex) == []


def test_a_braced_math_group_in_a_title_is_a_nocase_span_of_its_text():
    assert decode_title(r"Cohomologie cristalline de caractéristique {$p>0$}") == \
        'Cohomologie cristalline de caractéristique <span class="nocase">p>0</span>'


def test_outside_rich_text_a_script_is_its_plain_text():
    assert decode(r"H$_2$O at 25 $^\circ$C") == "H2O at 25 °C"


@pytest.mark.parametrize("latex", [r"$\frac{a}{b}$", r"$\sqrt{2}$", r"$a^{b^c}$", r"$\mathbf{x}$", r"$a & b$",
                                   r"$$x$$"])
def test_math_too_complex_for_text_stays_as_written(latex):
    assert read_math(latex) == latex


@pytest.mark.parametrize("latex", [r"$<$$<$x$>$$>$", r"{$\lbrace$ndash$\rbrace$}", r"costs \$5 and \$6"])
def test_citecheck_own_escapes_and_escaped_dollars_are_no_math_to_read(latex):
    assert read_math(latex) == latex


def test_a_superscript_read_from_math_is_written_back_as_one_that_reads_the_same():
    ref = Reference.model_validate(get("bibtex").read(
        "@inproceedings{a, year = 2020,"
        " title = {Proceedings of the $ 2^{nd} $ Workshop on {$\\alpha$}-Helices}}"
    ).references[0].model_dump(by_alias=True, exclude_none=True))
    assert ref.title == 'Proceedings of the 2<sup>nd</sup> Workshop on <span class="nocase">α</span>-Helices'
    for fmt in ("bibtex", "biblatex"):
        assert get(fmt).read(get(fmt).dump([ref])).references == [ref], fmt


def test_math_with_braces_nested_past_any_simple_math_stays_as_written_without_recursing():
    deep = "$" + "{" * 5000 + "x" + "}" * 5000 + "$"
    assert read_math(deep) == deep
