from citecheck.formats import get, ris
from formats.golden import BAHN, FED


def test_records_are_zotero_ris_with_crlf_t2_outlet_and_y2_access_date():
    assert ris.dump([FED, BAHN]).split("\r\n") == [
        "TY  - NEWS", "ID  - vanoudenaren2021fed", "AU  - Van Oudenaren, John", "AU  - de la Fontaine, Jean",
        "TI  - Fed raises rates by 0.75% as NYC inflation hits $9 #1 high_score", "T2  - The New York Times",
        "UR  - https://www.nytimes.com/2021/06/15/business/fed_rates.html", "LA  - en-US", "PY  - 2021",
        "DA  - 2021/06/15/", "Y2  - 2022/01/03/", "ER  - ", "",
        "TY  - ELEC", "ID  - bahn2020ueber", "TI  - Über uns", "T2  - bahn.de", "PB  - Deutsche Bahn AG",
        "UR  - https://bahn.de", "LA  - de", "PY  - 2020", "DA  - 2020///", "Y2  - 2023/02/01/", "ER  - ", "", ""]


def test_a_line_outside_a_record_and_a_lone_ty_line_are_reported_at_their_lines():
    text = "junk\r\nTY  - ELEC\r\nID  - a\r\nTI  - T\r\nER  - \r\nTY  - BLOG\r\n"
    result = ris.load(text, "x.ris")
    assert [r.id for r in result.references] == ["a"]
    assert [str(p) for p in result.problems] == ["x.ris:1:1: skipped: not a RIS line (TY  - ...)",
                                                 "x.ris:6:1: skipped: record has no ER line"]


def test_a_record_the_next_ty_or_the_end_cuts_off_before_its_er_is_read_and_named_at_its_line():
    text = "TY  - BOOK\nTI  - First\nTY  - ELEC\nID  - a\nTI  - T\nER  - \nTY  - BLOG\nID  - b\nTI  - Last\n"
    result = ris.load(text, "x.ris")
    assert [(r.type, r.title) for r in result.references] == [("book", "First"), ("webpage", "T"),
                                                              ("post-weblog", "Last")]
    assert result.problems == []
    assert result.notices == ["x.ris:1: record has no ER line: read up to the next TY line or the end",
                              "x.ris:7: record has no ER line: read up to the next TY line or the end"]


def test_reading_accepts_other_dialects_types_and_wrapped_lines():
    text = "TY  - WEB\nAU  - Reuters\nTI  - A long\n  title\nPY  - 2021\nER  - \n"
    [ref] = ris.load(text).references
    assert (ref.type, ref.author[0].literal, ref.title, ref.issued.isoformat()) == ("webpage", "Reuters", "A long title", "2021")
    assert ref.id == "reuters2021long"  # no ID tag: citecheck's author-year-word key


def test_a_key_ris_has_no_tag_for_is_a_citecheck_note_line_and_comes_back():
    from formats.golden import FULL_ARTICLE, FULL_BOOK, FULL_PAPER

    assert ris.dump([FULL_PAPER]) == (
        "TY  - CPAPER\r\nID  - p1\r\nAU  - Roe, R.\r\nTI  - A talk\r\nT2  - Proceedings\r\nPY  - 2019\r\n"
        "DA  - 2019///Summer\r\nN1  - citecheck-event-title: Summit\r\nN1  - citecheck-event-place: Rome\r\n"
        'N1  - citecheck-container-author: [{"family": "Ed", "given": "E."}]\r\n'
        'N1  - citecheck-event-date: {"date-parts": [[2019, 5, 2], [2019, 5, 4]]}\r\n'
        "N1  - citecheck-chapter-number: 4\r\nN1  - citecheck-part: 2\r\nER  - \r\n\r\n")
    refs = [FULL_BOOK, FULL_ARTICLE, FULL_PAPER]
    assert ris.load(ris.dump(refs)).references == refs
    assert get("ris").uncarried(refs) == {}
