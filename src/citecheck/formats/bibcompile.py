"""Each CSL type's BibTeX/BibLaTeX entry writer, compiled once from the dialect's slots.

An entry's layout (its entry type, which fields in which order, how each is written, what has no
place) depends only on its CSL type and on which variables it sets. A generic writer paid more for
working that out per entry (reading 28 attributes, a shape look-up, a loop with a call per field)
than for writing the values, so each CSL type gets a function that reads only its fields, each
once, and writes the ones set: generated Python source, compiled once per dialect and type, the
way :mod:`dataclasses` builds methods. The source holds nothing from the data, only slot names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import NamedTuple

from citecheck.formats.bibdialect import (
    CARRIED,
    CUSTOM_FIELDS,
    DATE_TEXT_FIELDS,
    DATE_VARS,
    KEYED_ID_FIELD,
    LINE_VARS,
    LIST_FIELDS,
    NAME_VARS,
    TITLE_VARS,
    VERBATIM_VARS,
    Dialect,
)
from citecheck.formats.bibroles import LETTERED, ROLE_VARIABLES
from citecheck.vocabulary import python_name

_SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}
#: Lines written before a field's own: biblatex links an eprint by its type.
_BEFORE = {"eprint": f"  {'eprinttype':<12} = {{pubmed}},\n"}
#: What a writer is given besides the value (see bibvalues.ValueWriters).
_EXTRA_ARGUMENT = {"title": ", ref.language", "note_with_access": ", ref.accessed"}
# text_seen: text's remembered values, read inline; roles: BibLaTeX's name roles (bibroles)
WRITERS = ("names", "title", "text", "verbatim", "date", "language", "number", "year_month_day",
           "note_with_access", "escape", "text_seen", "list_text", "date_field", "roles", "note_fields",
           "lines_text")


class Layout(NamedTuple):
    entry_type: str
    fields: tuple[tuple[str, str, str, str], ...]  # (CSL variable, "  name = {", writer, "},\n")
    access_note: bool  # BibTeX: an access date without a note becomes the note
    tail: str  # the entrysubtype line, if any
    lost: tuple[str, ...]  # the carried variables this entry type has no field for


def branches(dialect: Dialect, csl_type: str) -> list[tuple[tuple[tuple[str, ...], ...], Layout]]:
    """``(required variables, layout)`` in the order tried; the last one requires nothing (see Dialect.entry_type)."""
    chosen = dialect.entry_types.get(csl_type, "misc")
    needs = dialect.required.get(chosen, ())
    found = [(needs, layout(dialect, csl_type, chosen))]
    if needs:
        found.append(((), layout(dialect, csl_type, "misc")))
    return found


def layout(dialect: Dialect, csl_type: str, entry_type: str) -> Layout:
    bibtex = dialect.name == "bibtex"
    fields, lost, taken = [], [], set()
    for variable in CARRIED:
        if bibtex and variable == "accessed":
            continue  # BibTeX has no access-date field: it ends the note
        name = dialect.slot(variable, entry_type)
        if name is None or name in taken:  # one field, one value: the variable written first keeps it
            lost.append(variable)
            continue
        taken.add(name)
        writer = "list_text" if not bibtex and name in LIST_FIELDS else _writer(variable, bibtex)
        if not bibtex and variable in DATE_TEXT_FIELDS:  # a date biber cannot read goes to a custom field
            writer = f"date_field:{name}:{DATE_TEXT_FIELDS[variable]}"
        prefix, suffix = ("", "") if writer in ("year_month_day",) or writer.startswith("date_field") else \
            (f"  {name:<12} = ", ",\n") if writer == "number" else (f"  {name:<12} = {{", "},\n")
        fields.append((variable, _BEFORE.get(name, "") + prefix, writer, suffix))
    subtype = _SUBTYPES.get(csl_type) if entry_type == "article" else None
    subtype = subtype or (csl_type if dialect.csl_type(entry_type) != csl_type else None)
    tail = f"  {'entrysubtype':<12} = {{{subtype}}},\n" if subtype else ""
    return Layout(entry_type, tuple(fields), bibtex and dialect.slot("note", entry_type) is not None, tail,
                  tuple(lost))


def _writer(variable: str, bibtex: bool) -> str:
    """The :class:`~bibvalues.ValueWriters` method that writes ``variable``."""
    if variable in NAME_VARS:
        return "names"
    if variable in TITLE_VARS:
        return "title"
    if variable in VERBATIM_VARS:
        return "verbatim"
    if variable in DATE_VARS:
        return "year_month_day" if bibtex and variable == "issued" else "date"
    if variable in LINE_VARS:  # its lines end in \par; BibTeX: the access date goes at a note's end
        return "note_with_access" if bibtex and variable == "note" else "lines_text"
    return {"language": "language", "footnote": "number"}.get(variable, "text")


def _is_set(variables: tuple[str, ...]) -> str:
    return " or ".join(f"ref.{python_name(v)} is not None" for v in variables)


def _condition(needs: tuple[tuple[str, ...], ...]) -> str:
    return " and ".join(f"({_is_set(alternatives)})" for alternatives in needs)


_ID_LINE = f"  {CUSTOM_FIELDS['id']:<12} = {{"
_KEYED_ID_LINE = f"  {KEYED_ID_FIELD:<12} = {{"
_NOTE_LINE = f"  {'note':<12} = {{"


def _entry_lines(found: Layout, roles: bool = False) -> list[str]:
    head = "@" + found.entry_type + "{"
    lines = [f"parts = [{head!r}, key, ',\\n']"]
    for variable, prefix, writer, suffix in found.fields:
        if variable == "note":  # its "name: value" lines of a field this entry has no other value for: that field
            lines += ["note = ref.note", "if note is not None and ': ' in note:",
                      f"    note, moved = note_fields(note, {found.entry_type!r}, {_is_set(ROLE_VARIABLES)})",
                      "value = note"]
        else:
            lines.append(f"value = ref.{python_name(variable)}")
        lines += ["if value is not None:", f"    parts += ({prefix!r}, {_call(writer)}, {suffix!r})"]
    if roles:  # BibLaTeX: CSL's compiler, director... in editora.. with their editoratype (bibroles)
        editor = any(prefix.lstrip().startswith("editor ") for _, prefix, _, _ in found.fields)
        lines += [f"if {_is_set(ROLE_VARIABLES)}:",  # seldom: the call is made only then
                  f"    parts += roles(ref, {'ref.editor is None' if editor else 'False'}, "
                  f"{found.entry_type in LETTERED})"]
    if any(variable == "note" for variable, _, _, _ in found.fields):
        lines[1:1] = ["moved = ()"]
        lines.append("parts += moved")
    if found.access_note:
        lines += ["if note is None and ref.accessed is not None and ref.accessed.isoformat().strip():",
                  f"    parts += ({_NOTE_LINE!r}, note_with_access(None, ref.accessed), '}},\\n')"]
    if found.tail:
        lines.append(f"parts.append({found.tail!r})")
    lines += ["if key == ref.citation_key:  # the key is the user's; the id comes back beside it",
              f"    parts += ({_KEYED_ID_LINE!r}, escape(ref.id), '}},\\n')",
              "elif key != ref.id:  # the id, kept for the round trip (never --ascii: it is an identifier)",
              f"    parts += ({_ID_LINE!r}, escape(ref.id), '}},\\n')",
              "parts.append('}\\n')", "return ''.join(parts)"]
    return lines


def written_fields(dialect: Dialect, entry_type: str) -> frozenset[str]:
    """Every field citecheck's writer can give an entry of ``entry_type``: a note line never becomes one."""
    found = layout(dialect, dialect.csl_type(entry_type), entry_type)
    names = {"note", "entrysubtype", CUSTOM_FIELDS["id"], KEYED_ID_FIELD}
    for _, prefix, writer, _ in found.fields:
        names.update(_FIELD_NAME.findall(prefix))
        if writer.startswith("date_field:"):
            names.update(writer.split(":")[1:])
        elif writer == "year_month_day":
            names.update(("year", "month", "day"))
    return frozenset(names)


_FIELD_NAME = re.compile(r"^ +(\w+) *=", re.MULTILINE)


def _call(writer: str) -> str:
    if writer == "text":  # the most common writer: a hit costs a look-up, not a call
        return "text_seen.get(value) or text(value)"
    writer, *arguments = writer.split(":")  # "date_field:date:lista": the writer, then its field names
    extra = "".join(f", {argument!r}" for argument in arguments)
    return f"{writer}(value{_EXTRA_ARGUMENT.get(writer, '')}{extra})"


def _lost_lines(found: Layout) -> list[str]:
    return [f"if ref.{python_name(v)} is not None: counts[{v!r}] += 1" for v in found.lost] + ["return"]


def _source(head: str, dialect: Dialect, csl_type: str, body: Callable[[Layout], list[str]]) -> list[str]:
    """``head`` then, per branch of :func:`branches`, its condition and ``body`` (indented under ``head``)."""
    indent = " " * (len(head) - len(head.lstrip()) + 4)
    lines = [head]
    for needs, found in branches(dialect, csl_type):
        if needs:
            lines.append(f"{indent}if {_condition(needs)}:")
        lines += [(indent + "    " if needs else indent) + line for line in body(found)]
    return lines


_COMPILED: dict[tuple[str, str, str], Callable] = {}


def entry_factory(dialect: Dialect, csl_type: str) -> Callable[..., Callable]:
    """``make(*writers)`` (in :data:`WRITERS` order) -> ``write_entry(ref, key) -> str``."""
    key = ("entry", dialect.name, csl_type)
    if key not in _COMPILED:
        lines = [f"def make({', '.join(WRITERS)}):",
                 *_source("    def write_entry(ref, key):", dialect, csl_type,
                          partial(_entry_lines, roles=dialect.name == "biblatex")), "    return write_entry"]
        _COMPILED[key] = _compiled(lines, "make", f"{dialect.name} entry writer for {csl_type}")
    return _COMPILED[key]


def lost_counter(dialect: Dialect, csl_type: str) -> Callable[[object, dict[str, int]], None]:
    """``count_lost(ref, counts)``: adds 1 for each variable set in ``ref`` that its entry type has no field for."""
    key = ("lost", dialect.name, csl_type)
    if key not in _COMPILED:
        lines = _source("def count_lost(ref, counts):", dialect, csl_type, _lost_lines)
        _COMPILED[key] = _compiled(lines, "count_lost", f"{dialect.name} lost-field counter for {csl_type}")
    return _COMPILED[key]


def _compiled(lines: list[str], name: str, label: str) -> Callable:
    namespace: dict = {}
    # Generated from slot and field names only (never from the data), as dataclasses builds methods.
    exec(compile("\n".join(lines) + "\n", f"<citecheck {label}>", "exec"), namespace)  # noqa: S102
    return namespace[name]


def sets_any(keys: tuple[str, ...]) -> Callable[[object], bool]:
    """``sets_any(ref)``: whether ``ref`` sets any of ``keys``; compiled, it reads each attribute in half
    the time :func:`operator.attrgetter` does (every reference is asked, about keys none sets)."""
    lines = ["def sets_any(ref):", "    return not (" + " and ".join(f"ref.{python_name(k)} is None" for k in keys) + ")"]
    return _compiled(lines, "sets_any", "test for " + ", ".join(keys[:3]) + "...")
