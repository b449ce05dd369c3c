"""The batch table at 100,000 batches (and 1,000,000 allocations in the database).

The real window opens on a SQLite file seeded with SQL: 20,000 SKUs x 5 batches, ten
allocations of one unit each per batch, one batch in ten exhausted; SKUs are spread over
the references so that no column's order follows another's. Measured, in this order:

- window shown: the end of the batch table's first paint (still empty), against the
  moment the batch rows arrive on the GUI thread (the table's ``load``);
- load and paint: from just before ``MainWindow`` is built (what ``warehouse_gui.gui.app``
  does after creating the QApplication) to the end of the first table paint after the
  rows arrived; it includes the read on the bus thread;
- one event: an ``Allocate`` for the SKU on the first row goes through the bus; the clock
  starts when its ``Allocated`` event reaches the GUI thread and stops when the table
  has repainted that row (every listener of the event runs in between);
- filter keystrokes: QTest types ``sku-1234`` into the filter, then Backspace eight
  times; each keystroke is timed from its delivery to the end of the table's repaint;
- sorts: ``sortByColumn`` on each column in turn, timed to the end of the repaint;
- memory: the process's peak resident set (VmHWM) at the end.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tests.benchmarks import common

if TYPE_CHECKING:
    from warehouse_gui.gui.bridge.bus import Bus
    from warehouse_gui.read_model import BatchRow

BATCHES, QUICK_BATCHES = 100_000, 2_000
ALLOCATIONS_PER_BATCH = 10
EVENTS = 20
FILTER_TEXT = "sku-1234"


def sku_of(number: int, batches: int) -> str:
    """Five batches per SKU, spread over the references (7919 is prime to 2^5 x 5^4)."""
    skus = batches // 5
    return f"SKU-{(number * 7919) % skus:05d}"


def seed_batches(db_url: str, batches: int) -> None:
    """``batches`` batches with ten one-unit allocations each."""
    from warehouse_gui.bootstrap import bootstrap

    bootstrap(db_url=db_url, send_mail=common.no_mail)
    seeder = common.Seeder(db_url)
    seeder.add(
        common.SeedBatch(
            f"batch-{number:06d}",
            sku_of(number, batches),
            10 if number % 10 == 3 else 50,
            None if number % 5 == 0 else date(2026, 1, 1) + timedelta(days=number * 37 % 700),
            [1] * ALLOCATIONS_PER_BATCH,
        )
        for number in range(batches)
    )
    seeder.checkpoint()


def setup(options: common.Options) -> None:
    """The seeded database every run copies."""
    seed_batches(
        common.sqlite_url(options.directory / "seeded.db"),
        QUICK_BATCHES if options.quick else BATCHES,
    )


def run(options: common.Options) -> common.Figures:
    """Open, load, apply events, filter, sort, and read the memory high-water mark."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.benchmarks.qt_probes import (
        PaintProbe,
        allocate_line,
        application,
        close_window,
        open_window,
        process_until,
        row_band,
    )
    from warehouse_gui.domain import events
    from warehouse_gui.gui.tabs.batches import entries
    from warehouse_gui.gui.tabs.batches import model as batch_table

    batches = QUICK_BATCHES if options.quick else BATCHES
    database = common.fresh_copy(options.directory / "seeded.db", options.directory)
    app = application()
    arrivals: dict[str, float] = {}
    allocated: list[tuple[float, events.Allocated]] = []

    def listen_first(bus: Bus) -> None:
        def on_event(event: object) -> None:
            if isinstance(event, events.Allocated):
                allocated.append((time.perf_counter(), event))

        bus.event_published.connect(on_event)

    load = batch_table.BatchTableModel.load

    def load_on_arrival(model: batch_table.BatchTableModel, rows: Iterable[BatchRow]) -> None:
        arrivals.setdefault("batches", time.perf_counter())
        load(model, rows)

    batch_table.BatchTableModel.load = load_on_arrival  # type: ignore[method-assign]
    begin = time.perf_counter()
    window, bus = open_window(
        common.sqlite_url(database), options.directory, before_window=listen_first
    )
    probe = PaintProbe(window.batches_view.table.viewport())
    process_until(lambda: "batches" in arrivals and window.model.batch_count == batches)
    data_arrived = arrivals["batches"]
    shown = next(t for t, _region in probe.paints) if probe.paints else float("inf")
    painted = probe.wait_for_paint(since=data_arrived)
    process_until(lambda: bus.idle)

    event_times = []
    sku = window.model.entry(0).sku
    for number in range(EVENTS):
        already = len(allocated)
        window.allocate_form.submitted.emit(allocate_line(f"bench-{number}", sku, 1))
        process_until(lambda already=already: len(allocated) > already)
        arrived, event = allocated[already]
        row = window.model.row_of(event.batchref)
        assert row is not None
        done = probe.wait_for_paint(row_band(window.batches_view.table, row), since=arrived)
        event_times.append(done - arrived)
        process_until(lambda: bus.idle)

    window.focus_batch_filter()
    keystrokes = []
    for char in FILTER_TEXT:
        before = time.perf_counter()
        QTest.keyClick(window.batches_view.filter_edit, char)
        keystrokes.append(probe.wait_for_paint(since=before) - before)
    for _ in FILTER_TEXT:
        before = time.perf_counter()
        QTest.keyClick(window.batches_view.filter_edit, Qt.Key.Key_Backspace)
        keystrokes.append(probe.wait_for_paint(since=before) - before)
    assert window.model.rowCount() == batches

    sorts = []
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    for column, order in (
        (entries.REFERENCE, ascending),
        (entries.REFERENCE, descending),
        (entries.ETA, ascending),
        (entries.AVAILABLE, descending),
        (entries.PURCHASED, ascending),
        (entries.ALLOCATED, ascending),
        (entries.SKU, ascending),
    ):
        before = time.perf_counter()
        window.batches_view.table.sortByColumn(column, order)
        sorts.append(probe.wait_for_paint(since=before) - before)

    peak_kib = _status_kib("VmHWM")
    close_window(window, bus)
    app.processEvents()
    return {
        "table_shown_before_data": common.ms(data_arrived - shown),
        "table_load_and_paint": common.ms(painted - begin),
        "table_read": common.ms(data_arrived - begin),
        "table_event_repaint": common.ms(common.median(event_times)),
        "table_filter_keystroke": common.ms(common.median(keystrokes)),
        "table_filter_keystroke_worst": common.ms(max(keystrokes)),
        "table_sort": common.ms(common.median(sorts)),
        "table_sort_worst": common.ms(max(sorts)),
        "table_peak_rss": peak_kib / 1024,
    }


def _status_kib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    raise KeyError(field)


if __name__ == "__main__":
    common.workload_main(setup, run)
