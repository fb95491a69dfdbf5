"""``citecheck verify-links``: check every reference's URL, classify it, remember it, rescue it."""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import Enum
from typing import Annotated

import typer

from citecheck.cli.common import (ConfigOption, FileOption, completes, completes_ids, completes_list, fail, load_or_exit,
                                  one_of, settings_or_exit, stdout_is_terminal)
from citecheck.errors import CitecheckError
from citecheck.links.options import DEFAULTS, LinkOptions
from citecheck.status import ExitStatus

app = typer.Typer()


class LinksFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    github = "github"


class Method(str, Enum):
    get = "GET"
    head = "HEAD"


FORMATS = tuple(choice.value for choice in LinksFormat)
METHODS = tuple(choice.value for choice in Method)


def _fail_on_choices() -> tuple[str, ...]:
    from citecheck.links.report import STATES
    from citecheck.links.result import CLASSES

    return (*CLASSES, *STATES)


def _method(value: str) -> str:
    return one_of(METHODS)(value.upper())  # get or GET, as curl users type it


def _parsed(parse, value):
    try:
        return parse(value)
    except ValueError as error:
        fail(CitecheckError(str(error)))


def _with_file_settings(ctx: typer.Context, loaded, links: LinkOptions, config: str | None = None) -> LinkOptions:
    """``links`` with the settings file's links table where no flag was given (a flag wins)."""
    chosen = settings_or_exit(config, loaded.path).link_options()  # every key checked, "did you mean"
    given = {k for k in chosen if getattr(ctx.get_parameter_source(k), "name", "DEFAULT") != "DEFAULT"}
    unset = {k: v for k, v in chosen.items() if k not in given}
    return replace(links, **unset) if unset else links


@app.command("verify-links")
def verify_links(
    ctx: typer.Context,
    file: FileOption = None,
    config: ConfigOption = None,
    id_: Annotated[
        list[str] | None, typer.Option("--id", metavar="ID", autocompletion=completes_ids,
                                       help="Check this reference (repeatable; adds to --footnote).")
    ] = None,
    footnote: Annotated[
        list[int] | None, typer.Option("--footnote", metavar="N", help="Check this footnote (repeatable; adds to --id).")
    ] = None,
    format: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", callback=one_of(FORMATS), autocompletion=completes(FORMATS),
            help="table (a table on a terminal, plain text in a pipe), json (every link), markdown, "
            "or github (annotations on the references file's lines).",
        ),
    ] = LinksFormat.table.value,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="In a pipe, list every link, not only those that need a look.")
    ] = False,
    method: Annotated[
        str,
        typer.Option(
            "--method", metavar="METHOD", callback=_method, autocompletion=completes(METHODS),
            help="GET: one request per link, the body read up to 64 KB; HEAD: HEAD first, GET when it fails.",
        ),
    ] = DEFAULTS.method,
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude", metavar="REGEX", help="Do not check URLs matching REGEX (repeatable)."),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", metavar="SECONDS", min=0.01, help="Connect and read timeout.")
    ] = DEFAULTS.timeout,
    deadline: Annotated[
        float | None,
        typer.Option(
            "--deadline",
            metavar="SECONDS",
            min=0.01,
            help="One link's own attempts and the waits between them [default: 2 x timeout].",
        ),
    ] = DEFAULTS.deadline,
    concurrency: Annotated[
        int, typer.Option("--concurrency", metavar="N", min=1, help="Links checked at once.")
    ] = DEFAULTS.concurrency,
    per_host: Annotated[
        int, typer.Option("--per-host", metavar="N", min=1, help="Requests in flight per host.")
    ] = DEFAULTS.per_host,
    host_interval: Annotated[
        float,
        typer.Option("--host-interval", metavar="SECONDS", min=0, help="Minimum gap between requests to one host."),
    ] = DEFAULTS.host_interval,
    retries: Annotated[
        int, typer.Option("--retries", metavar="N", min=0, help="Retries for timeouts, resets, 5xx, 429.")
    ] = DEFAULTS.retries,
    user_agent: Annotated[
        str | None, typer.Option("--user-agent", metavar="TEXT", help="User-Agent header to send.")
    ] = DEFAULTS.user_agent,
    accept: Annotated[
        list[str] | None,
        typer.Option(
            "--accept", metavar="CODES", help="Also accept these statuses or ranges, e.g. 200..299,403,999."
        ),
    ] = None,
    soft404: Annotated[
        bool,
        typer.Option(
            "--soft-404/--no-soft-404",
            help="Probe a random sibling path per site directory to catch "
            "pages that say 'not found' with a 200.",
        ),
    ] = DEFAULTS.soft404,
    drift: Annotated[
        bool,
        typer.Option(
            "--drift/--no-drift",
            help="Compare the page's own title (and author, date) with the reference's: a page that "
            "shows another work is 'drifted'.",
        ),
    ] = DEFAULTS.drift,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Check private/loopback targets too.")
    ] = DEFAULTS.allow_private,
    cache: Annotated[
        str | None, typer.Option("--cache", metavar="PATH", help="History database path.")
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the history.")] = False,
    max_age: Annotated[
        str | None,
        typer.Option("--max-age", metavar="AGE", help="Reuse successes younger than AGE (e.g. 1d, 12h)."),
    ] = None,
    dead_after: Annotated[
        int,
        typer.Option(
            "--dead-after", metavar="N", min=1, help="Runs, a day apart, a link must fail on to be dead."
        ),
    ] = DEFAULTS.dead_after,
    archive: Annotated[
        bool, typer.Option("--archive", help="Find Wayback snapshots of failing links.")
    ] = DEFAULTS.archive,
    archive_api: Annotated[
        str | None,
        typer.Option("--archive-api", metavar="URL", help="Availability API [env: CITECHECK_WAYBACK_API]."),
    ] = DEFAULTS.archive_api,
    write_archive: Annotated[
        bool, typer.Option("--write-archive", help="Record found snapshots as archive-url/archive-date.")
    ] = False,
    fail_on: Annotated[
        list[str] | None,
        typer.Option("--fail-on", metavar="CLASSES", autocompletion=completes_list(_fail_on_choices),
                     help="Classes (or dead, failing) that make exit 1."),
    ] = None,
    history: Annotated[
        str | None, typer.Option("--history", metavar="ID", help="Show one link's timeline.")
    ] = None,
) -> None:
    """Check each reference's URL: classified, polite, remembered across runs, with archive rescue.

    Examples:

    \b
      citecheck verify-links
      citecheck verify-links --footnote 3 --id tass2024responsible
      citecheck verify-links --max-age 1d --archive --format github

    Settings may also go in [tool.citecheck.links] (pyproject.toml) or [links] (citecheck.toml),
    keyed by the long option names; a flag wins.

    Exit 0: nothing fails; 1: a link in --fail-on (default: broken or dead); 2: bad input or usage,
    or an offline machine; 130: interrupted (what finished is recorded).
    """
    from citecheck.cli import verify_links_run as run
    from citecheck.links import report

    loaded = load_or_exit(file)
    if history is not None:
        run.show_history(loaded, history, cache, dead_after)
        return
    if write_archive:
        from citecheck.cli.common import refuse_stdin

        refuse_stdin(file, "--write-archive")
    if write_archive and loaded.format != "yaml":
        fail(CitecheckError(f"{loaded.path}: --write-archive edits CSL-YAML files only"))
    links = LinkOptions(
        method=method,
        exclude=tuple(p.pattern for p in _parsed(report.parse_patterns, exclude or [])),
        timeout=timeout,
        deadline=deadline,
        concurrency=concurrency,
        per_host=per_host,
        host_interval=host_interval,
        retries=retries,
        user_agent=user_agent,
        accept=_parsed(report.parse_codes, accept) if accept else DEFAULTS.accept,
        soft404=soft404,
        drift=drift,
        allow_private=allow_private,
        max_age=_parsed(report.parse_duration, max_age) if max_age else DEFAULTS.max_age,
        dead_after=dead_after,
        archive=archive or write_archive,
        archive_api=archive_api,
        fail_on=_parsed(report.parse_classes, fail_on) if fail_on else DEFAULTS.fail_on,
    )
    settings = run.Settings(
        links=_with_file_settings(ctx, loaded, links, config),
        cache=None if no_cache else cache,
        use_cache=not no_cache,
        write_archive=write_archive,
        ids=id_ or [],
        footnotes=footnote or [],
        format=format,
        verbose=verbose,
        terminal=stdout_is_terminal(),
    )
    code = run.run(loaded, settings)
    if code != ExitStatus.CLEAN:
        raise typer.Exit(code)
    sys.stdout.flush()
