"""A scanner's stream into the Allocate form: does the window keep up, key for key?

The real main window (offscreen Qt) runs on a SQLite file of 200 SKUs x 5 batches. A
4 ms ``PreciseTimer`` on the GUI thread plays a keyboard-wedge scanner in memory mode:
order id, Enter, SKU, Enter, quantity, Enter, line after line, one key every 4 ms and no
pause between scans, each key delivered where the cursor is when its turn comes, while
the window's event loop runs as in the program. The SKUs are those of the table's first
rows, so every allocation repaints a row on screen.

- Lines per second: the lines over the time from the first key to the last line's row
  repainted, beside the scanner's own pace (the lines over the time it took to type them).
- Last key to row repainted: from just before a line's last Enter is delivered to the end
  of the first paint of the batch table's viewport that covers the row its allocation
  went to, begun after the ``Allocated`` event reached the GUI thread; p50 and p99.
- Backlog: the most commands on their way at any moment of the stream, and how many were
  still on their way when its last key was typed (a backlog that grows shows there).
Every line is checked to have been allocated exactly as scanned.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

from tests.benchmarks import common
from tests.benchmarks.allocate_throughput import QUICK_SKUS, SKUS
from tests.benchmarks.gui_burst import setup
from tests.benchmarks.qt_probes import (
    PaintProbe,
    application,
    close_window,
    open_window,
    process_until,
    row_band,
)

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.gui.bridge.bus import Bus

LINES, QUICK_LINES = 300, 30
KEY_MS = 4
STREAM_SKUS = ["SKU-0000", "SKU-0001", "SKU-0002"]  # the first rows, always on screen


def run(options: common.Options) -> common.Figures:
    """Open the window, stream the scans, and time every line to its repaint."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from warehouse_gui.domain import events

    lines = QUICK_LINES if options.quick else LINES
    skus = QUICK_SKUS if options.quick else SKUS
    database = common.fresh_copy(options.directory / "seeded.db", options.directory)
    app = application()
    arrivals: dict[str, tuple[float, events.Allocated]] = {}

    def listen_first(bus: Bus) -> None:
        def on_event(event: events.Event) -> None:
            if isinstance(event, events.Allocated):
                arrivals[event.orderid] = (time.perf_counter(), event)

        bus.event_published.connect(on_event)

    window, bus = open_window(
        common.sqlite_url(database), options.directory, before_window=listen_first
    )
    probe = PaintProbe(window.batches_view.table.viewport())
    process_until(lambda: window.model.batch_count == skus * 5 and bool(probe.paints))
    process_until(lambda: bus.idle)
    window.allocate_form.focus_first_field()

    scans = [(f"scan-{n}", STREAM_SKUS[n % len(STREAM_SKUS)], "1") for n in range(lines)]
    keys: deque[tuple[str, str | None]] = deque()  # (key, the order its Enter ends) ...
    for orderid, sku, qty in scans:
        for value in (orderid, sku):
            keys.extend((char, None) for char in value)
            keys.append(("\r", None))
        keys.extend((char, None) for char in qty)
        keys.append(("\r", orderid))
    last_key: dict[str, float] = {}
    pending: list[int] = []

    def press() -> None:
        if not keys:
            feeder.stop()
            return
        char, ends = keys.popleft()
        target = QApplication.focusWidget() or window
        if ends is not None:
            last_key[ends] = time.perf_counter()
        if char == "\r":
            QTest.keyClick(target, Qt.Key.Key_Return)
        else:
            QTest.keyClick(target, char)
        pending.append(bus.pending)

    feeder = QTimer()
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(KEY_MS)
    feeder.timeout.connect(press)
    first_key = time.perf_counter()
    feeder.start()
    process_until(lambda: not keys)
    last_key_typed = time.perf_counter()
    at_last_key = bus.pending
    process_until(lambda: bus.idle and len(arrivals) == lines)

    latencies, repainted = [], []
    for orderid, _sku, _qty in scans:
        arrived, event = arrivals[orderid]
        row = window.model.row_of(event.batchref)
        assert row is not None
        painted = probe.wait_for_paint(row_band(window.batches_view.table, row), since=arrived)
        repainted.append(painted)
        latencies.append(painted - last_key[orderid])
    wrong = [o for o, sku, _q in scans if arrivals[o][1].sku != sku or arrivals[o][1].qty != 1]
    if wrong or window.refused.scans():
        raise SystemExit(f"lines not allocated as scanned: {wrong or window.refused.scans()}")
    close_window(window, bus)
    app.processEvents()
    return {
        "stream_lines_per_second": lines / (max(repainted) - first_key),
        "stream_scanner_pace": lines / (last_key_typed - first_key),
        "stream_keeping_up": (last_key_typed - first_key) / (max(repainted) - first_key),
        "stream_key_to_repaint_p50": common.ms(common.percentile(latencies, 0.50)),
        "stream_key_to_repaint_p99": common.ms(common.percentile(latencies, 0.99)),
        "stream_most_pending": float(max(pending)),
        "stream_pending_at_last_key": float(at_last_key),
    }


if __name__ == "__main__":
    common.workload_main(setup, run)
