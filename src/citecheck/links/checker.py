"""Check many targets at once: a thread pool, the host gate, retries, classification, soft-404 probes.

Targets are interleaved host by host before they are queued, so one big host cannot fill every worker
while its per-host slots make them wait. Each distinct URL is fetched once per run.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import replace

import requests

from citecheck.links.classify import classify
from citecheck.links.fetch import Fetched, Limits, get_body, head_then_get
from citecheck.links.options import LinkOptions
from citecheck.links.politeness import HostGate, parse_retry_after
from citecheck.links.result import LinkResult
from citecheck.links.soft404 import Soft404Detector
from citecheck.links.targets import Target, host_key

RETRYABLE_ERRORS = frozenset({"timeout", "reset"})


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def interleave_by_host(targets: Iterable[Target]) -> list[Target]:
    """Round-robin over hosts: h1, h2, h3, h1, h2, ... so workers spread over hosts."""
    queues: dict[str, list[Target]] = defaultdict(list)
    for target in targets:
        queues[target.host].append(target)
    ordered, lists = [], list(queues.values())
    for index in range(max((len(q) for q in lists), default=0)):
        ordered.extend(q[index] for q in lists if index < len(q))
    return ordered


def unchecked_result(target: Target) -> LinkResult:
    """The result of a target with nothing to fetch: no URL, or one citecheck cannot check."""
    if target.url is None:
        return LinkResult(
            target.ref_id, target.footnote, None, None, "no-url", message="the reference gives no URL"
        )
    return LinkResult(
        target.ref_id,
        target.footnote,
        target.url,
        None,
        "invalid-url",
        message=target.problem or "",
        domain_only=target.domain_only,
    )


class Checker:
    def __init__(
        self,
        session: requests.Session,
        options: LinkOptions,
        gate: HostGate | None = None,
        now: Callable[[], dt.datetime] = utc_now,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.session, self.options, self.now, self.sleep = session, options, now, sleep
        self.gate = gate or HostGate.for_options(options)
        self.soft404 = Soft404Detector(self._probe)

    def _limits(self) -> Limits:
        o = self.options
        return Limits(o.timeout, time.monotonic() + o.link_deadline, o.max_bytes, o.max_redirects)

    def _gated(self, url: str, host: str, fetch: Callable[..., Fetched], limits: Limits) -> Fetched | None:
        with self.gate.slot(host, limits.deadline) as admitted:
            return fetch(self.session, url, limits) if admitted else None

    def _probe(self, url: str) -> Fetched:
        fetched = self._gated(url, host_key(url), get_body, self._limits())
        return fetched or Fetched("GET", url, error="timeout", message="host backoff outlasted the deadline")

    def _retry_wait(self, host: str, fetched: Fetched, attempts: int) -> float | None:
        """Seconds this thread should wait before retrying, 0 when the host gate does the waiting,
        None when the answer is final."""
        if attempts > self.options.retries:
            return None
        if fetched.status == 429 or fetched.status == 503 and "Retry-After" in fetched.headers:
            self.gate.back_off(host, parse_retry_after(fetched.headers.get("Retry-After")))
            return 0.0  # per host: every thread going there now waits in gate.slot
        if fetched.error in RETRYABLE_ERRORS or (fetched.status or 0) >= 500:
            return self.options.backoff * 2 ** (attempts - 1)
        return None

    def fetch_with_retries(self, target: Target) -> tuple[Fetched, int]:
        url, host = target.checked_url, target.host
        fetched, attempts, limits = None, 0, None
        while True:
            with self.gate.slot(host, limits.deadline if limits else float("inf")) as admitted:
                if not admitted:  # the host's backoff outlasts this link's deadline
                    break
                limits = limits or self._limits()  # the deadline runs from the first request, not the queue
                fetched, attempts = head_then_get(self.session, url, limits), attempts + 1
                # decided while the slot is held, so a host backoff is in place before anyone else starts
                wait = self._retry_wait(host, fetched, attempts)
            if wait is None or time.monotonic() + wait >= limits.deadline:
                break
            if wait:
                self.sleep(wait)
        if fetched and fetched.status and fetched.status < 400:
            self.gate.recover(host)
        return fetched or Fetched(
            "HEAD", url, error="timeout", message="the host's backoff outlasted the deadline"
        ), attempts

    def check(self, target: Target) -> LinkResult:
        """Fetch and classify one target (network only: no cache, no history)."""
        started = time.monotonic()
        fetched, attempts = self.fetch_with_retries(target)
        status, message = classify(target.checked_url, fetched, self.options.accept)
        if status == "ok" and self.options.soft404 and fetched.status not in self.options.accept:
            get_page = lambda: (
                self._gated(target.checked_url, target.host, get_body, self._limits()) or fetched
            )
            verdict = self.soft404.judge(target.checked_url, fetched, get_page)
            status, message = ("soft-404", verdict) if verdict else (status, message)
        if target.domain_only:
            message = f"domain only, checked {target.checked_url}; {message}"
        return LinkResult(
            target.ref_id,
            target.footnote,
            target.url,
            target.checked_url,
            status,
            fetched.status,
            fetched.final_url if fetched.status else None,
            list(fetched.hops),
            int((time.monotonic() - started) * 1000),
            attempts,
            self.now().isoformat(timespec="seconds"),
            message=message,
            domain_only=target.domain_only,
        )

    def check_all(
        self,
        targets: list[Target],
        on_result: Callable[[LinkResult], None] | None = None,
    ) -> list[LinkResult]:
        """Results in the order of ``targets``; ``on_result`` is called as each one completes."""
        results: dict[int, LinkResult] = {}
        by_url: dict[str, list[int]] = defaultdict(list)
        for index, target in enumerate(targets):
            if target.checked_url is None:
                results[index] = unchecked_result(target)
                on_result and on_result(results[index])
            else:
                by_url[target.checked_url].append(index)
        firsts = [targets[indexes[0]] for indexes in by_url.values()]
        with ThreadPoolExecutor(max_workers=max(1, self.options.concurrency)) as pool:
            futures = {pool.submit(self.check, t): t for t in interleave_by_host(firsts)}
            for future in as_completed(futures):
                done = future.result()
                for index in by_url[done.checked_url]:
                    twin = targets[index]
                    results[index] = replace(done, id=twin.ref_id, footnote=twin.footnote, url=twin.url)
                    on_result and on_result(results[index])
        return [results[i] for i in range(len(targets))]
