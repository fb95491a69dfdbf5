from __future__ import annotations

import re
from operator import attrgetter

from citecheck import vocabulary as csl
from citecheck.rules import text
from citecheck.rules.base import ReferenceRule, Severity, quoted
from citecheck.rules.prefilter import Where

#: The printed footnote is read as this reference's own when it holds the start of the title (in any case):
#: a note that is not a transcription ("see also the print edition") is never compared, nor is a title too
#: short to tell (``T``, ``Editorial``: a word any note may hold). Not folded: this test runs on every
#: reference, and lower() is a fifth of fold()'s cost.
_TITLE_START = 12
_SHORTEST_TITLE = 10
_OPENING_QUOTES = " \"'“‘«„"
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
#: A web address or a bare domain in the printed text (``www.sott.net``, ``thealtworld.com/x``).
_ADDRESS = re.compile(r"(?i)(?:https?://|www\.)\S|(?<![\w.@])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w.])")
_PEOPLE = ("author", "editor")


PRINTED_FIELD = csl.PRINTED_FIELD
_printed = attrgetter(csl.python_name(PRINTED_FIELD))


def _transcribed(ref) -> bool:
    """The reference has a printed footnote holding the start of its title."""
    printed, title = _printed(ref), ref.title
    if printed.__class__ is not str or title.__class__ is not str:
        return False
    start = title.lstrip(_OPENING_QUOTES).lower()[:_TITLE_START]
    return len(start) >= _SHORTEST_TITLE and start in printed.lower()


def _host(url: str) -> str:
    host = url.strip().lower().split("://", 1)[-1].split("/", 1)[0].split("?", 1)[0]
    return host.removeprefix("www.")


def _outlet_key(folded: str) -> str:
    return folded[3:] if folded.startswith("the") and len(folded) > 6 else folded


class PrintedContradiction(ReferenceRule):
    """A field the printed footnote contradicts.

    What it checks: in a reference whose `printed` footnote is its own (it holds the first twelve characters
    of the title, in any case; a title shorter than ten is not compared),
    the fields the footnote also gives: `issued` in a year the footnote never prints while it prints others
    (years inside the title aside); an author or editor whose family name (or literal) is not in it; a
    `container-title` that is not in it; a `URL` on a site the footnote does not name while it names
    others. Case, accents, punctuation and a leading "The" are ignored; a field the footnote says nothing
    about (no year, no address) is not compared.
    Why it matters: the printed footnote is what the author cited; a field that disagrees with it was
    typed from another reference, or the footnote cites another version.
    Example: `printed: "…, Thomas Friedman, New York Times Op-ed, Oct. 12, 2022."` with `issued: 2021-10-12`.
    Fix: none; check the work and correct the field (or note why it differs).
    """

    code = "CC617"
    name = "printed-contradiction"
    severity = Severity.WARNING

    @property
    def prefilter(self):
        return Where(_transcribed)

    def check(self, ref):
        if not _transcribed(ref):
            return
        printed = _printed(ref)
        folded = text.fold(printed)
        where = PRINTED_FIELD
        yield from self._issued(ref, printed, where)
        for key in _PEOPLE:
            for index, name in enumerate(getattr(ref, key) or ()):
                part = "family" if name.family else "literal" if name.literal else None
                value = getattr(name, part) if part else None
                if value and (wanted := text.fold(value)) and wanted not in folded:
                    yield self.violation(ref, (key, index, part),
                                         f"{key}: {quoted(value.strip())} is not in the {where} footnote")
        outlet = ref.container_title
        if outlet.__class__ is str and (wanted := _outlet_key(text.fold(outlet))) and wanted not in folded:
            yield self.violation(ref, ("container-title",),
                                 f"container-title: {quoted(outlet.strip())} is not in the {where} footnote")
        url = ref.url
        if url.__class__ is str and (host := _host(url)) and host not in printed.lower() \
                and _ADDRESS.search(printed):
            yield self.violation(ref, ("URL",), f"URL: {host} is not the site the {where} footnote gives")

    def _issued(self, ref, printed: str, where: str):
        parts = ref.issued.date_parts if ref.issued is not None else None
        if not parts or not parts[0]:
            return
        years = set(_YEAR.findall(printed)) - set(_YEAR.findall(ref.title))
        year = str(parts[0][0])
        if years and year not in years:
            shown = ", ".join(sorted(years))
            yield self.violation(ref, ("issued",), f"issued: {ref.issued.isoformat()}, but the {where} "
                                                   f"footnote gives {shown}")
