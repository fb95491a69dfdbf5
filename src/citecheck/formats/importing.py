"""What ``citecheck import`` does besides parsing: choose the format, read the file, merge, write.

Merging never loses a reference silently. An imported reference whose id is taken (by the target or an
earlier imported one) is, by ``--on-duplicate`` (:data:`ON_DUPLICATE`): refused (``error``, the default:
nothing changes unless asked; every clash is named at once), left out (``skip``, named on stderr), merged
into the one there (``update``: the imported fields replace its fields, and fields only it has —
``footnote``, ``printed``, ``archive-url``… which other tools do not write — are kept; named on stderr), or
given the next free ``id-2``, ``id-3``... (``rename``). Appending to a CSL-YAML file adds the new items as
text at the end of its ``references:`` list, laid out as the file lays out its items (indentation, quotes:
:mod:`citecheck.formats.yaml_layout`), so the file's comments and layout stay as they were; updates are
ruamel.yaml edits of the fields that change; when that text would not read back as the old references plus
the new (the list is not last, or is in flow style), a ruamel.yaml round trip extends the list instead.
Nothing is written that does not read back as what was meant. A file in the printed footnote's old
spelling (:mod:`citecheck.load.old_spelling`) has its keys renamed first, so that the new ``printed`` keys
do not turn its ``source`` keys back into CSL's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from citecheck import formats
from citecheck.errors import InputError, InputProblem, UsageError
from citecheck.formats.result import ImportResult, free_id
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

    Its text is freed on return (memory matters at 100k entries), but for a CSL-JSON or CSL-YAML file's: its
    ``lines`` keep it to place a clash of ids when one comes (13 MB for 50k items)."""
    text, chosen, asked = _opened(path, from_, content, options)
    result = chosen.read(text, str(path), **asked)
    if not result.references:
        raise InputError(result.problems or [InputProblem(str(path), 1, 1, "", "no references found in this file")])
    return result


def read_in_halves(path: Path, output: str, from_: str | None = None, *, content: bytes | None = None,
                   append: bool = False, **options: bool) -> ImportResult | None:
    """Import the file at ``path`` into the new file ``output`` in two halves at once (citecheck.formats.halves),
    as :func:`read` then :func:`save` would: the import's problems and notices, its references not kept. None,
    with nothing written, when that cannot be done (a small file, a format read whole, ``append`` to a file
    there, any clash of ids, any error): then :func:`read` and :func:`save` do it, and say what is wrong."""
    from citecheck.forked import SPLIT_AT, can_fork
    from citecheck.formats.halves import written

    if (append and Path(output).exists()) or not can_fork() or not _may_split(path, from_, content):
        return None
    text, chosen, asked = _opened(path, from_, content, options)
    if chosen.entries is None or asked or text.count("@") < SPLIT_AT:  # an entry starts with @: too few to split
        return None
    texts = [text]
    del text  # written frees the whole text once it is cut (memory matters at 100k entries)
    result = written(chosen, texts, str(path), output, output.lower().endswith(".json"))
    if result is not None and append:
        result.notices.append(f"{output}: created (it did not exist)")  # after the reader's, as save says it
    return result


def _may_split(path: Path, from_: str | None, content: bytes | None) -> bool:
    """Whether ``path`` may be worth importing in halves, told before it is read: a regular file (a pipe or
    ``<(...)`` can be read once only) of 10 bytes an entry or more, whose format (by ``--from``, else by its
    suffix) may be one read entry by entry."""
    from citecheck.forked import SPLIT_AT

    try:
        if content is not None or not path.is_file() or path.stat().st_size < 10 * SPLIT_AT:
            return False
    except OSError:
        return False  # the one-process import says what is wrong with it
    if from_:
        return from_ in [found.name for found in formats.readers() if found.entries is not None]
    claimed = [found for found in formats.readers() if path.suffix.lower() in found.suffixes]
    return not claimed or any(found.entries is not None for found in claimed)


def _opened(path: Path, from_: str | None, content: bytes | None, options: dict[str, bool]
            ) -> tuple[str, formats.Format, dict[str, bool]]:
    """The file's text, the format it is read as, and the reader options asked for (UsageError for one the
    format does not take)."""
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
    return text, chosen, asked


_KNOWN_BY_CONTENT = ("bibtex", "biblatex", "csl-json", "csl-yaml", "ris", "wikitext")  # what sniff tells by content


def _refuse_plain_mismatch(path: Path, text: str, asked: str) -> None:
    """InputError when ``--from`` names one format and the content is plainly another (a BibTeX file read as
    RIS would otherwise be fifty lines of 'not a RIS line'), placed at the content's first character. Only
    content citecheck recognises for sure counts: the CSL-YAML fallback and free text never contradict what
    the user asked for."""
    found = sniff(Path(path.name).with_suffix(""), text)  # by content alone
    if asked not in _KNOWN_BY_CONTENT or found in ("csl-yaml", asked) or {asked, found} <= set(_BIB_FAMILY):
        return  # a format sniff cannot see (text, a new reader) is the user's word
    if (asked, found) == ("csl-yaml", "csl-json"):  # JSON is YAML: the YAML reader takes it as it is
        return
    from citecheck.load.text import line_and_column

    first = len(text) - len(text.lstrip())
    raise InputError([InputProblem(str(path), *line_and_column(text, first), "",
                                   f"this looks like {found}, not {asked}; drop --from to read it as {found}")])


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


def check_target(output: str | None, append: bool, force: bool = False) -> None:
    """UsageError for ``--append`` without ``-o``, ``--append`` with ``--force``, or ``-o`` to an existing file
    without either."""
    if append and output is None:
        raise UsageError("--append needs -o FILE: the references file to add to")
    if append and force:
        raise UsageError("--append adds to the -o file and --force replaces it: choose one")
    if force and output is None:
        raise UsageError("--force needs -o FILE: the file to overwrite")
    if output and Path(output).exists() and not (append or force):
        raise UsageError(f"{output} exists; pass --append to add to it, or --force to overwrite it")


#: What ``--on-duplicate`` can do with an imported reference whose id is taken; the first is the default.
ON_DUPLICATE = ("error", "skip", "update", "rename")
_SHOWN = 5  # ids named in a notice before "and N more"


def policy_of(on_duplicate: str | None, rename: bool = False) -> str:
    """The ``--on-duplicate`` policy; ``--rename`` (kept from before the option) is ``--on-duplicate rename``."""
    if rename and on_duplicate not in (None, "rename"):
        raise UsageError(f"--rename is --on-duplicate rename: it cannot go with --on-duplicate {on_duplicate}")
    chosen = "rename" if rename else on_duplicate or ON_DUPLICATE[0]
    if chosen not in ON_DUPLICATE:
        raise UsageError(f"--on-duplicate takes {', '.join(ON_DUPLICATE)}; got {chosen!r}")
    return chosen


@dataclass
class Merge:
    """What merging an import into existing references does."""

    added: list[Reference] = field(default_factory=list)  # new references, in import order (renamed if asked)
    updated: dict[str, Reference] = field(default_factory=dict)  # an existing id -> the reference it becomes
    skipped: list[str] = field(default_factory=list)

    def notices(self, where: str) -> list[str]:
        """One line for what was skipped and one for what was updated (nothing is left out in silence)."""
        said = []
        for verb, ids in (("skipped (id already in use)", self.skipped), ("updated", list(self.updated))):
            if ids:
                shown = ", ".join(ids[:_SHOWN]) + (f" and {len(ids) - _SHOWN} more" if len(ids) > _SHOWN else "")
                said.append(f"{where}: {verb}: {len(ids)} reference{'s' if len(ids) != 1 else ''}: {shown}")
        return said


def combine(existing: list[Reference], imported: list[Reference], policy: str, where: str = "", *,
            source: str = "", lines: dict[int, int] | None = None) -> Merge:
    """``imported`` merged into ``existing`` by ``policy`` (one of :data:`ON_DUPLICATE`); for ``error``, an
    InputError with a line for every clash at its place in ``source`` when ``lines`` (reference index -> line)
    places them all, else a UsageError naming every clash. Clashes within the import itself are treated alike
    (the first one is "there")."""
    taken = {ref.id for ref in existing}
    before = {ref.id: ref for ref in existing}
    merged, clashes = Merge(), []
    added_at: dict[str, int] = {}
    first_at: dict[str, int] = {}  # an imported id -> the index of its first reference
    for index, ref in enumerate(imported):
        first_at.setdefault(ref.id, index)
        if ref.id in taken:
            if policy == "error":
                clashes.append((index, ref.id))
            elif policy == "skip":
                merged.skipped.append(ref.id)
            elif policy == "update":
                if ref.id in added_at:  # an earlier imported one: it takes the later one's fields
                    merged.added[added_at[ref.id]] = updated(merged.added[added_at[ref.id]], ref)
                else:
                    merged.updated[ref.id] = updated(merged.updated.get(ref.id, before[ref.id]), ref)
            else:
                ref = ref.model_copy(update={"id": free_id(ref.id, taken)})
            if policy != "rename":
                continue
        taken.add(ref.id)
        added_at[ref.id] = len(merged.added)
        merged.added.append(ref)
    if clashes:
        _refuse(clashes, first_at, before, where, source, lines or {})
    return merged


_PASS = "pass --on-duplicate skip, update or rename"


def _refuse(clashes: list[tuple[int, str]], first_at: dict[str, int], existing: dict[str, Reference], where: str,
            source: str, lines: dict[int, int]) -> None:
    """The error for ``clashes`` (index, id): one located line each when every one has a line."""
    if source and all(index in lines for index, _ in clashes):
        raise InputError([InputProblem(source, lines[index], 1, "", f"duplicate id {ident!r} ("
                                       + (f"already in {where}" if ident in existing else f"first at line {lines[first_at[ident]]}"
                                          if first_at[ident] in lines else "used earlier in the file") + f"); {_PASS}")
                          for index, ident in clashes])
    raise UsageError(f"{where + ': ' if where else ''}id already in use: {', '.join(ident for _, ident in clashes)} "
                     f"({_PASS})")


def updated(old: Reference, new: Reference) -> Reference:
    """``old`` with every field ``new`` sets taken from ``new``; the fields only ``old`` has are kept."""
    return Reference.model_validate({**old.to_csl(), **new.to_csl()})


def merge(existing: list[Reference], imported: list[Reference], rename: bool | str, where: str = "") -> list[Reference]:
    """The references ``imported`` adds to ``existing`` (clashing ids renamed with ``rename``), or UsageError.
    ``rename`` may also name an :data:`ON_DUPLICATE` policy; "update" is :func:`combine`'s (it changes existing
    references, which this list cannot say)."""
    policy = rename if isinstance(rename, str) else "rename" if rename else "error"
    return combine(existing, imported, policy, where).added


def native_chunks(refs: list[Reference], as_json: bool = False) -> Iterable[str]:
    """citecheck's own references file for ``refs``, a piece at a time: CSL-YAML, or JSON."""
    return formats.get("csl-json" if as_json else "csl-yaml").write(refs, style="native")


def yaml_chunks(refs: list[Reference], comments: dict[str, str] | None = None) -> Iterable[str]:
    """:func:`native_chunks` as CSL-YAML, with ``# comment`` lines above the items ``comments`` names by id."""
    if not comments:
        return native_chunks(refs)
    return [commented("".join(native_chunks(refs)), comments)]


_ITEM = re.compile(r"^([ \t]*)-[ \t]+id: (.+?)[ \t]*$")


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


def save(refs: list[Reference], output: str, append: bool, rename: bool | str,
         comments: dict[str, str] | None = None, notices: list[str] | None = None, *, source: str = "",
         lines: dict[int, int] | None = None) -> None:
    """Write ``refs`` to a new file ``output`` (JSON when it ends in .json; an existing one is replaced), or add
    them to it with ``append`` (``rename``: True, False or an :data:`ON_DUPLICATE` policy); YAML gets
    ``comments`` above the items they name. What was skipped, updated or created is added to ``notices``.
    ``source`` and ``lines`` place a clash of ids in the imported file (see :func:`combine`)."""
    from citecheck.atomic import write_atomic

    as_json = output.lower().endswith(".json")
    if append and not Path(output).exists():
        append = False  # --append to a file not made yet makes it
        if notices is not None:
            notices.append(f"{output}: created (it did not exist)")
    if not append:  # written a chunk at a time: the whole output never sits in memory
        merged = combine([], refs, _policy(rename), source=source, lines=lines)
        chunks = native_chunks(merged.added, True) if as_json else yaml_chunks(
            merged.added, renamed_comments(refs, merged.added, comments or {}))
        write_atomic(output, chunks, verify=lambda written: read_back(written, output))
        if notices is not None:
            notices.extend(merged.notices(output))
        return
    write_atomic(output, appended(output, refs, rename, comments, notices, source=source, lines=lines),
                 verify=lambda written: read_back(written, output))


def read_back(written: Path, output: str) -> None:
    """Refuse to put in place a file citecheck itself would refuse: read ``written`` (the new text of
    ``output``) as ``list`` would, before it replaces anything."""
    from citecheck.errors import CitecheckError
    from citecheck.load.loader import check_references

    try:
        check_references(written.read_bytes(), output)
    except InputError as error:
        first = error.problems[0]
        raise CitecheckError(f"{output}: not written: citecheck could not read back what it was about to write "
                             f"({first.line}:{first.column}: {first.where + ': ' if first.where else ''}"
                             f"{first.message}); the file is as it was") from None


def _policy(rename: bool | str) -> str:
    return rename if isinstance(rename, str) else "rename" if rename else "error"


def appended(output: str, refs: list[Reference], rename: bool | str, comments: dict[str, str] | None = None,
             notices: list[str] | None = None, *, source: str = "", lines: dict[int, int] | None = None) -> str:
    """The text of the references file ``output`` with ``refs`` merged in (``rename``: True, False or an
    :data:`ON_DUPLICATE` policy), checked to read back as meant; new YAML items get ``comments``, and what was
    skipped or updated goes to ``notices``."""
    from citecheck.load import load_references

    existing = load_references(output)
    given = refs
    merged = combine(existing.references, refs, _policy(rename), where=output, source=source, lines=lines)
    refs = merged.added
    if notices is not None:
        notices += merged.notices(output)
        if existing.old_spelling:
            notices.append(f"{output}: written in the new spelling: 'source' beside 'footnote' renamed 'printed' "
                           f"in {existing.old_spelling} reference{'s' if existing.old_spelling != 1 else ''}")
    comments = renamed_comments(given, refs, comments or {})
    wanted = [merged.updated.get(ref.id, ref) for ref in existing.references] + refs
    if existing.format == "json":
        text = "".join(native_chunks(wanted, as_json=True))
        _check_reads_back(text, wanted, output)  # never write a file that does not read back as meant
        return text
    text = existing.text
    if existing.old_spelling:  # 'source' beside 'footnote' becomes 'printed' first: the new items say 'printed'
        from citecheck.load.old_spelling import migrated_yaml

        text = migrated_yaml(text)
    if merged.updated:
        text = _with_updates(text, existing.references, merged.updated)
    base = text
    text = appended_yaml(base, refs) if refs else base  # fast: new lines after the last item
    if not _reads_back(text, wanted):  # (read back and compared: checked)
        from citecheck.formats.csl_yaml import native_dicts
        from citecheck.yaml_edit import append_items

        text = append_items(base, native_dicts(refs))  # the list is not last, or not block style
        _check_reads_back(text, wanted, output)
    return commented(text, comments)


def _with_updates(text: str, existing: list[Reference], updates: dict[str, Reference]) -> str:
    """``text`` with each updated reference's changed fields edited in place (ruamel: comments and quoting kept)."""
    from citecheck.formats.csl_yaml import native_dicts
    from citecheck.yaml_edit import FieldEdit, apply_edits

    olds = {ref.id: ref for ref in existing if ref.id in updates}
    edits = []
    for ident, new in updates.items():
        [before], [after] = native_dicts([olds[ident]]), native_dicts([new])
        edits += [FieldEdit(ident, (key,), value) for key, value in after.items() if before.get(key) != value]
    return apply_edits(text, edits) if edits else text


def _check_reads_back(text: str, refs: list[Reference], output: str) -> None:
    from citecheck.errors import CitecheckError

    if not _reads_back(text, refs):
        raise CitecheckError(f"{output}: the merged file would not read back as its references plus the "
                             "imported ones; nothing was written")


def _reads_back(text: str, refs: list[Reference]) -> bool:
    from citecheck.load import parse_references

    try:
        return parse_references(text).references == refs
    except InputError:
        return False


def appended_yaml(existing_text: str, refs: list[Reference]) -> str:
    """``existing_text`` (a CSL-YAML references file) with ``refs`` added at the end of its list, laid out as
    the file lays out its items."""
    from citecheck.formats.yaml_layout import items_like

    items = items_like(existing_text, refs)
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
