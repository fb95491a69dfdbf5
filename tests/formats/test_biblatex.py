from citecheck.formats import get
from citecheck.model import Reference
from formats.golden import BAHN, FED, FULL_ARTICLE, FULL_BOOK, FULL_PAPER

BIBLATEX = get("biblatex")


def test_a_newspaper_article_and_a_web_page_are_written_as_export_md_recommends():
    assert BIBLATEX.dump([FED, BAHN]) == """\
@article{vanoudenaren2021fed,
  author       = {Van Oudenaren, John and de la Fontaine, Jean},
  title        = {Fed raises rates by 0.75\\% as {NYC} inflation hits \\$9 \\#1 high\\_score},
  journaltitle = {The New York Times},
  date         = {2021-06-15},
  urldate      = {2022-01-03},
  url          = {https://www.nytimes.com/2021/06/15/business/fed_rates.html},
  langid       = {american},
  entrysubtype = {newspaper},
}

@online{bahn2020ueber,
  title        = {Über uns},
  organization = {bahn.de},
  userd        = {Deutsche Bahn AG},
  date         = {2020},
  urldate      = {2023-02-01},
  url          = {https://bahn.de},
  langid       = {ngerman},
}
"""


def test_an_article_without_author_or_outlet_becomes_misc_keeping_its_type_in_entrysubtype():
    ref = Reference.model_validate({"id": "r", "type": "article-newspaper", "title": "T", "issued": 2022,
                                    "container-title": "Reuters"})
    text = BIBLATEX.dump([ref])
    assert text.startswith("@misc{r,\n")
    assert "  organization = {Reuters},\n  date         = {2022},\n  entrysubtype = {article-newspaper},\n" in text
    assert BIBLATEX.read(text).references == [ref]


def test_citecheck_fields_go_to_custom_fields_and_come_back():
    ref = Reference.model_validate({"id": "a", "type": "webpage", "title": "T", "URL": "https://a.org/x_y",
                                    "footnote": 7, "printed": "7. T, a.org", "archive-url": "https://web.archive.org/x_%20",
                                    "archive-date": "2024-01-02"})
    text = BIBLATEX.dump([ref])
    assert "  usera        = 7,\n  userb        = {7. T, a.org},\n  verba        = {https://web.archive.org/x_%20},\n" \
           "  userc        = {2024-01-02},\n" in text
    assert BIBLATEX.read(text).references == [ref]


def test_an_entry_that_cannot_be_parsed_is_reported_at_its_line_and_the_others_import():
    text = BIBLATEX.dump([FED]) + "\n@online{broken,\n  title = {no end\n\n" + BIBLATEX.dump([BAHN])
    result = BIBLATEX.read(text, "refs.bib")
    assert [r.id for r in result.references] == ["vanoudenaren2021fed", "bahn2020ueber"]
    broken_line = text.splitlines().index("@online{broken,") + 1
    assert broken_line == 12
    assert [(p.line, p.message.split(":")[0]) for p in result.problems] == [(broken_line, "skipped")]


def test_a_zotero_style_file_imports_with_et_al_dropped_page_dashes_and_language_names_mapped():
    text = """% Encoding: UTF-8
@preamble{ "\\\\newcommand{\\\\noopsort}[1]{}" }
@comment{jabref-meta: databaseType:biblatex;}

@article{doe_study_2021,
\ttitle = {A {Study} of {COVID}-19 in the {USA}},
\tvolume = {12},
\turl = {https://example.org/a_b},
\tlanguage = {english},
\turldate = {2022-01-03},
\tjournal = {Journal of Things},
\tauthor = {Doe, Jane and M{\\"u}ller, Hans and others},
\tmonth = jun,
\tyear = {2021},
\tpages = {1--10},
}
@online{web, title = "Quoted title", date = {2021-06-15/2021-06-20}, url = {https://x.org},
  author = {{World Health Organization}}}
"""
    result = BIBLATEX.read(text, "zotero.bib")
    assert result.problems == []
    assert [ref.to_csl() for ref in result.references] == [
        {"id": "doe_study_2021", "type": "article-journal", "title": 'A <span class="nocase">Study</span> of <span class="nocase">COVID</span>-19 in the USA',
         "author": [{"family": "Doe", "given": "Jane"}, {"family": "Müller", "given": "Hans"}],
         "container-title": "Journal of Things", "issued": {"date-parts": [[2021, 6]]},
         "URL": "https://example.org/a_b", "accessed": {"date-parts": [[2022, 1, 3]]}, "language": "en",
         "page": "1-10", "volume": 12},
        {"id": "web", "type": "webpage", "title": "Quoted title", "author": [{"literal": "World Health Organization"}],
         "issued": {"date-parts": [[2021, 6, 15], [2021, 6, 20]]}, "URL": "https://x.org"},
    ]


def test_every_variable_with_a_place_is_written_there_and_comes_back():
    refs = [FULL_BOOK, FULL_ARTICLE, FULL_PAPER]
    text = BIBLATEX.dump(refs)
    assert text == """\
@book{knuth:tex,
  author       = {Knuth, Donald E.},
  translator   = {Doe, Jane},
  title        = {The {TeXbook}},
  series       = {Computers and Typesetting},
  number       = {A},
  publisher    = {Addison-Wesley},
  location     = {Reading, MA},
  edition      = {2},
  volume       = {1},
  volumes      = {5},
  pagetotal    = {483},
  isbn         = {0-201-13447-0},
  date         = {1986},
  origdate     = {1984},
  origtitle    = {{TeX}},
  origpublisher = {AMS},
  origlocation = {Providence},
  eprinttype   = {pubmed},
  eprint       = {123456},
  pubstate     = {reprint},
  library      = {Stanford Library},
  langid       = {english},
  annotation   = {Read twice.},
  abstract     = {The manual.},
  keywords     = {typesetting, TeX},
  verbc        = {knuth1986},
}

@article{a1,
  author       = {Einstein, A.},
  title        = {Energy},
  journaltitle = {Annalen der Physik},
  shortjournal = {Ann. Phys.},
  volume       = {18},
  number       = {13},
  eid          = {e12},
  pages        = {639-641},
  issn         = {0003-3804},
  lista        = {autumn of 1905},
  listb        = {n.d.},
  doi          = {10.1002/andp.19053231314},
  version      = {2},
}

@inproceedings{p1,
  author       = {Roe, R.},
  namec        = {Ed, E.},
  title        = {A talk},
  booktitle    = {Proceedings},
  eventtitle   = {Summit},
  venue        = {Rome},
  eventdate    = {2019-05-02/2019-05-04},
  chapter      = {4},
  part         = {2},
  date         = {2019-22},
}
"""
    assert BIBLATEX.read(text).references == refs
    assert BIBLATEX.uncarried(refs) == {}


def test_the_notice_names_only_what_an_entry_type_truly_has_no_field_for():
    online = Reference.model_validate({"id": "w", "type": "webpage", "title": "T", "URL": "https://x.org",
                                       "edition": "2", "ISBN": "0-201-13447-0", "medium": "CD", "PMID": "1"})
    assert BIBLATEX.uncarried([online, FULL_BOOK]) == {"edition": 1, "ISBN": 1, "medium": 1}


def test_an_edtf_date_is_written_as_biber_reads_it_and_free_text_goes_to_a_custom_field():
    refs = [Reference.model_validate({"id": f"d{i}", "type": "webpage", "title": "T", "URL": "https://x.org",
                                      "issued": issued}) for i, issued in enumerate(
        [{"date-parts": [[-334]]}, {"date-parts": [[998, 3]]}, {"date-parts": [[2001]], "season": 4},
         {"date-parts": [[2019, 3]], "circa": True}, {"literal": "May 1987"}])]
    text = BIBLATEX.dump(refs)
    assert [line.strip() for line in text.splitlines() if line.startswith(("  date", "  lista"))] == [
        "date         = {-0333},", "date         = {0998-03},", "date         = {2001-24},",
        "date         = {2019-03~},", "lista        = {May 1987},"]
    assert BIBLATEX.read(text).references == refs


def test_a_year_before_1_is_written_in_edtfs_count_and_a_long_year_as_biber_writes_it():
    # CSL counts no year 0 (-1 is 1 BC), EDTF does (0000 is 1 BC): -380 is -0379; past four digits, biber's y
    refs = [Reference.model_validate({"id": f"d{i}", "type": "webpage", "title": "T", "URL": "https://x.org",
                                      "issued": {"date-parts": parts}}) for i, parts in enumerate(
        [[[-1]], [[-380, 2]], [[17000002]], [[-17000003]], [[-400], [-380]]])]
    text = BIBLATEX.dump(refs)
    assert [line.strip() for line in text.splitlines() if line.startswith("  date")] == [
        "date         = {0000},", "date         = {-0379-02},", "date         = {y17000002},",
        "date         = {y-17000002},", "date         = {-0399/-0379},"]
    assert BIBLATEX.read(text).references == refs
