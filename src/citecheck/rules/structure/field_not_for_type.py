from __future__ import annotations

from types import MappingProxyType
from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

#: Fields a type never has (the Zotero item types behind CSL's, and CSL's own documentation):
#: articles are in serials (ISSN, not ISBN); a web page has no printed pages.
_NEVER = MappingProxyType({
    "ISBN": ("isbn", frozenset({"article-journal", "article-newspaper", "article-magazine", "webpage", "post",
                                  "post-weblog", "interview", "broadcast", "software"})),
    "page": ("page", frozenset({"webpage", "post", "post-weblog", "software", "dataset", "broadcast", "motion_picture",
                                  "song", "interview"})),
})


class FieldNotForType(ReferenceRule):
    """A field the reference's type never has: an ISBN on an article, pages on a web page.

    What it checks: `ISBN` on a journal, newspaper or magazine article, a web page or a post;
    `page` on a web page, post, broadcast, film, song or software.
    Why it matters: the field belongs to another work (the book the article was reprinted in,
    the PDF's pages) or the type is wrong; styles print it where it misleads.
    Example: `type: article-journal` with `ISBN: 978-3-16-148410-0`.
    Fix: none; remove the field, or correct the type.
    """

    code = "CC616"
    name = "field-not-for-type"
    severity = Severity.WARNING
    prefilter = Needs("isbn", "page")

    def check(self, ref):
        for key, (attr, types) in _NEVER.items():
            if getattr(ref, attr) is not None and ref.type in types:
                yield self.violation(ref, (key,), f"{key}: {ref.type} has no {key}")
