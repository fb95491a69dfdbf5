"""Coloured ``validate`` text for terminals (the only place rich is used for it)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from citecheck.rules import output

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def print_coloured(findings, files: int) -> None:
    console = Console(highlight=False, soft_wrap=True)
    for f in findings:
        where = f.id if f.footnote is None else f"{f.id}, footnote {f.footnote}"
        line = Text()
        line.append(f"{f.file}:{f.line}:{f.column}:", style="bold")
        line.append(f" {f.code} ", style="bold magenta")
        line.append(f.severity.value, style=_STYLE[f.severity.value])
        line.append(f" {f.message} ")
        line.append(f"[{where}]", style="dim")
        console.print(line)
    console.print(Text(output.summary(findings, files), style="bold"))
