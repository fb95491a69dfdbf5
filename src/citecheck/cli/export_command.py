"""``citecheck export``: write the references as BibTeX, BibLaTeX, CSL-JSON, CSL-YAML, RIS or wikitext."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from citecheck.cli.common import FileOption, fail, load_or_exit

app = typer.Typer()


class ExportFormat(str, Enum):
    bibtex = "bibtex"
    biblatex = "biblatex"
    csl_json = "csl-json"
    csl_yaml = "csl-yaml"
    ris = "ris"
    wikitext = "wikitext"


@app.command("export")
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="bibtex, biblatex, csl-json, csl-yaml, ris or wikitext.")],
    file: FileOption = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
                                               help="Write here (atomically) instead of to stdout.")] = None,
    id_: Annotated[list[str] | None, typer.Option("--id", metavar="ID", help="Only this id (repeatable).")] = None,
    ascii_: Annotated[bool, typer.Option("--ascii", help="BibTeX/BibLaTeX: accented Latin letters as LaTeX "
                                                         "escapes ({\\'e}); other characters stay UTF-8.")] = False,
) -> None:
    """Write the references in another format, for LaTeX, pandoc, Zotero or Wikipedia.

    Example: citecheck export --format biblatex -o references.bib
    """
    from citecheck.errors import UsageError
    from citecheck.gc_pause import collector_paused

    if ascii_ and format not in (ExportFormat.bibtex, ExportFormat.biblatex):
        fail(UsageError("--ascii applies to --format bibtex and biblatex only"))
    # Loading makes millions of objects that live until the export is written. Paused for the whole command
    # (so the loader's own pause does not end as loading returns), the collector never scans them: _export's
    # locals are freed by reference counting before it is back on. That scan cost ~0.5 s at 100k references.
    with collector_paused():
        _export(format, file, output, id_, ascii_)


def _export(format: ExportFormat, file: str | None, output: str | None, id_: list[str] | None, ascii_: bool) -> None:
    from citecheck.errors import UsageError
    from citecheck.formats import module_for, uncarried
    from citecheck.selection import refuse_unknown

    loaded = load_or_exit(file)
    refs = loaded.references
    if id_:
        try:
            refuse_unknown(refs, loaded.path, id_)
        except UsageError as error:
            fail(error)
        refs = [ref for ref in refs if ref.id in set(id_)]
    module = module_for(format.value)
    # Formats that can stream (csl-json, BibTeX) are written a piece at a time: a 100k export never sits whole
    # in memory.
    dump_chunks = getattr(module, "dump_chunks", None)
    chunks = dump_chunks(refs, ascii_only=ascii_) if dump_chunks else [module.dump(refs, ascii_only=ascii_)]
    # A format may count its losses its own, faster way (BibTeX and BibLaTeX: once per CSL type).
    lost = module.uncarried(refs) if hasattr(module, "uncarried") else uncarried(module, refs)
    if lost:
        counts = ", ".join(f"{key} ({n})" for key, n in sorted(lost.items()))
        sys.stderr.write(f"citecheck: {format.value} has no place for: {counts}\n")
    if output is None:
        sys.stdout.writelines(chunks)
        return
    from citecheck.atomic import write_atomic

    try:
        write_atomic(output, chunks)
    except OSError as error:
        fail(UsageError(f"{output}: {error.strerror}"))
