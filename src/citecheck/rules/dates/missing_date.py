from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

#: Kinds of work often cited without a date: living pages and tools, statutes and regulations
#: (cited by their code), archival manuscripts and collections, artworks (`graphic`), and CSL's catch-all `document`.
_UNDATED_OK = frozenset({"webpage", "software", "dataset", "classic", "map", "entry", "entry-dictionary",
                         "entry-encyclopedia", "personal_communication", "legislation", "bill", "regulation",
                         "manuscript", "collection", "graphic", "document"})


class MissingDate(ReferenceRule):
    """A dated kind of work with no date.

    What it checks: `issued` is missing on articles, posts, reports, speeches, books and other
    works that carry a publication date (web pages, software, datasets, dictionary entries,
    statutes, manuscripts, artworks (`graphic`) and untyped documents may be undated).
    Why it matters: the date tells the reader which version was cited and orders author-date
    styles; styles print "n.d." in its place.
    Example: `type: post` with no `issued`.
    Fix: none; look the date up on the page or in its archive.
    """

    code = "CC301"
    name = "missing-date"
    severity = Severity.WARNING

    prefilter = Where(lambda ref: ref.issued is None)

    def check(self, ref):
        if ref.issued is None and ref.type not in _UNDATED_OK:
            yield self.violation(ref, ("issued",), f"no issued date for type {ref.type}")
