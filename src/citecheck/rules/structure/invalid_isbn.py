from __future__ import annotations

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.prefilter import Needs


class InvalidIsbn(ReferenceRule):
    """An ISBN with a wrong length or check digit.

    What it checks: each ISBN in `ISBN` (several may be separated by spaces, commas or
    semicolons) is a valid ISBN-10 or ISBN-13 (python-stdnum).
    Why it matters: a mistyped ISBN leads to another book or nowhere (CS1 `bad_isbn`, JabRef
    `ISBNChecker`).
    Example: `ISBN: 978-3-16-148410-1`.
    Fix: none; copy the ISBN again from the book.
    """

    code = "CC605"
    name = "invalid-isbn"
    severity = Severity.ERROR
    prefilter = Needs("isbn")

    def check(self, ref):
        if not ref.isbn:
            return
        from stdnum import isbn

        for value in ref.isbn.replace(";", " ").replace(",", " ").split():
            if not isbn.is_valid(value):
                yield self.violation(ref, ("ISBN",), f"ISBN: {value!r} is not a valid ISBN")
