from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.columns import VALUE_END, VALUE_START, value_chars
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: Titles a browser or a bot saw instead of the work (CS1 `generic_titles`).
_GENERIC = re.compile(
    r"^(?:home|home ?page|index|untitled|no title|\(no title\)|\(unknown\)|archived copy|"
    r"page not found|404|404 not found|error 404.*|not found|access denied|forbidden|"
    r"are you a robot\??|just a moment\.*|attention required.*|redirecting\.*|subscribe to read|"
    r"log ?in|sign in|log into facebook|wayback machine|internet archive wayback machine|"
    r"webcite query result|this website is for sale.*|cookies? (?:policy|consent)|welcome)$")


class GenericTitle(ValueRule):
    """A placeholder instead of the work's title.

    What it checks: the title is one a browser or a bot saw instead of the work — "Home",
    "Page not found", "Archived copy", "Just a moment...", "Are you a robot?", "Log in"...
    Why it matters: the reference does not identify anything (CS1 `generic_title`,
    `archived_copy`).
    Example: `title: Archived copy`.
    Fix: none; open the page (or its archive) and copy the real title.
    """

    code = "CC113"
    name = "generic-title"
    severity = Severity.ERROR
    scope = "title"
    # The same list, between separators; ".*" must not run past a value.
    prefilter = Pattern(scope, re.compile(
        VALUE_START + r"\s*(?:" + re.sub(r"(?<!\\)\.\*", lambda _: value_chars() + "*", _GENERIC.pattern[4:-2])
        + r")\s*" + VALUE_END, re.IGNORECASE))

    def inspect(self, value):
        if len(value) > 60 or not _GENERIC.match(value.strip().casefold()):
            return None
        return f"{value.strip()!r} is a placeholder, not the work's title"
