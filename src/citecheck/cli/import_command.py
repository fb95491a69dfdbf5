"""``citecheck import``: read references from another format (see citecheck.formats) into CSL-YAML."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck.cli.common import completes, fail, fail_os, one_of
from citecheck.status import ExitStatus

app = typer.Typer()


def _readable() -> list[str]:
    from citecheck.formats import readers

    return [found.name for found in readers()]


def _on_duplicate() -> tuple[str, ...]:
    from citecheck.formats.importing import ON_DUPLICATE

    return ON_DUPLICATE


def _from_help() -> str:
    from citecheck.formats import readers

    *first, last = [found.name for found in readers()]
    return f"{', '.join(first)} or {last} (default: guessed from the file)."


@app.command("import")
def import_references(
    source: Annotated[str, typer.Argument(metavar="FILE", help="The file to import; - reads stdin "
                                                               "(give --from, or its format is guessed).")],
    from_: Annotated[str | None, typer.Option("--from", metavar="FORMAT", autocompletion=completes(_readable),
                                              help=_from_help())] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="PATH",
                                               help="Write here (atomically) instead of to stdout: CSL-YAML, "
                                                    "or JSON when PATH ends in .json.")] = None,
    append: Annotated[bool, typer.Option("--append", help="Add to the -o file's references (made if missing).")
                      ] = False,
    on_duplicate: Annotated[str | None, typer.Option(
        "--on-duplicate", metavar="ACTION", show_default=False, callback=one_of(_on_duplicate),
        autocompletion=completes(_on_duplicate),
        help="An imported id already in use: error (refuse them all, the default), skip (leave them out), update "
             "(their fields replace the ones there; footnote, printed, archive fields kept) or rename (id-2, id-3...)."
    )] = None,
    rename: Annotated[bool, typer.Option("--rename", help="Same as --on-duplicate rename.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing -o file.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="--from text: print each footnote's words with the "
                                                            "field each was read as, on stderr.")] = False,
) -> None:
    """Read references from another format and write them as citecheck's CSL-YAML.

    An entry that cannot be read is reported with its line and skipped; the rest are imported and
    the exit status is 1. A file with nothing usable in it exits 2.

    Examples:

    \b
      citecheck import library.bib -o references.yaml
      citecheck import zotero.json -o references.yaml --append --on-duplicate update
      citecheck import article.txt -o references.yaml     (footnotes as printed)
      pbpaste | citecheck import - --from bibtex
    """
    from citecheck.errors import CitecheckError, InputError
    from citecheck.formats import importing
    from citecheck.gc_pause import collector_paused

    try:
        importing.check_target(output, append, force)
        policy = importing.policy_of(on_duplicate, rename)
        with collector_paused():  # a large import allocates millions of objects and makes no cycles
            # A large file straight into a new one goes in two halves at once where it can (the result says
            # only what was said of it); else it is read, then written.
            result = None if output is None else _read_in_halves(importing, source, output, from_, append, explain)
            if result is None:
                result = _read(importing, source, from_, explain)
                _write(importing, result, source, output, append, policy)
    except InputError as error:  # its problems only: the "import it with citecheck import" hint points here
        sys.stderr.write("".join(f"{problem}\n" for problem in error.problems))
        raise typer.Exit(ExitStatus.INPUT_ERROR) from None
    except CitecheckError as error:
        fail(error)
    except OSError as error:
        fail_os(error)
    _said(result)


def _said(result) -> None:
    """The import's notices and problems on stderr; exit 1 when an entry was skipped."""
    sys.stderr.write("".join(f"citecheck: {notice}\n" for notice in result.notices))
    if result.problems:
        sys.stderr.write("".join(f"{problem}\n" for problem in result.problems))
        raise typer.Exit(ExitStatus.FINDINGS)


def _name(source: str) -> str:
    """How messages name ``source`` (stdin is ``<stdin>``)."""
    from citecheck.cli.common import STDIN, STDIN_NAME

    return STDIN_NAME if source == STDIN else source


def _write(importing, result, source: str, output: str | None, append: bool, policy: str) -> None:
    """``result``'s references to ``output`` (stdout when None, CSL-YAML), after its --explain details."""
    if result.details:
        sys.stderr.write(result.details.rstrip("\n") + "\n")
    if output is None:
        combined = importing.combine([], result.references, policy,  # clashes within the file itself
                                     source=_name(source), lines=result.lines)
        result.notices += combined.notices(source)
        merged = combined.added
        sys.stdout.writelines(importing.yaml_chunks(
            merged, importing.renamed_comments(result.references, merged, result.comments)))
    else:
        importing.save(result.references, output, append, policy, result.comments, result.notices,
                       source=_name(source), lines=result.lines)


def _read_in_halves(importing, source: str, output: str, from_: str | None, append: bool, explain: bool):
    """:func:`citecheck.formats.importing.read_in_halves` of ``source`` (``-`` is stdin) into ``output``."""
    from pathlib import Path

    from citecheck.cli.common import STDIN

    if source == STDIN:
        return None  # stdin is read once: the one-process import takes it
    return importing.read_in_halves(Path(source), output, from_, append=append, explain=explain)


def _read(importing, source: str, from_: str | None, explain: bool):
    """The import of ``source``; ``-`` is stdin, named ``<stdin>`` in every message."""
    from pathlib import Path

    from citecheck.cli.common import STDIN, STDIN_NAME, read_stdin

    if source == STDIN:
        return importing.read(Path(STDIN_NAME), from_, content=read_stdin(), explain=explain)
    return importing.read(Path(source), from_, explain=explain)
