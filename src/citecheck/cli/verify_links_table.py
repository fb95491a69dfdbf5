"""verify-links on a terminal: a progress bar on stderr and a rich table grouped by class."""

from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from citecheck.cli.table_fit import Column, fit, shorten
from citecheck.links import report

STYLES = {
    "dead": "bold red",
    "broken": "red",
    "soft-404": "red",
    "server-error": "magenta",
    "timeout": "yellow",
    "dns-error": "yellow",
    "connection-error": "yellow",
    "tls-error": "yellow",
    "blocked": "cyan",
    "redirected": "blue",
    "ok": "green",
}


@contextmanager
def progress(total: int):
    """A progress bar on stderr; yields the callback verify() calls per finished link."""
    bar = Progress(
        TextColumn("checking links"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    with bar:
        task = bar.add_task("links", total=total)
        yield lambda result: bar.advance(task)


# Whole: class, number, id and state; the URL and the detail share the rest (the detail goes first).
COLUMNS = (
    Column("class"),
    Column("#"),
    Column("id"),
    Column("url", weight=3, words=False, priority=2, min_width=12),
    Column("state"),
    Column("detail", weight=4, priority=1, min_width=10),
    Column("archive", weight=2, words=False, priority=3, min_width=12),
)


def print_table(results, dead_after: int, console: Console | None = None) -> None:
    """One line per link, grouped by class (most urgent first), fitted to the terminal; the archive column only
    when a snapshot was found."""
    console = console or Console()
    with_archive = any(r.archive_url for r in results)
    columns = COLUMNS if with_archive else COLUMNS[:-1]
    groups = [(group, [[group, "" if r.footnote is None else str(r.footnote), r.id, report.shown_url(r),
                        report.state_of(r, dead_after), r.message, *((r.archive_url or "",) if with_archive else ())]
                       for r in members]) for group, members in report.grouped(results)]
    shown, widths = fit(columns, [row for _, rows in groups for row in rows], console.width)
    table = Table(title="verify-links")
    for i, width in zip(shown, widths):
        table.add_column(shorten(columns[i].header, width), width=width, no_wrap=True, overflow="ellipsis")
    for group, rows in groups:
        for row in rows:
            cells = [shorten(row[i], width, columns[i].words) for i, width in zip(shown, widths)]
            if shown[0] == 0 and group in STYLES:
                cells[0] = f"[{STYLES[group]}]{escape(cells[0])}[/]"
            table.add_row(*cells)
        table.add_section()
    console.print(table)
    console.print(report.summary(results))
