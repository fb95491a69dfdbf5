from __future__ import annotations

import re

from citecheck.rules.base import ReferenceRule, Severity
from citecheck.rules.names.name_rule import people
from citecheck.rules.prefilter import Pattern

_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and\s+|&\s*)?|\s+(?:and|&|und|et|y|и)\s+)\s*")
#: A person as typed: one to three capitalised words or initials, a surname last.
_PERSON = re.compile(r"^(?:(?:[A-ZÀ-ÞА-Я][a-zß-ÿа-я]+|[A-ZА-Я]\.)\s*(?:-|\s)\s*){1,3}[A-ZÀ-ÞА-Я][a-zß-ÿа-я'’-]+$")
_UPPER, _LOWER = "A-ZÀ-ÞА-Я", "a-zß-ÿа-я"
#: A person written family name first: "Smith, A.", "Van Dyke, J. K.", "Doe, Jane" (a list of them is ";"-separated).
_INVERTED = re.compile(rf"^[{_UPPER}][{_LOWER}'’-]+(?:\s[{_UPPER}][{_LOWER}'’-]+)?,\s*"
                       rf"(?:(?:[{_UPPER}]\.\s*-?\s*){{1,3}}|[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}]\.)?)$")
#: Words that make a list an organisation's name ("Smith, Jones and Brown LLP").
ORGANISATION = re.compile(r"\b(?:council|university|institute|ministry|committee|association|group|inc|ltd|llp|llc|"
                           r"department|office|agency|bank|foundation|press|news|society|center|centre|academy|"
                           r"partners|company|co|corporation|board|commission|service|school|college|"
                           r"museum|library|sons|brothers|staff|writer|writers|reporter|reporters|correspondent|team)\b", re.IGNORECASE)


class SeveralPeopleInLiteral(ReferenceRule):
    """Several people typed into one `literal` name.

    What it checks: a `literal` that is a list (`,`, `;`, `and`, `&`) of two or more parts that
    each look like a person's name (`John Smith, Mary Jones and Peter Brown`), or a `;` list of names
    written family name first (`Smith, A.; Doe, J.; Roe, M.`); organisation words
    (`Council`, `University`, `LLP`…) keep it quiet.
    Why it matters: styles count, invert and abbreviate people; a literal is printed as one
    organisation, so "et al." and initials never apply.
    Example: `author: [{literal: "John Smith, Mary Jones and Peter Brown"}]`.
    Fix: none; give each person their own name with `family` and `given`.
    """

    code = "CC216"
    name = "several-people-in-literal"
    severity = Severity.WARNING
    prefilter = Pattern("names", re.compile(r"[,;&]|\s(?i:and|und|et|y|и)\s"))

    def check(self, ref):
        for key, index, name in people(ref):
            literal = name.literal
            if not literal or ORGANISATION.search(literal):
                continue
            parts = [part for part in _SPLIT.split(literal.strip()) if part]
            inverted = [part.strip() for part in literal.split(";") if part.strip()] if ";" in literal else []
            if len(inverted) >= 2 and all(_INVERTED.match(part) for part in inverted):
                parts = inverted
            if len(parts) >= 2 and (parts is inverted or all(_PERSON.match(part) for part in parts)):
                yield self.violation(ref, (key, index, "literal"),
                                     f"{key}: {len(parts)} people in one literal name {literal.strip()!r}")
