"""One desk of the many-desks benchmark: the program's own bus and feed without a window,
in a process forked from the benchmark, sending one command every ~2 s and following
every other desk.

A desk opens its workstation (trying again while the server is unreachable or full, up
to the plan's start deadline), follows the log on a thread of its own from the position
its batch table was read at, sends one unmeasured Allocate (``WARM_UP``), says it is
ready, waits for the benchmark's go, then allocates one unit of a random SKU every
``pace`` seconds (jittered, from a random offset), measured from the window's start
(some seconds after the go) to its end, waits for the other desks' last events, and
writes what it saw to ``<reports>/desk-<number>.json``.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from warehouse_gui import bootstrap, queries, read_model
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import StoreUnavailable

# How long a desk waits for the other desks to finish their windows.
FINISH_GRACE_SECONDS = 20.0
# Errors kept verbatim per desk, for the benchmark's notes.
KEPT_ERRORS = 3
# The orders a desk sends before the window, unmeasured: one as it starts, and those from
# the go to the window's start. A desk at work has its statements compiled and its code
# warm, and it does not set off at the same moment as two hundred others.
WARM_UP = "warm-up-"


@dataclass(frozen=True)
class Plan:
    """What every desk of one run shares."""

    url: str
    skus: tuple[str, ...]
    start_deadline: float  # time.time() by which a desk has started, or gives up
    pace: float  # mean seconds between two commands of one desk
    drain: float  # most seconds to wait for late events after every desk finished
    reports: Path


class Signals:
    """The benchmark's shared objects (made before the desks are forked)."""

    def __init__(self, context: Any) -> None:
        self.ready = context.Queue()  # (desk, started, words)
        self.settled = context.Event()  # every desk has started or given up
        self.go = context.Event()
        self.window = context.Array("d", 3)  # go, start and end, time.time()
        self.started = context.Value("i", 0)  # desks that went into the window
        self.finished = context.Value("i", 0)  # desks whose window is over
        self.all_finished = context.Event()
        self.committed = context.Value("i", 0)  # commands committed by every desk


@dataclass
class Report:
    """What one desk saw: its commands and the events of other desks that reached it."""

    desk: int
    started: bool = False
    start_error: str = ""
    commits: list[tuple[str, float]] = field(default_factory=list)  # orderid, time
    latencies: list[float] = field(default_factory=list)  # seconds
    command_errors: int = 0
    errors: list[str] = field(default_factory=list)
    arrivals: list[tuple[str, int, float]] = field(default_factory=list)  # orderid, id, time
    disconnections: int = 0
    cpu_share: float = 0.0  # CPU time of the desk's process over the window's length
    idle_cpu_share: float = 0.0  # the same from the settling of every desk to the go
    retries: int = 0  # second chances the bus gave commands (lost races, a full server)

    def error(self, words: str) -> None:
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append(words)


class _Feed:
    """The desk's follower callbacks: arrival times, and whether it is connected."""

    def __init__(self, report: Report) -> None:
        self._report = report
        self._changed = threading.Condition()
        self._orderids: set[str] = set()
        self.connected = threading.Event()
        self.words = ""

    def entries_arrived(self, entries: list[read_model.LoggedEvent]) -> None:
        arrived = time.time()
        with self._changed:
            for entry in entries:
                self._report.arrivals.append((entry.orderid, entry.id, arrived))
                if not entry.orderid.startswith(WARM_UP):
                    self._orderids.add(entry.orderid)
            self._changed.notify_all()

    def connection_changed(self, connected: bool, words: str) -> None:
        self.words = words
        if connected:
            self.connected.set()
        elif self.connected.is_set():
            self._report.disconnections += 1
            self._report.error(f"feed: {words}")

    def wait_for(self, count: int, timeout: float) -> None:
        """Wait until ``count`` orders have arrived, or ``timeout`` seconds."""
        with self._changed:
            self._changed.wait_for(lambda: len(self._orderids) >= count, timeout)


def run_desk(number: int, plan: Plan, signals: Signals) -> None:
    """The body of desk ``number``'s process."""
    logging.disable(logging.WARNING)  # a hundred desks' words go to their reports instead
    random.seed()  # not the state every desk was forked with
    origin = f"bench-desk-{number}"
    report = Report(number)
    feed = _Feed(report)
    stop = threading.Event()
    follower: threading.Thread | None = None
    workstation = None
    try:
        workstation = _open(plan, origin, report)
        if workstation is not None:
            follower = _follow(plan.url, origin, workstation, feed, stop)
            if feed.connected.wait(max(0.0, plan.start_deadline - time.time())):
                report.started = True
                _warm_up(workstation, number, plan, report)
            else:
                report.start_error = f"the feed never connected: {feed.words}"
        signals.ready.put((number, report.started, report.start_error))
        if workstation is not None and report.started:
            report.idle_cpu_share = _idle(signals)
            _send(workstation, number, plan, signals, report)
            _drain(feed, plan, signals, report)
    except Exception as error:  # whatever stops a desk is its report's to say
        report.error(f"{type(error).__name__}: {error}")
        if not report.started:
            report.start_error = report.start_error or report.errors[-1]
            signals.ready.put((number, False, report.start_error))
    finally:
        stop.set()
        if follower is not None:
            follower.join(10)
        path = plan.reports / f"desk-{number}.json"
        path.write_text(json.dumps(asdict(report)), encoding="utf-8")
        if workstation is not None:
            workstation.close()


def _open(plan: Plan, origin: str, report: Report) -> bootstrap.Workstation | None:
    """The desk's workstation, tried again every second or two while the server cannot
    take it, until the start deadline."""
    while True:
        try:
            return bootstrap.workstation(plan.url, origin, publish=lambda _event: None)
        except StoreUnavailable as error:
            report.start_error = str(error)
            if time.time() + 2 > plan.start_deadline:
                return None
            time.sleep(random.uniform(1.0, 2.0))


def _follow(
    url: str,
    origin: str,
    workstation: bootstrap.Workstation,
    feed: _Feed,
    stop: threading.Event,
) -> threading.Thread:
    snapshot = workstation.answer(queries.BatchTable())
    assert isinstance(snapshot, read_model.BatchSnapshot)
    thread = threading.Thread(
        target=bootstrap.follow_log,
        args=(url, origin, snapshot.position, stop, feed.entries_arrived, feed.connection_changed),
        daemon=True,
    )
    thread.start()
    return thread


def _idle(signals: Signals) -> float:
    """Wait for the go, doing nothing but following; the share of a core the desk used
    from the moment every desk had settled."""
    signals.settled.wait()
    cpu, wall = time.process_time(), time.time()
    signals.go.wait()
    return (time.process_time() - cpu) / max(time.time() - wall, 1e-3)


def _warm_up(workstation: bootstrap.Workstation, number: int, plan: Plan, report: Report) -> None:
    """One Allocate before the window; a failure is noted, not counted."""
    command = commands.Allocate(orderid=f"{WARM_UP}d{number}", sku=random.choice(plan.skus), qty=1)
    try:
        workstation.handle(command)
    except Exception as error:  # the window's commands will say whether it lasts
        report.error(f"before the window: {type(error).__name__}: {error}")


def _send(
    workstation: bootstrap.Workstation, number: int, plan: Plan, signals: Signals, report: Report
) -> None:
    """Allocate from the go, measuring from the window's start to its end; the share of a
    core the desk used meanwhile (its bus and its feed)."""
    go, start, end = signals.window[:]
    numbers = itertools.count(1)
    due = go + random.uniform(0.0, plan.pace)
    due = _allocate(workstation, f"{WARM_UP}d{number}", numbers, due, start, plan, report)
    time.sleep(max(0.0, start - time.time()))
    cpu = time.process_time()
    _allocate(workstation, f"d{number}", numbers, due, end, plan, report, signals)
    time.sleep(max(0.0, end - time.time()))
    report.cpu_share = (time.process_time() - cpu) / (end - start)
    report.retries = workstation.bus.retries


def _allocate(
    workstation: bootstrap.Workstation,
    prefix: str,
    numbers: Iterator[int],
    due: float,
    until: float,
    plan: Plan,
    report: Report,
    signals: Signals | None = None,
) -> float:
    """One Allocate at ``due`` and then every ``plan.pace`` seconds (0.75 to 1.25 of it)
    before ``until``, each measured when ``signals`` are given; the next one's time."""
    while due < until:
        time.sleep(max(0.0, due - time.time()))
        orderid = f"{prefix}-{next(numbers)}"
        command = commands.Allocate(orderid=orderid, sku=random.choice(plan.skus), qty=1)
        began = time.perf_counter()
        try:
            workstation.handle(command)
        except Exception as error:  # a failed command is an error of the run, not the desk's end
            report.error(f"{type(error).__name__}: {error}")
            if signals is not None:
                report.command_errors += 1
        else:
            if signals is not None:
                report.latencies.append(time.perf_counter() - began)
                report.commits.append((orderid, time.time()))
                with signals.committed.get_lock():
                    signals.committed.value += 1
        due += random.uniform(0.75, 1.25) * plan.pace
    return due


def _drain(feed: _Feed, plan: Plan, signals: Signals, report: Report) -> None:
    """Once every desk is done, wait (up to ``plan.drain``) for every other desk's events."""
    with signals.finished.get_lock():
        signals.finished.value += 1
        if signals.finished.value >= signals.started.value:
            signals.all_finished.set()
    signals.all_finished.wait(FINISH_GRACE_SECONDS)
    feed.wait_for(signals.committed.value - len(report.commits), plan.drain)
