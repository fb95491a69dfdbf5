from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|su|ru|cn|uk|io|co|is|"
                     r"news|us|de|fr|eu|in|au|ca)/?$", re.IGNORECASE)


def _named_by_domain(value: str) -> bool:
    """An outlet whose name is its domain, written as a name: capitals (`LWN.net`, `FAZ.NET`,
    `OpenReview.net`, `CEUR-WS.org`), no scheme or `www.`, not a deep host name."""
    return (not value.islower() and value.count(".") <= 2
            and not re.match(r"(?:https?://|www\.)", value, re.IGNORECASE) and not value.endswith("/"))


class OutletIsDomain(ValueRule):
    """An outlet named by its web domain.

    What it checks: `container-title` or `publisher` is a domain name (`tass.com`,
    `www.unz.com`, `Mapping.cornwall.gov.uk`). Outlets named by their domain and written as a
    name, with capitals (`LWN.net`, `FAZ.NET`, `OpenReview.net`), are left alone.
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
        value = value.strip()
        if _DOMAIN.match(value) and not _named_by_domain(value):
            return f"{value!r} is a domain, not the outlet's name"
        return None


