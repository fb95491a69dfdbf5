"""``citecheck list``: show the references."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from citecheck.cli.common import FileOption, completes, fail, load_or_exit, one_of, stdout_is_terminal

app = typer.Typer()


class ListFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    yaml = "yaml"


FORMATS = tuple(choice.value for choice in ListFormat)

@app.command("list")
def list_references(
    file: FileOption = None,
    format: Annotated[str, typer.Option(
        "--format", metavar="FORMAT", callback=one_of(FORMATS), autocompletion=completes(FORMATS),
        help="table (default), json, csv or yaml.")] = "table",
    type_: Annotated[list[str] | None, typer.Option("--type", metavar="TYPE", show_default=False,
                                                    help="Only this CSL type (repeatable).")] = None,
    search: Annotated[str | None, typer.Option("--search", metavar="TEXT", show_default=False,
                                               help="Only references containing TEXT.")] = None,
    id_: Annotated[list[str] | None, typer.Option("--id", metavar="ID", show_default=False,
                                                  help="Only this id (repeatable).")] = None,
    wide: Annotated[bool, typer.Option("--wide", help="Table: every value whole, lines as long as it takes.")] = False,
) -> None:
    """Show the references: a table on a terminal, plain text in a pipe, or JSON/CSV/YAML.

    Examples:

    \b
      citecheck list
      citecheck list --search china --format json
      citecheck list --type article-newspaper --wide | less -S
    """
    from citecheck.gc_pause import collector_paused

    # As in export: paused for the whole command, the collector never walks the loaded references while
    # JSON or YAML is written (at 100k references that walk took longer than the writing).
    with collector_paused():
        _list(file, ListFormat(format), type_ or (), search, id_ or (), wide)


def _list(file: str | None, format: ListFormat, types, search: str | None, ids, wide: bool = False) -> None:
    from citecheck import listing

    loaded = load_or_exit(file)
    _refuse_unknown(loaded, types, ids)
    refs = listing.select(loaded.references, types, search, ids)
    if format is ListFormat.table:
        if stdout_is_terminal():
            from citecheck.cli.list_table import print_table

            print_table(refs, title=str(loaded.path), wide=wide)
        else:
            sys.stdout.write(listing.to_text(refs))
        return
    if format is ListFormat.csv:
        sys.stdout.write(listing.to_csv(refs))
        return
    sys.stdout.writelines(listing.chunks(refs, format.value))  # JSON and YAML: export's writers


def _refuse_unknown(loaded, types, ids) -> None:
    """A --type that is no CSL type, or an --id no reference has, is a usage error (a typo, not a filter)."""
    from citecheck.errors import UsageError
    from citecheck.selection import refuse_unknown
    from citecheck.vocabulary import ITEM_TYPES

    for item_type in types:
        if item_type not in ITEM_TYPES:
            from citecheck.load.translate import suggest  # the error path only: it brings PyYAML (~10 ms)

            fail(UsageError(f"--type {item_type!r} is not a CSL type{suggest(item_type, ITEM_TYPES)}"))
    try:
        refuse_unknown(loaded.references, loaded.path, ids)
    except UsageError as error:
        fail(error)
