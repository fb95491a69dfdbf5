from pathlib import Path

import pytest

from citecheck.errors import UsageError
from citecheck.formats.importing import merge, sniff
from citecheck.model import Reference


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("a.json", "[]", "csl-json"), ("a.yaml", "references: []", "csl-yaml"), ("a.ris", "TY  - ELEC", "ris"),
    ("a.bib", "@online{x,\n  title = {T},\n}", "biblatex"), ("a.bib", "@misc{x,\n  year = 2020,\n}", "bibtex"),
    ("a.bibtex", "@misc{x, date = {2020}}", "bibtex"), ("refs", "TY  - NEWS\r\nER  - ", "ris"),
    ("refs", '<ref name="a">{{cite web |title=T}}</ref>', "wikitext"), ("refs", ' [{"id": "a"}]', "csl-json"),
    ("refs", "references:\n  - id: a", "csl-yaml"), ("refs", "@article{x, journaltitle = {J}}", "biblatex"),
    ("article", "{{Short description|Pact}}\n'''The entente''' is…<ref>{{Cite news |title=T}}</ref>", "wikitext"),
    ("refs", "- id: a\n  title: '{{cite web}} in a title'", "csl-yaml"),
])
def test_sniff_guesses_the_format_from_the_suffix_then_the_content(name, text, expected):
    assert sniff(Path(name), text) == expected


def ref(ident):
    return Reference.model_validate({"id": ident, "type": "webpage"})


def test_merge_refuses_every_clashing_id_at_once():
    with pytest.raises(UsageError, match=r"id already in use: a, b \(pass --rename"):
        merge([ref("a"), ref("b")], [ref("a"), ref("c"), ref("b")], rename=False)


def test_merge_with_rename_takes_the_next_free_number_also_within_the_import():
    merged = merge([ref("a"), ref("a-2")], [ref("a"), ref("a"), ref("c")], rename=True)
    assert [r.id for r in merged] == ["a-3", "a-4", "c"]
