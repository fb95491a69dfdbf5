from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from citecheck import vocabulary as csl
from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Where

#: For each type, groups of fields of which one must be present (title, URL and container are
#: checked by CC101, CC405 and CC501). Adapted from biber's data model to CSL's fields.
REQUIRED: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({
    "book": (("publisher",),),
    "thesis": (("publisher",),),  # not genre: BibTeX's @phdthesis and RIS's THES say the kind by type
    "report": (("publisher", "container-title", "author"),),
    "chapter": (("publisher", "container-title"),),
    "article-journal": (("volume", "issue", "page", "DOI", "URL"),),
    "legal_case": (("authority",),),
    "patent": (("number",),),
    "speech": (("event-title", "event", "event-place", "publisher"),),
    "interview": (("author", "interviewer"),),
    "dataset": (("publisher", "URL", "DOI"),),
    "software": (("publisher", "URL", "version"),),
    "standard": (("number", "publisher", "authority"),),
})


class MissingRequiredField(ReferenceRule):
    """A field this type of work needs is missing.

    What it checks: per CSL type, at least one field of each required group is present — a book
    needs a publisher, a thesis its university (`publisher`), a speech its event, a
    journal article some locator (volume, issue, page, DOI or URL), a patent its number...
    Why it matters: without it the reader cannot locate the work (biber's mandatory fields,
    JabRef's required fields).
    Example: `type: book` with title, author and date but no publisher.
    Fix: none; add the field.
    """

    code = "CC601"
    name = "missing-required-field"
    severity = Severity.WARNING

    prefilter = Where(lambda ref: ref.type in REQUIRED)

    def check(self, ref):
        for group in REQUIRED.get(ref.type, ()):
            if not any(getattr(ref, csl.python_name(key)) for key in group):
                wanted = " or ".join(group)
                yield self.violation(ref, (group[0],), f"type {ref.type} needs {wanted}")
