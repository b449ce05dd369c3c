"""``warehouse-gui verify`` on a log of a million events (SQLite file).

The database is written with SQL, not through the bus: a log shaped as desks write it and
the tables it leads to, computed alongside. 1,000 SKUs, each with five batches and a
low-stock threshold, then order lines round-robin over the SKUs, so that the SKUs'
events interleave as different desks' do: most lines whole from one batch, one in ten split
over two batches, one in ten waiting for stock (half of those withdrawn later), and one
line in seven cancelled. The run replays the whole log and compares it with every table
(``verification.verify``: what the command does, less printing) and fails unless they
agree.
"""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import date
from typing import Any

from tests.benchmarks import common
from warehouse_gui.domain import events

EVENTS, QUICK_EVENTS = 1_000_000, 5_000
SKUS, QUICK_SKUS = 1_000, 10
BATCH_QTY = 1_000_000


class LogWriter:
    """Events in log order, and the table rows they lead to."""

    def __init__(self) -> None:
        self.rows: list[tuple[Any, ...]] = []
        self.time = "2026-01-05 08:00:00.000000"  # as SQLAlchemy stores a time in SQLite
        self.versions: dict[str, int] = {}
        self.thresholds: dict[str, int] = {}
        self.batches: dict[str, list[Any]] = {}  # ref -> [sku, purchased, allocated, eta]
        self.parts: dict[tuple[str, str, str], int] = {}
        self.waiting: dict[tuple[str, str], int] = {}

    def log(self, sku: str, event: events.Event) -> None:
        fields = json.dumps(dict(vars(event)), sort_keys=True)
        orderid = getattr(event, "orderid", None)
        self.rows.append((self.time, type(event).__name__, sku, orderid, fields))

    def change(self, sku: str, *logged: events.Event) -> None:
        """One change of the product: one version."""
        self.versions[sku] = self.versions.get(sku, 0) + 1
        for event in logged:
            self.log(sku, event)

    def create(self, sku: str, ref: str, eta: date | None) -> None:
        iso = eta.isoformat() if eta else None
        self.batches[ref] = [sku, BATCH_QTY, 0, iso]
        self.change(sku, events.BatchCreated(ref, sku, BATCH_QTY, iso))

    def place(self, sku: str, orderid: str, takes: list[tuple[str, int]]) -> None:
        for ref, qty in takes:
            self.parts[(orderid, sku, ref)] = qty
            self.batches[ref][2] += qty
        self.change(sku, *(events.Allocated(orderid, sku, qty, ref) for ref, qty in takes))

    def cancel(self, sku: str, orderid: str, refs: list[str]) -> None:
        logged = []
        for ref in refs:
            qty = self.parts.pop((orderid, sku, ref))
            self.batches[ref][2] -= qty
            logged.append(events.Deallocated(orderid, sku, qty, ref))
        self.change(sku, *logged)


def write_log(total: int, skus: int) -> LogWriter:
    """About ``total`` events over ``skus`` SKUs, and what they lead to."""
    writer = LogWriter()
    names = [f"SKU-{n:04d}" for n in range(skus)]
    refs = {sku: [f"{sku}-b{n}" for n in range(5)] for sku in names}
    for sku in names:
        for n, ref in enumerate(refs[sku]):
            writer.create(sku, ref, None if n < 2 else date(2027, 1, n))
        writer.thresholds[sku] = 10
        writer.change(sku, events.LowStockThresholdSet(sku, 10, 0))
    line = 0
    while len(writer.rows) < total:
        line += 1
        for sku in names:
            orderid = f"o-{line}-{sku}"
            if line % 10 == 0:
                takes = [(refs[sku][0], 3), (refs[sku][1], 2)]
                writer.place(sku, orderid, takes)
            elif line % 10 == 1:
                writer.waiting[(orderid, sku)] = 4
                writer.change(sku, events.OutOfStock(sku, orderid, 4, 3))
                continue
            else:
                takes = [(refs[sku][line % 5], 1)]
                writer.place(sku, orderid, takes)
            if line % 7 == 0:
                writer.cancel(sku, orderid, [ref for ref, _ in takes])
        if line % 20 == 5:  # withdraw the lines that began to wait four lines ago
            for sku in names:
                orderid = f"o-{line - 4}-{sku}"
                qty = writer.waiting.pop((orderid, sku))
                writer.change(sku, events.WaitingLineWithdrawn(orderid, sku, qty))
    return writer


def store(path: str, writer: LogWriter) -> None:
    """Write the log and the tables straight into the app's SQLite file."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA synchronous=OFF")
    with connection:
        connection.executemany(
            "INSERT INTO event_log (time, type, sku, orderid, fields, station, operator, origin)"
            " VALUES (?, ?, ?, ?, ?, 'bench', 'bench', '')",
            writer.rows,
        )
        connection.executemany(
            "INSERT INTO products (sku, version_number, low_stock_threshold) VALUES (?, ?, ?)",
            [(sku, v, writer.thresholds.get(sku, 0)) for sku, v in writer.versions.items()],
        )
        batch_ids = {ref: number for number, ref in enumerate(writer.batches, 1)}
        connection.executemany(
            "INSERT INTO batches (id, reference, sku, purchased_quantity, allocated_quantity, eta)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(batch_ids[ref], ref, *values) for ref, values in writer.batches.items()],
        )
        connection.executemany(
            "INSERT INTO allocations (batch_id, orderid, sku, qty) VALUES (?, ?, ?, ?)",
            [(batch_ids[ref], o, sku, qty) for (o, sku, ref), qty in writer.parts.items()],
        )
        connection.executemany(
            "INSERT INTO waiting_lines (orderid, sku, qty, since) VALUES (?, ?, ?, ?)",
            [(o, sku, qty, writer.time) for (o, sku), qty in writer.waiting.items()],
        )
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def setup(options: common.Options) -> None:
    """The database with its log, built once."""
    from warehouse_gui.bootstrap import bootstrap

    path = options.directory / "seeded.db"
    bootstrap(db_url=common.sqlite_url(path), send_mail=common.no_mail)
    quick = options.quick
    store(str(path), write_log(QUICK_EVENTS if quick else EVENTS, QUICK_SKUS if quick else SKUS))


def run(options: common.Options) -> common.Figures:
    """Verify the whole database once."""
    from warehouse_gui import verification

    db_url = common.sqlite_url(options.directory / "seeded.db")
    started = time.perf_counter()
    report = verification.verify(db_url)
    seconds = time.perf_counter() - started
    if not report.ok:
        raise SystemExit("\n".join(report.differences[:20]))
    return {
        "verify_seconds": seconds,
        "verify_events_per_second": report.events / seconds,
        "verify_events": float(report.events),
    }


if __name__ == "__main__":
    common.workload_main(setup, run)
