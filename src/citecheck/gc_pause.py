"""Pause Python's cyclic garbage collector around bulk work that makes no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside the block.

    Loading or checking 100k references allocates millions of objects, and every full collection
    walks all of them again: it doubled the time of such runs (bench/README.md). None of that work
    makes reference cycles, so plain reference counting frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def old_objects_frozen() -> Iterator[None]:
    """Collections inside the block do not walk the objects alive when it starts.

    For long work that does make cycles (verify-links: thousands of responses and errors), so the
    collector stays on, but a full collection need not walk every loaded reference and module again
    (one took 34 ms of a 2,000-link run). They live to the block's end anyway; then the collector
    has them back (unless a caller had frozen objects itself: then its choice is kept, as it was).
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
