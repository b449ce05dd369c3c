"""Many desks on one PostgreSQL server, straight to it and through a PgBouncer of its own.

For each number of desks (25, 50, 100, 200; 3 with ``--quick``, whose figures stand for
every number) and each way in (``direct``, ``pgbouncer``: transaction pooling, 20 server
connections per database), a run:

- creates a scratch database on the server and seeds it (50 SKUs, one large batch each);
- starts a few real windows offscreen (``python -m warehouse_gui --db URL``), to show
  the GUI's share, then the desks (``desk_simulator``): processes forked from this one,
  which has imported the program and holds no thread at the fork (and no connection but
  the one counting connections);
- once every desk has started or given up, lets them idle a few seconds and counts their
  server connections, then lets every desk allocate one unit every ~2 s, measured after
  a few seconds for the measuring window, while it samples ``pg_stat_activity`` twice a
  second;
- stops everything and drops the database.

Every connection carries an ``application_name`` (``bench-desk``, ``bench-window``), by
which ``pg_stat_activity`` tells them apart on a direct way in; through PgBouncer the
server's connections are PgBouncer's, counted together. Lag is from the time a command
returned at its desk to the time its event reached each other desk (one machine, one
clock); every started desk is expected to receive every other desk's committed command
once.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import subprocess
import sys
import time
import uuid
from collections import Counter
from multiprocessing.connection import wait
from pathlib import Path
from statistics import fmean
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from tests import pgbouncer
from tests.benchmarks import common, desk_simulator
from tests.benchmarks.postgres import server_url

# A workstation loads ``backups`` as it opens: here it is loaded once, before the fork.
from warehouse_gui import backups, bootstrap  # noqa: F401

DESKS = (25, 50, 100, 200)
QUICK_DESKS = 3
WAYS = ("direct", "pgbouncer")
WINDOW_SECONDS, QUICK_WINDOW_SECONDS = 30.0, 4.0
# Every desk started (or gave up), following, sending nothing: their connections and CPU.
IDLE_SECONDS, QUICK_IDLE_SECONDS = 3.0, 1.0
# From the go to the window's start the desks already allocate, unmeasured: two hundred
# desks setting off from idle at the same moment is not a working day's load.
RAMP_SECONDS, QUICK_RAMP_SECONDS = 5.0, 1.0
PACE_SECONDS = 2.0
DRAIN_SECONDS = 3.0
START_SECONDS, QUICK_START_SECONDS = 40.0, 20.0  # for every desk to start, or give up
WINDOWS, QUICK_WINDOWS = 2, 1  # real windows beside the desks (quick: on the direct way)
SKUS = 50
STOCK = 1_000_000
POOL_SIZE = 20
SAMPLE_SECONDS = 0.5
WINDOW_START_SECONDS = 30.0
DESK_NAME, WINDOW_NAME = "bench-desk", "bench-window"


def setup(options: common.Options) -> None:
    """Each run makes its own databases."""


def run(options: common.Options) -> common.Figures:
    """Every number of desks, each way in; in quick mode one small number stands for all."""
    server = server_url(options)
    figures: common.Figures = {}
    for desks in (QUICK_DESKS,) if options.quick else DESKS:
        for way in WAYS:
            measured = _run(server, desks, way, options)
            for number in DESKS if options.quick else (desks,):
                figures |= {f"desks_{number}_{way}_{key}": value for key, value in measured.items()}
    return figures


def _run(server: str, desks: int, way: str, options: common.Options) -> dict[str, float]:
    """One number of desks on one way in: its figures (keys without the prefix)."""
    name = f"warehouse_bench_{uuid.uuid4().hex[:12]}"
    reports = options.directory / f"{desks}-{way}-{os.getpid()}"
    reports.mkdir(parents=True, exist_ok=True)
    _admin(server, f'CREATE DATABASE "{name}"')
    bouncer: pgbouncer.PgBouncer | None = None
    windows: list[subprocess.Popen[bytes]] = []
    try:
        direct_url = make_url(server).set(database=name).render_as_string(hide_password=False)
        _fork_and_wait(_seed, direct_url)
        if way == "pgbouncer":
            bouncer = pgbouncer.PgBouncer(server, default_pool_size=POOL_SIZE)
        url = bouncer.url(name) if bouncer else direct_url
        count = (QUICK_WINDOWS if way == "direct" else 0) if options.quick else WINDOWS
        windows = [_window(_named(url, WINDOW_NAME), reports) for _ in range(count)]
        if way == "direct":
            _wait_for_windows(server, name, count)
        plan = desk_simulator.Plan(
            url=_named(url, DESK_NAME),
            skus=tuple(_sku(number) for number in range(SKUS)),
            start_deadline=time.time() + (QUICK_START_SECONDS if options.quick else START_SECONDS),
            pace=PACE_SECONDS,
            drain=DRAIN_SECONDS,
            reports=reports,
        )
        return _measure(server, name, desks, way, plan, options.quick, len(windows))
    finally:
        for window in windows:
            _end(window)
        if bouncer is not None:
            bouncer.stop()
        _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _measure(
    server: str,
    name: str,
    desks: int,
    way: str,
    plan: desk_simulator.Plan,
    quick: bool,
    windows: int,
) -> dict[str, float]:
    """Fork the desks, count connections while they idle and while they work, and read
    their reports."""
    idle_seconds = QUICK_IDLE_SECONDS if quick else IDLE_SECONDS
    ramp_seconds = QUICK_RAMP_SECONDS if quick else RAMP_SECONDS
    window_seconds = QUICK_WINDOW_SECONDS if quick else WINDOW_SECONDS
    context = multiprocessing.get_context("fork")
    signals = desk_simulator.Signals(context)
    processes = [
        context.Process(target=desk_simulator.run_desk, args=(number, plan, signals))
        for number in range(desks)
    ]
    # Connected before the desks take every slot of the server. The desks inherit the
    # connection's socket but never use it, and leave by os._exit (multiprocessing's),
    # which sends nothing on it.
    sampler = _Sampler(server, name)
    for process in processes:
        process.start()
    try:
        started = _wait_until_ready(signals, processes, plan, sampler)
        signals.started.value = started
        signals.settled.set()
        time.sleep(idle_seconds)
        idle = sampler.sample()
        go = time.time() + 0.5
        start = go + ramp_seconds
        end = start + window_seconds
        signals.window[:] = [go, start, end]
        signals.go.set()
        time.sleep(start - time.time())
        busy = _MachineCpu()
        deadline = end + desk_simulator.FINISH_GRACE_SECONDS + 30
        sentinels = [process.sentinel for process in processes]
        while sentinels and time.time() < deadline:
            for done in wait(sentinels, SAMPLE_SECONDS):
                sentinels.remove(done)  # type: ignore[arg-type]
            sampler.sample()
            if time.time() >= end:
                busy.stop()
    finally:
        for process in processes:
            if process.is_alive():
                process.kill()
            process.join()
        sampler.close()
    figures = _figures(plan, desks, way, started, idle, sampler, windows)
    busy.stop()
    assert busy.busy is not None
    return figures | {"cpu_busy": busy.busy}


def _wait_until_ready(
    signals: desk_simulator.Signals,
    processes: list[Any],
    plan: desk_simulator.Plan,
    sampler: _Sampler,
) -> int:
    """How many desks started, once each has said whether it did (or by the deadline)."""
    heard, started = 0, 0
    deadline = plan.start_deadline + 15
    while heard < len(processes) and time.time() < deadline:
        try:
            _number, ready, _words = signals.ready.get(timeout=SAMPLE_SECONDS)
        except queue.Empty:
            sampler.sample()
            continue
        heard += 1
        started += bool(ready)
    return started


class _MachineCpu:
    """How busy the machine's CPUs were (percent, from ``/proc/stat``) from its making
    until ``stop`` is first called."""

    def __init__(self) -> None:
        self._start = _cpu_ticks()
        self.busy: float | None = None

    def stop(self) -> None:
        if self.busy is None:
            now = _cpu_ticks()
            busy, total = (now[0] - self._start[0], now[1] - self._start[1])
            self.busy = 100.0 * busy / total if total else 0.0


def _cpu_ticks() -> tuple[int, int]:
    """Busy and total ticks of every CPU so far."""
    ticks = [int(field) for field in Path("/proc/stat").read_text().split()[1:9]]
    idle = ticks[3] + ticks[4]  # idle, iowait (guest time is within user time)
    return sum(ticks) - idle, sum(ticks)


class _Sampler:
    """Counts the scratch database's server connections by ``application_name``."""

    def __init__(self, server: str, database: str) -> None:
        self._connection = psycopg.connect(_conninfo(server), autocommit=True)
        self._database = database
        self.most: dict[str, int] = {}

    def sample(self) -> dict[str, int]:
        rows = self._connection.execute(
            "SELECT application_name, count(*) FROM pg_stat_activity "
            "WHERE datname = %s GROUP BY application_name",
            (self._database,),
        ).fetchall()
        counts = {str(application): int(count) for application, count in rows}
        counts[""] = sum(counts.values())  # every connection, whoever's
        for key, count in counts.items():
            self.most[key] = max(self.most.get(key, 0), count)
        return counts

    def close(self) -> None:
        self._connection.close()


def _figures(
    plan: desk_simulator.Plan,
    desks: int,
    way: str,
    started: int,
    idle: dict[str, int],
    sampler: _Sampler,
    windows: int,
) -> dict[str, float]:
    """The run's figures from the desks' reports and the connection samples."""
    reports = []
    for number in range(desks):
        path = plan.reports / f"desk-{number}.json"
        reports.append(json.loads(path.read_text()) if path.exists() else None)
    commit_times: dict[str, float] = {}
    sender: dict[str, int] = {}
    latencies: list[float] = []
    errors = 0
    for report in reports:
        if report is None or not report["started"]:
            errors += 1
            continue
        errors += report["command_errors"]
        latencies += report["latencies"]
        for orderid, committed in report["commits"]:
            commit_times[orderid] = committed
            sender[orderid] = report["desk"]
    receivers = [report for report in reports if report is not None and report["started"]]
    lags: list[float] = []
    duplicates = delivered = 0
    for report in receivers:
        seen_ids: set[int] = set()
        seen_orders: set[str] = set()
        for orderid, log_id, arrived in report["arrivals"]:
            if log_id in seen_ids:
                duplicates += 1
                continue
            seen_ids.add(log_id)
            if orderid in commit_times and orderid not in seen_orders:
                seen_orders.add(orderid)
                delivered += 1
                lags.append(arrived - commit_times[orderid])
    sent = Counter(sender.values())
    expected = sum(len(commit_times) - sent[report["desk"]] for report in receivers)
    on_desks = idle.get(DESK_NAME, 0) if way == "direct" else idle.get("", 0)
    figures = {
        "started": float(started),
        "server_connections": float(sampler.most.get("", 0)),
        "idle_connections_per_desk": on_desks / started if started else float(on_desks),
        "commands": float(len(commit_times)),
        "delivered": delivered / expected if expected else 0.0,
        "duplicates": float(duplicates),
        "errors": float(errors),
        "retries": float(sum(report["retries"] for report in receivers)),
    }
    if receivers:
        figures["idle_desk_cpu"] = 100.0 * fmean(report["idle_cpu_share"] for report in receivers)
        figures["desk_cpu"] = 100.0 * fmean(report["cpu_share"] for report in receivers)
    if latencies:
        figures["command_p50"] = common.ms(common.percentile(latencies, 0.50))
        figures["command_p99"] = common.ms(common.percentile(latencies, 0.99))
    if lags:
        figures["lag_p50"] = common.ms(common.percentile(lags, 0.50))
        figures["lag_p99"] = common.ms(common.percentile(lags, 0.99))
    if way == "direct" and windows:
        figures["window_connections"] = sampler.most.get(WINDOW_NAME, 0) / windows
    _notes(plan, reports)
    return figures


def _notes(plan: desk_simulator.Plan, reports: list[dict[str, Any] | None]) -> None:
    """What went wrong at the desks (the first few errors of each), a line per distinct
    error with how many desks said it, on stderr and in the run's folder."""
    seen: dict[str, int] = {}
    for report in reports:
        if report is None:
            seen["a desk wrote no report"] = seen.get("a desk wrote no report", 0) + 1
            continue
        words = [report["start_error"]] if not report["started"] else report["errors"]
        for said in set(words):
            seen[said] = seen.get(said, 0) + 1
    lines = [f"{count} x {said}" for said, count in sorted(seen.items(), key=lambda kv: -kv[1])]
    (plan.reports / "errors.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for line in lines[:5]:
        print(f"{plan.reports.name}: {line}", file=sys.stderr)


def _seed(db_url: str) -> None:
    """The program's schema, and one large batch for each SKU."""
    bootstrap.bootstrap(db_url=db_url, send_mail=common.no_mail)
    seeder = common.Seeder(db_url)
    seeder.add(common.SeedBatch(f"batch-{number}", _sku(number), STOCK) for number in range(SKUS))
    seeder.engine.dispose()


def _sku(number: int) -> str:
    return f"DESK-SKU-{number:03}"


def _fork_and_wait(target: Any, *args: Any) -> None:
    """Run ``target`` in a forked process, so that its engines and threads stay there."""
    process = multiprocessing.get_context("fork").Process(target=target, args=args)
    process.start()
    process.join()
    if process.exitcode != 0:
        raise SystemExit(f"{target.__name__} failed ({process.exitcode})")


def _window(url: str, reports: Path) -> subprocess.Popen[bytes]:
    """A real program window, offscreen, on ``url``."""
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    with (reports / f"window-{uuid.uuid4().hex[:6]}.log").open("wb") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "warehouse_gui", "--db", url],
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _wait_for_windows(server: str, database: str, count: int) -> None:
    """Wait (up to ``WINDOW_START_SECONDS``) until ``count`` windows hold a connection
    each, so that they are counted however many desks follow."""
    deadline = time.time() + WINDOW_START_SECONDS
    with psycopg.connect(_conninfo(server), autocommit=True) as connection:
        while time.time() < deadline:
            row = connection.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = %s AND application_name = %s",
                (database, WINDOW_NAME),
            ).fetchone()
            if row is not None and row[0] >= count:
                return
            time.sleep(SAMPLE_SECONDS)


def _end(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _named(url: str, application: str) -> str:
    """``url`` whose connections say they are ``application``'s."""
    parsed = make_url(url).update_query_dict({"application_name": application})
    return parsed.render_as_string(hide_password=False)


def _conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _admin(server: str, statement: str) -> None:
    with psycopg.connect(_conninfo(server), autocommit=True) as connection:
        connection.execute(statement)  # type: ignore[arg-type]


if __name__ == "__main__":
    common.workload_main(setup, run)
