"""Labelled spans of one footnote -> CSL-keyed data for a :class:`~citecheck.model.Reference`.

Each label's first span fills its field; what has no field (a second outlet, "First published
in", a leftover address) is kept in ``note``, so nothing printed is lost. Values are transcribed
as printed, without their separators.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.parse.dates import parse_date
from citecheck.parse.fields import Span, clean
from citecheck.parse.kinds import guess_type, speaker
from citecheck.parse.lexicon import LANGUAGES
from citecheck.parse.names import split_names
from citecheck.parse.tokens import doi_in, is_domain, is_url

_LANGUAGE = re.compile(r"\((?:in|en|auf|in lingua)\s+([A-Za-z]+)\)", re.IGNORECASE)
_SOURCE = re.compile(r"^(?:Source|Quelle|Fuente|Source\s+:)\s*:?\s*", re.IGNORECASE)
_VOLUME = re.compile(r"^(?:vol(?:ume)?\.?|bd\.|t\.)\s*", re.IGNORECASE)
_ISSUE = re.compile(r"^(?:no\.?|nr\.?|issue|iss\.?|n°|№)\s*", re.IGNORECASE)
_PAGES = re.compile(r"^(?:pp?\.|pages?|s\.|at)\s*", re.IGNORECASE)
_TEXT_FIELDS = {"title": "title", "container": "container-title", "publisher": "publisher",
                "location": "publisher-place", "genre": "genre"}


def reference_data(text: str, spans: list[Span]) -> dict[str, Any]:
    """The CSL fields read from ``spans`` (``text`` is the whole footnote, for cues such as "(In Mandarin)")."""
    data: dict[str, Any] = {}
    leftovers: list[str] = []
    urls: list[str] = []
    for span in spans:
        label, value = span.label, span.text
        if label == "url":
            address = value.strip("<>()[].,;")
            if is_url(address) or is_domain(address):
                urls.append(address)
            elif clean(value):
                leftovers.append(clean(value))  # the tagger's guess, not an address
        elif label == "doi":
            doi = doi_in(value)
            if doi and "DOI" not in data:
                data["DOI"] = doi
        elif label in ("author", "editor"):
            key = label
            names = split_names(value, editors=label == "editor")
            if names:
                data.setdefault(key, []).extend(names)
            elif label == "editor" and clean(value).lower() not in ("in", "in:", "ed", "eds"):
                leftovers.append(clean(value))
        elif label in ("date", "accessed"):
            key = "issued" if label == "date" else "accessed"
            if key not in data:
                date = parse_date(value)
                if date is not None:
                    data[key] = date
                elif label == "date" and clean(value):
                    data[key] = {"literal": clean(value)}
            elif label == "date":
                leftovers.append(clean(value))
        elif label in ("volume", "issue", "pages"):
            key = {"volume": "volume", "issue": "issue", "pages": "page"}[label]
            pattern = {"volume": _VOLUME, "issue": _ISSUE, "pages": _PAGES}[label]
            number = pattern.sub("", clean(value)).strip("() ")
            if number and key not in data:
                data[key] = number
        elif label in _TEXT_FIELDS:
            key = _TEXT_FIELDS[label]
            value = clean(value)
            if label == "publisher":
                value = _SOURCE.sub("", value)
            if value and key not in data:
                data[key] = value
            elif value:
                leftovers.append(value)
        else:  # note
            value = clean(value)
            if _SOURCE.match(value) and "publisher" not in data and _SOURCE.sub("", value):
                data["publisher"] = _SOURCE.sub("", value)
            elif value and not _LANGUAGE.fullmatch(f"({value.strip(' .()')})"):
                leftovers.append(value)
    _place_urls(data, urls, leftovers)
    _tidy_outlets(data)
    language = _LANGUAGE.search(text)
    if language and language.group(1).lower() in LANGUAGES:
        data["language"] = LANGUAGES[language.group(1).lower()]
    if "author" not in data and data.get("title"):
        spoken_by = speaker(data["title"])
        if spoken_by:
            data["author"] = split_names(spoken_by)
    leftovers = [value for value in leftovers if value and value not in _FILLER]
    if leftovers:
        data["note"] = ". ".join(leftovers)
    data["type"] = guess_type(data, text)
    return data


_FILLER = frozenset(("Original", "Published", "Retrieved from", "Available at", "Available from", "Online",
                     "[Online]. Available", "[Internet]", "Accessed", "Retrieved", "Source", "Updated", "URL"))


_IN_PREFIX = re.compile(r"^[Ii]n:?\s+(?=\S)")
_TRAILING_VOLUME = re.compile(r"^(?P<name>.*\D)\s+(?P<volume>\d{1,4})$")
_PLACE_FIRST = re.compile(r"^(?P<place>[^:,]{2,40}(?:,\s*[A-Z]{2,3})?):\s+(?P<publisher>\S.*)$")


def _tidy_outlets(data: dict[str, Any]) -> None:
    """The connectors and neighbours the tagger leaves on an outlet: ``In Handbook`` -> ``Handbook``,
    ``Journal of X 290`` -> volume 290, ``London: Verso`` -> place London, publisher Verso."""
    container = data.get("container-title")
    if container:
        container = _IN_PREFIX.sub("", container)
        trailing = _TRAILING_VOLUME.match(container)
        if trailing and "volume" not in data:
            container, data["volume"] = trailing.group("name").rstrip(" ,"), trailing.group("volume")
        data["container-title"] = container
    publisher = data.get("publisher")
    placed = _PLACE_FIRST.match(publisher) if publisher and "publisher-place" not in data else None
    if placed and len(placed.group("place").split()) <= 4:
        data["publisher-place"], data["publisher"] = placed.group("place"), placed.group("publisher")


def _place_urls(data: dict[str, Any], urls: list[str], leftovers: list[str]) -> None:
    """The first full address is the URL (a page beats a bare domain); the rest go to the note."""
    if not urls:
        return
    chosen = next((url for url in urls if is_url(url) and "://" in url), urls[0])
    data["URL"] = chosen
    leftovers.extend(url for url in urls if url != chosen)
