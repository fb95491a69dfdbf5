import pytest
import typer

from citecheck.cli.common import completes, one_of


def test_one_of_passes_a_known_choice_and_lists_of_them():
    check = one_of(("json", "yaml"))
    assert check("json") == "json"
    assert check(["json", "yaml"]) == ["json", "yaml"]
    assert check(None) is None


def test_one_of_refuses_an_unknown_choice_with_did_you_mean():
    with pytest.raises(typer.BadParameter) as raised:
        one_of(("bibtex", "biblatex", "ris"))("bibtx")
    assert str(raised.value) == "'bibtx' is not one of bibtex, biblatex, ris (did you mean 'bibtex'?)"


def test_choices_may_be_read_when_needed():
    assert completes(lambda: ("csl-json", "csl-yaml", "ris"))("csl") == ["csl-json", "csl-yaml"]
