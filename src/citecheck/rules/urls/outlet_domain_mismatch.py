from __future__ import annotations

from types import MappingProxyType
from collections import Counter, defaultdict

from citecheck.rules import text
from citecheck.rules.base import CollectionRule, Severity

#: Sites of well-known outlets and the names they go by (folded: letters and digits, lower case).
_KNOWN_SITES = MappingProxyType({
    "nytimes.com": ("newyorktimes", "nytimes", "nyt"), "theguardian.com": ("guardian", "observer"),
    "washingtonpost.com": ("washingtonpost",), "wsj.com": ("wallstreetjournal", "wsj"),
    "bbc.co.uk": ("bbc",), "bbc.com": ("bbc",), "reuters.com": ("reuters",), "apnews.com": ("associatedpress", "apnews"),
    "ft.com": ("financialtimes", "ft"), "economist.com": ("economist",), "bloomberg.com": ("bloomberg",),
    "cnn.com": ("cnn",), "foreignaffairs.com": ("foreignaffairs",), "foreignpolicy.com": ("foreignpolicy",),
    "aljazeera.com": ("aljazeera",), "scmp.com": ("southchinamorningpost", "scmp"), "tass.com": ("tass",),
    "tass.ru": ("tass",), "rt.com": ("rt", "russiatoday"), "globaltimes.cn": ("globaltimes",),
    "xinhuanet.com": ("xinhua",), "news.cn": ("xinhua",), "lemonde.fr": ("lemonde",), "spiegel.de": ("spiegel",),
    "telegraph.co.uk": ("telegraph",), "independent.co.uk": ("independent",), "politico.com": ("politico",),
    "theatlantic.com": ("atlantic",), "newyorker.com": ("newyorker",), "npr.org": ("npr", "nationalpublicradio"),
    "latimes.com": ("losangelestimes", "latimes"), "usatoday.com": ("usatoday",), "axios.com": ("axios",),
    "nationalinterest.org": ("nationalinterest",), "kommersant.ru": ("kommersant", "коммерсант"),
    "vedomosti.ru": ("vedomosti", "ведомости"), "themoscowtimes.com": ("moscowtimes",), "japantimes.co.jp": ("japantimes",),
    "thehindu.com": ("hindu",), "dw.com": ("deutschewelle", "dw"), "france24.com": ("france24",),
    "cnbc.com": ("cnbc",), "forbes.com": ("forbes",), "time.com": ("time",), "nbcnews.com": ("nbc",),
    "cbsnews.com": ("cbs",), "foxnews.com": ("fox",), "huffpost.com": ("huffpost", "huffingtonpost"),
    "nikkei.com": ("nikkei",), "asia.nikkei.com": ("nikkei",), "atimes.com": ("asiatimes",),
})
_NEWS_TYPES = frozenset({"article-newspaper", "article-magazine", "webpage", "post-weblog", "post", "broadcast"})


def site(url: str) -> str | None:
    """The host of ``url`` without ``www.``, lower case; None for an address without one."""
    if "://" not in url:
        return None
    host = url.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return host.removeprefix("www.").removeprefix("m.") or None


def _known(host: str) -> str | None:
    """The well-known site ``host`` belongs to (``asia.nikkei.com`` before ``nikkei.com``), if any."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        if (suffix := ".".join(labels[start:])) in _KNOWN_SITES:
            return suffix
    return None


def site_names(url: str) -> tuple[str, ...]:
    """The folded names the site of ``url`` goes by: a well-known outlet's, else its own label (``nytimes.com``:
    ``newyorktimes``, ``nytimes``, ``nyt``; ``example.org``: ``example``)."""
    host = site(url) if url.__class__ is str else None
    if not host:
        return ()
    known = _known(host)
    if known is not None:
        return _KNOWN_SITES[known]
    labels = host.split(".")
    return (labels[-2],) if len(labels) >= 2 else ()


def _names(outlet_key: str, names: tuple[str, ...]) -> bool:
    return any(name == outlet_key or (len(name) >= 3 and outlet_key.startswith(name)) or (len(name) > 3 and name in outlet_key)
               for name in names)


class OutletDomainMismatch(CollectionRule):
    """The article's address is on another outlet's site.

    What it checks: a news or web reference whose `URL` is on the site of one outlet while its
    `container-title` names another one: a well-known outlet's own site (`theguardian.com` for
    "New York Times"), or a site that the file's other references give only to another outlet.
    A wire story on a paper's site (`nytimes.com/reuters/…`) is not flagged.
    Why it matters: the outlet or the link was copied from a neighbouring reference; the reader
    is sent to another paper.
    Example: `container-title: New York Times` with `URL: https://www.theguardian.com/world/x`.
    Fix: none; correct the outlet or the URL.
    """

    code = "CC413"
    name = "outlet-domain-mismatch"
    severity = Severity.WARNING

    def check_all(self, refs):
        fold = text.FoldMemo().__getitem__
        pairs = []
        for ref in refs:
            if ref.type in _NEWS_TYPES and ref.url.__class__ is str and ref.container_title.__class__ is str:
                host = site(ref.url)
                outlet = _key(fold(ref.container_title))
                if host and outlet:
                    pairs.append((ref, host, outlet))
        hosts_of = defaultdict(Counter)
        outlets_on = defaultdict(Counter)
        for _, host, outlet in pairs:
            hosts_of[outlet][host] += 1
            outlets_on[host][outlet] += 1
        known_outlets = {name for names in _KNOWN_SITES.values() for name in names}
        known_of = {host: _known(host) for host in outlets_on}
        for ref, host, outlet in pairs:
            known = known_of[host]
            if known is not None:
                if _names(outlet, _KNOWN_SITES[known]):
                    continue
                if outlet in fold(ref.url.split("://", 1)[1].partition("/")[2]):
                    continue  # a wire story filed under its agency's name
                if (outlet in known_outlets or any(
                        _names(outlet, names) for names in _KNOWN_SITES.values())):
                    yield self.violation(ref, ("URL",),
                                         f"URL is on {known}, not the site of {ref.container_title.strip()!r}")
                continue
            # the file's own evidence: this site carries another outlet at least twice, and nothing else
            others = outlets_on[host]
            if others[outlet] == 0 or len(others) != 2 or outlet in fold(ref.url.split("://", 1)[1].partition("/")[2]):
                continue
            (other, count), = ((name, n) for name, n in others.items() if name != outlet)
            own = hosts_of[outlet]
            if count >= 2 and others[outlet] == 1 and len(own) >= 2 and own.most_common(1)[0][1] >= 2 \
                    and own.most_common(1)[0][0] != host:
                yield self.violation(ref, ("URL",), f"URL is on {host}, which the file's other references give to "
                                     f"another outlet, while {ref.container_title.strip()!r} is on "
                                     f"{own.most_common(1)[0][0]}")


def _key(folded: str) -> str:
    return folded[3:] if folded.startswith("the") and len(folded) > 6 else folded
