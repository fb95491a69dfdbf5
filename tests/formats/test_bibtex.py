from citecheck.formats import get
from formats.golden import BAHN, FED, FULL_ARTICLE, FULL_BOOK, FULL_PAPER

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


def test_every_variable_with_a_place_is_written_there_and_comes_back():
    refs = [FULL_BOOK, FULL_ARTICLE, FULL_PAPER]
    text = BIBTEX.dump(refs)
    assert text == """\
@book{knuth:tex,
  author       = {Knuth, Donald E.},
  translator   = {Doe, Jane},
  title        = {The {TeXbook}},
  series       = {Computers and Typesetting},
  number       = {A},
  publisher    = {Addison-Wesley},
  address      = {Reading, MA},
  edition      = {2},
  volume       = {1},
  volumes      = {5},
  pagetotal    = {483},
  isbn         = {0-201-13447-0},
  year         = 1986,
  origdate     = {1984},
  origtitle    = {{TeX}},
  origpublisher = {AMS},
  origlocation = {Providence},
  pmid         = {123456},
  pubstate     = {reprint},
  library      = {Stanford Library},
  langid       = {english},
  annote       = {Read twice.},
  abstract     = {The manual.},
  keywords     = {typesetting, TeX},
  verbc        = {knuth1986},
}

@article{a1,
  author       = {Einstein, A.},
  title        = {Energy},
  journal      = {Annalen der Physik},
  shortjournal = {Ann. Phys.},
  volume       = {18},
  number       = {13},
  eid          = {e12},
  pages        = {639-641},
  issn         = {0003-3804},
  year         = {autumn of 1905},
  doi          = {10.1002/andp.19053231314},
  version      = {2},
  note         = {Accessed n.d.},
}

@inproceedings{p1,
  author       = {Roe, R.},
  bookauthor   = {Ed, E.},
  title        = {A talk},
  booktitle    = {Proceedings},
  eventtitle   = {Summit},
  venue        = {Rome},
  eventdate    = {2019-05-02/2019-05-04},
  chapter      = {4},
  part         = {2},
  year         = 2019,
  month        = {summer},
}
"""
    assert BIBTEX.read(text).references == refs
    assert BIBTEX.uncarried(refs) == {}
