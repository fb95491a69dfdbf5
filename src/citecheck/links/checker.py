"""Check many targets at once: worker threads, the host gate, retries, classification, soft-404 probes.

Targets are interleaved host by host before they are queued, so one big host cannot fill every worker
while its per-host slots make them wait. Each distinct URL is fetched once per run. The workers are
daemon threads the run does not wait for once interrupted: Ctrl-C abandons the requests in flight
instead of waiting out their timeouts.
"""

from __future__ import annotations

import datetime as dt
import queue
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

import requests

from citecheck.links import drift
from citecheck.links.classify import classify
from citecheck.links.guard import Resolver, system_resolver
from citecheck.links.fetch import Fetched, Limits, fetch, get_body
from citecheck.links.options import LinkOptions
from citecheck.links.politeness import HostGate, parse_retry_after
from citecheck.links.result import LinkResult
from citecheck.links.session import build_session
from citecheck.links.soft404 import Soft404Detector, may_be_soft404
from citecheck.links.targets import Target, host_key
from citecheck.links.watchdog import Watchdog

RETRYABLE_ERRORS = frozenset({"timeout", "reset"})


class Interrupted(Exception):
    """Ctrl-C during a run; ``results`` are the links that finished, in the order of the targets."""

    def __init__(self, results: list[LinkResult], total: int):
        super().__init__(f"interrupted after {len(results)} of {total} links")
        self.results, self.total = results, total


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


def unchecked_result(target: Target, excluded_by: str | None = None) -> LinkResult:
    """The result of a target with nothing to fetch: no URL, one citecheck cannot check, or one
    that matches the ``--exclude`` pattern ``excluded_by``."""
    if excluded_by is not None:
        return LinkResult(
            target.ref_id,
            target.footnote,
            target.url,
            target.checked_url,
            "excluded",
            message=f"matches --exclude {excluded_by}",
            domain_only=target.domain_only,
        )
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
        watchdog: Watchdog | None = None,
        resolver: Resolver | None = None,
    ):
        self.session, self.options, self.now, self.sleep = session, options, now, sleep
        self.watchdog, self.resolver = watchdog, resolver
        self.gate = gate or HostGate.for_options(options)
        self.soft404 = Soft404Detector(self._probe)

    def _limits(self, budget: float | None = None) -> Limits:
        o = self.options
        seconds = o.link_deadline if budget is None else budget
        return Limits(o.timeout, time.monotonic() + seconds, o.max_bytes, o.max_redirects, self.watchdog)

    def _gated(self, url: str, host: str, fetch: Callable[..., Fetched]) -> Fetched | None:
        with self.gate.slot(host, self.options.link_deadline) as admitted:
            return fetch(self.session, url, self._limits()) if admitted else None

    def _throttled(self, method: str, url: str, host: str) -> Fetched:
        """What a link not requested because of its host's backoff ends on."""
        if self.gate.given_up(host):
            why = f"{host} kept answering 429/503 to the links before it, past what one host may be waited for"
        else:
            why = f"{host} asked to wait (429/503) longer than this link's deadline"
        return Fetched(method, url, error="throttled", message=f"not requested: {why}")

    def _probe(self, url: str) -> Fetched:
        host = host_key(url)
        return self._gated(url, host, get_body) or self._throttled("GET", url, host)

    def _retry_wait(self, host: str, fetched: Fetched, attempts: int) -> float | None:
        """Seconds this thread should wait before retrying, 0 when the host gate does the waiting,
        None when the answer is final."""
        if attempts > self.options.retries:
            return None
        if fetched.status == 429 or fetched.status == 503 and "Retry-After" in fetched.headers:
            if self.gate.back_off(host, parse_retry_after(fetched.headers.get("Retry-After"))) is None:
                return None  # the host has had all the patience it gets: this answer is final
            return 0.0  # per host: every thread going there now waits in gate.slot
        if fetched.error in RETRYABLE_ERRORS or (fetched.status or 0) >= 500:
            return self.options.backoff * 2 ** (attempts - 1)
        return None

    def fetch_with_retries(self, target: Target) -> tuple[Fetched, int]:
        """The link's last answer and the attempts made. The deadline is a budget for the link's own
        attempts and the waits between them; the time spent queueing for the host is not taken from it
        (the host's turn must still come within what is left)."""
        url, host = target.checked_url, target.host
        remaining = self.options.link_deadline
        fetched = answered = None
        attempts = 0
        while True:
            with self.gate.slot(host, remaining) as admitted:
                if not admitted:  # the host's backoff outlasts what is left of this link's deadline
                    break
                started = time.monotonic()
                fetched, attempts = fetch(self.session, url, self._limits(remaining), self.options.method), attempts + 1
                # decided while the slot is held, so a host backoff is in place before anyone else starts
                wait = self._retry_wait(host, fetched, attempts)
                remaining -= time.monotonic() - started
            if fetched.status is not None:
                answered = fetched
            if wait is None or wait >= remaining:
                break
            if wait:
                self.sleep(wait)
                remaining -= wait
        if fetched is None:
            return self._throttled(self.options.method, url, host), 0
        if fetched.error == "timeout" and answered is not None:
            fetched = answered  # a retry ran out of time: the real cause is the last answer (a 500, say)
        if fetched.status and fetched.status < 400:
            self.gate.recover(host)
        return fetched, attempts

    def _reads_title(self, target: Target, fetched: Fetched) -> bool:
        """Only a page the GET read, of a reference with a title, that is not a site's home page."""
        return (
            target.cited is not None
            and not target.domain_only
            and fetched.method == "GET"
            and fetched.status == 200
            and may_be_soft404(fetched.final_url)
        )

    def check(self, target: Target) -> LinkResult:
        """Fetch and classify one target (network only: no cache, no history)."""
        started = time.monotonic()
        url = target.checked_url
        soft404 = self.options.soft404 and may_be_soft404(url)
        # A page whose own title names the cited work is no "not found" page, and most pages do: for a
        # reference with a title the probe waits for the page's answer and is sent only when the page
        # does not name the work (then at the cost of a round trip). Without a title to compare, or
        # with HEAD (no page read), it is sent beside the page's own request.
        if soft404 and not (target.cited is not None and self.options.method == "GET"):
            self.soft404.prefetch(url)
        fetched, attempts = self.fetch_with_retries(target)
        status, message = classify(url, fetched, self.options.accept)
        page = None
        if status == "ok" and self._reads_title(target, fetched):
            page = drift.page_of(fetched.body, fetched.headers.get("Content-Type", ""))
        names_work = page is not None and drift.names_work(target.cited, page)
        if status == "ok" and soft404 and fetched.status not in self.options.accept and not names_work:
            get_page = lambda: self._gated(url, target.host, get_body) or fetched
            verdict = self.soft404.judge(url, fetched, get_page)
            status, message = ("soft-404", verdict) if verdict else (status, message)
        if status == "ok" and self.options.drift and page is not None and not names_work:
            drifted = drift.drift(target.cited, page)
            status, message = ("drifted", drifted) if drifted else (status, message)
        if target.domain_only:
            message = f"domain only, checked {url}; {message}"
        return LinkResult(
            target.ref_id,
            target.footnote,
            target.url,
            url,
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
        """Results in the order of ``targets``; ``on_result`` is called as each one completes.

        Ctrl-C raises :class:`Interrupted` with the results finished so far, at once: the workers
        stop taking links and the requests in flight are abandoned."""
        results: dict[int, LinkResult] = {}
        by_url: dict[str, list[int]] = defaultdict(list)
        exclude = [re.compile(pattern) for pattern in self.options.exclude]
        for index, target in enumerate(targets):
            pattern = target.checked_url and next((p for p in exclude if p.search(target.checked_url)), None)
            if target.checked_url is None or pattern:
                results[index] = unchecked_result(target, pattern.pattern if pattern else None)
                on_result and on_result(results[index])
            else:
                by_url[target.checked_url].append(index)
        todo: queue.SimpleQueue[Target] = queue.SimpleQueue()
        done: queue.SimpleQueue[tuple[LinkResult | None, BaseException | None]] = queue.SimpleQueue()
        for target in interleave_by_host(targets[indexes[0]] for indexes in by_url.values()):
            todo.put(target)
        stop = threading.Event()

        def work() -> None:
            while not stop.is_set():
                try:
                    target = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    done.put((self.check(target), None))
                except BaseException as error:  # noqa: BLE001 - handed to the main thread, raised there
                    done.put((None, error))

        for _ in range(min(max(1, self.options.concurrency), len(by_url))):
            threading.Thread(target=work, name="citecheck-link", daemon=True).start()
        try:
            for _ in range(len(by_url)):
                finished, error = _next(done)
                if error is not None:
                    raise error
                for index in by_url[finished.checked_url]:
                    twin = targets[index]
                    results[index] = replace(finished, id=twin.ref_id, footnote=twin.footnote, url=twin.url)
                    on_result and on_result(results[index])
        except KeyboardInterrupt:
            stop.set()
            raise Interrupted([results[i] for i in sorted(results)], len(targets)) from None
        return [results[i] for i in range(len(targets))]

    def resolves(self, host: str) -> bool:
        """Whether ``host`` resolves through this checker's resolver (the offline check)."""
        try:
            return bool(self.resolver and self.resolver(host, 443))
        except OSError:
            return False


def _next(done: queue.SimpleQueue):
    """The next finished check; waits in short steps so that Ctrl-C is seen at once."""
    while True:
        try:
            return done.get(timeout=0.1)
        except queue.Empty:
            continue


def build_checker(
    options: LinkOptions, *, hosts: int = 0, resolver: Resolver | None = None, verify: bool | str = True
) -> Checker:
    """A Checker with its guarded session and its watchdog."""
    resolver = resolver or system_resolver
    watchdog = Watchdog()
    session = build_session(options, hosts=hosts, resolver=resolver, verify=verify, watchdog=watchdog)
    return Checker(session, options, watchdog=watchdog, resolver=resolver)
