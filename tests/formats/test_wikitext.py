from citecheck.formats import wikitext
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
    assert wikitext.load(text).references == [ref]
