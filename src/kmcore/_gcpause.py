"""Pause Python's cyclic garbage collector around work that builds many small objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["no_gc"]


@contextlib.contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector (reference counting still frees everything).

    Loading a ledger, a stat cache or a site manifest builds tens of thousands of small
    dicts, lists and tuples; the collections they trigger each walk every object alive in
    the process, and cost more than the work itself. Nothing paused this way makes
    reference cycles that must be collected meanwhile. Nested pauses are fine.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
