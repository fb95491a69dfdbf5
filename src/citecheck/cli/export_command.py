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
    from citecheck.formats import module_for, uncarried

    if ascii_ and format not in (ExportFormat.bibtex, ExportFormat.biblatex):
        fail(UsageError("--ascii applies to --format bibtex and biblatex only"))
    loaded = load_or_exit(file)
    refs = loaded.references
    if id_:
        unknown = sorted(set(id_) - {ref.id for ref in refs})
        if unknown:
            fail(UsageError(f"no reference with id {', '.join(map(repr, unknown))} in {loaded.path}"))
        refs = [ref for ref in refs if ref.id in set(id_)]
    module = module_for(format.value)
    # Formats that can stream (csl-json) are written a piece at a time: a 100k export never sits whole in memory.
    from citecheck.gc_pause import collector_paused

    dump_chunks = getattr(module, "dump_chunks", None)
    if dump_chunks:
        chunks = dump_chunks(refs, ascii_only=ascii_)
    else:
        with collector_paused():
            chunks = [module.dump(refs, ascii_only=ascii_)]
    # A format may count its losses its own, faster way (BibTeX and BibLaTeX: once per entry shape).
    lost = module.uncarried(refs) if hasattr(module, "uncarried") else uncarried(module, refs)
    if lost:
        counts = ", ".join(f"{key} ({n})" for key, n in sorted(lost.items()))
        sys.stderr.write(f"citecheck: {format.value} has no place for: {counts}\n")
    if output is None:
        with collector_paused():
            sys.stdout.writelines(chunks)
        return
    from citecheck.atomic import write_atomic

    try:
        with collector_paused():
            write_atomic(output, chunks)
    except OSError as error:
        fail(UsageError(f"{output}: {error.strerror}"))
