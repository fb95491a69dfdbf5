from citecheck.formats.csl_yaml import dump
from citecheck.formats.yaml_layout import NATIVE, Layout, items_like, layout_of
from citecheck.model import Reference

REF = Reference.model_validate({"id": "a", "type": "book", "title": "T", "issued": "2020-05",
                                "author": [{"family": "F", "given": "G"}]})


def test_a_file_citecheck_wrote_gets_citechecks_own_items_byte_for_byte(data_file):
    assert layout_of(data_file.read_text(encoding="utf-8")) == Layout(indented_lists=True)  # typed by hand
    assert layout_of(dump([REF], "native")) == NATIVE
    assert items_like("references: []\n", [REF]) == dump([REF], "native").split("references:\n", 1)[1]
    assert items_like("references: []\n", []) == ""


def test_the_dash_offset_the_list_indentation_and_the_quotes_are_read_from_the_file():
    four = "references:\n-   id: x\n    author:\n        -   family: Y\n"
    assert layout_of(four) == Layout(indent=4, indented_lists=True, quote=None)
    single = "references:\n  - id: 'x'\n    type: 'book'\n    footnote: 3\n    title: plain\n"
    assert layout_of(single) == Layout(quote="'")
    assert items_like(single, [REF]) == ("- id: 'a'\n  type: 'book'\n  title: 'T'\n  author:\n  - family: 'F'\n"
                                         "    given: 'G'\n  issued: '2020-05'\n")
    assert items_like(four, [REF]) == ("-   id: a\n    type: book\n    title: T\n    author:\n        -   family: F\n"
                                       "            given: G\n    issued: '2020-05'\n")
