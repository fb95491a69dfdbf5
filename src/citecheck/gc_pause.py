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
