"""``warehouse-gui verify``: the database's integrity check, and the event log replayed from
the start (``projection``) compared with the tables it should have produced."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from sqlalchemy import Connection, Engine, select

from warehouse_gui.adapters import database, orm
from warehouse_gui.adapters.existing import open_existing
from warehouse_gui.domain import events
from warehouse_gui.projection import Projection
from warehouse_gui.wording import counted

CHUNK = 1000
PROGRESS_EVERY_S = 0.25
PROGRESS_CHECK_EVERY = 1000  # events between looks at the clock


@dataclass
class Report:
    """What ``verify`` found: the counts compared and every difference, one line each."""

    events: int = 0
    batches: int = 0
    allocations: int = 0
    waiting: int = 0
    products: int = 0
    integrity: str | None = None  # "ok", SQLite's complaint, or None on a server
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the tables and the log agree and the database is sound."""
        return not self.differences

    def summary(self) -> str:
        """The one line printed when all agree."""
        integrity = "; integrity ok" if self.integrity == "ok" else ""
        return (
            f"Verified: {counted(self.events, 'event')} replay to the "
            f"{counted(self.batches, 'batch')}, {counted(self.allocations, 'allocation')}, "
            f"{counted(self.waiting, 'waiting line')} and {counted(self.products, 'product')} "
            f"stored{integrity}"
        )


def verify_command(db_url: str) -> int:
    """Verify the database at ``db_url``: print the summary and return 0, or print every
    difference and return 1. Nothing is written."""
    progress = sys.stderr if sys.stderr.isatty() else None
    report = verify(db_url, progress=progress)
    if report.ok:
        print(report.summary())
        return 0
    for difference in report.differences:
        print(difference)
    print(
        f"{counted(len(report.differences), 'difference')} between the tables and the "
        f"{counted(report.events, 'event')} of the log",
        file=sys.stderr,
    )
    return 1


def verify(db_url: str, progress: TextIO | None = None) -> Report:
    """Check the warehouse at ``db_url`` (opened as it is: nothing created or migrated).

    The log and the tables are read in one snapshot (one read transaction), so desks may
    go on working meanwhile. ``progress``, when given, is told the events replayed so far.
    """
    engine = open_existing(db_url)
    try:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            # A reader needs no write lock: a deferred BEGIN instead of BEGIN IMMEDIATE.
            database.begin_as_reader(engine)
        with _snapshot(engine, sqlite) as connection:
            report = Report()
            if sqlite:
                report.integrity = _integrity(connection)
                if report.integrity != "ok":
                    report.differences.append(f"integrity check: {report.integrity}")
            replayed = _replay(connection, progress)
            report.events = replayed.events
            report.differences.extend(f"log: {anomaly}" for anomaly in replayed.anomalies)
            _compare(connection, replayed, report)
            connection.rollback()
    finally:
        engine.dispose()
    return report


@contextmanager
def _snapshot(engine: Engine, sqlite: bool) -> Iterator[Connection]:
    """One read transaction: a deferred BEGIN on SQLite, REPEATABLE READ on a server."""
    options = {} if sqlite else {"isolation_level": "REPEATABLE READ"}
    with engine.connect().execution_options(**options) as connection:
        if sqlite:
            connection.exec_driver_sql("BEGIN")
        yield connection


def _integrity(connection: Connection) -> str:
    rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    return "; ".join(rows)


def _logged(connection: Connection) -> Iterator[tuple[int, str, str | None, str]]:
    log = orm.event_log.c
    query = select(log.id, log.type, log.sku, log.fields).order_by(log.id)
    result = connection.execution_options(yield_per=CHUNK).execute(query)
    for rows in result.partitions():
        for row in rows:
            yield row[0], row[1], row[2], row[3]


class _Progress:
    """The events replayed so far, on one line rewritten in place, a few times a second."""

    def __init__(self, out: TextIO | None) -> None:
        self.out = out
        self.last = time.monotonic()
        self.shown = False

    def tick(self, count: int) -> None:
        if self.out is None or time.monotonic() - self.last < PROGRESS_EVERY_S:
            return
        self.last = time.monotonic()
        self.out.write(f"\rReplaying the event log: {count:,} events…")
        self.out.flush()
        self.shown = True

    def clear(self) -> None:
        if self.out is not None and self.shown:
            self.out.write("\r\x1b[K")
            self.out.flush()


# The schema revision from which an OutOfStock leaves its line waiting.
LINES_WAIT_SINCE = "0006"


def _replay(connection: Connection, out: TextIO | None) -> Projection:
    replayed = Projection()
    rebuild = events.EVENT_TYPES
    progress = _Progress(out)
    history = orm.schema_history.c
    lines_wait_from = connection.execute(
        select(history.first_event_id).where(history.revision == LINES_WAIT_SINCE)
    ).scalar()
    for count, (entry_id, type_name, sku, fields) in enumerate(_logged(connection), 1):
        replayed.lines_wait = entry_id >= (lines_wait_from or 0)
        if type_name not in rebuild:
            replayed.events += 1
            replayed.anomalies.append(f"entry {entry_id}: an event of unknown type {type_name}")
            continue
        try:
            entry = rebuild[type_name](**json.loads(fields))
        except (TypeError, ValueError) as error:
            replayed.events += 1
            replayed.anomalies.append(
                f"entry {entry_id}: a {type_name} that cannot be read ({error})"
            )
            continue
        replayed.apply(entry, sku)
        if count % PROGRESS_CHECK_EVERY == 0:
            progress.tick(count)
    progress.clear()
    return replayed


def _compare(connection: Connection, replayed: Projection, report: Report) -> None:
    differences = report.differences
    b, a, w, p = orm.batches.c, orm.allocations.c, orm.waiting_lines.c, orm.products.c

    logged_batches = dict(replayed.batches)
    query = select(
        b.reference, b.sku, b.purchased_quantity, b.allocated_quantity, b.eta, b.location
    )
    for reference, sku, purchased, allocated, eta, location in connection.execute(
        query.order_by(b.id)
    ):
        report.batches += 1
        logged = logged_batches.pop(reference, None)
        if logged is None:
            differences.append(f"batch {reference}: in the table, not in the log")
            continue
        stored_eta = eta.isoformat() if eta is not None else None
        for what, stored, by_log in (
            ("SKU", sku, logged.sku),
            ("purchased", purchased, logged.purchased),
            ("allocated", allocated, logged.allocated),
            ("ETA", stored_eta or "in stock", logged.eta or "in stock"),
            ("location", location or "none", logged.location or "none"),
        ):
            if stored != by_log:
                differences.append(
                    f"batch {reference}: {what} {stored} in the table, {by_log} by the log"
                )
    differences.extend(f"batch {ref}: in the log, not in the table" for ref in logged_batches)

    logged_parts = replayed.parts
    query = (
        select(a.orderid, a.sku, b.reference, a.qty, a.picked)
        .join(orm.batches, a.batch_id == b.id)
        .order_by(a.id)
    )
    seen: set[tuple[str, str, str]] = set()
    for orderid, sku, reference, qty, picked in connection.execute(query):
        report.allocations += 1
        key = (orderid, sku, reference)
        if key in seen:
            differences.append(f"order {orderid}: a second row for its {sku} in batch {reference}")
            continue
        seen.add(key)
        part = logged_parts.pop(key, None)
        if part is None:
            differences.append(
                f"order {orderid}: {qty} × {sku} from batch {reference} in the table, "
                "none by the log"
            )
        elif part != qty:
            differences.append(
                f"order {orderid}: {qty} × {sku} from batch {reference} in the table, "
                f"{part} by the log"
            )
        if part is not None and bool(picked) != (key in replayed.picked):
            in_table, by_log = ("picked", "not") if picked else ("not picked", "picked")
            differences.append(
                f"order {orderid}: its {sku} from batch {reference} {in_table} in the table, "
                f"{by_log} by the log"
            )
    differences.extend(
        f"order {orderid}: {qty} × {sku} from batch {reference} by the log, missing from the table"
        for (orderid, sku, reference), qty in logged_parts.items()
    )

    logged_waiting = dict(replayed.waiting)
    query = select(w.orderid, w.sku, w.qty).order_by(w.id)
    for orderid, sku, qty in connection.execute(query):
        report.waiting += 1
        waits = logged_waiting.pop((orderid, sku), None)
        if waits != qty:
            by_log = "not waiting by the log" if waits is None else f"{waits} by the log"
            differences.append(f"order {orderid}: {qty} × {sku} waiting in the table, {by_log}")
    differences.extend(
        f"order {orderid}: {qty} × {sku} waiting by the log, missing from the table"
        for (orderid, sku), qty in logged_waiting.items()
    )

    logged_versions = dict(replayed.versions)
    query = select(p.sku, p.version_number, p.low_stock_threshold).order_by(p.sku)
    for sku, version, threshold in connection.execute(query):
        report.products += 1
        logged_version = logged_versions.pop(sku, 0)
        if version != logged_version:
            differences.append(
                f"SKU {sku}: version {version} in the table, {logged_version} by the log"
            )
        logged_threshold = replayed.thresholds.get(sku, 0)
        if threshold != logged_threshold:
            differences.append(
                f"SKU {sku}: low-stock threshold {threshold} in the table, "
                f"{logged_threshold} by the log"
            )
    differences.extend(f"SKU {sku}: in the log, not in the table" for sku in logged_versions)
