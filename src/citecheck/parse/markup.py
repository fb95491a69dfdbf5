"""An article as lines of printed text, each with its line in the file: plain text and Markdown as they
are, HTML rendered the way a browser shows it (headings as ``## ``, list items as ``- `` or ``1. ``).
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser

Line = tuple[int, str]  # (1-based line in the file, text)

_HTML = re.compile(r"<(?:html|body|p|div|ol|ul|li|h[1-6]|span|table|br|a\s)[\s>/]", re.IGNORECASE)
_BLOCKS = frozenset(("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "dd", "dt", "section",
                     "article", "header", "footer", "blockquote", "ol", "ul", "table", "hr"))
_SKIPPED = frozenset(("script", "style", "head", "noscript", "template", "svg"))


def looks_like_html(text: str) -> bool:
    return len(_HTML.findall(text[:200_000])) >= 2


def printed_lines(text: str) -> list[Line]:
    """The text's lines as a reader sees them."""
    if looks_like_html(text):
        return _html_lines(text)
    return list(enumerate(text.splitlines(), 1))


def _number(value: str | None) -> int | None:
    """An ``<ol start>`` or ``<li value>`` as a number: ASCII digits, as many as a footnote marker takes
    (``str.isdigit`` takes ``²``, which ``int`` refuses; 5,000 digits ``int`` refuses too)."""
    return int(value) if value and value.isascii() and value.isdigit() and len(value) <= 4 else None


#: A tag longer than this is text: no real one comes near it, and html.parser's tag regexes keep memory
#: for every character of a tag (a 12 MB ``<li`` of attributes took 1.7 GB).
LONGEST_TAG = 10_000
_TAG_OPEN = re.compile(r"</?[A-Za-z]")  # start and end tags (a comment is found without a regex)


def _short_tags(text: str) -> str:
    """``text`` with the ``<`` of each tag not closed within :data:`LONGEST_TAG` characters written ``&lt;``."""
    closes = [found.start() for found in re.finditer(">", text)]
    pieces, last, at = [], 0, 0
    for found in _TAG_OPEN.finditer(text):
        start = found.start()
        at = bisect.bisect_left(closes, start, at)
        if at == len(closes) or closes[at] - start > LONGEST_TAG:
            pieces += [text[last:start], "&lt;"]
            last = start + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _html_lines(text: str) -> list[Line]:
    renderer = _Renderer()
    try:
        renderer.feed(_short_tags(text))
        renderer.close()
    except (AssertionError, ValueError):  # html.parser's rare hard failures: keep what was rendered
        pass
    renderer.flush()
    return renderer.lines


class _Renderer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[Line] = []
        self._words: list[str] = []
        self._line = 1
        self._prefix = ""
        self._skip = 0
        self._lists: list[list] = []  # per open list: [ordered, next number]

    def flush(self) -> None:
        words = " ".join("".join(self._words).split())
        if words:
            self.lines.append((self._line, self._prefix + words))
        self._words, self._prefix = [], ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
            return
        if tag in _BLOCKS:
            self.flush()
            self._line = self.getpos()[0]
        if tag in ("ol", "ul"):
            start = _number(dict(attrs).get("start"))
            self._lists.append([tag == "ol", 1 if start is None else start])
        elif tag == "li":
            ordered, number = self._lists[-1] if self._lists else (False, 1)
            value = _number(dict(attrs).get("value"))
            number = number if value is None else value
            self._prefix = f"{number}. " if ordered else "- "
            if self._lists:
                self._lists[-1][1] = number + 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._prefix = "#" * int(tag[1]) + " "

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
            return
        if tag in _BLOCKS:
            self.flush()
        if tag in ("ol", "ul") and self._lists:
            self._lists.pop()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            if not self._words:
                self._line = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count("\n")
            self._words.append(data)
