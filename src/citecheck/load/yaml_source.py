"""Read YAML safely: plain data only, YAML 1.2 scalars, no tags, anchors, aliases or duplicate keys.

The happy path is yaml-rs, a Rust parser ~20x faster than PyYAML's C loader on large files
(bench/README.md): YAML 1.2 core schema (``language: no`` is Norwegian, not False), dates left as
text for the model to parse, duplicate keys refused, alias expansion bounded. Two things it would
let through silently — tags (dropped) and anchors/aliases (copied) — are looked for with a cheap
scan first, and confirmed with PyYAML's event stream only when the scan hits.

The error path re-reads the text with PyYAML's strict safe loader below, which gives exact
positions and the same rules; it is slow on huge files, but only runs when something is wrong.
"""

from __future__ import annotations

import re
from typing import Any

from citecheck.errors import InputError
from citecheck.load.text import refuse_yaml_controls
from citecheck.model.limits import MAX_DEPTH

#: A line that starts with MAX_DEPTH columns of indentation and block indicators: only such a line can
#: be nested MAX_DEPTH block levels deep (each level costs a column, or a ``- `` / ``? ``). yaml-rs
#: recurses once per block level and overflows the stack, killing the process, some 10,000 levels
#: down; so a file with such a line is first measured by PyYAML's event stream, which does not recurse.
_DEEP_LINE = re.compile(rb"\n[ \t?-]{%d}" % MAX_DEPTH)  # led by a literal: 5x faster than with (?:\A|\n)
_TOKEN_STARTS = b" \t\r\n[{,:-"
_TOKEN_ENDS = b" \t\r\n,]}"


def _may_hold_anchor_alias_or_tag(raw: bytes) -> bool:
    """True if some ``&``, ``*`` or ``!`` starts a token; memchr-speed, unlike a regex over 40 MB."""
    for mark in (b"&", b"*", b"!"):
        at = raw.find(mark)
        while at >= 0:
            before, after = raw[at - 1:at] if at else b"", raw[at + 1:at + 2]
            if (not before or before in _TOKEN_STARTS) and after and after not in _TOKEN_ENDS:
                return True
            at = raw.find(mark, at + 1)
    return False


def _refuse_what_yaml_rs_would_not(raw: bytes, path: str) -> None:
    """Control characters, anchors, aliases, tags and deep nesting, each refused at its place."""
    refuse_yaml_controls(raw, path)
    deep = _DEEP_LINE.match(b"\n" + raw[:MAX_DEPTH]) is not None or _DEEP_LINE.search(raw) is not None
    if deep or _may_hold_anchor_alias_or_tag(raw):  # rare: then let the exact reader decide
        from citecheck.load.strict_yaml import refuse_anchors_aliases_and_tags

        refuse_anchors_aliases_and_tags(raw.decode("utf-8"), path, check_depth=deep)


def parse_yaml(raw: bytes | str, path: str) -> Any:
    """The plain data in ``raw`` (str, or UTF-8 bytes without BOM): dicts, lists, str, int, float, bool, None."""
    import yaml_rs

    if isinstance(raw, str):
        raw = raw.encode("utf-8")
    try:
        _refuse_what_yaml_rs_would_not(raw, path)
        return yaml_rs.load(raw, parse_datetime=False, encoder_errors="strict")
    except (yaml_rs.YAMLDecodeError, RecursionError, TypeError) as exc:  # TypeError: a key holding a list
        from citecheck.load.strict_yaml import precise_problem

        raise InputError([precise_problem(raw.decode("utf-8"), path, exc)]) from None
