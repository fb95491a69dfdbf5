"""Split a .bib file into entries quickly; any block this reader does not handle goes to bibtexparser.

The fast path covers ``@type{key, field = {…} | "…" | bare, …}``, the shape every tool writes.
``@string`` macros and ``#`` concatenation send the file (or the block) to bibtexparser v2, which
also words the message for a block that cannot be parsed at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citecheck.model.limits import MAX_TEXT_LENGTH

_FIRST_BLOCK = re.compile(r"[ \t]*@[ \t]*([A-Za-z]+)")
# Every other block starts a line: searching for "\n" first (a literal) is ~5x faster than trying ^ at
# every character in multiline mode.
_LATER_BLOCK = re.compile(r"\n([ \t]*@[ \t]*([A-Za-z]+))")
_STRING_MACRO = re.compile(r"@[ \t]*string\b", re.IGNORECASE)
_KEY = re.compile(r"\s*[{(]\s*([^,\s{}()\"#%'=]+)\s*,")
_NO_KEY = re.compile(r"\s*[{(]\s*()(?=[A-Za-z][\w\-:.+]*\s*=)")  # an entry with fields but no key (EndNote's)
_FIELD = re.compile(r"\s*([A-Za-z][\w\-:.+]*)\s*=\s*")
_BARE = re.compile(r"[A-Za-z0-9_\-:.+/]+")
_BRACE = re.compile(r"[{}]")
_QUOTE_OR_BRACE = re.compile(r'["{}]')
_SKIPPED = ("comment", "preamble")
# A whole ``name = value,`` in one match: braces nested up to three deep, a quoted value without braces,
# or a bare word. Possessive quantifiers: a value this does not fit fails at once, never backtracks.
_FAST_FIELD = re.compile(
    r'\s*+([A-Za-z][\w\-:.+]*+)\s*+=\s*+'
    r'(?:\{((?:[^{}]++|\{(?:[^{}]++|\{[^{}]*+\})*+\})*+)\}|"([^"{}]*+)"|([A-Za-z0-9_\-:.+/]++))'
    r'\s*+(,?)')


@dataclass
class Entry:
    entry_type: str
    key: str
    fields: dict[str, str]  # lower-case name -> value without its enclosing braces or quotes
    line: int  # 1-based
    #: ``(field, name)`` of each bare word no ``@string`` of the file defines, kept as its name (BibTeX reads it
    #: as empty, with a warning): ``title = a # " there"`` is a title only by mistake.
    undefined: list[tuple[str, str]] = field(default_factory=list)


#: The macros every BibTeX style defines: the months.
PREDEFINED = frozenset(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))
_MACRO_NAME = re.compile(r"[A-Za-z][\w\-:.+/]*")  # a bare value led by a digit is a number, not a macro


def is_undefined_macro(bare: str, macros: dict[str, str]) -> bool:
    """Whether the bare word ``bare`` names a macro that neither the file nor BibTeX defines."""
    name = bare.lower()
    return name not in macros and name not in PREDEFINED and _MACRO_NAME.fullmatch(bare) is not None


class _Unsupported(Exception):
    pass


class CutInsideEntry(ValueError):
    """A part of a file (:func:`halves`) ends inside an entry that the whole file's parse may read on past the
    cut: only the whole file can be parsed."""


def parse(text: str, first_line: int = 1, ends_file: bool = True) -> tuple[list[Entry], list[tuple[int, str]]]:
    """The entries of ``text`` and ``(line, message)`` for each block that could not be read, or that holds
    a value longer than any reference may hold (decoding LaTeX costs ~25 µs a character: unbounded, one
    12 MB field took 49 s). ``first_line``: the line ``text`` starts on (a part of a file, see :func:`halves`);
    ``ends_file`` false: the file goes on after ``text``, and :class:`CutInsideEntry` is raised where a block
    that cannot be read has a brace still open at the end of ``text``.

    A block ends where the next line that starts with ``@`` begins. Where a value holds such a line (an
    abstract's "@username", as pandoc and biber read it), the block cannot be read so: it is then read up to
    its closing brace, and the lines starting with ``@`` inside it start no block."""
    entries, failures = _entries(text, first_line, ends_file)
    kept = []
    for entry in entries:
        name = next((name for name, value in entry.fields.items() if len(value) > MAX_TEXT_LENGTH), None)
        if name is None:
            kept.append(entry)
        else:
            failures.append((entry.line, f"{entry.key}.{name}: a text value has at most {MAX_TEXT_LENGTH:,} "
                                         f"characters (the limit), this one has {len(entry.fields[name]):,}"))
    return kept, sorted(failures)


def _entries(text: str, first_line: int, ends_file: bool = True) -> tuple[list[Entry], list[tuple[int, str]]]:
    if _has_string_macros(text):
        return _with_bibtexparser(text, first_line - 1)
    entries, failures = [], []
    blocks = [block for block in _blocks(text) if block[2].lower() not in _SKIPPED]
    line, last, inside_until = first_line, 0, 0
    for index, (start, head_end, entry_type) in enumerate(blocks):
        if start < inside_until:  # a line of the entry read before, in one of its values
            continue
        line += text.count("\n", last, start)
        last = start
        end = blocks[index + 1][0] if index + 1 < len(blocks) else len(text)
        try:
            entries.append(_entry(text, head_end, entry_type, end, line))
            continue
        except _Unsupported:
            pass
        close = _closing_brace_after(text, head_end, blocks, index)
        if close > end:
            try:
                entries.append(_entry(text, head_end, entry_type, close + 1, line))
                inside_until = close + 1
                continue
            except _Unsupported:  # '#' or another form the fast reader leaves to bibtexparser
                found, failed = _with_bibtexparser(text[start:close + 1], line - 1)
                if found and not failed:
                    entries += found
                    inside_until = close + 1
                    continue
        elif close == _OPEN_AT_END and not ends_file:
            raise CutInsideEntry(f"the block on line {line} has a brace still open where the part ends")
        found, failed = _with_bibtexparser(text[start:end], line - 1)
        entries += found
        failures += failed
    return entries, failures


#: How many lines starting with @ a block is read past for its closing brace: a value holding that many is
#: rare, and a block whose brace never closes costs this many counts of braces, not a read of the file.
_REACH = 32
_NOT_FOUND, _OPEN_AT_END = -1, -2


def _closing_brace_after(text: str, head_end: int, blocks: list[tuple[int, int, str]], index: int) -> int:
    """Where the brace that opens block ``index`` (its head ending at ``head_end``) closes, looked for up to
    :data:`_REACH` block starts on; :data:`_NOT_FOUND` if it does not close by then (or the block opens with a
    parenthesis), :data:`_OPEN_AT_END` if the text ends first with the brace still open."""
    opening = _skip_space(text, head_end, len(text))
    if text[opening:opening + 1] != "{":
        return _NOT_FOUND
    depth, pos = 0, opening
    for later in range(index + 1, index + 2 + _REACH):
        stop = blocks[later][0] if later < len(blocks) else len(text)
        change = text.count("{", pos, stop) - text.count("}", pos, stop)
        if depth + change <= 0:  # counting in C finds the stretch where the depth comes back to 0: walk it only
            for brace in _BRACE.finditer(text, pos, stop):
                depth += 1 if brace.group() == "{" else -1
                if depth == 0:
                    return brace.start()
            return _NOT_FOUND  # below 0: a stray closing brace, not this block's
        depth += change
        if later >= len(blocks):
            return _OPEN_AT_END
        pos = stop
    return _NOT_FOUND


def halves(text: str) -> tuple[str, str, int] | None:
    """``text`` cut in two where a block starts a line near its middle, and the line the second part starts
    on: each part parses alone into the entries the whole gives there, as blocks end where the next begins.
    None when the entries need the whole file: ``@string`` macros (defined once, used anywhere), or no
    block start past the middle."""
    if _has_string_macros(text):
        return None
    # Not at @comment or @preamble: the whole file's parse does not start a block there either (such a line
    # inside a value stays in its entry); nor at a line such as "@b}" in a value, which opens no entry. A line
    # inside a value that looks like an entry's start is seen as the first part is parsed (CutInsideEntry).
    later = next((found for found in _LATER_BLOCK.finditer(text, len(text) // 2)
                  if found.group(2).lower() not in _SKIPPED and _KEY.match(text, found.end())), None)
    if later is None:
        return None
    cut = later.start(1)
    return text[:cut], text[cut:], text.count("\n", 0, cut) + 1


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """``(start of its line, end of @type, type)`` of each block that starts a line (``^[ \\t]*@type``)."""
    first = _FIRST_BLOCK.match(text)
    found = [(0, first.end(), first.group(1))] if first else []
    found += [(m.start(1), m.end(), m.group(2)) for m in _LATER_BLOCK.finditer(text)]
    return found


def _has_string_macros(text: str) -> bool:
    """An ``@string`` block (at the start of a line, after blanks only): bibtexparser expands its macros."""
    for match in _STRING_MACRO.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not text[line_start:match.start()].strip(" \t"):
            return True
    return False


def _entry(text: str, head_end: int, entry_type: str, end: int, line: int) -> Entry:
    key = _KEY.match(text, head_end, end) or _NO_KEY.match(text, head_end, end)
    if key is None:
        raise _Unsupported
    fields, pos = {}, key.end()
    undefined: list[tuple[str, str]] = []
    while True:
        fast = _FAST_FIELD.match(text, pos, end)
        if fast is not None:  # one regex call for the usual field; the general path below for the rest
            name, braced, quoted, bare, comma = fast.groups()
            fields[name.lower()] = braced if braced is not None else quoted if quoted is not None else bare
            if bare is not None and is_undefined_macro(bare, {}):  # the fast path runs without @string
                undefined.append((name.lower(), bare))
            pos = fast.end()
            if comma:
                continue
        else:
            pos = _skip_space(text, pos, end)
            if pos < end and text[pos] in "})":
                return Entry(entry_type.lower(), key.group(1), fields, line, undefined)
            named = _FIELD.match(text, pos, end)
            if named is None:
                raise _Unsupported
            value, pos = _value(text, named.end(), end)
            fields[named.group(1).lower()] = value
            if text[named.end()] not in "{\"" and is_undefined_macro(value, {}):
                undefined.append((named.group(1).lower(), value))
            pos = _skip_space(text, pos, end)
            if pos < end and text[pos] == ",":
                pos += 1
                continue
        if not (pos < end and text[pos] in "})"):
            raise _Unsupported  # '#' concatenation or a syntax error: bibtexparser decides
        return Entry(entry_type.lower(), key.group(1), fields, line, undefined)


_SPACE = re.compile(r"\s*")


def _skip_space(text: str, pos: int, end: int) -> int:
    return _SPACE.match(text, pos, end).end()


def _value(text: str, pos: int, end: int) -> tuple[str, int]:
    if pos >= end:
        raise _Unsupported
    opening = text[pos]
    if opening in "{\"":
        pattern = _BRACE if opening == "{" else _QUOTE_OR_BRACE
        depth = 1 if opening == "{" else 0
        for mark in pattern.finditer(text, pos + 1, end):
            char = mark.group()
            if char == '"' and depth == 0:
                return text[pos + 1:mark.start()], mark.end()
            depth += 1 if char == "{" else -1
            if depth == 0 and opening == "{":
                return text[pos + 1:mark.start()], mark.end()
            if depth < 0:
                break
        raise _Unsupported
    bare = _BARE.match(text, pos, end)
    if bare is None:
        raise _Unsupported
    return bare.group(), bare.end()


def _with_bibtexparser(text: str, line_offset: int) -> tuple[list[Entry], list[tuple[int, str]]]:
    import logging

    import bibtexparser

    # bibtexparser logs each failed block itself; citecheck reports them as problems instead.
    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    try:  # raw values (no middleware): '#' concatenation and macros are resolved below, as BibTeX does
        library = bibtexparser.parse_string(text, parse_stack=[])
    except Exception as exc:  # a third-party parser: whatever it raises becomes one problem, not a traceback
        return [], [(line_offset + 1, f"cannot parse this file: {type(exc).__name__}: {exc}"[:200])]
    macros: dict[str, str] = {}
    for string in library.strings:
        macros[string.key.lower()] = resolve_value(str(string.value), macros)
    entries, failures = [], [(b.start_line + 1 + line_offset, _reason(b)) for b in library.failed_blocks]
    for e in library.entries:
        line = e.start_line + 1 + line_offset
        # bibtexparser takes "url \n a:" before an "=" for a field name, and a key may run over lines:
        # no BibTeX tool reads either, and a name with line breaks in it breaks every message naming it
        bad = next((name for name in (e.key, *(f.key for f in e.fields)) if not _NAME.fullmatch(name)), None)
        if bad is not None:
            failures.append((line, f"cannot parse {_shown(e.key)}: {_shown(bad)!r} is not a key or field name"))
            continue
        undefined: list[tuple[str, str]] = []
        values = {f.key.lower(): resolve_value(str(f.value), macros, undefined, f.key.lower()) for f in e.fields}
        entries.append(Entry(e.entry_type.lower(), e.key, values, line, undefined))
    return entries, failures


_NAME = re.compile(r"[^\s\"#%'(),={}]+")


def _shown(text: str) -> str:
    """``text`` on one line and at most 40 characters, for a message."""
    return " ".join(text.split())[:40]


# Possessive, as _FAST_FIELD: a plain quantifier keeps a backtracking mark per character (a 12 MB value
# took 1.6 GB), and a value this does not fit is kept whole anyway.
_PART = re.compile(r'\s*+(?:"((?:[^"{}]++|\{(?:[^{}]++|\{[^{}]*+\})*+\})*+)"|([^\s#"{}]++))\s*+(?:#|$)')
_JOIN = re.compile(r"\s*(?:#|$)")


def resolve_value(raw: str, macros: dict[str, str], undefined: list[tuple[str, str]] | None = None,
                  name: str = "") -> str:
    """A raw field value as BibTeX reads it: ``"a" # {b} # macro`` joined, ``@string`` macros expanded
    (an unknown macro, such as a month ``jan``, is kept as its name; one BibTeX does not define either is
    added to ``undefined`` as ``(name, macro)``). A value BibTeX would not accept is kept whole rather than
    guessed at."""
    raw = raw.strip()
    parts, pos = [], 0
    while pos < len(raw):
        while raw[pos].isspace():
            pos += 1
        if raw[pos] == "{":
            end = _closing_brace(raw, pos)
            after = _JOIN.match(raw, end + 1) if end > 0 else None
            if after is None:
                return raw
            parts.append(raw[pos + 1:end])
            pos = after.end()
            continue
        match = _PART.match(raw, pos)
        if match is None:
            return raw
        quoted, bare = match.groups()
        parts.append(quoted if quoted is not None else macros.get(bare.lower(), bare))
        if bare is not None and undefined is not None and is_undefined_macro(bare, macros):
            undefined.append((name, bare))
        pos = match.end()
    return "".join(parts)


def _closing_brace(text: str, start: int) -> int:
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _reason(block) -> str:
    error = getattr(block, "error", None)
    reason = getattr(error, "abort_reason", None) or str(error or "").strip()
    what = _shown(block.raw.lstrip().split(",", 1)[0]) if getattr(block, "raw", None) else "this block"
    return f"cannot parse {what}: {reason.splitlines()[0] if reason else 'syntax error'}"
