"""RIS as other tools write it: legacy tags, tags with no CSL home, citecheck's own fields as note lines."""

from citecheck.formats import ris
from citecheck.model import Reference


def rec(*lines: str) -> str:
    return "".join(f"{line}\r\n" for line in ("TY  - JOUR", *lines, "ER  - "))


def test_the_classic_tags_t1_a1_jo_y1_ep_and_sn_are_read():
    [ref] = ris.load(rec("T1  - Old title", "A1  - Marx, Karl", "JO  - J. Hist.", "Y1  - 2014//", "SP  - 10",
                         "EP  - 19", "SN  - 1932-6208", "VL  - 9")).references
    assert (ref.title, ref.author[0].family, ref.container_title, ref.issued.isoformat(), ref.page, ref.issn,
            str(ref.volume)) == ("Old title", "Marx", "J. Hist.", "2014", "10-19", "1932-6208", "9")


def test_jf_ed_n2_lk_and_a_book_isbn_have_their_csl_homes():
    [ref] = ris.load(rec("JF  - Journal of Things", "ED  - Glattauer, Daniel", "N2  - Abstract text",
                         "LK  - https://example.org/a", "SN  - 978-3-16-148410-0", "ET  - 2nd")).references
    assert (ref.container_title, ref.editor[0].family, ref.abstract, ref.url, ref.isbn, ref.edition) == (
        "Journal of Things", "Glattauer", "Abstract text", "https://example.org/a", "978-3-16-148410-0", "2nd")


def test_a_real_c1_is_kept_in_the_note_and_the_record_imports():
    result = ris.load(rec("TI  - A", "C1  - Section 3"), "z.ris")
    [ref] = result.references
    assert (ref.footnote, ref.note) == (None, "C1: Section 3")
    assert (result.problems, result.notices) == ([], ["z.ris: kept in note (no CSL field): C1 (1)"])


def test_a_free_text_c5_is_not_read_as_a_csl_type():
    [ref] = ris.load(rec("ID  - a", "TI  - A", "C5  - Some free text")).references
    assert (ref.type, ref.note) == ("article-journal", "C5: Some free text")


def test_tags_with_no_csl_home_are_named_once_per_file_with_their_counts():
    text = rec("TI  - A", "M1  - 1008150341", "L2  - http://example.com") + rec("TI  - B", "M1  - 7")
    result = ris.load(text, "r.ris")
    assert [ref.note for ref in result.references] == ["M1: 1008150341\nL2: http://example.com", "M1: 7"]
    assert (result.problems, result.notices) == ([], ["r.ris: kept in note (no CSL field): L2 (1), M1 (2)"])


def test_citecheck_writes_its_own_fields_as_note_lines_and_reads_them_back():
    ref = Reference.model_validate({"id": "a", "type": "post", "title": "T", "footnote": 3, "note": "one\ntwo",
                                    "archive-url": "https://web.archive.org/x", "archive-date": "2024-01-02",
                                    "ISBN": "978-3-16-148410-0", "edition": "2"})
    text = ris.dump([ref])
    assert text.split("\r\n")[:-3] == [
        "TY  - GEN", "ID  - a", "TI  - T", "ET  - 2", "SN  - 978-3-16-148410-0", "N1  - one", "N1  - two",
        "N1  - citecheck-footnote: 3", "N1  - citecheck-archive-url: https://web.archive.org/x",
        "N1  - citecheck-archive-date: 2024/01/02/", "N1  - citecheck-type: post"]
    [back] = ris.load(text).references
    assert back == ref


def test_files_citecheck_wrote_before_still_read_their_c_tags():
    old = rec("ID  - a", "TI  - T", "C1  - 3", "C2  - As printed", "C4  - 2024/01/02/", "C5  - post")
    [ref] = ris.load(old.replace("JOUR", "GEN")).references
    assert (ref.footnote, ref.printed, ref.archive_date.isoformat(), ref.type, ref.note) == (
        3, "As printed", "2024-01-02", "post", None)


def test_a_superscript_or_huge_footnote_number_is_an_input_problem_at_its_line():
    for value in ("²", "9" * 5000):
        result = ris.load(rec("ID  - a", "TI  - T", f"N1  - citecheck-footnote: {value}"), "f.ris")
        assert result.references == []
        [problem] = result.problems
        assert str(problem).startswith("f.ris:4:1: a: skipped: footnote ")


def test_numbers_in_any_numeric_tag_never_raise():
    for tag in ("PY", "Y1", "DA", "Y2", "VL", "IS", "SP", "EP", "NV"):
        for value in ("²⁰²¹", "9" * 5000, "٢٠٢١"):
            result = ris.load(rec("TI  - T", f"{tag}  - {value}"), "n.ris")
            assert len(result.references) + len(result.problems) >= 1, (tag, value)
            assert all(str(p).startswith("n.ris:") for p in result.problems)


def test_a_second_record_with_the_same_id_is_kept_under_a_new_id_and_named_at_its_line():
    result = ris.load(rec("ID  - 12345", "TI  - A") + rec("ID  - 12345", "TI  - B"), "d.ris")
    assert [ref.id for ref in result.references] == ["12345", "12345-2"]
    assert [str(p) for p in result.problems] == [
        "d.ris:5:1: 12345: id already in use by the record at line 1: imported as 12345-2"]


def test_record_counters_between_records_are_not_problems():
    result = ris.load("1.\r\n" + rec("TI  - A") + "2.\r\n" + rec("TI  - B"))
    assert (len(result.references), result.problems) == (2, [])


def test_dp_is_the_catalogue_csl_calls_source_and_db_the_archive_as_zotero_has_them():
    [ref] = ris.load(rec("TI  - T", "DP  - JSTOR", "DB  - Hoover Institution Archives")).references
    assert (ref.source, ref.archive, ref.printed, ref.note) == ("JSTOR", "Hoover Institution Archives", None, None)
    assert "DP  - JSTOR\r\n" in ris.record(ref) and "DB  - Hoover Institution Archives\r\n" in ris.record(ref)


def test_the_printed_footnote_is_a_citecheck_note_line_and_its_old_name_still_reads():
    ref = Reference.model_validate({"id": "a", "type": "article-journal", "title": "T", "footnote": 2,
                                    "printed": "2. T.", "source": "JSTOR"})
    text = ris.record(ref)
    assert "N1  - citecheck-printed: 2. T.\r\n" in text and "DP  - JSTOR\r\n" in text
    assert ris.load(text).references == [ref]
    [old] = ris.load(rec("ID  - a", "TI  - T", "N1  - citecheck-footnote: 2", "N1  - citecheck-source: 2. T.")).references
    assert (old.printed, old.source) == ("2. T.", None)


def test_a_month_written_as_a_word_is_the_month():
    refs = ris.load(rec("TI  - A", "Y1  - 2015/october") + rec("TI  - B", "PY  - 2015/Sep/03/")).references
    assert [ref.issued.isoformat() for ref in refs] == ["2015-10", "2015-09-03"]
    assert [ref.note for ref in refs] == [None, None]


def test_a_dates_free_text_fourth_part_is_kept_in_the_note():
    result = ris.load(rec("TI  - A", "PY  - 2013/03/14/accepted"), "r.ris")
    [ref] = result.references
    assert (ref.issued.isoformat(), ref.note) == ("2013-03-14", "PY: 2013/03/14/accepted")
    assert result.notices == ["r.ris: kept in note (no CSL field): PY (1)"]


def test_a_year_that_disagrees_with_the_full_date_is_kept_and_one_that_agrees_is_not():
    disagreeing, agreeing = ris.load(rec("TI  - A", "DA  - 2014/12/12", "PY  - 2013", "Y1  - 2014")
                                     + rec("TI  - B", "PY  - 2014", "DA  - 2014/12/12/")).references
    assert (disagreeing.issued.isoformat(), disagreeing.note) == ("2014-12-12", "PY: 2013")
    assert (agreeing.issued.isoformat(), agreeing.note) == ("2014-12-12", None)


def test_a_bt_beside_the_journal_of_a_paper_is_kept_in_the_note():
    [ref] = ris.load(rec("TI  - A", "JF  - Outlet", "BT  - Book")).references
    assert (ref.container_title, ref.note) == ("Outlet", "BT: Book")


def test_an_issn_sn_would_read_as_an_isbn_is_a_citecheck_note_line_and_comes_back():
    ref = Reference.model_validate({"id": "a", "type": "article-journal", "title": "T", "ISSN": "2532-64314",
                                    "ISBN": "978-3-16-148410-0"})
    text = ris.dump([ref])
    assert "SN  - 978-3-16-148410-0\r\nN1  - citecheck-ISSN: 2532-64314\r\n" in text
    assert ris.load(text).references == [ref]


def test_a_5000_digit_c1_is_a_problem_at_its_record_not_a_traceback():
    # issue 15: "Exceeds the limit (4300 digits) for integer string conversion" from C1 (the old footnote tag)
    result = ris.load(rec("ID  - x", "TI  - T", "C1  - " + "9" * 5000), "c.ris")
    assert result.references == []
    assert [str(p) for p in result.problems] == [
        "c.ris:4:1: x: skipped: footnote '99999999999999999999…' is not a footnote number"]


def test_an_m3_holding_a_doi_is_the_doi_when_the_record_has_no_do():
    # EndNote writes the DOI in M3; Zotero's RIS translator reads it as the DOI, without a doi: or resolver before it
    refs = ris.load(rec("TI  - A", "M3  - 10.1080/14650040903501120") + rec("TI  - B", "M3  - doi: 10.1063/1.1954747")
                    + rec("TI  - C", "M3  - https://doi.org/10.1068/d8109")).references
    assert [(ref.doi, ref.genre, ref.note) for ref in refs] == [("10.1080/14650040903501120", None, None),
                                                                ("10.1063/1.1954747", None, None),
                                                                ("10.1068/d8109", None, None)]


def test_an_m3_that_is_no_doi_stays_the_genre():
    refs = ris.load(rec("TI  - A", "M3  - Article") + rec("TI  - B", "M3  - doi: whatever")).references
    assert [(ref.genre, ref.doi) for ref in refs] == [("Article", None), ("doi: whatever", None)]


def test_an_m3_doi_beside_a_do_is_dropped_when_it_is_the_same_and_kept_in_the_note_when_not():
    result = ris.load(rec("TI  - A", "DO  - 10.1063/1.1954747", "M3  - doi: 10.1063/1.1954747")
                      + rec("TI  - B", "M3  - 10.1016/j.two.2012.01.008", "DO  - 10.1016/j.one.2012.01.008"), "m.ris")
    assert [(ref.doi, ref.genre, ref.note) for ref in result.references] == [
        ("10.1063/1.1954747", None, None), ("10.1016/j.one.2012.01.008", None, "M3: 10.1016/j.two.2012.01.008")]
    assert result.notices == ["m.ris: kept in note (no CSL field): M3 (1)"]


def test_a_genre_that_looks_like_a_doi_is_a_citecheck_note_line_and_comes_back():
    ref = Reference.model_validate({"id": "a", "type": "article-journal", "title": "T", "genre": "10.1000/xyz123"})
    text = ris.dump([ref])
    assert "M3  - " not in text and "N1  - citecheck-genre: 10.1000/xyz123\r\n" in text
    assert ris.load(text).references == [ref]


def test_an_sn_of_neither_shape_is_a_note_line_and_ten_digits_are_no_isbn_in_an_article():
    # Mendeley writes SN 0000000205 in journal articles; Zotero reads an article's SN as its ISSN, a book's as its ISBN
    result = ris.load(rec("TI  - A", "SN  - 0000000205") + rec("TI  - B", "SN  - 9780851995250")
                      + rec("TI  - C", "SN  - 0393065502").replace("JOUR", "BOOK")
                      + rec("TI  - D", "SN  - kmptns").replace("JOUR", "THES"), "s.ris")
    assert [(ref.isbn, ref.issn, ref.note) for ref in result.references] == [
        (None, None, "SN: 0000000205"), ("9780851995250", None, None), ("0393065502", None, None),
        (None, None, "SN: kmptns")]
    assert (result.problems, result.notices) == ([], ["s.ris: kept in note (no CSL field): SN (2)"])


def test_a_report_sn_that_is_no_isbn_or_issn_is_its_number_as_zotero_writes_it():
    [report, patent] = ris.load(rec("TI  - R", "SN  - WP 2019-03").replace("JOUR", "RPRT")
                                + rec("TI  - P", "SN  - US 5,123,456").replace("JOUR", "PAT")).references
    assert [(ref.number, ref.isbn, ref.note) for ref in (report, patent)] == [("WP 2019-03", None, None),
                                                                              ("US 5,123,456", None, None)]


def test_an_isbn_an_article_would_not_read_from_sn_is_a_citecheck_note_line_and_comes_back():
    ref = Reference.model_validate({"id": "a", "type": "article-journal", "title": "T", "ISBN": "0393065502"})
    text = ris.dump([ref])
    assert "SN  - " not in text and "N1  - citecheck-ISBN: 0393065502\r\n" in text
    assert ris.load(text).references == [ref]
