"""verify-links output without a terminal library: JSON, a plain grouped table, Markdown, GitHub
annotations, the summary line, and the exit status a set of results deserves."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable

from citecheck.links.options import DEFAULT_FAIL_ON, DEFAULTS
from citecheck.links.result import CLASSES, GROUP_ORDER, SUCCESSES, LinkResult
from citecheck.status import ExitStatus

JSON_KEYS = (
    "id",
    "footnote",
    "url",
    "checked_url",
    "status",
    "http_status",
    "final_url",
    "redirects",
    "elapsed_ms",
    "attempts",
    "checked_at",
    "from_cache",
    "archive_url",
    "message",
    "archive_date",
    "domain_only",
    "liveness",
    "strikes",
)
STATES = ("dead", "failing")  # states over runs, usable in --fail-on beside the classes
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> dt.timedelta:
    """``1d``, ``12h``, ``30m``, ``90s`` or plain seconds; ValueError otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 1d, 12h, 30m, 90s)")
    return dt.timedelta(seconds=float(match[1]) * _UNITS[match[2]])


def parse_codes(values: list[str]) -> frozenset[int]:
    """``["200..299,403", "999"]`` -> 200 to 299, 403 and 999; ValueError on anything but 100-999."""
    parts = [part.strip() for value in values for part in value.split(",") if part.strip()]
    codes: set[int] = set()
    for part in parts:
        low, dots, high = part.partition("..")
        bounds = (low.strip(), high.strip()) if dots else (part, part)
        if not all(b.isdigit() and 100 <= int(b) <= 999 for b in bounds) or int(bounds[0]) > int(bounds[1]):
            raise ValueError(
                f"--accept takes HTTP status codes (100-999) or ranges (200..299), not {part}"
            )
        codes.update(range(int(bounds[0]), int(bounds[1]) + 1))
    return frozenset(codes)


def parse_patterns(values: list[str]) -> tuple[re.Pattern[str], ...]:
    """``--exclude`` regular expressions, compiled; ValueError names the one that is not."""
    patterns = []
    for value in values:
        try:
            patterns.append(re.compile(value))
        except re.error as error:
            raise ValueError(f"--exclude {value!r} is not a regular expression: {error}") from None
    return tuple(patterns)


def parse_classes(values: list[str]) -> frozenset[str]:
    names = {part.strip() for value in values for part in value.split(",") if part.strip()}
    unknown = sorted(names - set(CLASSES) - set(STATES))
    if unknown:
        from citecheck.load.translate import suggest

        known = (*CLASSES, *STATES)
        hint = suggest(unknown[0], known) if len(unknown) == 1 else ""
        raise ValueError(f"unknown class {', '.join(unknown)}{hint}; choose from {', '.join(known)}")
    return frozenset(names)


def exit_status(results: list[LinkResult], fail_on: frozenset[str] = DEFAULT_FAIL_ON) -> ExitStatus:
    failed = any(r.status in fail_on or r.liveness in fail_on for r in results)
    return ExitStatus.FINDINGS if failed else ExitStatus.CLEAN


def to_json(results: list[LinkResult]) -> str:
    rows = []
    for result in results:
        row = {key: getattr(result, key) for key in JSON_KEYS}  # not asdict: its deep copies cost 2x
        row["redirects"] = [{"url": hop.url, "status": hop.status} for hop in result.redirects]
        rows.append(row)
    import orjson  # the same text as json.dumps(indent=2, ensure_ascii=False), ~8x faster for 2,000 links

    try:
        return orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n"
    except TypeError:  # what orjson cannot write (a footnote number past 64 bits): the standard library can
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def grouped(results: list[LinkResult]) -> list[tuple[str, list[LinkResult]]]:
    """``(group, results)`` most urgent first: dead, broken, soft-404, ... ok."""
    return [
        (group, [r for r in results if r.group == group])
        for group in GROUP_ORDER
        if any(r.group == group for r in results)
    ]


def state_of(result: LinkResult, dead_after: int) -> str:
    if result.liveness in STATES:
        return f"{result.liveness} {result.strikes}/{dead_after}"
    return "cached" if result.from_cache else ""


def shown_url(result: LinkResult) -> str:
    """The URL requested (the new one of a redirected link is in its message)."""
    return result.checked_url or result.url or ""


def summary(results: list[LinkResult]) -> str:
    counts = Counter(r.group for r in results)
    parts = [f"{counts[g]} {g}" for g in GROUP_ORDER if counts[g]]
    noun = "reference" if len(results) == 1 else "references"
    return f"{len(results)} {noun}: " + ", ".join(parts)


QUIET_GROUPS = frozenset({*SUCCESSES, "excluded"})  # not listed in a pipe unless --verbose


def listed(results: list[LinkResult], verbose: bool) -> list[LinkResult]:
    """What a pipe lists: everything that needs a look (all of it with ``verbose``)."""
    return results if verbose else [r for r in results if r.group not in QUIET_GROUPS]


def to_text(
    results: list[LinkResult], dead_after: int = DEFAULTS.dead_after, verbose: bool = True
) -> str:
    """Plain text for pipes: one block per group, one line per link, then the summary (of all)."""
    lines = []
    for group, members in grouped(listed(results, verbose)):
        lines.append(f"{group} ({len(members)})")
        for r in members:
            cells = [
                f"#{r.footnote}" if r.footnote is not None else "#-",
                r.id,
                shown_url(r),
                state_of(r, dead_after),
                r.message,
            ]
            if r.archive_url:
                cells.append(f"archive: {r.archive_url}")
            lines.append("  " + "  ".join(c for c in cells if c))
    lines.append(summary(results))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def to_markdown(
    results: list[LinkResult], dead_after: int = DEFAULTS.dead_after, verbose: bool = True
) -> str:
    """A Markdown table (for a pull-request comment or a job summary), then the summary line."""
    lines = ["| class | # | id | url | state | detail |", "|---|---|---|---|---|---|"]
    for group, members in grouped(listed(results, verbose)):
        for r in members:
            detail = r.message + (f"; archive: {r.archive_url}" if r.archive_url else "")
            cells = (group, "" if r.footnote is None else str(r.footnote), r.id, shown_url(r),
                     state_of(r, dead_after), detail)
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join([*lines, "", f"**{summary(results)}**"]) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(
    results: list[LinkResult],
    where: Callable[[LinkResult], tuple[str, int, int]],
    fail_on: frozenset[str] = DEFAULT_FAIL_ON,
    dead_after: int = DEFAULTS.dead_after,
) -> str:
    """GitHub Actions annotations on the references file's lines: an error for what fails the run,
    a warning for the rest that needs a look; ``where(result)`` -> (file, line, column)."""
    lines = []
    for group, members in grouped(listed(results, verbose=False)):
        for r in members:
            path, line, column = where(r)
            level = "error" if r.status in fail_on or r.liveness in fail_on else "warning"
            state = state_of(r, dead_after)
            text = f"{shown_url(r) or r.id}: {r.message}" + (f" ({state})" if state else "")
            properties = f"file={_escape_property(path)},line={line},col={column}"
            title = _escape_property(f"verify-links {group}")
            lines.append(f"::{level} {properties},title={title}::{_escape_data(text)}")
    return "\n".join([*lines, summary(results)]) + "\n"


def timeline_text(ref_id: str, url: str, checks, dead_after: int) -> str:
    """``--history ID``: one line per past check of the reference's link, oldest first."""
    from citecheck.links.history import count_strikes

    lines = [f"{ref_id}  {url}"]
    for check in checks:
        status = f"HTTP {check.http_status}" if check.http_status else ""
        if check.message.startswith(status):  # the message already says it ("HTTP 404 ...")
            status = ""
        lines.append(
            "  "
            + "  ".join(
                x
                for x in (check.checked_at.isoformat(timespec="seconds"), check.status, status, check.message)
                if x
            )
        )
    if not checks:
        lines.append("  never checked")
    else:
        strikes = count_strikes(checks)
        state = "dead" if strikes >= dead_after else "failing" if strikes else "alive"
        lines.append(f"  now: {state} ({strikes}/{dead_after} strikes, a day or more apart)")
    return "\n".join(lines) + "\n"
