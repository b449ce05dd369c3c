"""Pausing Python's cyclic garbage collector while a large table is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Run the block without cyclic collections.

    Building 100,000 rows triggers full collections that walk every object in the process
    and free nothing (the rows are all kept): measured, 0.26 to 0.39 s of the batch
    table's start-up. Reference counting still frees what the block drops.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
