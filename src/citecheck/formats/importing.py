"""What ``citecheck import`` does besides parsing: guess the format, merge into a file, write it.

Merging never loses a reference silently: an id already taken is refused, or with ``rename``
given the next free ``id-2``, ``id-3``... Appending to a CSL-YAML file adds the new items as text
at the end of its ``references:`` list, so the file's comments and layout stay as they were.
"""

from __future__ import annotations

import re
from pathlib import Path

from citecheck.errors import UsageError
from citecheck.formats import FORMATS
from citecheck.model import Reference

_SUFFIXES = {".json": "csl-json", ".yaml": "csl-yaml", ".yml": "csl-yaml", ".ris": "ris",
             ".wiki": "wikitext", ".wikitext": "wikitext", ".mediawiki": "wikitext"}
_BIBLATEX_ONLY = re.compile(r"@online\s*\{|[,{\s](?:journaltitle|urldate|date|location)\s*=", re.IGNORECASE)


_CITE_TEMPLATE = re.compile(r"\{\{\s*(?:[Cc]ite[ _][a-z]|[Cc]itation\s*\|)")


def sniff(path: Path, text: str) -> str:
    """The format of ``text``: from the file's suffix, else from how it starts."""
    if path.suffix.lower() in _SUFFIXES:
        return _SUFFIXES[path.suffix.lower()]
    head = text.lstrip("\ufeff \t\r\n")
    if path.suffix.lower() in (".bib", ".bibtex", ".biblatex") or re.match(r"@\w+\s*[{(]", head) or \
            re.search(r"^@\w+\s*\{", text, re.MULTILINE):
        return "biblatex" if path.suffix.lower() != ".bibtex" and _BIBLATEX_ONLY.search(text) else "bibtex"
    if head.startswith(("[", "{")) and not head.startswith("{{"):
        return "csl-json"
    if head.startswith("TY  -"):
        return "ris"
    if head.startswith(("<ref", "{{cite", "{{Cite")):
        return "wikitext"
    if not head.startswith(("references:", "- ", "---", "#")) and _CITE_TEMPLATE.search(text):
        return "wikitext"  # an article's wikitext opens with prose, {{Short description}} or bold
    return "csl-yaml"


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise UsageError(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    return name


def merge(existing: list[Reference], imported: list[Reference], rename: bool) -> list[Reference]:
    """``imported`` with ids that clash with ``existing`` (or each other) renamed, or UsageError."""
    taken = {ref.id for ref in existing}
    clashes: list[str] = []
    merged = []
    for ref in imported:
        if ref.id in taken:
            if not rename:
                clashes.append(ref.id)
                continue
            ref = ref.model_copy(update={"id": _free_id(ref.id, taken)})
        taken.add(ref.id)
        merged.append(ref)
    if clashes:
        raise UsageError(f"id already in use: {', '.join(clashes)} (pass --rename to import them as id-2...)")
    return merged


def _free_id(ident: str, taken: set[str]) -> str:
    number = 2
    while f"{ident}-{number}" in taken:
        number += 1
    return f"{ident}-{number}"


def appended_yaml(existing_text: str, refs: list[Reference]) -> str:
    """``existing_text`` (a CSL-YAML references file) with ``refs`` added at the end of its list."""
    from citecheck.formats.csl_yaml import dump_native

    items = dump_native(refs).split("references:\n", 1)[1]
    indent = _item_indent(existing_text)
    block = "".join(indent + line if line.strip() else line for line in items.splitlines(keepends=True))
    if "\r\n" in existing_text:  # the file's own line endings
        block = block.replace("\n", "\r\n")
    newline = "\r\n" if "\r\n" in existing_text else "\n"
    separator = "" if existing_text.endswith("\n") else newline
    if re.search(r"^references:\s*\[\s*\]\s*$", existing_text, re.MULTILINE):
        return re.sub(r"^references:\s*\[\s*\]\s*$", "references:", existing_text, flags=re.MULTILINE) + newline + block
    return existing_text + separator + newline + block


def _item_indent(text: str) -> str:
    """How deep the file indents its list items (``  - id: ...``)."""
    match = re.search(r"^references:\s*\n(?:\s*(?:#.*)?\n)*?(\s*)- ", text, re.MULTILINE)
    return match.group(1) if match else ""
