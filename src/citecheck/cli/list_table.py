"""The rich table ``citecheck list`` draws on a terminal (rich is imported only here)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from citecheck.cli.table_fit import Column, fit, overhead, shorten
from citecheck.listing import summarise
from citecheck.model import Reference

# Whole: the number, the id and the date; the rest share the width, and go first when it is narrow.
COLUMNS = (
    Column("#"),
    Column("id"),
    Column("authors", weight=2, priority=2),
    Column("title", weight=4, min_width=12),
    Column("container", weight=2, priority=1),
    Column("date", priority=3),
    Column("url or domain", weight=3, words=False, priority=4, min_width=12),
)
STYLES = ("dim", "cyan", "", "", "", "", "blue")


def print_table(refs: list[Reference], title: str, console: Console | None = None, wide: bool = False) -> None:
    """One line per reference, fitted to the terminal; ``wide``: every cell whole, as wide as that takes."""
    console = console or Console()  # honours NO_COLOR and the terminal's width
    rows = []
    for ref in refs:
        row = summarise(ref)
        rows.append((row.footnote, row.id, row.authors, row.title, row.container, row.date,
                     row.url.removeprefix("https://").removeprefix("http://")))
    count = f"{len(refs)} reference" + ("" if len(refs) == 1 else "s")
    table = Table(title=f"{title}: {count}")
    if wide:  # like `ps ww`: nothing cut, the lines as long as the values (for a pager or a file)
        shown = list(range(len(COLUMNS)))
        widths = [max([len(COLUMNS[i].header), *(len(" ".join(row[i].split())) for row in rows)]) for i in shown]
        table_width = sum(widths) + overhead(len(shown))
    else:
        shown, widths = fit(COLUMNS, rows, console.width)
        table_width = console.width
    for i, width in zip(shown, widths):
        table.add_column(shorten(COLUMNS[i].header, width), style=STYLES[i] or None, width=width,
                         no_wrap=True, overflow="ellipsis", justify="right" if i == 0 else "left")
    for row in rows:
        table.add_row(*(shorten(row[i], width, COLUMNS[i].words) for i, width in zip(shown, widths)))
    terminal_width = console.width
    console.width = table_width  # print(width=) can only narrow a table, never widen it past the terminal
    try:
        console.print(table)
    finally:
        console.width = terminal_width
