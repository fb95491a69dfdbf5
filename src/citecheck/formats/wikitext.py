"""Wikipedia wikitext: one ``<ref name="id">{{cite ...}}</ref>`` per reference (CS1 templates).

``{{cite news}}`` for newspaper articles (``newspaper=``), ``{{cite magazine}}`` for magazine
articles (``magazine=``), ``{{cite web}}`` for the rest (``website=``); ``access-date``,
``archive-url`` and ``archive-date`` carry the access and the archive snapshot; ``isbn``, ``issn``,
``pmid``, ``pmc``, ``edition``, ``series``, ``department`` and ``orig-date`` what CS1 names so. What CS1 has
no parameter for (the CSL type when the template does not say it, footnote, the printed footnote, note,
event, abstract, keywords, a URL CS1 would reject...) travels in an invisible comment
``<!-- citecheck: {json} -->`` after the template: nothing a reference holds is left out. So do a name list with
a suffix ``|first=Given, Jr.`` cannot carry (``John F.`` as a suffix) and a date range CS1 cannot spell (across
months or years: it is written as ISO 8601); ``1984–1986``, ``June–July 2021``, ``12–15 February 2007`` are CS1's.

Reading is :mod:`wikitext_read` (it imports this module's parameter tables; this module never imports it).

Losses: particles become part of ``last``; a URL with no scheme is written with ``https://`` (CS1
rejects it otherwise; the original is kept in the comment); whitespace runs become one space.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from citecheck.formats.latex import normalise_space
from citecheck.model import Date, Name, Reference
from citecheck.vocabulary import ALL_KEYS

TEMPLATES = {"article-newspaper": ("cite news", "newspaper"), "article-magazine": ("cite magazine", "magazine")}
DEFAULT_TYPES = {"cite news": "article-newspaper", "cite magazine": "article-magazine", "cite web": "webpage"}
TEXT_PARAMETERS = {"title": "title", "publisher": "publisher", "location": "publisher-place", "type": "genre",
                   "language": "language", "doi": "DOI", "volume": "volume", "issue": "issue", "pages": "page"}
NAME_PARAMETERS = {"author": ("last", "first", "author"), "editor": ("editor-last", "editor-first", "editor"),
                   "translator": ("translator-last", "translator-first", "translator")}
#: CS1 parameters the reader takes (wikitext_read's table) that citecheck writes too, after TEXT_PARAMETERS.
MORE_PARAMETERS = {"edition": "edition", "series": "collection-title", "department": "section", "isbn": "ISBN",
                   "issn": "ISSN", "pmid": "PMID", "pmc": "PMCID"}
#: What has a CS1 parameter; every other CSL key travels in the citecheck comment (``HIDDEN`` always does).
PARAMETER_KEYS = frozenset(("id", "type", "container-title", "issued", "original-date", "accessed", "archive-date",
                            "URL", "archive-url", *TEXT_PARAMETERS.values(), *MORE_PARAMETERS.values(),
                            *NAME_PARAMETERS))
HIDDEN = ("footnote", "printed", "note", "event-title", "event-place")
CARRIES = frozenset(ALL_KEYS)  # what CS1 has no parameter for is in the comment
#: The suffixes read from the end of ``|first=`` (CS1: ``|first=Martin Luther, Jr.``).
SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|V|VI{1,3})$")
SEASON_NAMES = ("Spring", "Summer", "Autumn", "Winter")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


_ENTITY = re.compile(r"&(?=[#A-Za-z])")  # an & a reader would take for the start of an entity


def escape(text: str) -> str:
    """Text safe inside a template parameter: no ``|``, braces, brackets, tags or bold/italic quotes."""
    text = _ENTITY.sub("&amp;", normalise_space(text)).replace("<", "&lt;").replace(">", "&gt;")
    if "''" in text:  # two quotes make italics
        text = text.replace("'", "&#39;")
    for char, entity in (("|", "&#124;"), ("{", "&#123;"), ("}", "&#125;"), ("[", "&#91;"), ("]", "&#93;"),
                         ("~~~", "&#126;~~"), ("=", "&#61;")):
        text = text.replace(char, entity)
    return text


def _url(url: str) -> str:
    url = normalise_space(url)
    url = url if re.match(r"^[a-z][a-z0-9+.-]*://|^//", url, re.IGNORECASE) else "https://" + url
    url = _ENTITY.sub("&amp;", url)
    for char, code in (("|", "%7C"), (" ", "%20"), ("{", "%7B"), ("}", "%7D"), ("[", "%5B"), ("]", "%5D")):
        url = url.replace(char, code)
    return url


def cs1_date(date: Date) -> str:
    """``2021-06-15``, ``June 2021``, ``2021``: the forms CS1 accepts (it rejects ``2021-06``); ranges as
    ``1984–1986``, ``June–July 2021``, ``12–15 February 2007`` (any other range as ISO 8601, the date itself
    then in citecheck's comment: see :func:`cs1_range`)."""
    if date.date_parts and len(date.date_parts) == 2:
        return cs1_range(date.date_parts) or date.isoformat()
    if not date.date_parts or len(date.date_parts) > 1:
        return date.isoformat()
    parts = date.date_parts[0]
    if len(parts) == 1 and str(date.season) in ("1", "2", "3", "4"):
        return f"{SEASON_NAMES[int(date.season) - 1]} {parts[0]}"  # CS1's "Summer 2019"
    return f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else date.isoformat()


def cs1_range(parts: list[list[int]]) -> str | None:
    """A range in the forms CS1 and the reader share, or None: years, months of one year, days of one month."""
    (start, end) = parts
    if len(start) != len(end) or start[:-1] != end[:-1] and len(start) > 1:
        return None
    if len(start) == 1:
        return f"{start[0]}\u2013{end[0]}"
    if len(start) == 2:
        return f"{MONTH_NAMES[start[1] - 1]}\u2013{MONTH_NAMES[end[1] - 1]} {start[0]}"
    return f"{start[2]}\u2013{end[2]} {MONTH_NAMES[start[1] - 1]} {start[0]}"


def dump(refs: list[Reference]) -> str:
    return "".join(dump_chunks(refs))


def dump_chunks(refs: list[Reference]) -> Iterator[str]:
    """One ``<ref>`` a line, a reference at a time."""
    return (citation(ref) + "\n" for ref in refs)


def citation(ref: Reference) -> str:
    template, outlet = TEMPLATES.get(ref.type, ("cite web", "website"))
    params = _names(ref)
    data = ref.to_csl()
    params += [(p, escape(str(data[v]))) for p, v in TEXT_PARAMETERS.items() if v in data and p != "language"]
    if ref.container_title:
        params.append((outlet, escape(ref.container_title)))
    params += [(p, escape(str(data[v]))) for p, v in MORE_PARAMETERS.items() if v in data]
    for parameter, date in (("date", ref.issued), ("orig-date", ref.original_date), ("access-date", ref.accessed),
                            ("archive-date", ref.archive_date)):
        if date is not None:
            params.append((parameter, escape(cs1_date(date))))
    for parameter, url in (("url", ref.url), ("archive-url", ref.archive_url)):
        if url:
            params.append((parameter, _url(url)))
    if ref.language:
        params.append(("language", escape(ref.language)))
    hidden = {key: value for key, value in data.items() if key in HIDDEN or key not in PARAMETER_KEYS}
    for key, date in (("issued", ref.issued), ("original-date", ref.original_date), ("accessed", ref.accessed),
                      ("archive-date", ref.archive_date)):
        if date is not None and date.date_parts and len(date.date_parts) > 1 and not cs1_range(date.date_parts):
            hidden[key] = data[key]  # a range CS1 cannot spell: written as ISO 8601, kept whole here
    for variable in NAME_PARAMETERS:
        if any(not _reads_back(name) for name in ref.names(variable)):
            hidden[variable] = data[variable]  # |first= cannot tell this suffix from the given names
    if DEFAULT_TYPES[template] != ref.type:
        hidden["type"] = ref.type
    if ref.url and _url(ref.url) != normalise_space(ref.url):
        hidden["URL"] = ref.url
    comment = f"<!-- citecheck: {_json(hidden)} -->" if hidden else ""
    body = "".join(f" |{name}={value}" for name, value in params)
    return f'<ref name="{_ref_name(ref.id)}">{{{{{template}{body}}}}}{comment}</ref>'


def _ref_name(ident: str) -> str:
    """The id as a ``<ref name>``: entities for quotes and braces (a reader takes ``{{!}}`` for a pipe)."""
    return html.escape(ident, quote=True).replace("&quot;", "&#34;").replace("{", "&#123;").replace("}", "&#125;")


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False).replace("--", "-\\u002d")


def _names(ref: Reference) -> list[tuple[str, str]]:
    params = []
    for variable, (last, first, single) in NAME_PARAMETERS.items():
        for number, name in enumerate(ref.names(variable), 1):
            params += _name(name, number, last, first, single)
    return params


def _reads_back(name: Name) -> bool:
    """Whether ``|first=Given, Suffix`` reads back as this name's given names and suffix."""
    if name.suffix:
        return bool(SUFFIX.match(name.suffix))
    return not (name.given and ", " in name.given and SUFFIX.match(name.given.rpartition(", ")[2]))


def _name(name: Name, number: int, last: str, first: str, single: str) -> list[tuple[str, str]]:
    if name.is_organisation or not name.family:
        return [(f"{single}{number}", escape(name.literal or ""))]
    family = " ".join(p for p in (name.dropping_particle, name.non_dropping_particle, name.family) if p)
    given = ", ".join(p for p in (name.given, name.suffix) if p)  # CS1: |first=Martin Luther, Jr.
    return [(f"{last}{number}", escape(family))] + ([(f"{first}{number}", escape(given))] if given else [])
