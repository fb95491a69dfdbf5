"""The rich table ``citecheck list`` draws on a terminal (rich is imported only here)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from citecheck.listing import summarise
from citecheck.model import Reference


def print_table(refs: list[Reference], title: str) -> None:
    console = Console()  # honours NO_COLOR and the terminal's width
    table = Table(title=f"{title}: {len(refs)} references", expand=True, show_lines=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("id", style="cyan", overflow="fold", max_width=28)
    table.add_column("authors", overflow="fold", ratio=2)
    table.add_column("title", overflow="fold", ratio=4)
    table.add_column("container", overflow="fold", ratio=2)
    table.add_column("date", no_wrap=True)
    table.add_column("url or domain", style="blue", overflow="fold", ratio=3)
    for ref in refs:
        row = summarise(ref)
        table.add_row(row.footnote, row.id, row.authors, row.title, row.container, row.date, row.url,
                      style=None)
    console.print(table)
