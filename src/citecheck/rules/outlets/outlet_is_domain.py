from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|su|ru|cn|uk|io|co|is|"
                     r"news|us|de|fr|eu|in|au|ca)/?$", re.IGNORECASE)


class OutletIsDomain(ValueRule):
    """An outlet named by its web domain.

    What it checks: `container-title` or `publisher` is a domain name (`tass.com`,
    `www.unz.com`).
    Why it matters: the outlet's name is what readers know (TASS, The Unz Review); the domain
    belongs in `URL`.
    Example: `container-title: consortiumnews.com`.
    Fix: none; write the outlet's name.
    """

    code = "CC502"
    name = "outlet-is-domain"
    severity = Severity.WARNING
    scope = "outlets"
    prefilter = Pattern(scope, re.compile(r"\."))

    def inspect(self, value):
        return f"{value.strip()!r} is a domain, not the outlet's name" if _DOMAIN.match(value.strip()) else None


