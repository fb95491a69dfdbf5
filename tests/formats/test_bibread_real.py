"""BibTeX and BibLaTeX as real libraries write them: each reproduction from issue 10 imports whole."""

from citecheck.formats import get

BIBLATEX, BIBTEX = get("biblatex"), get("bibtex")


def read_one(entry: str, fmt=BIBLATEX) -> dict:
    result = fmt.read(entry, "refs.bib")
    assert result.problems == []
    [reference] = result.references
    return reference.to_csl()


def test_an_href_is_unwrapped_to_its_text_instead_of_crashing_the_import():
    assert read_one("@misc{b, title = {href: \\href{https://example.org}{Example}}}")["title"] == "href: Example"


def test_tex_logos_and_escaped_ampersands_are_kept():
    data = read_one("@book{k, title = {The {\\TeX book}}, publisher = {Publishing \\& \\TeX}}")
    assert (data["title"], data["publisher"]) == ("The TeXbook", "Publishing & TeX")


def test_tex_quotes_and_dashes_become_the_characters_they_typeset():
    data = read_one("@misc{q, title = {``No Limits''}, note = {1991--2019 --- so}}")
    assert (data["title"], data["note"]) == ("\u201cNo Limits\u201d", "1991\u20132019 \u2014 so")


def test_a_broken_up_double_hyphen_stays_two_hyphens():
    assert read_one("@misc{h, title = {a -{}- b \\emph{c}}}")["title"] == "a -- b <i>c</i>"


def test_a_url_in_howpublished_becomes_the_url():
    data = read_one("@misc{u, title = {T}, howpublished = {\\url{https://x.org/a}}}")
    assert data["URL"] == "https://x.org/a" and "publisher" not in data and "container-title" not in data


def test_string_macros_and_hash_concatenation_are_joined_as_bibtex_joins_them():
    text = ('@string{STOC = "STOC"}\n'
            '@inproceedings{c, title = {T # u}, booktitle = "Proc. Fifteenth Annual ACM " # STOC, year = 1983}\n')
    data = read_one(text, BIBTEX)
    assert (data["title"], data["container-title"]) == ("T # u", "Proc. Fifteenth Annual ACM STOC")


def test_an_input_command_is_dropped_not_printed_and_said_at_its_entry():
    # issue 15: \input{...} became '' in silence
    result = BIBLATEX.read("@misc{i, title = {A\\input{x} B}}", "refs.bib")
    assert [r.title for r in result.references] == ["A B"]
    assert [str(p) for p in result.problems] == [
        "refs.bib:1:1: i: title: \\input{x} names a file citecheck does not read: dropped from the value"]


def test_braces_nested_too_deep_skip_that_entry_with_its_line_and_the_rest_imports():
    deep = "\\textbf{" * 70 + "x" + "}" * 70
    text = f"@misc{{ok, title = {{Fine}}}}\n@misc{{deep, title = {{{deep}}}}}\n"
    result = BIBLATEX.read(text, "refs.bib")
    assert [r.id for r in result.references] == ["ok"]
    assert [(p.line, p.message) for p in result.problems] == [
        (2, "skipped: braces nested more than 64 levels deep")]


def test_a_superscript_digit_in_a_number_field_is_kept_as_text():
    assert read_one("@report{s, title = {S}, number = {\u00b2}}")["number"] == "\u00b2"


def test_leading_zeros_are_kept_as_written():
    data = read_one("@article{z, title = {Z}, journal = {J}, pages = {047002}, volume = {019}, number = {04}}")
    assert (data["page"], data["volume"], data["issue"]) == ("047002", "019", "04")


def test_a_report_number_is_its_number_not_an_issue():
    data = read_one("@report{r, title = {R}, institution = {X}, number = {12}}")
    assert data["type"] == "report" and data["number"] == 12 and "issue" not in data


def test_entry_types_map_to_the_csl_type_pandoc_chooses():
    pairs = {"phdthesis": "thesis", "mastersthesis": "thesis", "techreport": "report", "collection": "book",
             "proceedings": "book", "manual": "book", "mvbook": "book", "patent": "patent",
             "video": "motion_picture", "image": "figure", "audio": "song", "periodical": "periodical",
             "bookinbook": "book"}
    for fmt in (BIBLATEX, BIBTEX):
        found = {kind: read_one(f"@{kind}{{k, title = {{T}}}}", fmt)["type"] for kind in pairs}
        assert found == pairs, fmt.name


def test_a_thesis_type_key_becomes_pandocs_wording():
    assert read_one("@thesis{t, title = {T}, type = {phdthesis}}")["genre"] == "Ph.D. thesis"


def test_biblatex_fields_find_their_csl_homes():
    data = read_one("@book{b, title = {Main}, subtitle = {Sub}, series = {Ser}, number = {7}, edition = {2},"
                    " pagetotal = {300}, version = {1.2}, annotation = {Good}, langid = {german},"
                    " eprint = {1234.5678}, eprinttype = {arxiv}, bookauthor = {Doe, Jane}}")
    assert {k: data[k] for k in ("title", "collection-title", "collection-number", "edition", "number-of-pages",
                                 "version", "annote", "language", "URL", "container-author")} == {
        "title": "Main: Sub", "collection-title": "Ser", "collection-number": 7, "edition": 2,
        "number-of-pages": 300, "version": "1.2", "annote": "Good", "language": "de-DE",
        "URL": "https://arxiv.org/abs/1234.5678", "container-author": [{"family": "Doe", "given": "Jane"}]}


def test_a_field_with_no_csl_home_is_kept_in_note_and_named_once():
    text = "@misc{a, title = {A}, note = {N}, isan = {L1}}\n@misc{b, title = {B}, isan = {L2}}\n"
    result = BIBLATEX.read(text, "refs.bib")
    assert [r.to_csl().get("note") for r in result.references] == ["N\nisan: L1", "isan: L2"]
    assert result.notices == ["refs.bib: kept in note (no CSL field): isan (2)"]


def test_crossref_and_xdata_fill_missing_fields_as_biber_resolves_them():
    text = ("@inproceedings{child, author = {Doe, J}, title = {Paper}, crossref = {proc}}\n"
            "@proceedings{proc, title = {Proceedings of X}, publisher = {ACM}, year = 1999}\n"
            "@xdata{pub, location = {Berlin}}\n"
            "@book{b, title = {B}, author = {Z, Y}, xdata = {pub}}\n")
    result = BIBLATEX.read(text, "refs.bib")
    child, proc, book = (r.to_csl() for r in result.references)
    assert (child["title"], child["container-title"], child["publisher"]) == ("Paper", "Proceedings of X", "ACM")
    assert proc["title"] == "Proceedings of X" and book["publisher-place"] == "Berlin"


def test_a_biblatex_list_of_publishers_or_places_is_joined_with_semicolons_as_pandoc_joins_it():
    data = read_one("@book{b, title = {B}, publisher = {Inria and {Sun and Moon}}, location = {Durham and London}}")
    assert (data["publisher"], data["publisher-place"]) == ("Inria; Sun and Moon", "Durham; London")


def test_a_publisher_with_and_in_its_name_survives_the_biblatex_round_trip():
    from citecheck.model import Reference

    ref = Reference.model_validate({"id": "a", "type": "book", "title": "T", "author": [{"family": "Doe"}],
                                    "publisher": "Foreign and Commonwealth Office"})
    text = BIBLATEX.dump([ref])
    assert "publisher    = {Foreign {and} Commonwealth Office}," in text
    assert BIBLATEX.read(text, "refs.bib").references[0].publisher == "Foreign and Commonwealth Office"


def test_a_macro_no_string_of_the_file_defines_is_imported_as_its_name_and_said_at_its_line():
    result = BIBTEX.read('@article{k1,\n  title = a # " there",\n  year = 2020\n}\n', "refs.bib")
    assert [r.title for r in result.references] == ["a there"]
    assert [str(p) for p in result.problems] == [
        "refs.bib:1:1: k1: title: 'a' is no @string of this file (BibTeX reads an undefined macro as empty): "
        "kept as the word"]


def test_an_and_braced_against_biber_s_list_split_is_no_nocase_span_of_a_container_title():
    # a web page's outlet goes to organization, a literal list: the writer braces its "and" for biber
    assert read_one("@misc{a, title = {T}, organization = {Computers {and} Graphics}}")["container-title"] \
        == "Computers and Graphics"
    from citecheck.model import Reference

    ref = Reference.model_validate({"id": "a", "type": "document", "title": "T",
                                    "container-title": "Space and Beyond: The Frontier Theme"})
    assert BIBLATEX.read(BIBLATEX.dump([ref]), "refs.bib").references[0].to_csl() == ref.to_csl()


def test_the_number_of_a_report_or_a_misc_is_its_own_with_a_series_and_a_book_s_its_number_in_the_series():
    entries = ("@techreport{r, title = {T}, series = {S}, number = {3}, institution = {I}}\n"
               "@misc{m, title = {T}, series = {S}, number = {3}}\n@book{b, title = {T}, series = {S}, number = {3}}")
    for fmt in (BIBTEX, BIBLATEX):
        numbers = [(ref.get("number"), ref.get("collection-number")) for ref in
                   (r.to_csl() for r in fmt.read(entries, "refs.bib").references)]
        assert numbers == [(3, None), (3, None), (None, 3)], fmt.name  # as pandoc reads them


def test_an_issue_beside_a_number_is_joined_to_it_as_pandoc_joins_them():
    # TUGboat: number 2 of volume 29 is issue 92 counted over all volumes; CSL has one issue for both
    data = read_one("@article{tb, title = {T}, journal = {TUGboat}, volume = {29}, number = {2}, issue = {92}}")
    assert (data["issue"], "note" in data) == ("2, 92", False)
    assert read_one("@article{tb, title = {T}, journal = {J}, number = {2}, issue = {2}}")["issue"] == 2


def test_an_issue_without_a_number_is_the_issue_in_either_dialect():
    for fmt in (BIBLATEX, BIBTEX):
        data = read_one("@article{a, title = {T}, journal = {J}, volume = {3}, issue = {Spring}}", fmt)
        assert (data["issue"], "note" in data) == ("Spring", False)


def test_a_joined_issue_comes_back_from_the_biblatex_writer_as_it_was():
    [reference] = BIBLATEX.read("@article{tb, title = {T}, author = {A, B}, journal = {TUGboat}, number = {2},\n"
                                "  issue = {92}}", "refs.bib").references
    text = BIBLATEX.dump([reference])
    assert "number       = {2, 92}," in text and BIBLATEX.read(text).references == [reference]


def test_a_bare_url_in_howpublished_becomes_the_url_as_written():
    data = read_one("@misc{cpi, title = {T}, journal = {Investopedia}, howpublished = {https://x.org/a--b_c}}",
                    BIBTEX)
    assert (data["URL"], data["container-title"], "note" in data) == ("https://x.org/a--b_c", "Investopedia", False)
    assert read_one("@booklet{b, title = {T}, howpublished = {{https://x.org/b}}}")["URL"] == "https://x.org/b"


def test_a_url_in_howpublished_beside_a_url_or_with_other_words_stays_what_it_was():
    data = read_one("@misc{u, title = {T}, howpublished = {https://x.org/a}, url = {https://y.org}}")
    assert (data["URL"], data["publisher"]) == ("https://y.org", "https://x.org/a")
    assert read_one("@misc{u, title = {T}, howpublished = {See https://x.org/a}}")["publisher"] == \
        "See https://x.org/a"


def test_beside_a_publisher_howpublished_says_how_it_came_out_and_is_kept_in_note():
    result = BIBLATEX.read("@software{sw, title = {T}, howpublished = {N64-Spielmodul}, publisher = {Nintendo}}",
                           "refs.bib")
    data = result.references[0].to_csl()
    assert (data["publisher"], data["note"], result.kept) == ("Nintendo", "howpublished: N64-Spielmodul",
                                                              {"howpublished": 1})


def test_an_entry_with_no_key_as_endnote_writes_it_is_imported_under_a_made_up_key_said_at_its_line():
    result = get("bibtex").read("@article{ author = {Doe, Jane}, title = {No Key}, year = {2001}}\n"
                                "@article{ title = {No Key}, author = {Doe, Jane}, year = {2001}}\n", "lib.bib")
    assert [ref.id for ref in result.references] == ["doe2001no", "doe2001no-2"]
    assert [str(problem) for problem in result.problems] == ["lib.bib:1:1: no key: imported as doe2001no",
                                                             "lib.bib:2:1: no key: imported as doe2001no-2"]


def test_an_accent_after_another_macro_in_a_name_keeps_its_letter():
    result = BIBLATEX.read(r"@misc{a, title = {T}, author = {Vala, Ji\vr\'i and Doe, \relax\'Eric}}", "x.bib")
    assert [name.given for name in result.references[0].author] == ["Jií", "Éric"]


def test_a_howpublished_url_with_tex_escapes_is_the_url_as_its_characters():
    result = BIBLATEX.read(r"@misc{m, title = {T}, howpublished = {https://x.org/a\_b\%7E}}", "x.bib")
    assert result.references[0].to_csl()["URL"] == "https://x.org/a_b%7E"


def test_a_month_or_day_of_00_is_not_known_and_the_date_is_as_precise_as_it_is_known():
    result = BIBLATEX.read("@misc{a, title = {T}, date = {2001-00-00}}\n@misc{b, title = {U}, date = {2001-05-00}}",
                           "x.bib")
    assert [ref.to_csl()["issued"] for ref in result.references] == [{"date-parts": [[2001]]},
                                                                      {"date-parts": [[2001, 5]]}]
    assert result.problems == []
