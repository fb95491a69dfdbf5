"""Splitting a references section into footnotes, numbered as printed.

A footnote starts at a marker — ``↑``, ``^`` (with Wikipedia's ``a b c`` backlinks), ``[1]``, ``1.``,
``1)``, a ``-``/``*``/``•`` list item, a Markdown ``[^1]:`` definition — and runs on over the lines
that follow it until the next marker or a blank line (a wrapped footnote, a hanging indent).
Without markers, each line is one footnote, unless the section is blank-line separated paragraphs.
A numbered marker gives the footnote its number; the others count on from the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citecheck.parse.markup import Line

_MARKER = re.compile(
    r"^\s*(?:"
    r"\[\^(?P<label>[^\]\s]+)\]:"  # Markdown footnote definition
    r"|\[(?P<bracketed>[0-9]{1,4})\]"  # [1]
    r"|(?P<numbered>[0-9]{1,4})[.)](?=\s)"  # 1.  1)
    r"|(?P<bullet>[-*•–·])(?=\s)"  # list items
    r"|(?P<arrow>[↑^])"  # back-links, as copied from a rendered page
    r")\s*")
_BACKLINK = re.compile(r"^(?:[↑^]\s*)?(?:a(?:\s+[b-z]){1,25}\s+)?")  # "^ a b c " before the text
_INDENT = re.compile(r"^\s+\S")


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    text: str  # as printed, its lines joined by single spaces
    line: int  # where it starts in the file


def split_footnotes(section: list[Line]) -> list[Footnote]:
    marked = any(_MARKER.match(text) for _, text in section)
    pieces: list[tuple[int, int | None, list[str]]] = []  # (line, printed number, lines)
    paragraphs = not marked and _is_paragraphs(section)
    blank_before = True
    for number, text in section:
        if not text.strip():
            blank_before = True
            continue
        marker = _MARKER.match(text) if marked else None
        if marker:
            body, printed = _strip_markers(text, marker)
            pieces.append((number, printed, [body]))
        elif pieces and (not blank_before or _INDENT.match(text)) and (marked or paragraphs or _INDENT.match(text)):
            pieces[-1][2].append(text.strip())  # a wrapped line or a hanging indent
        else:
            pieces.append((number, None, [text.strip()]))
        blank_before = False
    return _numbered(pieces)


def _strip_markers(text: str, marker: re.Match[str]) -> tuple[str, int | None]:
    printed = marker.group("bracketed") or marker.group("numbered")
    label = marker.group("label")
    if label and label.isascii() and label.isdigit() and len(label) <= 4:  # as the other markers; not ``²``
        printed = label
    body = text[marker.end():]
    body = _BACKLINK.sub("", body, count=1) if body[:1] in "↑^" or marker.group("arrow") else body
    if marker.group("numbered") or marker.group("bullet"):  # "1. ^ a b Title", "- [3] Title"
        inner = _MARKER.match(body)
        if inner and (inner.group("arrow") or inner.group("bracketed")):
            printed = inner.group("bracketed") or printed
            body = _BACKLINK.sub("", body[inner.end():], count=1) if inner.group("arrow") else body[inner.end():]
    return body.strip(), int(printed) if printed else None


def _is_paragraphs(section: list[Line]) -> bool:
    """Blank-line separated entries, some of them over several unindented lines."""
    run, longest, blanks = 0, 0, 0
    for _, text in section:
        if text.strip():
            run += 1
            longest = max(longest, run)
        else:
            blanks += run > 0
            run = 0
    return blanks >= 1 and longest > 1


def _numbered(pieces: list[tuple[int, int | None, list[str]]]) -> list[Footnote]:
    footnotes: list[Footnote] = []
    previous = 0
    for line, printed, lines in pieces:
        text = " ".join(" ".join(lines).split())
        if not text:
            continue
        number = printed if printed and printed > 0 else previous + 1
        footnotes.append(Footnote(number, text, line))
        previous = number
    return footnotes
