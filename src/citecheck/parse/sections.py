"""Finding an article's references section: from its heading to the next heading of another kind.

A heading is a line that says only "References", "Notes", "Sources", "Bibliography", "Footnotes",
"Works cited"... (or one of their names in the common European languages), plain or as a Markdown
(``## Notes``), wiki (``== References ==``) or HTML heading. Several such headings in a row (Wikipedia's
"Notes" then "References") make one section. A file with no such heading is taken whole when it is
a list of references (most lines name a year or an address), or has Markdown footnote definitions.
"""

from __future__ import annotations

import re

from citecheck.parse.markup import Line

HEADINGS = frozenset((
    "references", "reference", "notes", "note", "sources", "source", "bibliography", "footnotes", "endnotes",
    "works cited", "work cited", "citations", "literature", "literature cited", "reference list", "cited works",
    "notes and references", "references and notes", "sources and notes", "notes and sources", "sources cited",
    "références", "notes et références", "bibliographie", "sources et références", "quellen", "literatur",
    "einzelnachweise", "anmerkungen", "quellenangaben", "fußnoten", "literaturverzeichnis", "nachweise",
    "referencias", "bibliografía", "notas", "fuentes", "notas y referencias", "referências", "bibliografia",
    "fontes", "notas e referências", "fonti", "riferimenti", "note e riferimenti", "riferimenti bibliografici",
    "literatuur", "bronnen", "noten", "voetnoten", "referenties", "bronvermelding", "przypisy", "źródła",
    "källor", "referenser", "noter", "kilder", "litteratur", "lähteet", "viitteet", "poznámky", "literatura",
    "odkazy", "hivatkozások", "jegyzetek", "kaynakça", "kaynaklar", "πηγές", "παραπομπές", "источники",
    "литература", "примечания", "список литературы", "ссылки", "джерела", "примітки",
))
STOP_HEADINGS = frozenset((
    "external links", "see also", "further reading", "categories", "category", "navigation menu", "related",
    "related articles", "comments", "about the author", "share this", "weblinks", "siehe auch", "liens externes",
    "voir aussi", "enlaces externos", "véase también", "collegamenti esterni", "voci correlate",
    "ligações externas", "ver também", "externe links", "zie ook", "linki zewnętrzne", "zobacz też",
))
_DECORATION = re.compile(r"^\s*(?:#{1,6}|={1,6}|<h[1-6][^>]*>)?\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?)?\s*"
                         r"(?P<words>.*?)\s*(?:\[edit\]|\[bearbeiten\]|\[modifier\])?\s*:?\s*"
                         r"(?:={1,6}|</h[1-6]>)?\s*$", re.IGNORECASE)
_MARKED_HEADING = re.compile(r"^\s*(?:#{1,6}\s|=+[^=]|<h[1-6])")
_DEFINITION = re.compile(r"^\s*\[\^[^\]]+\]:")
_REFERENCE_LIKE = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b|https?://|www\.|\b[a-z0-9-]+\.(?:com|org|net|gov|edu)\b")


def heading_name(text: str) -> str | None:
    """The heading's words, lower-cased without decoration, when ``text`` could be a heading line."""
    if len(text) > 80:
        return None
    match = _DECORATION.match(text.replace("*", "").replace("_", " "))
    return " ".join(match.group("words").lower().split()) if match else None


def is_references_heading(text: str) -> bool:
    return heading_name(text) in HEADINGS


def references_section(lines: list[Line]) -> list[Line] | None:
    """The lines of the references section (headings left out), or None when there is none."""
    start = next((i for i, (_, text) in enumerate(lines) if is_references_heading(text)), None)
    if start is None:
        return _headless(lines)
    section: list[Line] = []
    for number, text in lines[start + 1:]:
        if is_references_heading(text):
            continue
        name = heading_name(text)
        if name in STOP_HEADINGS or (_MARKED_HEADING.match(text) and not _DEFINITION.match(text)):
            break
        section.append((number, text))
    return section


def _headless(lines: list[Line]) -> list[Line] | None:
    definitions = [line for line in lines if _DEFINITION.match(line[1])]
    if definitions:
        first = lines.index(definitions[0])
        return lines[first:]
    filled = [text for _, text in lines if text.strip()]
    if filled and sum(1 for text in filled if _REFERENCE_LIKE.search(text)) >= 0.6 * len(filled):
        return lines
    return None
