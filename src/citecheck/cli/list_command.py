"""``citecheck list``: show the references."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from citecheck.cli.common import (ConfigOption, FileOption, completes, completes_ids, fail, load_or_exit,
                                  one_file, one_of, settings_or_exit, stdout_is_terminal)
from citecheck.settings import LIST_FORMATS as FORMATS

app = typer.Typer()


@app.command("list")
def list_references(
    source: Annotated[str | None, typer.Argument(metavar="FILE", show_default=False,
                                                 help="References file (as --file); - reads stdin.")] = None,
    file: FileOption = None,
    config: ConfigOption = None,
    format: Annotated[str | None, typer.Option(
        "--format", metavar="FORMAT", callback=one_of(FORMATS), autocompletion=completes(FORMATS),
        show_default=False, help="table (default), json, csv or yaml; setting list.format.")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", metavar="TYPE", show_default=False,
                                                    help="Only this CSL type (repeatable).")] = None,
    search: Annotated[str | None, typer.Option("--search", metavar="TEXT", show_default=False,
                                               help="Only references containing TEXT.")] = None,
    id_: Annotated[list[str] | None, typer.Option("--id", metavar="ID", show_default=False,
                                                  autocompletion=completes_ids,
                                                  help="Only this id (repeatable).")] = None,
    wide: Annotated[bool | None, typer.Option("--wide/--no-wide", show_default=False,
                                              help="Table: every value whole, lines as long as it takes; "
                                                   "setting list.wide.")] = None,
) -> None:
    """Show the references: a table on a terminal, plain text in a pipe, or JSON/CSV/YAML.

    Examples:

    \b
      citecheck list
      citecheck list --search china --format json
      citecheck list --type article-newspaper --wide | less -S
      citecheck export --format csl-json | citecheck list -
    """
    from citecheck.gc_pause import collector_paused

    # As in export: paused for the whole command, the collector never walks the loaded references while
    # JSON or YAML is written (at 100k references that walk took longer than the writing).
    with collector_paused():
        _list(one_file(source, file), format, type_ or (), search, id_ or (), wide, config)


def _list(file: str | None, format: str | None, types, search: str | None, ids, wide: bool | None = None,
          config: str | None = None) -> None:
    from citecheck import listing

    loaded = load_or_exit(file)
    chosen = settings_or_exit(config, loaded.path).of("list")  # a flag wins over the file
    format = format or chosen["format"]
    wide = chosen["wide"] if wide is None else wide
    _refuse_unknown(loaded, types, ids)
    refs = listing.select(loaded.references, types, search, ids)
    if format == "table":
        if stdout_is_terminal():
            from citecheck.cli.list_table import print_table

            print_table(refs, title=str(loaded.path), wide=wide)
        else:
            sys.stdout.write(listing.to_text(refs))
        return
    if format == "csv":
        sys.stdout.write(listing.to_csv(refs))
        return
    sys.stdout.writelines(listing.chunks(refs, format))  # JSON and YAML: export's writers


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
