"""``citecheck init``: start a references file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from citecheck.cli.common import fail, fail_os

app = typer.Typer()


@app.command("init")
def init(
    path: Annotated[Path, typer.Argument(metavar="PATH", help="The file to create.")] = Path("references.yaml"),
    pyproject: Annotated[bool, typer.Option("--pyproject", help="Also add a [tool.citecheck] table to "
                                                               "./pyproject.toml (created if missing).")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace PATH if it exists.")] = False,
) -> None:
    """Write a commented starter references file (valid as it is: no references yet).

    Examples:

    \b
      citecheck init
      citecheck init refs/article.yaml --pyproject
    """
    from citecheck.errors import CitecheckError
    from citecheck.starter import add_pyproject_table, write_starter

    try:
        write_starter(path, force)
        sys.stderr.write(f"citecheck: wrote {path}\n")
        if pyproject:
            table = Path("pyproject.toml")
            added = add_pyproject_table(table)
            sys.stderr.write(f"citecheck: {'added [tool.citecheck] to' if added else 'kept the [tool.citecheck] of'} "
                             f"{table}\n")
    except CitecheckError as error:
        fail(error)
    except OSError as error:
        fail_os(error)
