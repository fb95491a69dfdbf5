from __future__ import annotations

import re

from citecheck.rules.base import DELETE, Fixability, ReferenceRule, Severity
from citecheck.rules.prefilter import Where


_NOT_LETTERS = re.compile(r"[\W_]+")


def _plain(text: str) -> str:
    return _NOT_LETTERS.sub("", text.casefold()).removeprefix("the")


class PublisherIsOutlet(ReferenceRule):
    """The outlet's name repeated as the publisher.

    What it checks: `publisher` is the same name as `container-title` (case, spacing,
    punctuation and a leading "The" aside).
    Why it matters: styles print both, so the name appears twice (`The Times. The Times.`); CS1
    asks for no publisher when it is the work's own name.
    Example: `container-title: The Times` with `publisher: The Times`.
    Fix: unsafe — `publisher` is removed.
    """

    code = "CC505"
    name = "publisher-is-outlet"
    severity = Severity.WARNING
    fixable = Fixability.UNSAFE
    prefilter = Where(lambda ref: ref.publisher is not None and ref.container_title is not None)

    def check(self, ref):
        publisher, outlet = ref.publisher, ref.container_title
        if publisher.__class__ is str and outlet.__class__ is str and (plain := _plain(publisher)) and \
                plain == _plain(outlet):
            yield self.violation(ref, ("publisher",), f"publisher: {publisher.strip()!r} is the outlet's name again",
                                 DELETE)
