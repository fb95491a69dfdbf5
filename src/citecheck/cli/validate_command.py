"""``citecheck validate``: formatting rules with codes, locations and fixes."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from citecheck.cli.common import ConfigOption, FileOption, completes_list, rule_codes, stdout_is_terminal

app = typer.Typer()

_codes = completes_list(rule_codes)  # --select/--ignore: the rule codes, read when a shell asks


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class Level(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"


@app.command("validate")
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(metavar="FILES", show_default=False,
                                                       help="References files (as pre-commit passes them); "
                                                            "- reads stdin.")] = None,
    file: FileOption = None,
    config: ConfigOption = None,
    format: Annotated[OutputFormat, typer.Option(
        "--format", metavar="FORMAT", help="text (default), json, github or sarif (GitHub code scanning).")] = OutputFormat.text,
    select: Annotated[list[str] | None, typer.Option("--select", metavar="CODES", autocompletion=_codes,
                                                     help="Only these rules (codes or prefixes: CC2,CC401).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", metavar="CODES", autocompletion=_codes,
                                                     help="Skip these rules (codes or prefixes).")] = None,
    severity: Annotated[Level | None, typer.Option("--severity", metavar="LEVEL", help="Lowest severity that fails the run "
                                                   "(exit 1). Default: error, or fail-on in the config.")] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes in place (YAML files only).")] = False,
    unsafe_fixes: Annotated[bool, typer.Option("--unsafe-fixes", help="With --fix or --diff: unsafe fixes too.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Print the fixes as a unified diff; write nothing.")] = False,
    statistics: Annotated[bool, typer.Option("--statistics", help="Print how many findings each rule has, "
                                             "not the findings.")] = False,
    exit_zero: Annotated[bool, typer.Option("--exit-zero", help="Exit 0 even with findings (bad input still "
                                            "exits 2).")] = False,
) -> None:
    """Check the references against the formatting rules (see `citecheck rules`).

    Examples:

    \b
      citecheck validate
      citecheck validate -f data/references.yaml --select CC2 --fix
      citecheck validate --format sarif > citecheck.sarif
      citecheck import article.txt | citecheck validate -

    Exit 0: nothing at or above --severity; 1: findings (or, with --diff, fixes to make); 2: bad
    input or usage.
    """
    from citecheck.cli.common import STDIN, fail, refuse_stdin
    from citecheck.cli.validate_run import run_validate
    from citecheck.errors import CitecheckError
    from citecheck.settings import chosen

    files = _files(paths, file)
    if sum(str(path) == STDIN for path in files) > 1:
        from citecheck.errors import UsageError

        fail(UsageError("- (stdin) given twice: it can be read once"))
    if fix and any(str(path) == STDIN for path in files):
        refuse_stdin(STDIN, "--fix")  # --diff prints the fixes instead
    try:
        settings_file = chosen(config, None) if config else None  # checked once, for every file
    except CitecheckError as error:
        fail(error)
    status = run_validate(
        files, format.value, select, ignore, severity.value if severity else None,
        fix=fix, unsafe=unsafe_fixes, diff=diff, colour=stdout_is_terminal() and format is OutputFormat.text,
        statistics=statistics, exit_zero=exit_zero, settings_file=settings_file,
    )
    raise typer.Exit(int(status))


def _files(paths: list[Path] | None, file: str | None) -> list[Path]:
    from citecheck.cli.common import fail
    from citecheck.errors import CitecheckError
    from citecheck.load import find_references_file

    if paths:
        return list(paths) + ([Path(file)] if file else [])
    if file == "-":
        return [Path(file)]
    try:
        return [find_references_file(file)]
    except CitecheckError as error:
        fail(error)

