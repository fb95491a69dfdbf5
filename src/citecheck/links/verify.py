"""The verify-links run: cache look-ups, the checks, the offline guard, history, archive rescue,
and what an interrupted run keeps.

The run's settings are the checker's :class:`LinkOptions`. Returns data only; the CLI renders it.
``now`` is injectable so tests can replay runs days apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from citecheck.links import archive
from citecheck.links.checker import Checker, Interrupted, utc_now
from citecheck.links.history import Check, History
from citecheck.links.options import LinkOptions
from citecheck.links.politeness import HostGate
from citecheck.links.result import FAILURES, OFFLINE_LIKE, SUCCESSES, LinkResult
from citecheck.links.targets import Target


@dataclass
class RunReport:
    results: list[LinkResult]
    offline: bool = False  # every lookup failed the way an offline machine fails
    interrupted: bool = False  # Ctrl-C: ``results`` are the links that finished, and were recorded
    total: int = 0  # links asked for
    archive_errors: list[str] = field(default_factory=list)

    @property
    def looked_up(self) -> int:
        return sum(1 for r in self.results if r.attempts and not r.from_cache)


def cached_result(target: Target, check: Check) -> LinkResult:
    return LinkResult(
        target.ref_id,
        target.footnote,
        target.url,
        target.checked_url,
        check.status,
        check.http_status,
        check.final_url,
        [],
        check.elapsed_ms or 0,
        0,
        check.checked_at.isoformat(timespec="seconds"),
        from_cache=True,
        message=f"from cache: {check.message}",
        domain_only=target.domain_only,
        liveness="alive",
    )


def looks_offline(results: list[LinkResult], resolves: Callable[[str], bool], names: tuple[str, ...]) -> bool:
    """Every link looked up failed with a DNS or connection error, and no well-known name resolves
    either: the machine is offline, the links are not at fault (one failing link is enough to tell)."""
    fetched = [r for r in results if r.attempts and not r.from_cache]
    if not fetched or not all(r.status in OFFLINE_LIKE for r in fetched):
        return False
    return not any(resolves(name) for name in names)


def judge_liveness(result: LinkResult, strikes: int, dead_after: int) -> None:
    if result.status in SUCCESSES:
        result.liveness, result.strikes = "alive", 0
    elif result.status in FAILURES:
        result.strikes = max(strikes, 1)
        result.liveness = "dead" if result.strikes >= dead_after else "failing"


def verify(
    targets: list[Target],
    checker: Checker,
    history: History | None,
    now: Callable[[], dt.datetime] = utc_now,
    on_result: Callable[[LinkResult], None] | None = None,
) -> RunReport:
    settings = checker.options
    started = now()
    cached: dict[int, LinkResult] = {}
    if history is not None and settings.max_age is not None:
        for index, target in enumerate(targets):
            fresh = target.checked_url and history.fresh_success(
                target.checked_url, started, settings.max_age
            )
            if fresh:
                cached[index] = cached_result(target, fresh)
                on_result and on_result(cached[index])
    to_check = [t for i, t in enumerate(targets) if i not in cached]
    try:
        checked = iter(checker.check_all(to_check, on_result))
    except Interrupted as stop:
        finished = [*cached.values(), *stop.results]
        report = RunReport(finished, interrupted=True, total=len(targets))
        if not looks_offline(finished, checker.resolves, settings.offline_names):
            _record(finished, history, settings.dead_after, now())
        return report
    results = [cached[i] if i in cached else next(checked) for i in range(len(targets))]
    report = RunReport(results, total=len(targets))
    if looks_offline(results, checker.resolves, settings.offline_names):
        report.offline = True  # record no strikes: the links are not at fault
        return report
    _record(results, history, settings.dead_after, now())
    if settings.archive:
        _rescue(report, targets, checker)
    return report


def _record(results: list[LinkResult], history: History | None, dead_after: int, at: dt.datetime) -> None:
    recorded: dict[str, int] = {}
    for result in results:
        if result.from_cache or not result.attempts:
            continue
        if history is None:
            judge_liveness(result, 1, dead_after)
            continue
        if result.checked_url not in recorded:  # the same URL cited twice is one check
            history.record(result, at)
            recorded[result.checked_url] = history.strikes(result.checked_url)
        judge_liveness(result, recorded[result.checked_url], dead_after)


def _rescue(report: RunReport, targets: list[Target], checker: Checker) -> None:
    """Archive lookups for the failing and dead links, through the checker's guarded session."""
    settings = checker.options
    api = archive.api_url(settings.archive_api)
    gate = HostGate(per_host=1, interval=settings.archive_interval)
    found: dict[str, archive.Snapshot | None] = {}
    for target, result in zip(targets, report.results):
        if result.liveness not in ("failing", "dead") or not result.checked_url:
            continue
        key = f"{result.checked_url} {target.cited_on}"
        if key not in found:
            try:
                with gate.slot("archive"):
                    found[key] = archive.find_snapshot(
                        checker.session, result.checked_url, target.cited_on, api, settings, checker.watchdog
                    )
            except archive.ArchiveError as error:
                found[key] = None
                report.archive_errors.append(f"{result.id}: archive lookup failed: {error}")
        snapshot = found[key]
        if snapshot:
            result.archive_url, result.archive_date = snapshot.url, snapshot.date.isoformat()
            if not snapshot.before_citation:  # the archive had nothing earlier: it may not show what was cited
                result.message += f"; the nearest snapshot is from after the citation ({snapshot.date})"
