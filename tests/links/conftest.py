"""Fixtures for the link tests: a fake web on 127.0.0.1 and checkers wired to it by name."""

from __future__ import annotations

import pytest

from citecheck.links.checker import Checker, build_checker
from citecheck.links.options import LinkOptions
from citecheck.links.politeness import HostGate
from links.fakeweb import SITES, FakeWeb, resolver_for


@pytest.fixture
def web():
    server = FakeWeb().start()
    yield server
    server.stop()


@pytest.fixture
def make_checker():
    """A Checker for the fake web: names resolve to 127.0.0.1, private addresses allowed, short waits."""

    def make(allow_private: bool = True, verify=True, gate: HostGate | None = None, **options) -> Checker:
        settings = {
            "timeout": 0.5,
            "backoff": 0.05,
            "host_interval": 0.0,
            "retry_after_cap": 2.0,
            "concurrency": 8,
        }
        settings.update(options)
        options = LinkOptions(allow_private=allow_private, **settings)
        checker = build_checker(options, resolver=resolver_for(*SITES), verify=verify)
        if gate is not None:
            checker.gate = gate
        return checker

    return make
