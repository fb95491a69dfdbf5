"""Content drift: a link that answers 200 but no longer shows the work that was cited (the article
moved and the URL now shows a tag index, a paywall's teaser, another story).

The page the GET already fetched is parsed (by selectolax's Lexbor HTML5 parser, not regexes) for
what it says about itself: ``<title>``, OpenGraph ``og:title``, Highwire ``citation_title``,
``twitter:title``, JSON-LD ``headline``/``name``, ``datePublished`` and ``author``. The reference's
title is then looked for among those titles, as words: a site's suffix (``| Reuters``), case,
accents, punctuation and a truncated ``og:title`` (``…``) do not matter. A page is called drifted
only when it states a title in the same script as the cited one (a translated page cannot be
judged) and none of its titles is the cited work, unless its author and date both agree with the
reference (a headline rewritten after publication).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from citecheck.model import Reference

TITLE_METAS = ("og:title", "citation_title", "twitter:title", "dc.title", "parsely-title", "sailthru.title")
DATE_METAS = (
    "article:published_time",
    "citation_publication_date",
    "citation_date",
    "date",
    "dc.date",
    "parsely-pub-date",
    "pubdate",
)
AUTHOR_METAS = ("author", "article:author", "citation_author", "dc.creator", "parsely-author", "sailthru.author")
# Words that say nothing about which work a title names, in the languages the corpus cites most.
STOP_WORDS = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with "
    "de des du el en et la le les los un une y der die das und von zu im".split()
)
RECALL = 0.75  # this share of the cited title's words on the page: the same work
PRECISION = 0.8  # or this share of a (shortened) page title's words in the cited title
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PageMeta:
    """What a page says about itself."""

    titles: tuple[str, ...] = ()  # most telling first: og:title, citation_title, ..., <title>, JSON-LD
    dates: tuple[dt.date, ...] = ()
    authors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cited:
    """What the reference says about the work: its titles, its authors' names, its date."""

    titles: tuple[str, ...]
    authors: tuple[str, ...] = ()
    issued: dt.date | None = None


def cited_of(ref: Reference) -> Cited | None:
    """The reference's side of the comparison; None without a title to compare."""
    titles = tuple(t for t in (ref.title, ref.title_short, ref.original_title) if t and str(t).strip())
    if not titles:
        return None
    names = [n.family or n.literal for n in (ref.author or []) if n.family or n.literal]
    issued = ref.issued.as_date() if ref.issued is not None else None
    return Cited(tuple(str(t) for t in titles), tuple(str(n) for n in names), issued)


def _charset(content_type: str) -> str:
    found = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return found[1] if found else "utf-8"


def decode(body: bytes, content_type: str = "") -> str:
    try:
        return body.decode(_charset(content_type), "replace")
    except LookupError:  # an unknown charset name
        return body.decode("utf-8", "replace")


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _json_ld_items(payload: object) -> Iterable[dict]:
    if isinstance(payload, list):
        for item in payload:
            yield from _json_ld_items(item)
    elif isinstance(payload, dict):
        yield payload
        yield from _json_ld_items(payload.get("@graph", []))


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def page_metadata(html: str) -> PageMeta:
    """The titles, dates and authors ``html`` states in its head and its JSON-LD."""
    from selectolax.lexbor import LexborHTMLParser  # imported by the first page judged, not at start-up

    tree = LexborHTMLParser(html)
    metas: dict[str, list[str]] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").lower()
        content = (attributes.get("content") or "").strip()
        if key and content:
            metas.setdefault(key, []).append(content)
    titles = [value for key in TITLE_METAS for value in metas.get(key, [])]
    dates = [value for key in DATE_METAS for value in metas.get(key, [])]
    authors = [value for key in AUTHOR_METAS for value in metas.get(key, [])]
    title = tree.css_first("title")
    if title is not None and title.text().strip():
        titles.append(title.text().strip())
    for script in tree.css('script[type="application/ld+json"]'):
        try:
            payload = json.loads(script.text())
        except ValueError:
            continue  # a broken JSON-LD block says nothing
        for item in _json_ld_items(payload):
            titles += [t for t in (item.get("headline"), item.get("alternativeHeadline")) if isinstance(t, str)]
            dates += [d for d in (item.get("datePublished"),) if isinstance(d, str)]
            authors += _names(item.get("author"))
    parsed_dates = [d for d in (_date(text) for text in dates) if d is not None]
    return PageMeta(tuple(dict.fromkeys(titles)), tuple(dict.fromkeys(parsed_dates)), tuple(dict.fromkeys(authors)))


def words(text: str) -> list[str]:
    """Casefolded words without accents; stop words dropped (a title of stop words only keeps them)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    found = _WORD.findall(plain.replace("_", " "))
    kept = [w for w in found if w not in STOP_WORDS and (len(w) > 1 or w.isdigit())]
    return kept or found


def script_of(text: str) -> str | None:
    """The writing system most of ``text``'s letters are in (LATIN, CYRILLIC, CJK...), if any."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            script = name.split(" ", 1)[0] if name else ""
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.get) if counts else None


def _same_word(a: str, b: str) -> bool:
    """Equal, or one a short inflection of the other (deepens / deepen, talks / talk)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 3


def _share(these: list[str], among: list[str]) -> float:
    if not these:
        return 0.0
    return sum(1 for w in these if any(_same_word(w, o) for o in among)) / len(these)


_SITE_SEPARATOR = re.compile(r"\s+[|\-–—:·•/]+\s+|\s*::\s*")
_ELLIPSIS = re.compile(r"(…|\.\.\.)\s*$")


_NOT_WORD = re.compile(r"[\W_]+")


def same_work(cited_title: str, page_title: str) -> bool:
    squashed = _NOT_WORD.sub("", cited_title.casefold())
    if len(squashed) >= 8 and squashed in _NOT_WORD.sub("", page_title.casefold()):
        return True  # the common case, "Title | Site", without splitting words
    cited, page = words(cited_title), words(page_title)
    if not cited or not page:
        return False
    if _share(cited, page) >= RECALL:  # the page title holds the cited one (plus a site name, say)
        return True
    # a shortened page title (the subtitle left off, the site's name beside it) or one cut with an
    # ellipsis: all that one of its parts says is in the cited title
    cut = bool(_ELLIPSIS.search(page_title))
    for part in [page_title, *_SITE_SEPARATOR.split(_ELLIPSIS.sub("", page_title))]:
        said = words(part)
        if cut and said and part.strip() and _ELLIPSIS.sub("", page_title).rstrip().endswith(part.strip()):
            said = said[:-1] + [w for w in cited if w.startswith(said[-1])][:1]  # the cut last word
        if len(said) >= (2 if cut else 3) and _share(said, cited) >= PRECISION:
            return True
    return False


def _author_and_date_agree(cited: Cited, page: PageMeta) -> bool:
    if not cited.authors or cited.issued is None or not page.authors or not page.dates:
        return False
    author = any(_share(words(a), words(" ".join(page.authors))) == 1.0 for a in cited.authors)
    date = any(abs((d - cited.issued).days) <= 1 for d in page.dates)
    return author and date


def names_work(cited: Cited, page: PageMeta) -> bool:
    """One of the page's titles is one of the cited work's: the page plainly is the work."""
    return any(same_work(c, p) for c in cited.titles for p in page.titles)


def drift(cited: Cited, page: PageMeta) -> str | None:
    """"cited: X / page now: Y" when the page shows another work; None when it is the cited work or
    the page cannot tell (no title, another script)."""
    if names_work(cited, page):
        return None
    scripts = {script_of(t) for t in cited.titles}
    comparable = [t for t in page.titles if script_of(t) in scripts and len(words(t)) >= 2]
    if not comparable:
        return None
    if _author_and_date_agree(cited, page):
        return None
    shown = comparable[0]
    when = ""
    if cited.issued and page.dates and all(d != cited.issued for d in page.dates):
        when = f" (dated {cited.issued.isoformat()} / page dated {page.dates[0].isoformat()})"
    return f"cited: {cited.titles[0]} / page now: {shown}{when}"


def page_of(body: bytes, content_type: str) -> PageMeta | None:
    """What a fetched page says about itself; None when it is not an HTML page."""
    if not body or "html" not in (content_type or "text/html").lower():
        return None
    return page_metadata(decode(body, content_type))


def judge(ref_cited: Cited | None, body: bytes, content_type: str) -> str | None:
    """The drift message for a fetched HTML page, or None (no title cited, not HTML, the same work)."""
    page = None if ref_cited is None else page_of(body, content_type)
    return None if page is None else drift(ref_cited, page)
