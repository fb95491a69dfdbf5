"""``citecheck rules``: list the validation rules, or print one rule's documentation."""

from __future__ import annotations

import inspect
import sys
from typing import Annotated

import typer

app = typer.Typer()


@app.command("rules")
def rules(
    code: Annotated[str | None, typer.Argument(metavar="CODE", help="A rule code or name: print its doc.")] = None,
) -> None:
    """List every rule (code, name, default severity, fix), or document one.

    Examples:

    \b
      citecheck rules
      citecheck rules CC201
      citecheck rules trailing-punctuation
    """
    from citecheck.rules import all_rules, get

    if code is None:
        rows = [(r.code, r.name, r.severity.value, r.fixable.value if r.fixable.value != "none" else "-")
                for r in all_rules()]
        widths = [max(len(row[i]) for row in rows + [("code", "name", "severity", "fix")]) for i in range(3)]
        for row in [("code", "name", "severity", "fix")] + rows:
            sys.stdout.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths)) + f"  {row[3]}\n")
        return
    try:
        rule = get(code)
    except KeyError:
        sys.stderr.write(f"citecheck: no such rule: {code!r} (see `citecheck rules`)\n")
        raise typer.Exit(2) from None
    fix = {"none": "no fix", "safe": "safe fix", "unsafe": "unsafe fix"}[rule.fixable.value]
    sys.stdout.write(f"{rule.code} {rule.name} ({rule.severity.value}, {fix})\n\n{inspect.getdoc(rule)}\n")
