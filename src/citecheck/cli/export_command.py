"""``citecheck export``: write the references in another format (the writers of citecheck.formats)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Annotated

import typer

from citecheck import formats
from citecheck.cli.common import (STDIN, ConfigOption, FileOption, completes, completes_ids, fail, load_or_exit,
                                  one_file, one_of, say_notices, settings_or_exit)

app = typer.Typer()


def _writable() -> list[str]:
    """The --format choices: the formats with a writer, in the registry's order."""
    return [found.name for found in formats.writers()]


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)


def _takes_ascii() -> list[str]:
    return [found.name for found in formats.writers() if "ascii_only" in found.options]


@app.command("export")
def export(
    source: Annotated[str | None, typer.Argument(metavar="FILE", show_default=False,
                                                 help="References file (as --file); - reads stdin.")] = None,
    format: Annotated[str | None, typer.Option(
        "--format", metavar="FORMAT", callback=one_of(_writable), autocompletion=completes(_writable),
        show_default=False, help=_listed(_writable()) + "; setting export.format.")] = None,
    file: FileOption = None,
    config: ConfigOption = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
                                               help="Write here (atomically) instead of to stdout.")] = None,
    id_: Annotated[list[str] | None, typer.Option("--id", metavar="ID", autocompletion=completes_ids,
                                                  help="Only this id (repeatable).")] = None,
    ascii_: Annotated[bool | None, typer.Option("--ascii/--no-ascii", show_default=False,
                                                help="BibTeX/BibLaTeX: accented Latin letters as LaTeX escapes "
                                                     "({\\'e}); other characters stay UTF-8. Setting export.ascii.")] = None,
) -> None:
    """Write the references in another format, for LaTeX, pandoc, Zotero or Wikipedia.

    Examples:

    \b
      citecheck export --format biblatex -o references.bib
      citecheck export --format csl-json --id lavrov2022leaders
      citecheck export --format wikitext > citations.wiki
      citecheck import library.bib | citecheck export - --format csl-json
    """
    from citecheck.gc_pause import collector_paused

    # Loading makes millions of objects that live until the export is written. Paused for the whole command
    # (so the loader's own pause does not end as loading returns), the collector never scans them: _export's
    # locals are freed by reference counting before it is back on. That scan cost ~0.5 s at 100k references.
    with collector_paused():
        _export(format, one_file(source, file), output, id_, ascii_, config)


def _chosen(format: str | None, ascii_: bool | None, given: dict) -> tuple[formats.Format, dict]:
    """The format and writer options: the flags, else the settings' export table; UsageError when neither
    names one."""
    from citecheck.errors import UsageError

    format = format or given["format"]
    if format is None:
        raise UsageError(f"--format FORMAT is needed ({_listed(_writable())}), or export.format in the settings")
    chosen = formats.get(format)
    if ascii_ is None:  # the setting is for the formats that take it: a csl-json export just ignores it
        ascii_ = given["ascii"] and "ascii_only" in chosen.options
    if ascii_ and "ascii_only" not in chosen.options:
        raise UsageError(f"--ascii applies to --format {' and '.join(_takes_ascii())} only")
    return chosen, {"ascii_only": True} if ascii_ else {}


def _export(format: str | None, file: str | None, output: str | None, id_: list[str] | None,
            ascii_: bool | None, config: str | None) -> None:
    from citecheck.errors import UsageError
    from citecheck.selection import refuse_unknown

    halves = None if id_ else _in_halves(format, file, ascii_, config)
    if halves is not None:
        chosen, done = halves
        say_notices(done.notices)
        _written(chosen, done.chunks, done.lost, output)
        return
    loaded = load_or_exit(file)
    try:
        chosen, options = _chosen(format, ascii_, settings_or_exit(config, loaded.path).of("export"))
    except UsageError as error:
        fail(error)
    refs = loaded.references
    if id_:
        try:
            refuse_unknown(refs, loaded.path, id_)
        except UsageError as error:
            fail(error)
        refs = [ref for ref in refs if ref.id in set(id_)]
    chunks = chosen.write(refs, **options)  # written a piece at a time: a 100k export never sits whole in memory
    _written(chosen, chunks, chosen.uncarried(refs), output)


def _in_halves(format: str | None, file: str | None, ascii_: bool | None, config: str | None):
    """``(format, Exported)`` of a large export done in two halves at once (citecheck.formats.export_halves), or
    None: then the export is done in one process, which says whatever is wrong (a missing file, a bad setting,
    an invalid reference) as always."""
    from citecheck import settings
    from citecheck.errors import CitecheckError
    from citecheck.formats.export_halves import exported
    from citecheck.load import find_references_file

    if file == STDIN:
        return None
    try:
        path = find_references_file(file)
        chosen, options = _chosen(format, ascii_, settings.load(config, path).of("export"))
    except CitecheckError:
        return None
    done = exported(path, chosen, options)
    return None if done is None else (chosen, done)


def _written(chosen: formats.Format, chunks: Iterable[str], lost: dict[str, int], output: str | None) -> None:
    """Say what ``chosen`` has no place for, then write ``chunks`` to ``output`` (atomically) or stdout."""
    from citecheck.errors import UsageError

    if lost:
        counts = ", ".join(f"{key} ({n})" for key, n in sorted(lost.items()))
        sys.stderr.write(f"citecheck: {chosen.name} has no place for: {counts}\n")
    if output is None:
        sys.stdout.writelines(chunks)
        return
    from citecheck.atomic import write_atomic

    try:
        write_atomic(output, chunks)
    except OSError as error:
        fail(UsageError(f"{output}: {error.strerror}"))
