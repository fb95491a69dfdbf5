"""verify-links on a terminal: a progress bar on stderr and a rich table grouped by class."""

from __future__ import annotations

from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

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


def print_table(results, dead_after: int) -> None:
    """One table, grouped by class (most urgent first); the archive column only when a snapshot was found."""
    with_archive = any(r.archive_url for r in results)
    table = Table(title="verify-links")
    for column in ("class", "#", "id", "url", "state", "detail") + (("archive",) if with_archive else ()):
        table.add_column(column, overflow="fold")
    for group, members in report.grouped(results):
        for r in members:
            cells = [
                f"[{STYLES[group]}]{group}[/]" if group in STYLES else group,
                "" if r.footnote is None else str(r.footnote),
                r.id,
                report.shown_url(r),
                report.state_of(r, dead_after),
                r.message,
            ]
            table.add_row(*cells, *((r.archive_url or "",) if with_archive else ()))
        table.add_section()
    console = Console()
    console.print(table)
    console.print(report.summary(results))
