from __future__ import annotations

from citecheck.rules.base import Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Needs

_WEB_TYPES = frozenset({"webpage", "post", "post-weblog", "document"})


class TypeMismatch(ReferenceRule):
    """A journal article typed as a web page.

    What it checks: a reference typed `webpage`, `post`, `post-weblog` or `document` that has a
    journal's marks: a `container-title` with `volume` and `issue` or `page`, or with a `DOI`
    and a `volume`, `issue`, `page` or `ISSN` (a `webpage`: with a `DOI` alone).
    Why it matters: the type picks what is printed: a web page's style drops the volume, issue and
    pages, and exports write `@online` where `@article` is meant.
    Example: `type: webpage` with `container-title: Journal of Stuff`, `volume: 12`, `issue: 3`.
    Fix: unsafe — `type: article-journal`.
    """

    code = "CC615"
    name = "type-mismatch"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Needs("volume", "doi")

    def check(self, ref):
        if ref.type not in _WEB_TYPES or ref.container_title is None:
            return
        numbered = ref.volume is not None and (ref.issue is not None or ref.page is not None)
        with_doi = ref.doi is not None and (ref.type == "webpage" or any(
            v is not None for v in (ref.volume, ref.issue, ref.page, ref.issn)))
        if numbered or with_doi:
            yield self.violation(ref, ("type",), f"type: {ref.type}, but it has a journal's "
                                 f"{'volume and issue or pages' if numbered else 'DOI and numbering'}", "article-journal")
