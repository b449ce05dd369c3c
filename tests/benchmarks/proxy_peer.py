"""The same-run peer of the batch table: a ``QSortFilterProxyModel`` over the same model.

A ``BatchTableModel`` holding the rows of the 100,000-batch workload (built in memory, no
database) is shown through a proxy in a ``QTableView``. One filter keystroke
(``setFilterFixedString`` on the SKU column, case-insensitive) and one sort (by
reference) are each timed to the end of the view's repaint, exactly as the real table is.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from tests.benchmarks import common
from tests.benchmarks.table_100k import ALLOCATIONS_PER_BATCH, BATCHES, QUICK_BATCHES, sku_of


def setup(options: common.Options) -> None:
    """Nothing to prepare: the rows are made in memory."""


def run(options: common.Options) -> common.Figures:
    """Time a filter keystroke and a sort through the proxy."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QTableView

    from tests.benchmarks.qt_probes import PaintProbe, application, process_until
    from warehouse_gui.gui.tabs.batches.entries import REFERENCE, SKU
    from warehouse_gui.gui.tabs.batches.model import BatchTableModel
    from warehouse_gui.read_model import BatchRow

    batches = QUICK_BATCHES if options.quick else BATCHES
    app = application()
    model = BatchTableModel()
    model.load(
        BatchRow(
            f"batch-{n:06d}",
            sku_of(n, batches),
            None if n % 5 == 0 else date(2026, 1, 1) + timedelta(days=n * 37 % 700),
            10 if n % 10 == 3 else 50,
            ALLOCATIONS_PER_BATCH,
        )
        for n in range(batches)
    )
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(SKU)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.verticalHeader().hide()
    view.resize(1000, 600)
    view.show()
    probe = PaintProbe(view.viewport())
    process_until(lambda: bool(probe.paints))

    before = time.perf_counter()
    proxy.setFilterFixedString("sku-1")
    filtered = probe.wait_for_paint(since=before, timeout_ms=600_000) - before
    proxy.setFilterFixedString("")
    process_until(lambda: proxy.rowCount() == batches)

    before = time.perf_counter()
    view.setSortingEnabled(True)
    view.sortByColumn(REFERENCE, Qt.SortOrder.AscendingOrder)
    sorted_ = probe.wait_for_paint(since=before, timeout_ms=600_000) - before
    view.close()
    app.processEvents()
    return {"proxy_filter_keystroke": common.ms(filtered), "proxy_sort": common.ms(sorted_)}


if __name__ == "__main__":
    common.workload_main(setup, run)
