from citecheck.formats import get
from formats.golden import BAHN, FED

BIBTEX = get("bibtex")


def test_months_are_bare_macros_access_dates_go_to_note_and_non_english_titles_are_braced():
    assert BIBTEX.dump([FED, BAHN]) == """\
@article{vanoudenaren2021fed,
  author       = {Van Oudenaren, John and de la Fontaine, Jean},
  title        = {Fed raises rates by 0.75\\% as {NYC} inflation hits \\$9 \\#1 high\\_score},
  journal      = {The New York Times},
  year         = 2021,
  month        = jun,
  day          = 15,
  url          = {https://www.nytimes.com/2021/06/15/business/fed_rates.html},
  langid       = {american},
  note         = {Accessed 2022-01-03},
  entrysubtype = {newspaper},
}

@misc{bahn2020ueber,
  title        = {{Über uns}},
  howpublished = {bahn.de},
  publisher    = {Deutsche Bahn AG},
  year         = 2020,
  url          = {https://bahn.de},
  langid       = {ngerman},
  note         = {Accessed 2023-02-01},
  entrysubtype = {webpage},
}
"""


def test_the_access_date_is_split_back_out_of_the_note():
    text = '@misc{a,\n  title = {T},\n  note = {First published in X. Accessed 2022-01-03},\n}\n'
    [ref] = BIBTEX.read(text).references
    assert (ref.note, ref.accessed.isoformat(), ref.type) == ("First published in X", "2022-01-03", "document")


def test_foreign_bibtex_with_string_macros_and_accents_imports_through_bibtexparser():
    text = '@string{nyt = "The New York Times"}\n@article{k, author = {M{\\"u}ller, J{\\\'o}zef}, ' \
           'title = "A {GPS} study", journal = nyt, year = 2020, month = "May"}\n'
    [ref] = BIBTEX.read(text).references
    assert (ref.author[0].family, ref.author[0].given, ref.title, ref.container_title, ref.issued.isoformat()) == \
        ("Müller", "Józef", "A GPS study", "The New York Times", "2020-05")
