"""The real main window during a burst of commands, and the latency of a typed allocation.

The window (``MainWindow`` + ``Bus``, offscreen Qt) runs on a SQLite file of
200 SKUs x 5 batches. A 5 ms ``PreciseTimer`` on the GUI thread records when it fires.

- Burst: 5,000 lines are submitted through the Allocate form's ``submitted``, 50 per turn
  of the GUI event loop (all of them are queued within a fraction of a second, long before
  the bus has answered), and every answer, event, row update and repaint is handled by the
  window as usual. The figure is the longest gap between two ticks from the first submit
  to the last answer. As a control, the same timer's longest gap over 5 s with the window
  idle, just before the burst, is reported too: it shows what the machine alone does to
  the timer.
- Typed: with the bus idle, QTest types an order id, Enter, a SKU, Enter, a quantity into
  the Allocate form's fields; the clock starts just before the last Enter is delivered and
  stops when the batch table's viewport has finished painting a region covering the row
  of the batch the allocation went to (a paint that began after the ``Allocated`` event
  reached the GUI thread).
"""

from __future__ import annotations

import random
import time
from collections import deque
from typing import TYPE_CHECKING

from tests.benchmarks import common
from tests.benchmarks.allocate_throughput import QUICK_SKUS, SKUS, seed_skus
from tests.benchmarks.qt_probes import (
    PaintProbe,
    TickRecorder,
    allocate_line,
    application,
    close_window,
    open_window,
    process_until,
    row_band,
)

if TYPE_CHECKING:
    from warehouse_gui.gui.bridge.bus import Bus

BURST, QUICK_BURST = 5_000, 200
TYPED, QUICK_TYPED = 100, 10
CHUNK = 50
IDLE_S, IDLE_QUICK_S = 5.0, 0.5
TYPED_SKUS = ["SKU-0000", "SKU-0001"]  # the first rows of the table, always on screen


def setup(options: common.Options) -> None:
    """The seeded database every run copies."""
    seed_skus(
        common.sqlite_url(options.directory / "seeded.db"),
        QUICK_SKUS if options.quick else SKUS,
        batch_qty=1_000,
    )


def run(options: common.Options) -> common.Figures:
    """Open the window, burst, then type."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from warehouse_gui.domain import events

    skus = QUICK_SKUS if options.quick else SKUS
    burst = QUICK_BURST if options.quick else BURST
    typed = QUICK_TYPED if options.quick else TYPED
    database = common.fresh_copy(options.directory / "seeded.db", options.directory)
    app = application()
    arrivals: list[tuple[float, events.Event]] = []

    def listen_first(bus: Bus) -> None:
        bus.event_published.connect(lambda event: arrivals.append((time.perf_counter(), event)))

    window, bus = open_window(
        common.sqlite_url(database), options.directory, before_window=listen_first
    )
    probe = PaintProbe(window.batches_view.table.viewport())
    process_until(lambda: window.model.batch_count == skus * 5 and bool(probe.paints))
    process_until(lambda: bus.idle)

    answers = {"ok": 0}
    bus.carried_out.connect(lambda *_: answers.__setitem__("ok", answers["ok"] + 1))
    rng = random.Random(7)
    burst_skus = [f"SKU-{n:04d}" for n in range(len(TYPED_SKUS), skus)]
    plan = [allocate_line(f"burst-{n}", rng.choice(burst_skus), 1) for n in range(burst)]
    ticks = TickRecorder()
    ticks.start()
    idle_from = time.perf_counter()
    idle_until = idle_from + (IDLE_QUICK_S if options.quick else IDLE_S)
    process_until(lambda: time.perf_counter() > idle_until)
    idle_gaps = ticks.gaps(idle_from, idle_until)
    first_submit = time.perf_counter()

    queue = deque(plan)

    def feed() -> None:
        for _ in range(CHUNK):
            if not queue:
                feeder.stop()
                submitted.append(time.perf_counter())
                return
            window.allocate_form.submitted.emit(queue.popleft())

    submitted: list[float] = []
    feeder = QTimer()
    feeder.setInterval(0)
    feeder.timeout.connect(feed)
    feeder.start()
    process_until(lambda: not queue and bus.idle)
    last_answer = time.perf_counter()
    feeder.stop()
    ticks.stop()
    if answers["ok"] != burst:
        raise SystemExit(f"{burst - answers['ok']} burst commands failed")
    gaps = ticks.gaps(first_submit, last_answer)

    settle_until = time.perf_counter() + 0.3
    process_until(lambda: time.perf_counter() > settle_until)
    edits = window.allocate_form.edits
    latencies = []
    for number in range(typed):
        orderid = f"typed-{number}"
        QTest.keyClicks(edits["orderid"], orderid)
        QTest.keyClick(edits["orderid"], Qt.Key.Key_Return)
        QTest.keyClicks(edits["sku"], TYPED_SKUS[number % len(TYPED_SKUS)])
        QTest.keyClick(edits["sku"], Qt.Key.Key_Return)
        QTest.keyClicks(edits["qty"], "1")
        already = len(arrivals)
        entered = time.perf_counter()
        QTest.keyClick(edits["qty"], Qt.Key.Key_Return)
        process_until(
            lambda already=already, orderid=orderid: any(
                isinstance(event, events.Allocated) and event.orderid == orderid
                for _t, event in arrivals[already:]
            ),
            timeout_s=10,
        )
        arrived, event = next(
            (t, e) for t, e in arrivals[already:] if getattr(e, "orderid", None) == orderid
        )
        assert isinstance(event, events.Allocated)
        row = window.model.row_of(event.batchref)
        assert row is not None
        painted = probe.wait_for_paint(row_band(window.batches_view.table, row), since=arrived)
        latencies.append(painted - entered)
        process_until(lambda: bus.idle)
    close_window(window, bus)
    app.processEvents()
    return {
        "burst_max_gap": common.ms(max(gaps)),
        "burst_idle_max_gap": common.ms(max(idle_gaps)),
        "burst_p99_gap": common.ms(common.percentile(gaps, 0.99)),
        "burst_throughput": burst / (last_answer - first_submit),
        "burst_all_queued": common.ms(submitted[0] - first_submit),
        "enter_to_repaint_p50": common.ms(common.percentile(latencies, 0.50)),
        "enter_to_repaint_p99": common.ms(common.percentile(latencies, 0.99)),
    }


if __name__ == "__main__":
    common.workload_main(setup, run)
