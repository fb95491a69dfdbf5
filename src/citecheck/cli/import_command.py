"""``citecheck import``: read BibTeX, BibLaTeX, CSL-JSON, CSL-YAML, RIS or wikitext into CSL-YAML."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck.cli.common import fail, fail_os
from citecheck.status import ExitStatus

app = typer.Typer()


@app.command("import")
def import_references(
    source: Annotated[str, typer.Argument(metavar="FILE", help="The file to import.")],
    from_: Annotated[str | None, typer.Option("--from", metavar="FORMAT", help="bibtex, biblatex, csl-json, "
                                              "csl-yaml, ris or wikitext (default: guessed from the file).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
                                               help="Write here (atomically) instead of to stdout: CSL-YAML, "
                                                    "or JSON when PATH ends in .json.")] = None,
    append: Annotated[bool, typer.Option("--append", help="Add to the -o file's references.")] = False,
    rename: Annotated[bool, typer.Option("--rename", help="Give clashing ids a free id-2, id-3... "
                                                          "instead of refusing them.")] = False,
) -> None:
    """Read references from another format and write them as citecheck's CSL-YAML.

    An entry that cannot be read is reported with its line and skipped; the rest are imported and
    the exit status is 1. A file with nothing usable in it exits 2.

    Example: citecheck import library.bib -o references.yaml --append
    """
    from pathlib import Path

    from citecheck.errors import CitecheckError, InputError, UsageError
    from citecheck.gc_pause import collector_paused

    path = Path(source)
    try:
        if append and output is None:
            raise UsageError("--append needs -o FILE: the references file to add to")
        if output and Path(output).exists() and not append:
            raise UsageError(f"{output} exists; pass --append to add to it")
        with collector_paused():  # a large import allocates millions of objects and makes no cycles
            result = _read(path, from_)
            if not result.references:
                raise InputError(result.problems or [_nothing(path)])
            _write(result.references, output, append, rename)
    except CitecheckError as error:
        fail(error)
    except OSError as error:
        fail_os(error)
    if result.problems:
        sys.stderr.write("".join(f"{problem}\n" for problem in result.problems))
        raise typer.Exit(ExitStatus.FINDINGS)


def _read(path, from_: str | None):
    """The import result of ``path`` (its text is freed on return: memory matters at 100k entries)."""
    from citecheck.formats import importing, module_for

    text = _text(path.read_bytes(), str(path))
    fmt = importing.check_format(from_) if from_ else importing.sniff(path, text)
    return module_for(fmt).load(text, str(path))


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


def _nothing(path):
    from citecheck.errors import InputProblem

    return InputProblem(str(path), 1, 1, "", "no references found in this file")


def _native_json(refs) -> str:
    """citecheck's references file as JSON: CSL-JSON with footnote and archive fields beside CSL's."""
    return "".join(_native_json_chunks(refs))


def _native_json_chunks(refs):
    from citecheck.formats.csl_json import item_chunks, native_items

    return item_chunks(native_items(refs))


def _write(refs, output: str | None, append: bool, rename: bool) -> None:
    from citecheck.atomic import write_atomic
    from citecheck.formats import importing
    from citecheck.formats.csl_yaml import dump_native_chunks
    from citecheck.load import load_references, parse_references

    if output is None:
        sys.stdout.writelines(dump_native_chunks(importing.merge([], refs, rename)))
        return
    if not append:  # written a chunk at a time: the whole output never sits in memory
        refs = importing.merge([], refs, rename)
        write_atomic(output, _native_json_chunks(refs) if output.lower().endswith(".json")
                     else dump_native_chunks(refs))
        return
    existing = load_references(output)
    refs = importing.merge(existing.references, refs, rename)
    if existing.format == "json":
        text = _native_json(existing.references + refs)
        parse_references(text, output)  # never write a file citecheck could not read back
    else:
        text = importing.appended_yaml(existing.text, refs)  # fast: new lines after the last item
        if not _reads_back(text, existing.references + refs):  # (read back and compared: checked)
            from citecheck.formats.csl_yaml import native_dicts
            from citecheck.yaml_edit import append_items

            text = append_items(existing.text, native_dicts(refs))  # the list is not last, or not block style
            parse_references(text, output)
    write_atomic(output, text)


def _reads_back(text: str, refs) -> bool:
    from citecheck.errors import InputError
    from citecheck.load import parse_references

    try:
        return parse_references(text).references == refs
    except InputError:
        return False
