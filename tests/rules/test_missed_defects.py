"""Every defect the validate issue lists as missed, and each of its cross-field checks, is found by the rule meant
for it, with every rule running.

Each case is a minimal realistic reference with the planted defect (the reference ``bad``) and its correct
neighbour (``good``), each run through the engine with the default settings, as ``citecheck validate`` runs:
the defect is reported by exactly the expected code at the expected field, and the neighbour gets no finding
of that code.
"""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from citecheck.load import parse_references
from citecheck.rules.config import Config
from citecheck.rules.engine import check

TODAY = dt.date(2026, 1, 1)

ARTICLE = ("type: article-journal, container-title: Nature, issued: 2020, page: 1-9, "
           "author: [{family: Roe, given: Mary}]")
NEWS = ("type: article-newspaper, container-title: The Guardian, issued: 2024-05-16, author: [{family: Roth, given: "
        "Andrew}], URL: 'https://www.theguardian.com/world/2024/may/16/putin-xi'")
PAGE = "type: webpage, issued: 2020, author: [{family: Roe, given: Mary}], URL: 'https://example.org/report'"
BOOK = "type: book, issued: 2020, publisher: Brookings"


def case(sentence, code, field, bad, good):
    return pytest.param(code, field, bad, good, id=sentence)


CASES = [
    case("an access note left in a title", "CC116", "title",
         f"{{id: bad, title: Annual report Retrieved 3 March 2020, {PAGE}}}",
         f"{{id: good, title: Annual report, {PAGE}}}"),
    case("a title wrapped in quotes", "CC117", "title",
         f"{{id: bad, title: '\"Annual report\"', {PAGE}}}",
         f"{{id: good, title: 'The \"no limits\" partnership', {PAGE}}}"),
    case("a site-name suffix after the title", "CC118", "title",
         f"{{id: bad, title: Putin visits Xi | World news | The Guardian, {NEWS}}}",
         f"{{id: good, title: Putin visits Xi, {NEWS}}}"),
    case("LaTeX residue in a title", "CC119", "title",
         f"{{id: bad, title: 'The \\emph{{Salmo salar}} genome', {ARTICLE}}}",
         f"{{id: good, title: The <i>Salmo salar</i> genome, {ARTICLE}}}"),
    case("decomposed (NFD) Unicode", "CC120", "title",
         f"{{id: bad, title: \"Cafe\\u0301 society\", {ARTICLE}}}",
         f"{{id: good, title: \"Caf\\u00e9 society\", {ARTICLE}}}"),
    case("Anonymous as the author", "CC211", "author[0].literal",
         "{id: bad, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{literal: Anonymous}]}",
         "{id: good, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{literal: Reuters}]}"),
    case("Staff Writer as the author", "CC211", "author[0].literal",
         "{id: bad, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{literal: Staff Writer}]}",
         "{id: good, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{literal: Associated Press}]}"),
    case("an e-mail address as the author", "CC212", "author[0].literal",
         "{id: bad, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{literal: jane.doe@example.org}]}",
         "{id: good, title: T, type: article-newspaper, container-title: The Times, issued: 2020, "
         "author: [{family: Doe, given: Jane}]}"),
    case("a role written into the family name", "CC213", "author[0].family",
         f"{{id: bad, title: T, {BOOK}, author: [{{family: Kuchins (ed.), given: Andrew C.}}]}}",
         f"{{id: good, title: T, {BOOK}, editor: [{{family: Kuchins, given: Andrew C.}}]}}"),
    case("an honorific in the given name", "CC214", "author[0].given",
         f"{{id: bad, title: T, {BOOK}, author: [{{family: Smith, given: Dr. Anna}}]}}",
         f"{{id: good, title: T, {BOOK}, author: [{{family: Smith, given: Anna}}]}}"),
    case("a whole name in family", "CC215", "author[0].family",
         f"{{id: bad, title: T, {BOOK}, author: [{{family: Anna Smith}}]}}",
         f"{{id: good, title: T, {BOOK}, author: [{{family: Smith, given: Anna}}]}}"),
    case("three authors in one literal", "CC216", "author[0].literal",
         f"{{id: bad, title: T, {BOOK}, author: [{{literal: 'Anna Smith, John Doe and Mary Roe'}}]}}",
         f"{{id: good, title: T, {BOOK}, author: [{{literal: Food and Agriculture Organization}}]}}"),
    case("an impossible raw date", "CC309", "issued.raw",
         "{id: bad, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {raw: 2023-02-30}}",
         "{id: good, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {raw: 2023-02-28}}"),
    case("a literal date with month 13", "CC309", "issued.literal",
         "{id: bad, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {literal: 2023-13-01}}",
         "{id: good, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {literal: 2023-12-01}}"),
    case("n.d. written as the date", "CC309", "issued.literal",
         "{id: bad, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {literal: n.d.}}",
         "{id: good, title: T, type: book, publisher: P, author: [{family: Smith, given: Anna}], "
         "issued: {literal: circa 1750}}"),
    case("an access date without a day", "CC310", "accessed",
         f"{{id: bad, title: T, {PAGE}, accessed: 2021-03}}",
         f"{{id: good, title: T, {PAGE}, accessed: 2021-03-04}}"),
    case("archive-date disagreeing with the Wayback timestamp", "CC311", "archive-date",
         f"{{id: bad, title: T, {PAGE}, archive-url: 'https://web.archive.org/web/20200115000000/"
         "https://example.org/report', archive-date: 2021-03-04}",
         f"{{id: good, title: T, {PAGE}, archive-url: 'https://web.archive.org/web/20200115000000/"
         "https://example.org/report', archive-date: 2020-01-15}"),
    case("a google.com/url redirect wrapper", "CC410", "URL",
         "{id: bad, title: T, type: webpage, issued: 2020, author: [{family: Roe, given: Mary}], "
         "URL: 'https://www.google.com/url?sa=t&url=https%3A%2F%2Fexample.org%2Freport&usg=AOvVaw'}",
         f"{{id: good, title: T, {PAGE}}}"),
    case("a closing parenthesis and full stop glued to a URL", "CC411", "URL",
         "{id: bad, title: T, type: webpage, issued: 2020, author: [{family: Roe, given: Mary}], "
         "URL: 'https://example.org/report).'}",
         "{id: good, title: T, type: webpage, issued: 2020, author: [{family: Roe, given: Mary}], "
         "URL: 'https://en.wikipedia.org/wiki/Entente_(disambiguation)'}"),
    case("a publisher equal to the outlet", "CC505", "publisher",
         f"{{id: bad, title: T, {NEWS}, publisher: The Guardian}}",
         f"{{id: good, title: T, {NEWS}, publisher: Guardian Media Group}}"),
    case("a DOI ending in a full stop", "CC611", "DOI",
         f"{{id: bad, title: T, {ARTICLE}, DOI: 10.1038/nature12373.}}",
         f"{{id: good, title: T, {ARTICLE}, DOI: 10.1038/nature12373}}"),
    case("the 10.5555 test prefix", "CC611", "DOI",
         f"{{id: bad, title: T, {ARTICLE}, DOI: 10.5555/12345678}}",
         f"{{id: good, title: T, {ARTICLE}, DOI: 10.1126/science.169.3946.635}}"),
    case("an en dash in a DOI", "CC611", "DOI",
         f"{{id: bad, title: T, {ARTICLE}, "
         "DOI: \"10.1002/(SICI)1097-4636(199905)45:2<127::AID\\u2013JBM7>3.0.CO;2-0\"}",
         f"{{id: good, title: T, {ARTICLE}, DOI: \"10.1002/(SICI)1097-4636(199905)45:2<127::AID-JBM7>3.0.CO;2-0\"}}"),
    case("a PMID with its label and a letter in it", "CC612", "PMID",
         f"{{id: bad, title: T, {ARTICLE}, PMID: 'PMID: 3012a45'}}",
         f"{{id: good, title: T, {ARTICLE}, PMID: '30124545'}}"),
    case("a PMCID that is not one", "CC612", "PMCID",
         f"{{id: bad, title: T, {ARTICLE}, PMCID: PMC12x4}}",
         f"{{id: good, title: T, {ARTICLE}, PMCID: PMC1234567}}"),
    case("pages written as 345 to 367", "CC613", "page",
         "{id: bad, title: T, type: article-journal, container-title: Nature, issued: 2020, "
         "author: [{family: Roe, given: Mary}], page: 345 to 367}",
         "{id: good, title: T, type: article-journal, container-title: Nature, issued: 2020, "
         "author: [{family: Roe, given: Mary}], page: 345-367}"),
    case("language en on a Cyrillic title", "CC614", "language",
         f"{{id: bad, title: Россия и Китай, language: en, {ARTICLE}}}",
         f"{{id: good, title: Россия и Китай, language: ru, {ARTICLE}}}"),
    case("a journal article typed webpage", "CC615", "type",
         "{id: bad, title: T, type: webpage, container-title: Nature, volume: 12, issue: 3, page: 1-9, "
         "issued: 2020, author: [{family: Roe, given: Mary}], URL: 'https://www.nature.com/articles/x1'}",
         "{id: good, title: T, type: article-journal, container-title: Nature, volume: 12, issue: 3, page: 1-9, "
         "issued: 2020, author: [{family: Roe, given: Mary}], URL: 'https://www.nature.com/articles/x1'}"),
    case("an ISBN on a journal article", "CC616", "ISBN",
         f"{{id: bad, title: T, {ARTICLE}, ISBN: 978-3-16-148410-0}}",
         f"{{id: good, title: T, {BOOK}, ISBN: 978-3-16-148410-0}}"),
    case("a page on a web page", "CC616", "page",
         f"{{id: bad, title: T, {PAGE}, page: 4}}",
         f"{{id: good, title: T, {ARTICLE}}}"),
    case("ids that differ only in case", "CC707", "id",
         f"{{id: Smith2020, title: T, {BOOK}}}\n- {{id: smith2020, title: U, {BOOK}}}",
         f"{{id: smith2020a, title: T, {BOOK}}}\n- {{id: smith2020b, title: U, {BOOK}}}"),
    case("a publication date two years ahead (CS1 allows the current year + 1)", "CC302", "issued",
         f"{{id: bad, title: T, {BOOK.replace('2020', str(TODAY.year + 2))}}}",
         f"{{id: good, title: T, {BOOK.replace('2020', str(TODAY.year + 1))}}}"),
]


#: The issue's cross-field checks (Build item 3), as planted the same way.
CROSS_FIELD = [
    case("the date in the URL path against issued", "CC412", "issued",
         f"{{id: bad, title: T, {NEWS.replace('2024-05-16', '2023-05-16')}}}",
         f"{{id: good, title: T, {NEWS}}}"),
    case("the URL's domain against the outlet", "CC413", "URL",
         f"{{id: bad, title: T, {NEWS.replace('The Guardian', 'New York Times')}}}",
         f"{{id: good, title: T, {NEWS}}}"),
    case("one spelling per outlet across the file", "CC504", "container-title",
         f"{{id: a, title: A, {ARTICLE.replace('Nature', 'NeuroImage')}}}\n- "
         f"{{id: b, title: B, {ARTICLE.replace('Nature', 'NeuroImage')}}}\n- "
         f"{{id: bad, title: C, {ARTICLE.replace('Nature', 'Neuroimage')}}}",
         f"{{id: a, title: A, {ARTICLE.replace('Nature', 'NeuroImage')}}}\n- "
         f"{{id: b, title: B, {ARTICLE.replace('Nature', 'Neuron')}}}"),
    case("one spelling per person across the file", "CC708", "author[0].family",
         f"{{id: a, title: A, {BOOK}, author: [{{family: McFaul, given: Michael}}]}}\n- "
         f"{{id: bad, title: B, {BOOK}, author: [{{family: Mcfaul, given: Michael}}]}}",
         f"{{id: a, title: A, {BOOK}, author: [{{family: McFaul, given: Michael}}]}}\n- "
         f"{{id: b, title: B, {BOOK}, author: [{{family: McFaul, given: Michael}}]}}"),
    case("a field the printed footnote contradicts", "CC617", "issued",
         "{id: bad, type: article-newspaper, title: This Is the Russia-China Friendship That Nixon Feared, "
         "container-title: New York Times, issued: 2021-02-20, printed: 'This Is the Russia-China Friendship That "
         "Nixon Feared, By Farah Stockman, New York Times, Feb. 20, 2022.'}",
         "{id: good, type: article-newspaper, title: This Is the Russia-China Friendship That Nixon Feared, "
         "container-title: New York Times, issued: 2022-02-20, printed: 'This Is the Russia-China Friendship That "
         "Nixon Feared, By Farah Stockman, New York Times, Feb. 20, 2022.'}"),
    case("an online piece printed with no address (the article's footnote 10)", "CC414", "URL",
         "{id: bad, type: article-newspaper, title: T, container-title: New York Times, issued: 2022-02-20}",
         f"{{id: good, title: T, {NEWS}}}"),
]


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    from citecheck.rules.dates.future_date import FutureDate

    monkeypatch.setattr(FutureDate, "today", TODAY)


def _findings(items: str):
    text = "references:\n" + textwrap.indent("- " + items + "\n", "  ")
    return check(parse_references(text, "refs.yaml", "yaml"), Config())


@pytest.mark.parametrize(("code", "field", "bad", "good"), CASES + CROSS_FIELD)
def test_the_planted_defect_is_found_and_its_correct_neighbour_is_quiet(code, field, bad, good):
    flagged = "smith2020" if code == "CC707" else "bad"
    assert [(f.id, f.field) for f in _findings(bad) if f.code == code] == [(flagged, field)]
    assert [f for f in _findings(good) if f.code == code] == []

