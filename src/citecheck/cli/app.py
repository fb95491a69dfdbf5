"""The ``citecheck`` application: composes one typer app per command."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from citecheck import __version__
from citecheck.cli import (
    audit_command,
    export_command,
    import_command,
    list_command,
    rules_command,
    validate_command,
    verify_links_command,
)

app = typer.Typer(
    name="citecheck",
    help="Keep an article's references correct, alive and portable.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
app.add_typer(list_command.app)
app.add_typer(export_command.app)
app.add_typer(import_command.app)
app.add_typer(validate_command.app)
app.add_typer(rules_command.app)
app.add_typer(audit_command.app)
app.add_typer(verify_links_command.app)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citecheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Keep an article's references correct, alive and portable."""


def run() -> None:
    """Console-script entry point."""
    # pydantic looks up plugins through package metadata on first model build: ~20 ms a CLI never needs.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app()
    except BrokenPipeError:  # `citecheck list | head`: stop quietly, as other Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
