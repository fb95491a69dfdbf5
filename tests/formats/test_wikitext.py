from citecheck.formats import get, wikitext, wikitext_read
from citecheck.model import Reference
from formats.golden import BAHN, FED


def test_cite_news_and_cite_web_with_access_date_and_outlet_parameters():
    assert wikitext.dump([FED, BAHN]).splitlines() == [
        '<ref name="vanoudenaren2021fed">{{cite news |last1=Van Oudenaren |first1=John |last2=de la Fontaine '
        '|first2=Jean |title=Fed raises rates by 0.75% as NYC inflation hits $9 #1 high_score '
        '|newspaper=The New York Times |date=2021-06-15 |access-date=2022-01-03 '
        '|url=https://www.nytimes.com/2021/06/15/business/fed_rates.html |language=en-US}}</ref>',
        '<ref name="bahn2020ueber">{{cite web |title=Über uns |publisher=Deutsche Bahn AG |website=bahn.de '
        '|date=2020 |access-date=2023-02-01 |url=https://bahn.de |language=de}}</ref>']


def test_pipes_brackets_and_double_quotes_are_escaped_and_read_back():
    ref = Reference.model_validate({"id": "a", "type": "article-magazine", "title": "A | B [c] {{d}} ''e'' <f>",
                                    "issued": "2021-06", "URL": "www.example.org/a|b",
                                    "archive-url": "https://web.archive.org/x", "archive-date": "2022-01-03"})
    text = wikitext.dump([ref])
    assert "|title=A &#124; B &#91;c&#93; &#123;&#123;d&#125;&#125; &#39;&#39;e&#39;&#39; &lt;f&gt; " in text
    assert "|date=June 2021 |archive-date=2022-01-03 |url=https://www.example.org/a%7Cb " in text
    assert wikitext_read.load(text).references == [ref]


ARTICLE = """Russia and China signed it.<ref name=fed>{{Cite news |last=Smith |first=Ann
 |title=Leaders meet in [[Beijing]] <!-- checked --> |work=[[The Guardian|Guardian]] |date=4 February 2022
 |url=https://example.org/a |access-date=}}</ref> Later<ref name="fed" /> and again.<ref>{{cite_web
 |title=Joint statement {{!}} full text |publisher=[[Kremlin]] |date=2022 |url=https://example.org/b}}</ref>

== Further reading ==
* {{cite web |last1=Ivanov |first1=Petr |title=The entente |website=Example |date=2023-05-01 |url=https://example.org/c}}
* {{cite web |bad |title=Unreadable}}
"""


def test_citations_are_read_as_wikipedia_writes_them():
    result = wikitext_read.load(ARTICLE, "article.wiki")
    assert [ref.to_csl() for ref in result.references] == [
        {"id": "fed", "type": "article-newspaper", "title": "Leaders meet in Beijing", "author": [
            {"family": "Smith", "given": "Ann"}], "container-title": "Guardian",
         "issued": {"date-parts": [[2022, 2, 4]]}, "URL": "https://example.org/a"},
        {"id": "kremlin2022joint", "type": "webpage", "title": "Joint statement | full text", "publisher": "Kremlin",
         "issued": {"date-parts": [[2022]]}, "URL": "https://example.org/b"},
        {"id": "ivanov2023entente", "type": "webpage", "title": "The entente", "author": [
            {"family": "Ivanov", "given": "Petr"}], "container-title": "Example",
         "issued": {"date-parts": [[2023, 5, 1]]}, "URL": "https://example.org/c"},
    ]
    assert [str(problem) for problem in result.problems] == [
        "article.wiki:8:1: skipped: parameter 'bad' has no '='"]


def test_a_text_without_citation_templates_is_a_problem():
    assert [str(p) for p in wikitext_read.load("Just prose, {{reflist}}.", "a.wiki").problems] == [
        "a.wiki:1:1: no {{cite …}} citations found"]


def test_stray_pipes_multi_word_templates_and_refs_defined_again_are_read_as_mediawiki_does():
    text = ('A.<ref name="a">{{cite web |title=X |url=http://x.org |}}</ref> B.<ref name="a">{{cite web |title=X '
            '|url=http://x.org |}}</ref>\nC.<ref name="a">{{cite web |title=Other}}</ref>'
            '<ref>{{cite press release |title=PR || publisher=ACME |date=2019}}</ref>'
            '<ref name="h">{{cite web |title=H}}<!-- citecheck: [1] --></ref>')
    result = wikitext_read.load(text, "w.wiki")
    assert [(ref.id, ref.type, ref.title) for ref in result.references] == [
        ("a", "webpage", "X"), ("acme2019pr", "webpage", "PR")]
    assert [str(problem) for problem in result.problems] == [
        "w.wiki:2:1: a: skipped: ref name 'a' is defined again with other content",
        "w.wiki:2:1: h: skipped: the citecheck comment is not a JSON object"]


def test_journal_and_book_templates_are_read_as_what_they_cite():
    text = ("{{cite journal |last1=Lo |first1=Bobo |title=Axis of Convenience |journal=[[Foreign Affairs]] "
            "|volume=87 |page=12 |date=2008 |doi=10.2307/20032579}}\n"
            "{{Cite book |last=Lo |first=Bobo |title=A Wary Embrace |publisher=Lowy |place=Sydney |isbn=9780143003632 "
            "|edition=2nd |date=2017}}")
    refs = [ref.to_csl() for ref in wikitext_read.load(text).references]
    assert refs == [
        {"id": "lo2008axis", "type": "article-journal", "title": "Axis of Convenience",
         "author": [{"family": "Lo", "given": "Bobo"}], "container-title": "Foreign Affairs",
         "issued": {"date-parts": [[2008]]}, "page": 12, "volume": 87, "DOI": "10.2307/20032579"},
        {"id": "lo2017wary", "type": "book", "title": "A Wary Embrace", "author": [{"family": "Lo", "given": "Bobo"}],
         "publisher": "Lowy", "issued": {"date-parts": [[2017]]}, "edition": "2nd", "ISBN": "9780143003632",
         "publisher-place": "Sydney"}]


def test_what_cs1_names_is_a_parameter_and_everything_else_is_in_the_comment():
    from formats.golden import FULL_ARTICLE, FULL_BOOK, FULL_PAPER

    assert wikitext.dump([FULL_BOOK]) == (
        '<ref name="knuth1986">{{cite web |last1=Knuth |first1=Donald E. |translator-last1=Doe |translator-first1=Jane '
        '|title=The TeXbook |publisher=Addison-Wesley |location=Reading, MA |volume=1 |edition=2 '
        '|series=Computers and Typesetting |isbn=0-201-13447-0 |pmid=123456 |date=1986 |orig-date=1984 |language=en}}'
        '<!-- citecheck: {"collection-number": "A", "number-of-pages": 483, "number-of-volumes": 5, '
        '"citation-key": "knuth:tex", "abstract": "The manual.", "annote": "Read twice.", "archive": "Stanford Library", '
        '"keyword": "typesetting, TeX", "original-publisher": "AMS", "original-publisher-place": "Providence", '
        '"original-title": "TeX", "status": "reprint", "type": "book"} --></ref>\n')
    refs = [FULL_BOOK, FULL_ARTICLE, FULL_PAPER]
    assert wikitext_read.load(wikitext.dump(refs)).references == refs
    assert get("wikitext").uncarried(refs) == {}


def test_an_id_that_is_literally_a_pipe_template_stays_as_written():
    ref = Reference(id="{{!}}", type="webpage", title="T")
    text = wikitext.dump([ref])
    assert text == '<ref name="&#123;&#123;!&#125;&#125;">{{cite web |title=T}}</ref>\n'
    assert wikitext_read.load(text).references == [ref]


def test_a_csl_source_in_the_comment_stays_the_catalogue_and_an_old_comment_beside_a_footnote_is_the_printed_one():
    ref = Reference.model_validate({"id": "z", "type": "webpage", "title": "T", "source": "Library catalog"})
    assert wikitext_read.load(wikitext.dump([ref])).references == [ref]
    old = '<ref name="a">{{cite web |title=T}}<!-- citecheck: {"footnote": 3, "source": "As printed."} --></ref>'
    [read] = wikitext_read.load(old).references
    assert (read.printed, read.source, read.footnote) == ("As printed.", None, 3)


def test_a_name_whose_suffix_first_cannot_carry_travels_in_the_comment_too():
    names = [{"family": "Sherry", "given": "Jr.", "suffix": "John F."}, {"family": "Reagle", "given": "J.", "suffix": "Jr."}]
    ref = Reference.model_validate({"id": "a", "type": "webpage", "title": "T", "author": names})
    text = wikitext.dump([ref])
    assert "|last1=Sherry |first1=Jr., John F. |last2=Reagle |first2=J., Jr. |" in text
    assert '"author": [{"family": "Sherry"' in text
    assert wikitext_read.load(text).references == [ref]
    plain = Reference.model_validate({"id": "b", "type": "webpage", "title": "T", "author": names[1:]})
    assert "citecheck" not in wikitext.dump([plain])


def test_date_ranges_are_written_as_cs1_spells_them_and_any_other_range_comes_back_from_the_comment():
    ranges = {"1984/1986": "1984\u20131986", "2021-06/2021-07": "June\u2013July 2021",
              "2007-02-12/2007-02-15": "12\u201315 February 2007", "2006-12-12/2007-01-15": "2006-12-12/2007-01-15"}
    refs = [Reference.model_validate({"id": f"r{i}", "type": "webpage", "title": "T", "issued": issued})
            for i, issued in enumerate(ranges)]
    text = wikitext.dump(refs)
    assert [line.split("|date=")[1].split(" |")[0].split("}}")[0] for line in text.splitlines()] == list(ranges.values())
    assert text.count("citecheck:") == 1
    assert wikitext_read.load(text).references == refs


def test_a_citecheck_comment_nested_past_the_json_parsers_stack_skips_its_citation_naming_the_limit():
    # issue 15: a RecursionError traceback from json
    deep = "[" * 5000 + "]" * 5000
    text = f'<ref>{{{{cite web |title=T |url=https://e.org/a}}}}<!-- citecheck: {{"x": {deep}}} --></ref>\n'
    result = wikitext_read.load(text, "deep.wiki")
    assert (result.references, [str(p) for p in result.problems]) == ([], [
        "deep.wiki:1:1: the citation on line 1: skipped: the citecheck comment is nested deeper than 64 levels "
        "(the limit)"])
