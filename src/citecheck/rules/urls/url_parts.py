"""URL helpers the URL rules share."""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import SplitResult, urlsplit

_HOST = re.compile(r"^(?=.{1,253}$)(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}\.?$", re.UNICODE)
_BARE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,63}(?::\d+)?(?:[/?#]\S*)?$", re.UNICODE)

ARTICLE_TYPES = frozenset({"article", "article-journal", "article-magazine", "article-newspaper", "post",
                           "post-weblog", "review", "review-book", "interview", "speech", "report",
                           "chapter", "paper-conference", "entry", "entry-dictionary", "entry-encyclopedia"})


def split(url: str) -> SplitResult | None:
    try:
        return urlsplit(url.strip())
    except ValueError:
        return None


def is_bare_domain(url: str) -> bool:
    """``www.sott.net`` or ``thealtworld.com/alastair_crooke``: an address without ``https://``."""
    return "://" not in url and not url.startswith(("mailto:", "doi:", "urn:")) and bool(_BARE.match(url.strip()))


@cache
def valid_host(host: str) -> bool:
    return bool(_HOST.match(host)) or host == "localhost" or _is_ip(host)


def _is_ip(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


_HOME = re.compile(r"^\s*(?:[A-Za-z][\w+.-]*://)?[^/?#\s]+/?(?:#\S*)?\s*$")


def is_home_page(url: str) -> bool:
    """True for ``https://tass.com/`` and ``www.sott.net``: no path, no query."""
    return bool(_HOME.match(url))
