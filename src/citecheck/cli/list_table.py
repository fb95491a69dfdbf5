"""The rich table ``citecheck list`` draws on a terminal (rich is imported only here)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from citecheck.listing import summarise
from citecheck.model import Reference


def print_table(refs: list[Reference], title: str, console: Console | None = None) -> None:
    console = console or Console()  # honours NO_COLOR and the terminal's width
    table = Table(title=f"{title}: {len(refs)} references", expand=True, show_lines=False)
    table.add_column("#", justify="right", style="dim", no_wrap=True)
    table.add_column("id", style="cyan", no_wrap=True)
    table.add_column("authors", overflow="fold", ratio=2)
    table.add_column("title", overflow="fold", ratio=4)
    table.add_column("container", overflow="fold", ratio=2)
    table.add_column("date", no_wrap=True)
    # One line per URL, cut with an ellipsis: the full address is in --format json/csv.
    table.add_column("url or domain", style="blue", no_wrap=True, overflow="ellipsis", ratio=3, min_width=24)
    for ref in refs:
        row = summarise(ref)
        table.add_row(row.footnote, row.id, row.authors, row.title, row.container, row.date,
                      row.url.removeprefix("https://").removeprefix("http://"))
    console.print(table)
