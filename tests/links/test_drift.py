"""Content drift, tuned on pages written the way news sites write them: a matching page is never
called drifted; a page that now shows another work is, with both titles."""

from __future__ import annotations

import datetime as dt
import json
import os
from html import escape
from pathlib import Path

import pytest

from citecheck.links.drift import Cited, drift, judge, page_metadata, same_work
from links.fakeweb import target

ENTENTE = Cited(
    ("Russia-China entente deepens in the shadow of the pandemic",), ("Bhadrakumar",), dt.date(2020, 5, 2)
)


def page(title: str | None = None, metas: dict[str, str] | None = None, ld: object = None, body: str = "") -> bytes:
    head = f"<title>{escape(title, quote=False)}</title>" if title is not None else ""
    for key, value in (metas or {}).items():
        attribute = "property" if key.startswith(("og:", "article:")) else "name"
        head += f'<meta {attribute}="{key}" content="{escape(value)}">'
    if ld is not None:
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return f"<!doctype html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


# Pages that show the cited work, as real sites dress their titles.
MATCHING = {
    "site suffix after a bar": (ENTENTE, page("Russia-China entente deepens in the shadow of the pandemic | Indian Punchline")),
    "site prefix and a dash": (ENTENTE, page("Indian Punchline - Russia-China entente deepens in the shadow of the pandemic")),
    "og:title cut with an ellipsis": (
        ENTENTE,
        page("Indian Punchline", {"og:title": "Russia-China entente deepens in the shadow of…"}),
    ),
    "title in capitals, curly quotes and entities": (
        Cited(("Putin's 'no limits' partnership with Xi",)),
        b"<html><head><title>PUTIN&#8217;S &#8216;NO LIMITS&#8217; PARTNERSHIP WITH XI &#8211; "
        b"The National Interest</title></head></html>",
    ),
    "accents dropped by the site": (
        Cited(("La relación entre Rusia y China se estrecha",)),
        page("La relacion entre Rusia y China se estrecha - El País"),
    ),
    "subtitle left off the page": (
        Cited(("The Sino-Russian entente: a nightmare for Washington",)),
        page("The Sino-Russian entente | SOTT"),
    ),
    "citation_title and JSON-LD headline only": (
        Cited(("Joint statement on the new era",)),
        page(None, {"citation_title": "Joint Statement on the New Era"}, {"@type": "NewsArticle", "headline": "x"}),
    ),
    "JSON-LD in a @graph": (
        Cited(("US directly responsible for emergence, escalation of Ukrainian crisis — Beijing",)),
        page("TASS", ld={"@graph": [{"@type": "WebSite", "name": "TASS"}, {"@type": "NewsArticle",
             "headline": "US directly responsible for emergence, escalation of Ukrainian crisis - Beijing"}]}),
    ),
    "a translated page (another script) cannot be judged": (
        Cited(("US directly responsible for escalation of Ukrainian crisis",)),
        page("США несут прямую ответственность за эскалацию украинского кризиса — ТАСС"),
    ),
    "the reference gives the original title": (
        Cited(("Leaders of the world, unite", "Лидеры мира, объединяйтесь")),
        page("Лидеры мира, объединяйтесь — Россия в глобальной политике"),
    ),
    "a rewritten headline by the same author on the same day": (
        ENTENTE,
        page(
            "Moscow and Beijing draw closer as Covid spreads | Indian Punchline",
            {"author": "M. K. Bhadrakumar", "article:published_time": "2020-05-02T08:00:00+05:30"},
        ),
    ),
    "plural and singular": (Cited(("China and Russia hold talks on trade",)), page("China, Russia hold talk on trades - AP")),
    "no title at all": (ENTENTE, page(None, body="<h1>Russia</h1>")),
    "a title of one word": (ENTENTE, page("Home")),
}


@pytest.mark.parametrize("name", MATCHING)
def test_a_page_showing_the_cited_work_is_not_drifted(name):
    cited, html = MATCHING[name]
    assert judge(cited, html, "text/html; charset=utf-8") is None


DRIFTED = {
    "a tag index": (
        ENTENTE,
        page("Russia-China relations: latest news and analysis | Indian Punchline"),
        "cited: Russia-China entente deepens in the shadow of the pandemic / page now: "
        "Russia-China relations: latest news and analysis | Indian Punchline",
    ),
    "another story with its own date": (
        ENTENTE,
        page("Biden and Xi meet in San Francisco - Indian Punchline", {"article:published_time": "2023-11-15"}),
        "cited: Russia-China entente deepens in the shadow of the pandemic / page now: "
        "Biden and Xi meet in San Francisco - Indian Punchline (dated 2020-05-02 / page dated 2023-11-15)",
    ),
    "a paywall's sign-in page": (
        Cited(("The nightmare of a Sino-Russian alliance",)),
        page("Subscribe to read | Financial Times", {"og:title": "Subscribe to read"}),
        "cited: The nightmare of a Sino-Russian alliance / page now: Subscribe to read",
    ),
}


@pytest.mark.parametrize("name", DRIFTED)
def test_a_page_showing_another_work_is_drifted_with_both_titles(name):
    cited, html, message = DRIFTED[name]
    assert judge(cited, html, "text/html") == message


def test_metadata_is_read_from_every_kind_of_tag():
    html = page(
        "Site title",
        {"og:title": "OG", "citation_title": "Citation", "author": "Jane Roe", "citation_date": "2021-02-03"},
        [{"@type": "NewsArticle", "headline": "LD", "datePublished": "2021-02-04T10:00:00Z",
          "author": [{"@type": "Person", "name": "John Doe"}]}],
    ).decode()
    meta = page_metadata(html)
    assert meta.titles == ("OG", "Citation", "Site title", "LD")
    assert meta.dates == (dt.date(2021, 2, 3), dt.date(2021, 2, 4))
    assert meta.authors == ("Jane Roe", "John Doe")


def test_a_broken_json_ld_block_and_a_page_that_is_not_html_say_nothing():
    broken = b"<html><head><title>Another story entirely here</title><script type='application/ld+json'>{oops"
    assert page_metadata(broken.decode()).titles == ("Another story entirely here",)
    assert judge(ENTENTE, b"%PDF-1.7 ...", "application/pdf") is None


def test_same_work_needs_most_of_the_cited_words():
    assert same_work("Russia-China entente deepens", "Russia China entente deepening | Site")
    assert not same_work("Russia-China entente deepens in the shadow of the pandemic", "Russia China news")


def test_a_drifted_page_is_reported_by_the_checker_with_both_titles(web, make_checker):
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    web.route("site-a.test", "/2020/05/entente", lambda h: h.send(200, page("Tag: China | Indian Punchline")))
    ref = Reference.model_validate(
        {"id": "entente", "type": "post-weblog", "title": ENTENTE.titles[0], "URL": web.url("site-a.test", "/2020/05/entente")}
    )
    result = make_checker().check(target_of(ref))
    assert (result.status, result.http_status) == ("drifted", 200)
    assert result.message == f"cited: {ENTENTE.titles[0]} / page now: Tag: China | Indian Punchline"


def test_a_matching_page_is_ok_and_a_home_page_is_never_judged(web, make_checker):
    from citecheck.links.targets import target_of
    from citecheck.model import Reference

    web.route("site-a.test", "/2020/05/entente", lambda h: h.send(200, page(f"{ENTENTE.titles[0]} | Indian Punchline")))
    web.route("site-a.test", "/", lambda h: h.send(200, page("Indian Punchline - Reflections on foreign affairs")))
    refs = [
        Reference.model_validate({"id": "article", "type": "post-weblog", "title": ENTENTE.titles[0],
                                  "URL": web.url("site-a.test", "/2020/05/entente")}),
        Reference.model_validate({"id": "domain", "type": "post-weblog", "title": ENTENTE.titles[0],
                                  "URL": web.url("site-a.test", "/")}),
    ]
    results = make_checker().check_all([target_of(r) for r in refs])
    assert [(r.id, r.status) for r in results] == [("article", "ok"), ("domain", "ok")]


def test_drift_is_not_judged_without_a_cited_title(web, make_checker):
    web.route("site-a.test", "/x", lambda h: h.send(200, page("Something else entirely today")))
    assert make_checker().check(target(web.url("site-a.test", "/x"))).status == "ok"


SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(
    not SHARED.exists() and not os.environ.get("CI"), reason="the corpus lives in ../shared beside the project"
)


def real_titles() -> list[str]:
    """Titles written by other people: the article's footnotes, citation-js's CSL items and AnyStyle's
    labelled reference strings (their <title> fields, trailing punctuation as printed)."""
    import xml.etree.ElementTree as ET

    from citecheck.load import load_references
    from helpers import DATA_FILE

    titles = [str(r.title) for r in load_references(DATA_FILE).references if r.title]
    items = json.loads((SHARED / "csl-json" / "citation-js-biblatex-mapping.json").read_text(encoding="utf-8"))
    titles += [item["title"] for item in items if isinstance(item.get("title"), str)]
    strings = ET.parse(SHARED / "anystyle" / "core.xml").getroot()
    titles += [node.text.strip().rstrip(",.;:") for node in strings.iter("title") if node.text]
    return [t for t in dict.fromkeys(titles) if len(t.split()) >= 2]


def dressed(title: str) -> list[bytes]:
    """``title`` as news sites print it: suffixed, prefixed, in capitals, as a cut og:title."""
    cut = title[:60].rsplit(" ", 1)[0] + "…" if len(title) > 70 else title  # sites cut og:title at ~60
    return [
        page(f"{title} | Example Times"),
        page(f"Example Times — {title}"),
        page(title.upper()),
        page("Example Times", {"og:title": cut}),
    ]


@needs_corpus
def test_real_titles_dressed_as_news_sites_dress_them_are_never_drifted():
    titles = real_titles()
    assert len(titles) > 1000
    wrong = [(t, n) for t in titles for n, html in enumerate(dressed(t)) if judge(Cited((t,)), html, "text/html")]
    assert wrong == []


@needs_corpus
def test_a_page_showing_another_real_title_is_drifted():
    from citecheck.links.drift import script_of, words

    titles = real_titles()
    # judgeable pairs: another title (the corpus repeats some), in the same script, of two words or more
    pairs = [
        (cited, shown)
        for cited, shown in zip(titles, titles[1:] + titles[:1])
        if words(cited) != words(shown) and script_of(cited) == script_of(shown) and len(words(shown)) >= 2
    ]
    missed = [(cited, shown) for cited, shown in pairs if not judge(Cited((cited,)), page(shown), "text/html")]
    assert len(pairs) > 1000
    assert len(missed) <= len(pairs) // 100, missed  # near-twins such as "Fourier integral operators. I / II"
