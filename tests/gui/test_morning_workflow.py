"""A morning's work at one desk, with a scanner's habits and nothing but the keyboard:
import the day's deliveries, set a SKU's low-stock threshold, allocate a stack of orders,
spot the SKU running low, check its stock picture, print an order's pick list, undo a
mistake. The pictures must say what the numbers say."""

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from warehouse_gui.gui.alerts import LOW_STOCK
from warehouse_gui.gui.printing.printer import PickListPrinter

DELIVERIES = """reference,sku,qty,eta
shelf-a,RED-CHAIR,12,
shelf-b,RED-CHAIR,8,
ship-c,RED-CHAIR,30,2027-02-01
shelf-d,BLUE-LAMP,40,
"""
ORDERS = [
    ("order-1", "RED-CHAIR", "10"),
    ("order-2", "RED-CHAIR", "6"),
    ("order-3", "BLUE-LAMP", "5"),
]


def ctrl(app, key, shift=False):
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    app.qtbot.keyClick(app.focused(), key, modifiers)


def import_the_deliveries(app, path):
    app.window.dialogs.batch_import.choose_file = lambda: path  # the file dialog, answered
    ctrl(app, Qt.Key.Key_I)
    dialog = app.window.dialogs.batch_import.dialog
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.table.rowCount() == 4, "the preview shows every line before importing"
    with app.answered(timeout=10_000):
        app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)
    app.qtbot.waitUntil(lambda: app.window.dialogs.batch_import.dialog is None)
    app.activate()


def figures(app, reference):
    """Purchased, allocated and available of a batch as the table shows them."""
    return [int(value.split()[0].replace(",", "")) for value in app.row(reference)[3:6]]


def test_a_mornings_work_takes_only_the_keyboard(empty_app, tmp_path):
    app = empty_app
    deliveries = tmp_path / "deliveries.csv"
    deliveries.write_text(DELIVERIES, encoding="utf-8")

    import_the_deliveries(app, deliveries)
    assert app.window.model.batch_count == 4
    assert figures(app, "shelf-a") == [12, 0, 12]

    ctrl(app, Qt.Key.Key_T)
    app.scan("RED-CHAIR")
    app.scan_and_wait("40")

    for orderid, sku, qty in ORDERS:
        ctrl(app, Qt.Key.Key_L)
        app.scan(orderid, sku)
        app.scan_and_wait(qty)
        assert app.window.allocate_form.edits["orderid"].text() == ""

    # 50 RED-CHAIR, 16 allocated: the second order took it from 40 to 34, below 40.
    # A line goes whole to one batch: order-2's 6 no longer fit the 2 left on shelf-a.
    assert figures(app, "shelf-a") == [12, 10, 2]
    assert figures(app, "shelf-b") == [8, 6, 2]
    banner = app.window.banner
    assert banner.isVisible() and banner.property("kind") == LOW_STOCK
    assert "RED-CHAIR" in banner.message.text() and "34" in banner.message.text()
    assert app.focused() is app.window.allocate_form.edits["orderid"], "the alert took no focus"

    ctrl(app, Qt.Key.Key_G)
    app.scan("RED-CHAIR")
    picture = app.window.stock_view.picture
    assert [(bar.reference, bar.purchased, bar.allocated) for bar in picture.bars] == [
        (reference, *figures(app, reference)[:2]) for reference in ("shelf-a", "shelf-b", "ship-c")
    ]
    summary = app.window.stock_view.summary_label.text()
    assert "50 purchased" in summary and "16 allocated" in summary and "34 available" in summary

    ctrl(app, Qt.Key.Key_O)
    with app.answered(timeout=10_000):
        app.scan("order-1")
    pdf = tmp_path / "order-1.pdf"
    app.window.pick_lists.printer = PickListPrinter(ask_pdf_path=lambda parent, suggested: str(pdf))
    ctrl(app, Qt.Key.Key_P, shift=True)
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "order-1" in text and "shelf-a" in text and "RED-CHAIR" in text and "10" in text

    ctrl(app, Qt.Key.Key_L)
    with app.answered(timeout=10_000):
        ctrl(app, Qt.Key.Key_Z)
    assert figures(app, "shelf-d") == [40, 0, 40], "order-3's allocation is undone"
    assert app.said.startswith("Undone: allocation of order-3")
