"""Which CSL type a parsed footnote is: from its outlet, address, locators and words.

Cues in order of strength: a social network's address is a post; thesis, report, proceedings
say so; a volume, issue or pages with an outlet is a journal article; a chapter has editors or "In";
a known news outlet or its domain is a newspaper article, a blog's name or host a blog post; a speech
opens with its speaker's office; a publisher and no outlet is a book. Web articles with an author,
outlet or address otherwise read as magazine pieces, as the article's own footnotes are typed.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.parse.lexicon import (BLOG_DOMAINS, BLOG_WORDS, NEWS_DOMAINS, NEWS_OUTLETS, SOCIAL_DOMAINS,
                                     SPEAKER_OFFICES)

_THESIS = re.compile(r"\b(?:thesis|dissertation|doctoral|Ph\.?\s?D\.?|master's)\b", re.IGNORECASE)
_REPORT = re.compile(r"\b(?:report|working paper|white paper|technical note|policy brief)\b", re.IGNORECASE)
_CONFERENCE = re.compile(r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|meeting)\b",
                         re.IGNORECASE)
_IN = re.compile(r"(?:^|[.,”]\s+)In:?\s+[A-Z]")  # "... . In Handbook of ...", not "First published in X"
_PRESS = re.compile(r"\b(?:press release|joint statement|statement of|communiqué|declaration)\b", re.IGNORECASE)


def host(url: str) -> str:
    """``https://www.nytimes.com/x`` -> ``nytimes.com``; ``thealtworld.com/a`` -> ``thealtworld.com``."""
    bare = re.sub(r"^[a-z]+://", "", url.strip("<>()[].,;").lower())
    bare = bare.split("/", 1)[0].split("?", 1)[0]
    return bare[4:] if bare.startswith("www.") else bare


def guess_type(data: dict[str, Any], text: str) -> str:
    container = str(data.get("container-title", "")).lower()
    site = host(str(data.get("URL", ""))) if data.get("URL") else ""
    title = str(data.get("title", ""))
    genre = str(data.get("genre", ""))
    if site in SOCIAL_DOMAINS:
        return "post"
    if _THESIS.search(genre) or (_THESIS.search(text) and not container):
        return "thesis"
    if _CONFERENCE.search(container):
        return "paper-conference"
    if data.get("editor") or (data.get("container-title") and data.get("publisher") and not data.get("volume")
                              and _IN.search(text)):
        return "chapter"
    if _REPORT.search(genre) or (_REPORT.search(title + " " + str(data.get("note", ""))) and not container):
        return "report"
    if container and (data.get("volume") or data.get("issue") or data.get("page")) and not _is_news(container, site):
        return "article-journal"
    if _is_news(container, site):
        return "article-newspaper"
    if any(word in container.split() for word in BLOG_WORDS) or any(b in site for b in BLOG_DOMAINS):
        return "post-weblog"
    if is_speech_title(title):
        return "speech"
    if _PRESS.search(title) and not data.get("author"):
        return "document"
    if data.get("publisher") and not container:
        return "book" if not site and data.get("author") else "document"
    if data.get("DOI") and container:
        return "article-journal"
    if data.get("author") or container or site:
        return "article-magazine" if (data.get("issued") or container) else "webpage"
    return "webpage" if site else "document"


def _is_news(container: str, site: str) -> bool:
    outlet = re.sub(r"\s+(?:op-ed|opinion|online|\(online\))$", "", container.strip())
    return outlet in NEWS_OUTLETS or site in NEWS_DOMAINS


def is_speech_title(title: str) -> bool:
    return speaker(title) is not None


def speaker(title: str) -> str | None:
    """``Foreign Minister Sergey Lavrov: ...`` -> ``Sergey Lavrov`` (an office, then a name, then a colon)."""
    head, colon, _ = title.partition(": ")
    words = head.split()
    if not colon or not 2 <= len(words) <= 6:
        return None
    offices = [i for i, word in enumerate(words[:4]) if word.lower() in SPEAKER_OFFICES]
    if not offices:
        return None
    name = words[offices[-1] + 1:]
    if not 1 <= len(name) <= 3 or not all(word[:1].isupper() for word in name):
        return None
    return " ".join(name)
