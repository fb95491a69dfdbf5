"""``citecheck export``: write the references in another format (the writers of citecheck.formats)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck import formats
from citecheck.cli.common import FileOption, completes, fail, load_or_exit, one_of

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
    format: Annotated[str, typer.Option("--format", metavar="FORMAT", callback=one_of(_writable),
                                        autocompletion=completes(_writable), help=_listed(_writable()) + ".")],
    file: FileOption = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
                                               help="Write here (atomically) instead of to stdout.")] = None,
    id_: Annotated[list[str] | None, typer.Option("--id", metavar="ID", help="Only this id (repeatable).")] = None,
    ascii_: Annotated[bool, typer.Option("--ascii", help="BibTeX/BibLaTeX: accented Latin letters as LaTeX "
                                                         "escapes ({\\'e}); other characters stay UTF-8.")] = False,
) -> None:
    """Write the references in another format, for LaTeX, pandoc, Zotero or Wikipedia.

    Examples:

    \b
      citecheck export --format biblatex -o references.bib
      citecheck export --format csl-json --id lavrov2022leaders
      citecheck export --format wikitext > citations.wiki
    """
    from citecheck.errors import UsageError
    from citecheck.gc_pause import collector_paused

    chosen = formats.get(format)
    if ascii_ and "ascii_only" not in chosen.options:
        fail(UsageError(f"--ascii applies to --format {' and '.join(_takes_ascii())} only"))
    # Loading makes millions of objects that live until the export is written. Paused for the whole command
    # (so the loader's own pause does not end as loading returns), the collector never scans them: _export's
    # locals are freed by reference counting before it is back on. That scan cost ~0.5 s at 100k references.
    with collector_paused():
        _export(chosen, file, output, id_, {"ascii_only": True} if ascii_ else {})


def _export(chosen: formats.Format, file: str | None, output: str | None, id_: list[str] | None,
            options: dict) -> None:
    from citecheck.errors import UsageError
    from citecheck.selection import refuse_unknown

    loaded = load_or_exit(file)
    refs = loaded.references
    if id_:
        try:
            refuse_unknown(refs, loaded.path, id_)
        except UsageError as error:
            fail(error)
        refs = [ref for ref in refs if ref.id in set(id_)]
    chunks = chosen.write(refs, **options)  # written a piece at a time: a 100k export never sits whole in memory
    lost = chosen.uncarried(refs)
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
