"""What a test needs of this machine: started, or skipped with why (failed in CI, which
must run every test)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

Started = TypeVar("Started")
DEADLINE_SECONDS = 20.0


def needed(start: Callable[[], Started], unavailable: type[Exception], what: str) -> Started:
    """``start()``; when it raises ``unavailable``, skip the test saying why, or fail it in
    CI (``what`` names the thing, as in "CI must run PgBouncer")."""
    try:
        return start()
    except unavailable as why:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run {what}: {why}")
        pytest.skip(f"Cannot run {what} here: {why}")


def within_deadline(done: Callable[[], bool], what: str, seconds: float = DEADLINE_SECONDS) -> None:
    """Wait until ``done()``, failing the test after ``seconds`` with ``what``."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            pytest.fail(f"Not within {seconds:.0f} s: {what}")
        time.sleep(0.02)
