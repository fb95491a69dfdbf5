"""The verify-links command's body: build the pieces from the options, run, render, pick the exit code.

Kept apart from the option declarations so the command file stays a list of options.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass, field

from citecheck.errors import CitecheckError
from citecheck.links.options import DEFAULTS, LinkOptions
from citecheck.status import ExitStatus


@dataclass
class Settings:
    """What the command does beside checking: the link settings, the history, the selection, the output."""

    links: LinkOptions = DEFAULTS
    cache: str | None = None
    use_cache: bool = True
    write_archive: bool = False
    ids: list[str] = field(default_factory=list)
    footnotes: list[int] = field(default_factory=list)
    format: str = "table"  # table (a rich table on a terminal, plain text in a pipe), json, markdown, github
    verbose: bool = False  # list every link in a pipe, not only those that need a look
    terminal: bool = False


def open_history(settings: Settings):
    from citecheck.links.history import History, default_path

    if not settings.use_cache:
        return None
    try:
        return History(settings.cache or default_path())
    except Exception as error:  # noqa: BLE001 - sqlite3.Error or OSError: a cache we cannot use
        from citecheck.cli.common import fail

        fail(CitecheckError(f"cannot open the link history {settings.cache or default_path()}: {error}"))


def _checker(settings: Settings, hosts: int):
    from citecheck.links.checker import build_checker

    return build_checker(settings.links, hosts=hosts)


def _refuse_unknown(loaded, settings: Settings) -> None:
    """An --id or --footnote that matches no reference is a usage error, as in ``export``."""
    from citecheck.cli.common import fail
    from citecheck.selection import refuse_unknown

    try:
        refuse_unknown(loaded.references, loaded.path, settings.ids, settings.footnotes)
    except CitecheckError as error:
        fail(error)


def run(loaded, settings: Settings) -> ExitStatus:
    from citecheck.gc_pause import old_objects_frozen
    from citecheck.links import report
    from citecheck.links.targets import select_targets
    from citecheck.links.verify import verify

    _refuse_unknown(loaded, settings)
    targets = select_targets(loaded.references, settings.ids, settings.footnotes)
    history = open_history(settings)
    try:
        with old_objects_frozen(), _progress(len(targets)) as on_result:
            checker = _checker(settings, hosts=len({t.host for t in targets}))
            outcome = verify(targets, checker, history, on_result=on_result)
    except KeyboardInterrupt:  # outside the checks (loading the history, say): nothing was checked
        sys.stderr.write("citecheck: interrupted; nothing was checked.\n")
        return ExitStatus.INTERRUPTED
    finally:
        if history is not None:
            history.close()
    if outcome.interrupted:
        recorded = "" if history is None or outcome.offline else ", recorded"
        sys.stderr.write(
            f"citecheck: interrupted: {len(outcome.results)} of {outcome.total} links checked{recorded}; "
            "the rest abandoned.\n"
        )
        return ExitStatus.INTERRUPTED
    if outcome.offline:
        sys.stderr.write(_offline_line(outcome.looked_up))
        return ExitStatus.INPUT_ERROR
    for problem in outcome.archive_errors:
        sys.stderr.write(f"citecheck: {problem}\n")
    if settings.write_archive:
        _write_archive(loaded.path, outcome.results)
    _render(loaded, outcome.results, settings)
    return report.exit_status(outcome.results, settings.links.fail_on)


def _offline_line(looked_up: int) -> str:
    what = "the one link lookup failed with a DNS or connection error" if looked_up == 1 else (
        f"all {looked_up} link lookups failed with DNS or connection errors"
    )
    return f"citecheck: {what}; this machine looks offline. Nothing was recorded.\n"


def _render(loaded, results, settings: Settings) -> None:
    from citecheck.links import report

    links = settings.links
    if settings.format == "json":
        sys.stdout.write(report.to_json(results))
    elif settings.format == "markdown":
        sys.stdout.write(report.to_markdown(results, links.dead_after, settings.verbose or settings.terminal))
    elif settings.format == "github":
        sys.stdout.write(report.to_github(results, _where(loaded), links.fail_on, links.dead_after))
    elif settings.terminal:
        from citecheck.cli.verify_links_table import print_table

        print_table(results, links.dead_after)
    else:
        sys.stdout.write(report.to_text(results, links.dead_after, settings.verbose))


def _where(loaded):
    """``result -> (file, line, column)`` of the reference's URL (its id when it has none)."""
    from citecheck.load.positions import FieldLocator

    ids = [ref.id for ref in loaded.references]
    index = {ref_id: n for n, ref_id in enumerate(ids)}
    locator = FieldLocator(loaded.raw, loaded.format, ids)
    has_url = {ref.id for ref in loaded.references if ref.url}

    def where(result):
        line, column = locator.locate(index[result.id], ("URL",) if result.id in has_url else ("id",))
        return str(loaded.path), line, column

    return where


def _progress(total: int):
    if sys.stderr.isatty() and total and not os.environ.get("CITECHECK_NO_PROGRESS"):
        from citecheck.cli.verify_links_table import progress

        return progress(total)
    from contextlib import nullcontext

    return nullcontext(None)


def _write_archive(path, results) -> None:
    from citecheck.yaml_edit import FieldEdit, edit_file

    edits = []
    for result in results:
        if result.archive_url:
            when = dt.date.fromisoformat(result.archive_date)
            edits += [
                FieldEdit(result.id, ("archive-url",), result.archive_url),
                FieldEdit(result.id, ("archive-date",), when),
            ]
    if edits:
        edit_file(path, edits)
        sys.stderr.write(f"citecheck: recorded {len(edits) // 2} archive snapshot(s) in {path}\n")


def show_history(loaded, ref_id: str, cache: str | None, dead_after: int) -> None:
    from citecheck.cli.common import fail
    from citecheck.links.report import timeline_text
    from citecheck.links.targets import target_of

    from citecheck.selection import refuse_unknown

    try:
        refuse_unknown(loaded.references, loaded.path, [ref_id])
    except CitecheckError as error:
        fail(error)
    ref = next(r for r in loaded.references if r.id == ref_id)
    target = target_of(ref)
    if target.checked_url is None:
        fail(CitecheckError(f"{ref_id}: {target.problem or 'the reference gives no URL'}"))
    history = open_history(Settings(cache=cache))
    try:
        sys.stdout.write(
            timeline_text(ref_id, target.checked_url, history.timeline(target.checked_url), dead_after)
        )
    finally:
        history.close()
