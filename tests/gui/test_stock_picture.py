"""The Stock picture tab: a SKU's batches as bars in allocation order, kept live, by keyboard."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.gui.harness import opened
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.model import Batch
from warehouse_gui.gui.tabs.batches.entries import BatchEntry
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.gui.tabs.stock.chart import StockChart
from warehouse_gui.gui.tabs.stock.picture import BatchBar, StockPicture
from warehouse_gui.read_model import BatchRow

LIVE_TIMEOUT_MS = 5000


@pytest.fixture
def stock_db_url(sqlite_url):
    """LAMP has stock, two shipments on the same day and an earlier one; lookalike SKUs
    share its prefix or differ only in case."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    for command in (
        commands.CreateBatch("lamp-ship-b", "LAMP", 30, "2027-02-01"),
        commands.CreateBatch("lamp-ship-a", "LAMP", 30, "2027-02-01"),
        commands.CreateBatch("lamp-early", "LAMP", 40, "2027-01-10"),
        commands.CreateBatch("lamp-shelf", "LAMP", 20),
        commands.CreateBatch("lamp-back", "LAMP", 10),
        commands.CreateBatch("lampshade-1", "LAMPSHADE", 5),
        commands.CreateBatch("small-lamp-1", "lamp", 7),
        commands.CreateBatch("chair-1", "CHAIR", 5),
    ):
        bus.handle(command)
    bus.handle(commands.Allocate("order-0", "LAMP", 4))
    return sqlite_url


@pytest.fixture
def stock_app(qtbot, stock_db_url, tmp_path):
    yield from opened(qtbot, stock_db_url, tmp_path)


def picture_of(app):
    return app.window.stock_view.picture


def bars(app):
    return [(b.reference, b.eta, b.purchased, b.allocated) for b in picture_of(app).bars]


def show_sku(app, sku):
    app.shortcut(Qt.Key.Key_G)
    view = app.window.stock_view
    assert view.isVisible(), "the Stock picture tab is shown"
    assert app.focused() is view.sku_edit
    app.scan(sku)


def pixel(widget, point):
    return widget.grab().toImage().pixelColor(point)


def close_to(colour, expected, tolerance=8):
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(colour.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


def test_ctrl_g_and_a_sku_picture_its_batches_in_allocation_order(stock_app):
    show_sku(stock_app, "LAMP")

    assert bars(stock_app) == [
        ("lamp-back", None, 10, 4),
        ("lamp-shelf", None, 20, 0),
        ("lamp-early", date(2027, 1, 10), 40, 0),
        ("lamp-ship-a", date(2027, 2, 1), 30, 0),
        ("lamp-ship-b", date(2027, 2, 1), 30, 0),
    ]
    view = stock_app.window.stock_view
    assert view.summary_label.text() == (
        "LAMP: 5 batches — 130 purchased, 4 allocated, 126 available (26 in stock, 100 arriving)"
    )
    assert not view.error_label.isVisible()
    chart = view.chart
    image = chart.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(image.height())}
    assert len(colours) > 10, "the chart is drawn, not blank"
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    bar = chart.bar_rect(0)
    # 4 units allocated on the scale of the largest batch (40): the first tenth of the bar.
    middle = bar.center().y()
    assert close_to(pixel(chart, QPoint(bar.left() + bar.width() // 20, middle)), highlight)
    assert not close_to(pixel(chart, QPoint(bar.left() + bar.width() // 5, middle)), highlight)


def test_the_skus_low_stock_threshold_is_shown_with_its_stock(stock_app, qtbot, stock_db_url):
    bootstrap(db_url=stock_db_url, send_mail=lambda **mail: None).handle(
        commands.SetLowStockThreshold("CHAIR", 8)  # set before this desk pictured CHAIR
    )
    show_sku(stock_app, "CHAIR")
    label = stock_app.window.stock_view.summary_label
    qtbot.waitUntil(lambda: "warns" in label.text(), timeout=LIVE_TIMEOUT_MS)
    assert label.text() == (
        "CHAIR: 1 batch — 5 purchased, 0 allocated, 5 available (5 in stock, 0 arriving); "
        "warns when fewer than 8 are available — below it now"
    )

    stock_app.shortcut(Qt.Key.Key_T)
    stock_app.scan("CHAIR")
    stock_app.scan_and_wait("3")
    qtbot.waitUntil(lambda: label.text().endswith("warns when fewer than 3 are available"))

    stock_app.shortcut(Qt.Key.Key_T)
    stock_app.scan("CHAIR")
    stock_app.scan_and_wait("0")
    qtbot.waitUntil(lambda: label.text().endswith("(5 in stock, 0 arriving)"))


def test_the_picture_follows_the_domains_allocation_order():
    batches = [
        Batch("b", "SKU", 1, date(2027, 2, 1)),
        Batch("a", "SKU", 1, date(2027, 2, 1)),
        Batch("B", "SKU", 1, None),
        Batch("a-0", "SKU", 1, None),
        Batch("c", "SKU", 1, date(2026, 12, 31)),
    ]
    entries = [BatchEntry(b.reference, b.sku, b.eta, 1, 0) for b in batches]
    picture = StockPicture.of("SKU", entries)
    assert [bar.reference for bar in picture.bars] == [b.reference for b in sorted(batches)]


def test_a_sku_differing_only_in_case_is_found_and_an_unknown_one_is_explained(stock_app):
    view = stock_app.window.stock_view
    show_sku(stock_app, "chair")
    assert view.sku == "CHAIR"
    assert view.sku_edit.text() == "CHAIR"
    assert bars(stock_app) == [("chair-1", None, 5, 0)]

    show_sku(stock_app, "lamp")
    assert view.sku == "lamp", "an exact match wins over one in another case"
    assert bars(stock_app) == [("small-lamp-1", None, 7, 0)]

    show_sku(stock_app, "SOFA")
    assert picture_of(stock_app).bars == ()
    assert view.error_label.isVisible()
    assert "No batch of SKU SOFA is known" in view.error_label.text()


def test_the_batch_selected_in_the_table_is_pictured(stock_app):
    stock_app.shortcut(Qt.Key.Key_B)
    table = stock_app.window.batches_view.table
    assert stock_app.focused() is table
    # Sorted by SKU: CHAIR, LAMP..., lamp, LAMPSHADE.
    stock_app.qtbot.keyClick(table, Qt.Key.Key_Down)
    selected = stock_app.model.entry(table.currentIndex().row())
    assert selected.sku == "LAMP"

    stock_app.shortcut(Qt.Key.Key_G)
    view = stock_app.window.stock_view
    assert view.sku_edit.text() == "LAMP"
    assert [bar.reference for bar in picture_of(stock_app).bars][:2] == ["lamp-back", "lamp-shelf"]
    assert stock_app.focused() is view.sku_edit
    stock_app.qtbot.keyClick(view.sku_edit, Qt.Key.Key_Down)
    assert stock_app.focused() is view.scroll_area


def test_an_allocation_grows_the_allocated_part_of_one_bar(stock_app):
    show_sku(stock_app, "LAMP")
    stock_app.shortcut(Qt.Key.Key_L)
    stock_app.scan("order-1", "LAMP")
    stock_app.scan_and_wait("15")

    stock_app.qtbot.waitUntil(lambda: picture_of(stock_app).bars[1].allocated == 15)
    assert bars(stock_app)[:2] == [("lamp-back", None, 10, 4), ("lamp-shelf", None, 20, 15)]
    assert picture_of(stock_app).allocated == 19
    assert "19 allocated" in stock_app.window.stock_view.summary_label.text()


def test_a_new_batch_and_a_corrected_quantity_change_the_picture(stock_app):
    show_sku(stock_app, "CHAIR")
    stock_app.shortcut(Qt.Key.Key_N)
    stock_app.scan("chair-2", "CHAIR")
    stock_app.scan_and_wait("9")
    stock_app.qtbot.waitUntil(lambda: len(picture_of(stock_app).bars) == 2)
    assert bars(stock_app) == [("chair-1", None, 5, 0), ("chair-2", None, 9, 0)]

    with stock_app.answered():
        stock_app.submit(commands.ChangeBatchQuantity("chair-1", 3))
    stock_app.qtbot.waitUntil(lambda: picture_of(stock_app).bars[0].purchased == 3)


def test_another_workstations_allocation_updates_the_picture(stock_app, stock_db_url):
    show_sku(stock_app, "LAMP")
    stock_app.qtbot.waitUntil(
        lambda: stock_app.window.status.connection_label.text() == "● Connected",
        timeout=LIVE_TIMEOUT_MS,
    )
    other_desk = bootstrap(db_url=stock_db_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.Allocate("order-77", "LAMP", 6))  # fills lamp-back

    stock_app.qtbot.waitUntil(
        lambda: picture_of(stock_app).bars[0].allocated == 10, timeout=LIVE_TIMEOUT_MS
    )
    assert bars(stock_app)[0] == ("lamp-back", None, 10, 10)
    assert picture_of(stock_app).available_in_stock == 20


def test_fifty_batches_scroll_and_stay_readable(qtbot):
    chart = StockChart()
    picture = StockPicture(
        "BOLT",
        tuple(BatchBar(f"bolt-{n:03d}", None, 100 + n, n) for n in range(50)),
    )
    chart.set_picture(picture)
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(chart)
    area.setWidgetResizable(True)
    area.resize(600, 400)
    area.show()
    qtbot.waitExposed(area)

    assert chart.height() == chart.sizeHint().height() > area.viewport().height()
    assert chart.row_height() >= 2 * chart.fontMetrics().height(), "two lines of text fit"
    label_width, figures_width = chart.column_widths()
    bold = QFont(chart.font())
    bold.setBold(True)
    assert label_width >= QFontMetrics(bold).horizontalAdvance("bolt-049"), "references fit"
    assert figures_width >= chart.fontMetrics().horizontalAdvance("49 of 149 allocated")
    assert chart.bar_rect(49).bottom() < chart.height()
    scrollbar = area.verticalScrollBar()
    area.setFocus()
    qtbot.keyClick(area, Qt.Key.Key_PageDown)
    assert scrollbar.value() > 0


def test_the_batch_table_finds_one_skus_batches_without_its_lookalikes():
    model = BatchTableModel()
    model.load(
        [
            BatchRow("a", "LAMP", None, 1, 0),
            BatchRow("b", "LAMPSHADE", None, 1, 0),
            BatchRow("c", "lamp", None, 1, 0),
            BatchRow("d", "LAMP", date(2027, 1, 1), 1, 0),
            BatchRow("e", "LAM", None, 1, 0),
        ]
    )
    assert sorted(e.reference for e in model.batches_of_sku("LAMP")) == ["a", "d"]
    assert sorted(e.reference for e in model.batches_of_sku("LAMP", ignore_case=True)) == [
        "a",
        "c",
        "d",
    ]
    assert model.batches_of_sku("SOFA") == []
    assert model.batch("d").eta == date(2027, 1, 1)


def test_f1_lists_ctrl_g(app, qtbot):
    qtbot.keyClick(app.focused(), Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Ctrl+G" in keys
    dialog.close()
