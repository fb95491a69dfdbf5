"""What ``citecheck import`` does besides parsing: choose the format, read the file, merge, write.

Merging never loses a reference silently: an id already taken is refused, or with ``rename``
given the next free ``id-2``, ``id-3``... Appending to a CSL-YAML file adds the new items as text
at the end of its ``references:`` list, so the file's comments and layout stay as they were; when
that text would not read back as the old references plus the new (the list is not last, or is in
flow style), a ruamel.yaml round trip extends the list instead. Nothing is written that citecheck
could not read back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from citecheck import formats
from citecheck.errors import InputError, InputProblem, UsageError
from citecheck.formats.result import ImportResult
from citecheck.model import Reference

#: The formats that share the suffix .bib; their files are told apart by content.
_BIB_FAMILY = ("bibtex", "biblatex")
_BIB_SUFFIXES = (".bib", ".bibtex", ".biblatex")
_BIBLATEX_ONLY = re.compile(r"@online\s*\{|[,{\s](?:journaltitle|urldate|date|location)\s*=", re.IGNORECASE)
_CITE_TEMPLATE = re.compile(r"\{\{\s*(?:[Cc]ite[ _][a-z]|[Cc]itation\s*\|)")


def read(path: Path, from_: str | None = None, *, content: bytes | None = None, **options: bool) -> ImportResult:
    """The import result of the file at ``path``, read as ``from_`` or as :func:`sniff` guesses; ``options``
    are reader options (``explain``), a usage error for a format that takes none of them. ``content``: the bytes,
    when they are not to be read from ``path`` (stdin; ``path`` then only names them).

    Its text is freed on return: memory matters at 100k entries."""
    text = _text(path.read_bytes() if content is None else content, str(path))
    chosen = choose_format(from_) if from_ else formats.get(sniff(path, text))
    if from_:
        _refuse_plain_mismatch(path, text, chosen.name)
    asked = {name: value for name, value in options.items() if value}
    unknown = sorted(set(asked) - chosen.read_options)
    if unknown:
        takers = [found.name for found in formats.readers() if unknown[0] in found.read_options]
        raise UsageError(f"--{unknown[0]} applies to --from {' and '.join(takers)} only; {path} is read as "
                         f"{chosen.name}")
    result = chosen.read(text, str(path), **asked)
    if not result.references:
        raise InputError(result.problems or [InputProblem(str(path), 1, 1, "", "no references found in this file")])
    return result


_KNOWN_BY_CONTENT = ("bibtex", "biblatex", "csl-json", "csl-yaml", "ris", "wikitext")  # what sniff tells by content


def _refuse_plain_mismatch(path: Path, text: str, asked: str) -> None:
    """UsageError when ``--from`` names one format and the content is plainly another (a BibTeX file read as
    RIS would otherwise be fifty lines of 'not a RIS line'). Only content citecheck recognises for sure
    counts: the CSL-YAML fallback and free text never contradict what the user asked for."""
    found = sniff(Path(path.name).with_suffix(""), text)  # by content alone
    if asked not in _KNOWN_BY_CONTENT or found in ("csl-yaml", asked) or {asked, found} <= set(_BIB_FAMILY):
        return  # a format sniff cannot see (text, a new reader) is the user's word
    if (asked, found) == ("csl-yaml", "csl-json"):  # JSON is YAML: the YAML reader takes it as it is
        return
    raise UsageError(f"{path}: this looks like {found}, not {asked}; drop --from to read it as {found}")


def _text(data: bytes, path: str) -> str:
    """:func:`citecheck.load.text.decode` with one UTF-8 decode instead of two (it checks by decoding, then
    decodes again: 0.15 s for a 50 MB file). A file it would refuse goes to it, to word the problem."""
    from citecheck.load.text import decode

    text = data.removeprefix(b"\xef\xbb\xbf")
    if b"\x00" not in text:
        try:
            return text.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return decode(data, path)


def choose_format(name: str) -> formats.Format:
    """The format ``--from`` names; UsageError for a name no format has, or a format with no reader."""
    names = ", ".join(found.name for found in formats.readers())
    try:
        chosen = formats.get(name)
    except KeyError:
        raise UsageError(f"unknown format {name!r}; choose one of {names}") from None
    if chosen.reader is None:
        raise UsageError(f"{name} can be exported but not imported; choose one of {names}")
    return chosen


def sniff(path: Path, text: str) -> str:
    """The format of ``text``: from the file's suffix, else from how it starts."""
    suffix = path.suffix.lower()
    claimed = [found.name for found in formats.readers() if suffix in found.suffixes]
    if len(claimed) == 1 and claimed[0] not in _BIB_FAMILY + ("text",):
        return claimed[0]
    head = text.lstrip("\ufeff \t\r\n")
    if claimed == ["text"]:
        return _text_or_other(head, text)
    if suffix in _BIB_SUFFIXES or re.match(r"@\w+\s*[{(]", head) or re.search(r"^@\w+\s*\{", text, re.MULTILINE):
        return "biblatex" if suffix != ".bibtex" and _BIBLATEX_ONLY.search(text) else "bibtex"
    if head.startswith(("[", "{")) and not head.startswith("{{"):
        return "csl-json"
    if head.startswith("TY  -"):
        return "ris"
    if head.startswith(("<ref", "{{cite", "{{Cite")):
        return "wikitext"
    if not head.startswith(("references:", "- ", "---", "#")) and _CITE_TEMPLATE.search(text):
        return "wikitext"  # an article's wikitext opens with prose, {{Short description}} or bold
    return "csl-yaml"


def _text_or_other(head: str, text: str) -> str:
    """A .txt/.md/.html file holds printed footnotes, unless its content is plainly another format's."""
    if re.match(r"[\[{]\s*[{\"\]}]", head):  # CSL-JSON, not a "[1] Smith..." list
        return "csl-json"
    if head.startswith("references:"):
        return "csl-yaml"
    if head.startswith("TY  -"):
        return "ris"
    if re.match(r"@\w+\s*[{(]", head):
        return "biblatex" if _BIBLATEX_ONLY.search(text) else "bibtex"
    if head.startswith(("<ref", "{{cite", "{{Cite")) or _CITE_TEMPLATE.search(text):
        return "wikitext"
    return "text"


def check_target(output: str | None, append: bool) -> None:
    """UsageError for ``--append`` without ``-o``, or ``-o`` to an existing file without ``--append``."""
    if append and output is None:
        raise UsageError("--append needs -o FILE: the references file to add to")
    if output and Path(output).exists() and not append:
        raise UsageError(f"{output} exists; pass --append to add to it")


def merge(existing: list[Reference], imported: list[Reference], rename: bool, where: str = "") -> list[Reference]:
    """``imported`` with ids that clash with ``existing`` (or each other) renamed, or UsageError."""
    taken = {ref.id for ref in existing}
    clashes: list[str] = []
    merged = []
    for ref in imported:
        if ref.id in taken:
            if not rename:
                clashes.append(ref.id)
                continue
            ref = ref.model_copy(update={"id": free_id(ref.id, taken)})
        taken.add(ref.id)
        merged.append(ref)
    if clashes:
        raise UsageError(f"{where + ': ' if where else ''}id already in use: {', '.join(clashes)} "
                         "(pass --rename to import them as id-2...)")
    return merged


def free_id(ident: str, taken: set[str]) -> str:
    """``ident`` if no reference has it, else the first free ``ident-2``, ``ident-3``…"""
    number = 2
    free = ident
    while free in taken:
        free, number = f"{ident}-{number}", number + 1
    return free


def native_chunks(refs: list[Reference], as_json: bool = False) -> Iterable[str]:
    """citecheck's own references file for ``refs``, a piece at a time: CSL-YAML, or JSON."""
    return formats.get("csl-json" if as_json else "csl-yaml").write(refs, style="native")


def yaml_chunks(refs: list[Reference], comments: dict[str, str] | None = None) -> Iterable[str]:
    """:func:`native_chunks` as CSL-YAML, with ``# comment`` lines above the items ``comments`` names by id."""
    if not comments:
        return native_chunks(refs)
    return [commented("".join(native_chunks(refs)), comments)]


_ITEM = re.compile(r"^([ \t]*)- id: (.+?)[ \t]*$")


def commented(yaml_text: str, comments: dict[str, str]) -> str:
    """``yaml_text`` with ``# comment`` above each item whose id ``comments`` names (comments keep it valid)."""
    if not comments:
        return yaml_text
    out = []
    for line in yaml_text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        match = _ITEM.match(body)
        comment = comments.get(match.group(2).strip("'\"")) if match else None
        if comment:
            out.append(f"{match.group(1)}# {comment}{line[len(body):] or chr(10)}")  # the file's own line ending
        out.append(line)
    return "".join(out)


def renamed_comments(before: list[Reference], after: list[Reference], comments: dict[str, str]) -> dict[str, str]:
    """``comments`` keyed by the ids :func:`merge` gave (``--rename`` may have changed them)."""
    return {new.id: comments[old.id] for old, new in zip(before, after) if old.id in comments}


def save(refs: list[Reference], output: str, append: bool, rename: bool,
         comments: dict[str, str] | None = None) -> None:
    """Write ``refs`` to a new file ``output`` (JSON when it ends in .json), or add them to it with ``append``;
    YAML gets ``comments`` above the items they name."""
    from citecheck.atomic import write_atomic

    as_json = output.lower().endswith(".json")
    if not append:  # written a chunk at a time: the whole output never sits in memory
        merged = merge([], refs, rename)
        chunks = native_chunks(merged, True) if as_json else yaml_chunks(
            merged, renamed_comments(refs, merged, comments or {}))
        write_atomic(output, chunks)
        return
    write_atomic(output, appended(output, refs, rename, comments))


def appended(output: str, refs: list[Reference], rename: bool, comments: dict[str, str] | None = None) -> str:
    """The text of the references file ``output`` with ``refs`` added (ids merged), checked to read back; new
    YAML items get ``comments``."""
    from citecheck.load import load_references, parse_references

    existing = load_references(output)
    given, refs = refs, merge(existing.references, refs, rename, where=output)
    comments = renamed_comments(given, refs, comments or {})
    if existing.format == "json":
        text = "".join(native_chunks(existing.references + refs, as_json=True))
        parse_references(text, output)  # never write a file citecheck could not read back
        return text
    text = appended_yaml(existing.text, refs)  # fast: new lines after the last item
    if not _reads_back(text, existing.references + refs):  # (read back and compared: checked)
        from citecheck.formats.csl_yaml import native_dicts
        from citecheck.yaml_edit import append_items

        text = append_items(existing.text, native_dicts(refs))  # the list is not last, or not block style
        parse_references(text, output)
    return commented(text, comments)


def _reads_back(text: str, refs: list[Reference]) -> bool:
    from citecheck.load import parse_references

    try:
        return parse_references(text).references == refs
    except InputError:
        return False


def appended_yaml(existing_text: str, refs: list[Reference]) -> str:
    """``existing_text`` (a CSL-YAML references file) with ``refs`` added at the end of its list."""
    items = "".join(native_chunks(refs)).split("references:\n", 1)[1]
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
    match = re.search(r"^references:[ \t]*\r?\n(?:[ \t]*(?:#.*)?\r?\n)*?([ \t]*)- ", text, re.MULTILINE)
    return match.group(1) if match else ""
