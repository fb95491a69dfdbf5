"""Citation markers in an article's body: ``[3]``, ``<ref name="x">``, pandoc's ``[@key]`` and ``@key``.

Plain text, Markdown and MediaWiki are read the same way. Scanning stops at a references
heading ("References", "Notes", "Footnotes", "Bibliography", "Sources" as a line, a Markdown
``#`` heading or a MediaWiki ``==`` heading), so the reference list itself is not read as citations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMERIC = re.compile(r"\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)\]")
_REF_NAME = re.compile(r"""<ref\s+name\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s/>]+))\s*/?>""", re.IGNORECASE)
_PANDOC = re.compile(r"(?<![\w@.])-?@(\{[^}]+\}|\w(?:[\w:.#$%&\-+?<>~/]*\w)?)")
_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*|={1,6}\s*)?(?:references|notes|footnotes|bibliography|sources|works cited|"
    r"citations)\s*(?:={1,6})?\s*:?\s*$", re.IGNORECASE)
_CODE = re.compile(r"`[^`\n]*`")


@dataclass(frozen=True)
class Marker:
    """One citation in the text: ``kind`` is "number", "name" or "key"; ``value`` what it points at."""

    kind: str
    value: str
    text: str  # as written, e.g. ``[3]``, ``<ref name="x">``, ``@x``
    line: int
    column: int


def find_markers(text: str) -> list[Marker]:
    """Every marker in the body of ``text``, in reading order."""
    found: list[Marker] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADING.match(line):
            break
        line = _CODE.sub(lambda m: " " * len(m.group(0)), line)  # code spans are not citations
        found.extend(_in_line(line, number))
    return sorted(found, key=lambda m: (m.line, m.column))


def _in_line(line: str, number: int) -> list[Marker]:
    markers = []
    for match in _NUMERIC.finditer(line):
        for value in _expand(match.group(1)):
            markers.append(Marker("number", str(value), f"[{value}]", number, match.start() + 1))
    for match in _REF_NAME.finditer(line):
        name = next(g for g in match.groups() if g)
        markers.append(Marker("name", name, match.group(0), number, match.start() + 1))
    for match in _PANDOC.finditer(line):
        key = match.group(1).strip("{}")
        markers.append(Marker("key", key, f"@{key}", number, match.start() + 1))
    return markers


def _expand(group: str) -> list[int]:
    """``3`` -> [3]; ``3, 5`` -> [3, 5]; ``3–5`` -> [3, 4, 5] (a range is capped to stay sane)."""
    numbers: list[int] = []
    for piece in re.split(r"\s*,\s*", group):
        ends = [int(p) for p in re.split(r"\s*[–-]\s*", piece)]
        if len(ends) == 2 and 0 < ends[1] - ends[0] <= 50:
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return numbers
