"""Cancelling allocations, correcting quantities and the live history, by keyboard."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from warehouse_gui.domain import commands


def allocate(app, orderid, sku, qty):
    with app.answered():
        app.submit(commands.Allocate(orderid, sku, qty))


def look_up_order(app, orderid):
    app.shortcut(Qt.Key.Key_O)
    assert app.focused() is app.window.orders_view.order_edit
    with app.answered():
        app.scan(orderid)


def history_rows(app):
    model = app.window.history_model
    return [
        [model.index(row, column).data() for column in (1, 2, 3, 4)]
        for row in range(model.rowCount())
    ]


def test_an_order_shows_its_allocations(app):
    allocate(app, "order-1", "LAMP", 3)
    allocate(app, "order-1", "CHAIR", 2)
    look_up_order(app, "order-1")
    view = app.window.orders_view
    assert view.summary_label.text() == "order-1: 2 lines allocated"
    cells = [[view.table.item(r, c).text() for c in range(3)] for r in range(view.table.rowCount())]
    assert cells == [["CHAIR", "2", "chair-1"], ["LAMP", "3", "lamp-1"]]


def test_cancel_an_allocation_with_delete_and_enter(app, qtbot):
    allocate(app, "order-1", "LAMP", 3)
    allocate(app, "order-1", "CHAIR", 2)
    look_up_order(app, "order-1")
    view = app.window.orders_view
    qtbot.keyClick(view.order_edit, Qt.Key.Key_Down)
    assert app.focused() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentRow() == 1
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    assert "Cancel order-1's 3 × LAMP from batch lamp-1?" in box.text()

    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert app.row("lamp-1")[4:] == ["0", "20"]
    assert app.stored_batches()["lamp-1"].allocated == 0
    assert [view.table.item(0, 0).text()] == ["CHAIR"] and view.table.rowCount() == 1
    assert history_rows(app)[0][:3] == ["Deallocated", "LAMP", "order-1"]
    assert "(cancelled)" in history_rows(app)[0][3]


def test_escape_keeps_the_allocation(app, qtbot):
    allocate(app, "order-1", "LAMP", 3)
    look_up_order(app, "order-1")
    view = app.window.orders_view
    qtbot.keyClick(view.order_edit, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.confirmation)
    sent = []
    app.bus.command_requested.connect(sent.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.confirmation is None)
    assert sent == []
    assert app.stored_batches()["lamp-1"].allocated == 3
    # Offscreen has no window manager to reactivate the main window; its focus is kept.
    qtbot.waitUntil(lambda: app.window.focusWidget() is view.table)


def test_an_unknown_order_says_so(app):
    look_up_order(app, "order-404")
    assert app.window.orders_view.summary_label.text() == (
        "order-404: no lines allocated or waiting for stock"
    )


def test_shrinking_a_batch_moves_its_lines_and_alerts_for_the_rest(app, qtbot):
    allocate(app, "order-1", "LAMP", 10)
    allocate(app, "order-2", "LAMP", 6)
    allocate(app, "order-3", "LAMP", 4)
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    assert app.focused() is table
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))

    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "20"
    qtbot.keyClicks(editor, "12")
    with app.answered():
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert app.row("lamp-1") == ["lamp-1", "LAMP", "in stock", "12", "10", "2"]
    assert app.row("lamp-2")[3:] == ["50", "10", "40"]
    stored = app.stored_batches()
    assert (stored["lamp-1"].purchased, stored["lamp-1"].allocated) == (12, 10)
    assert stored["lamp-2"].allocated == 10
    assert [row[0] for row in history_rows(app)[:5]] == [
        "Allocated",
        "Allocated",
        "Deallocated",
        "Deallocated",
        "Quantity changed",
    ]
    assert app.window.alerts_panel.count() == 0


def test_lines_that_fit_nowhere_raise_an_alert(app, qtbot):
    allocate(app, "order-1", "CHAIR", 3)
    allocate(app, "order-2", "CHAIR", 2)
    app.shortcut(Qt.Key.Key_B)
    app.window.batches_view.table.setCurrentIndex(app.model.index(app.model.row_of("chair-1"), 0))
    qtbot.keyClick(app.window.batches_view.table, Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert app.row("chair-1")[3:] == ["3", "3", "0 (exhausted)"]
    assert app.window.alerts_panel.count() == 1
    assert "Out of stock: CHAIR" in app.window.banner.message.text()


def test_a_bad_quantity_in_the_table_is_explained_and_changes_nothing(app, qtbot):
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    table.setCurrentIndex(app.model.index(app.model.row_of("lamp-1"), 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "-4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    view = app.window.batches_view
    qtbot.waitUntil(view.error_label.isVisible)
    assert "Purchased quantity must be a whole number" in view.error_label.text()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert QApplication.focusWidget().text() == "20", "the cell is open again"
    assert app.bus.pending == 0
    assert app.row("lamp-1")[3] == "20"
    assert app.stored_batches()["lamp-1"].purchased == 20


def test_history_updates_live_and_filters_by_sku_and_order(app, qtbot):
    allocate(app, "order-1", "LAMP", 1)
    assert history_rows(app)[0] == ["Allocated", "LAMP", "order-1", "1 from lamp-1"]
    app.shortcut(Qt.Key.Key_H)
    view = app.window.history_view
    assert app.focused() is view.sku_edit
    with app.answered():
        app.scan("CHAIR")
    assert {row[1] for row in history_rows(app)} == {"CHAIR"}

    allocate(app, "order-2", "LAMP", 1)
    allocate(app, "order-3", "CHAIR", 1)
    assert [row[2] for row in history_rows(app)] == ["order-3", ""]

    qtbot.keyClick(view.sku_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.sku_edit, Qt.Key.Key_Delete)
    view.order_edit.setFocus()
    with app.answered():
        app.scan("order-2")
    assert history_rows(app) == [["Allocated", "LAMP", "order-2", "1 from lamp-1"]]
    row = app.window.history_model.entry(0)
    assert (row.station, row.operator) == ("desk-test", "tester")
    assert app.window.history_model.index(0, 5).data() == "tester @ desk-test"


def test_a_quantity_change_in_the_history_names_its_sku(app, qtbot):
    with app.answered():
        app.submit(commands.ChangeBatchQuantity("chair-1", 9))
    assert history_rows(app)[0] == ["Quantity changed", "CHAIR", "", "chair-1 now holds 9 units"]


def test_f1_lists_every_shortcut(app, qtbot):
    qtbot.keyClick(app.focused(), Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "Keyboard shortcuts"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    keys = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    for expected in (
        "Ctrl+N",
        "Ctrl+L",
        "Ctrl+F",
        "Ctrl+B",
        "Ctrl+O",
        "Ctrl+H",
        "Ctrl+Q",
        "Delete",
    ):
        assert expected in keys
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_a_short_delivery_story_told_the_same_everywhere(empty_app, qtbot):
    """Two batches, three orders, the first batch shrinks: table, order view, history and
    export-events agree on where every line went."""
    import json
    import subprocess
    import sys

    app = empty_app
    app.shortcut(Qt.Key.Key_N)
    app.scan("dock-1", "DESK")
    app.scan_and_wait("10")
    app.scan("ship-2", "DESK")
    qtbot.keyClicks(app.focused(), "6")
    app.tab_as_a_person()
    app.scan_and_wait("2027-02-01")
    app.shortcut(Qt.Key.Key_L)
    for orderid, qty in (("ord-a", "4"), ("ord-b", "3"), ("ord-c", "3")):
        app.scan(orderid, "DESK")
        app.scan_and_wait(qty)

    app.shortcut(Qt.Key.Key_F)
    app.scan("dock-1")
    assert app.focused() is app.window.batches_view.table
    qtbot.keyClick(app.window.batches_view.table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "2")
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    app.shortcut(Qt.Key.Key_F)
    qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)

    assert app.row("dock-1")[3:] == ["2", "0", "2"]
    assert app.row("ship-2")[3:] == ["6", "6", "0 (exhausted)"]
    assert app.window.alerts_panel.count() == 1, "one line found no batch"
    look_up_order(app, "ord-c")
    assert app.window.orders_view.table.item(0, 2).text() == "ship-2"
    look_up_order(app, "ord-a")
    assert app.window.orders_view.summary_label.text() == "ord-a: 1 waiting for stock"
    assert app.window.orders_view.table.item(0, 2).text().startswith("waiting for stock since")

    story = [
        "Quantity changed",
        "Deallocated",
        "Deallocated",
        "Deallocated",
        "Allocated",
        "Allocated",
        "Out of stock",
    ]
    assert [row[0] for row in history_rows(app)[:7]] == story[::-1]
    result = subprocess.run(
        [sys.executable, "-m", "warehouse_gui", "export-events", "--db", app.db_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    logged = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(e["type"], e.get("orderid"), e.get("batchref")) for e in logged[5:]] == [
        ("BatchQuantityChanged", None, None),
        ("Deallocated", "ord-c", "dock-1"),
        ("Deallocated", "ord-b", "dock-1"),
        ("Deallocated", "ord-a", "dock-1"),
        ("Allocated", "ord-c", "ship-2"),
        ("Allocated", "ord-b", "ship-2"),
        ("OutOfStock", "ord-a", None),
    ]
