"""CS1 wikitext as Wikipedia writes it: every name, date and outlet parameter; nothing dropped; bounded parsing."""

import time

from citecheck.formats import wikitext_read


def one(template: str):
    result = wikitext_read.load(f"<ref>{template}</ref>", "a.wiki")
    [ref] = result.references
    return ref, [str(p) for p in result.problems]


def test_vauthors_year_and_accessdate_are_read():
    ref, problems = one("{{cite journal |vauthors=Smith AB, Jones C, et al. |year=2005 |accessdate=2020-01-02 "
                        "|title=T |journal=J |volume=3 |pages=1–9 |doi=10.1/x |pmid=123 |pmc=456}}")
    assert [(n.family, n.given) for n in ref.author] == [("Smith", "A. B."), ("Jones", "C.")]
    assert (ref.issued.isoformat(), ref.accessed.isoformat(), ref.container_title, ref.page, ref.doi,
            ref.pmid, ref.pmcid) == ("2005", "2020-01-02", "J", "1–9", "10.1/x", "123", "456")
    assert problems == []


def test_numbered_author_editor_and_translator_spellings_are_read():
    ref, problems = one("{{cite book |author1-last=Ng |author1-first=A |surname2=Li |given2=B |author3=WHO "
                        "|editor1-last=Ed |editor1-first=E |translator-last=Tr |title=T}}")
    assert [(n.family, n.given, n.literal) for n in ref.author] == [("Ng", "A", None), ("Li", "B", None),
                                                                      (None, None, "WHO")]
    assert (ref.editor[0].family, ref.translator[0].family) == ("Ed", "Tr")


def test_date_forms_n_d_year_suffix_ranges_and_seasons_are_kept_not_skipped():
    cases = {"n.d.": ("n.d.", None), "2005a": ("2005", "a"), "12–15 February 2007": ("2007-02-12/2007-02-15", None),
             "June–July 2007": ("2007-06/2007-07", None), "Spring 2007": ("2007", None), "Feb 3, 2001": ("2001-02-03", None),
             "c. 1900": ("1900", None)}
    for text, (iso, suffix) in cases.items():
        ref, problems = one(f"{{{{cite web |title=T |date={text}}}}}")
        assert (ref.issued.isoformat(), ref.year_suffix, problems) == (iso, suffix, []), text
    assert one("{{cite web |title=T |date=Spring 2007}}")[0].issued.season == 1


def test_orig_date_publication_date_and_archive_parameters_in_old_spellings():
    ref, _ = one("{{cite news |title=T |publication-date=2001 |orig-date=1999 |archiveurl=https://web.archive.org/x "
                 "|archivedate=2020-05-06 |work=The Times}}")
    assert (ref.issued.isoformat(), ref.original_date.isoformat(), ref.archive_url, ref.archive_date.isoformat(),
            ref.container_title) == ("2001", "1999", "https://web.archive.org/x", "2020-05-06", "The Times")


def test_parameters_with_no_csl_home_are_kept_in_the_note_and_named_once():
    text = ("<ref>{{cite web |title=T |trans-title=Tt |via=JSTOR |agency=AP |quote=Q |url-status=dead "
            "|author-link=Someone}}</ref>\n<ref>{{cite web |title=U |via=Gale}}</ref>")
    result = wikitext_read.load(text, "k.wiki")
    assert [ref.note for ref in result.references] == [
        "trans-title: Tt\nvia: JSTOR\nagency: AP\nquote: Q\nurl-status: dead\nauthor-link: Someone", "via: Gale"]
    assert (result.problems, result.notices) == ([], [
        "k.wiki: kept in note (no CSL field): agency (1), author-link (1), quote (1), trans-title (1), "
        "url-status (1), via (2)"])


def test_a_second_outlet_or_page_parameter_is_kept_not_dropped():
    ref, _ = one("{{cite web |title=T |work=W |website=S |page=3 |pages=3–4}}")
    assert (ref.container_title, ref.page, ref.note) == ("S", "3–4", "work: W\npage: 3")


def test_an_unclosed_citation_is_reported_and_reading_stays_linear():
    text = "{{cite web |title=a " * 800  # 16 KB: 20-30 s in the parser before the scan
    started = time.perf_counter()
    result = wikitext_read.load(text, "u.wiki")
    assert time.perf_counter() - started < 5
    assert result.references == []
    assert {str(p) for p in result.problems} == {
        "u.wiki:1:1: skipped: a {{cite …}} template is never closed",
        f"u.wiki:1:1: skipped: templates or links nested deeper than {wikitext_read.NESTING_LIMIT} levels"}


def test_nesting_beyond_the_limit_is_one_problem_and_the_citation_around_it_still_reads():
    deep = "{{a|" * 200 + "x" + "}}" * 200
    result = wikitext_read.load(f"<ref>{{{{cite web |title=T{deep} |url=https://a.org}}}}</ref>", "n.wiki")
    assert [ref.url for ref in result.references] == ["https://a.org"]
    assert [str(p) for p in result.problems] == [
        f"n.wiki:1:1: skipped: templates or links nested deeper than {wikitext_read.NESTING_LIMIT} levels"]


def test_unclosed_links_and_templates_elsewhere_do_not_hide_a_citation():
    text = "[[a|" * 2000 + "\n<ref>{{cite web |title=T |url=https://a.org}}</ref> {{unclosed|x"
    result = wikitext_read.load(text, "l.wiki")
    assert [ref.title for ref in result.references] == ["T"]


def test_brackets_inside_a_comment_are_left_as_written_by_the_nesting_guard():
    from citecheck.formats import get
    from citecheck.model import Reference

    ref = Reference(id="w", type="article", title="0", printed="see [[ and {{ unclosed")
    text = get("wikitext").dump([ref])
    [back] = get("wikitext").read(text, "w.wiki").references
    assert back.printed == "see [[ and {{ unclosed"


def test_unclosed_and_broken_tags_stay_text_and_reading_stays_linear():
    # the parser tries every unclosed tag against the rest of the text: 2,000 of each took 11 s and 34 s
    text = ('<ref name="a\nb' * 2000 + "<ref>{{cite web |title=a <b>bold}}" * 2000
            + "\n<ref name=x/><br>{{cite web |title=T}}")
    started = time.perf_counter()
    result = wikitext_read.load(text, "t.wiki")
    assert time.perf_counter() - started < 5
    titles = [ref.title for ref in result.references]
    assert (len(titles), titles[0], titles[-1], result.problems) == (2001, "a <b>bold", "T", [])


def test_a_parameter_name_running_over_lines_is_kept_on_one_line():
    ref, problems = one("{{cite web |title=T |is\n -\n  - =x}}")
    assert (ref.note, problems) == ("is - -: x", [])


def test_thousands_of_citations_in_one_ref_are_read_in_linear_time():
    text = "<ref>" + "{{cite web |title=a}}" * 2000 + "<!-- a comment --></ref>"  # each once read the whole ref
    started = time.perf_counter()
    result = wikitext_read.load(text, "r.wiki")
    assert time.perf_counter() - started < 5
    assert (len(result.references), result.problems) == (2000, [])


def test_unclosed_italics_links_and_tables_stay_text_and_reading_stays_linear():
    # the parser retried each against what follows: 2,000 unclosed links in refs took 51 s
    text = ("<ref>[http://a b</ref>''c " * 2000 + "\n{|\n" * 500
            + "<ref>{{cite web |title=''T'' [http://x a] |url=https://a.org}}</ref>")
    started = time.perf_counter()
    result = wikitext_read.load(text, "m.wiki")
    assert time.perf_counter() - started < 5
    assert ([ref.title for ref in result.references], result.problems) == (["''T'' [http://x a]"], [])
