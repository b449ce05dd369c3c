"""Allocation as staff meet it, by keyboard: a line split across batches, lines waiting for
stock (in the Orders tab, the Waiting tab, the alerts, the stock picture and the pick
list), and a batch cancelled by correcting it to 0.

The seeded warehouse: lamp-1 (20 LAMP in stock), lamp-2 (50 LAMP arriving 2027-01-15),
chair-1 (5 CHAIR in stock).
"""

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.harness import desks_on
from tests.gui.pick_list_support import Dialogs, pdf_lines, pdf_text, shift_ctrl, use
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.gui import messages
from warehouse_gui.gui.alerts import ALERT, NOTICE
from warehouse_gui.gui.printing.pick_list import PickList
from warehouse_gui.gui.tabs.orders import order_rows
from warehouse_gui.gui.tabs.waiting_lines import waited
from warehouse_gui.queries import OrderLines, WaitingLines
from warehouse_gui.read_model import OrderAllocation, WaitingLine

LIVE_TIMEOUT_MS = 5000


def allocate(app, orderid, sku, qty):
    with app.answered():
        app.submit(commands.Allocate(orderid, sku, qty))


def look_up_order(app, orderid):
    app.shortcut(Qt.Key.Key_O)
    assert app.focused() is app.window.orders_view.order_edit
    with app.answered():
        app.scan(orderid)


def order_cells(app):
    table = app.window.orders_view.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def press_delete_on_row(app, row):
    view = app.window.orders_view
    app.qtbot.keyClick(view.order_edit, Qt.Key.Key_Down)
    assert app.focused() is view.table
    for _ in range(row):
        app.qtbot.keyClick(view.table, Qt.Key.Key_Down)
    app.qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.confirmation
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    return box


def now_hhmm():
    return f"{datetime.now():%H:%M}"


def waiting_rows(app):
    model = app.window.waiting_lines_model
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def waiting_tab_title(app):
    return app.window.tabs.tabText(app.window.tabs.indexOf(app.window.waiting_tab.page))


def correct_purchased(app, reference, text):
    app.shortcut(Qt.Key.Key_B)
    table = app.window.batches_view.table
    table.setCurrentIndex(app.model.index(app.model.row_of(reference), 0))
    app.qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    app.qtbot.keyClicks(editor, text)
    with app.answered():
        app.qtbot.keyClick(editor, Qt.Key.Key_Return)


# The Orders tab


def test_a_split_line_shows_one_row_per_part(app):
    allocate(app, "order-1", "LAMP", 60)  # no batch holds 60: 20 from lamp-1, 40 from lamp-2
    allocate(app, "order-1", "CHAIR", 2)
    look_up_order(app, "order-1")

    assert order_cells(app) == [
        ["CHAIR", "2", "chair-1"],
        ["LAMP", "20", "lamp-1 · part 1 of 2"],
        ["LAMP", "40", "lamp-2 · part 2 of 2"],
    ]
    view = app.window.orders_view
    assert view.summary_label.text() == "order-1: 2 lines allocated (1 split across 2 batches)"
    assert "20 of order-1's 60 × LAMP (part 1 of 2)" in view.table.item(1, 2).toolTip()
    assert app.row("lamp-1")[4:] == ["20", "0 (exhausted)"]
    assert app.row("lamp-2")[4:] == ["40", "10"]


def test_delete_on_a_part_cancels_the_whole_line_and_says_so(app, qtbot):
    allocate(app, "order-1", "LAMP", 60)
    look_up_order(app, "order-1")

    box = press_delete_on_row(app, 1)
    assert box.windowTitle() == "Cancel order line"
    assert box.text().startswith("Cancel order-1's 60 × LAMP (20 from lamp-1, 40 from lamp-2)?")
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert app.said == "Cancelled order-1's 60 × LAMP (20 from lamp-1, 40 from lamp-2)"
    qtbot.waitUntil(lambda: order_cells(app) == [])
    assert app.window.orders_view.summary_label.text() == (
        "order-1: no lines allocated or waiting for stock"
    )
    assert app.row("lamp-1")[4] == "0" and app.row("lamp-2")[4] == "0"
    assert app.window.focusWidget() is app.window.orders_view.table


def test_a_line_that_found_too_little_stock_shows_as_waiting(app):
    allocate(app, "order-9", "CHAIR", 6)
    allocate(app, "order-9", "LAMP", 1)
    look_up_order(app, "order-9")

    assert order_cells(app) == [
        ["CHAIR", "6", f"waiting for stock since {now_hhmm()}"],
        ["LAMP", "1", "lamp-1"],
    ]
    view = app.window.orders_view
    assert view.summary_label.text() == "order-9: 1 line allocated, 1 waiting for stock"
    waiting_cell, allocated_cell = view.table.item(0, 2), view.table.item(1, 2)
    assert waiting_cell.font().italic() and not allocated_cell.font().italic()
    assert waiting_cell.background() != allocated_cell.background()


def test_delete_on_a_waiting_line_withdraws_it_after_asking(app, qtbot):
    allocate(app, "order-9", "CHAIR", 6)
    look_up_order(app, "order-9")

    box = press_delete_on_row(app, 0)
    assert box.windowTitle() == "Withdraw waiting line"
    assert box.text().startswith(
        f"Withdraw order-9's 6 × CHAIR, waiting for stock since {now_hhmm()}?"
    )
    assert "no longer allocated when stock arrives" in box.text()
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert app.said == "Withdrew order-9's 6 × CHAIR: it no longer waits for stock"
    qtbot.waitUntil(lambda: order_cells(app) == [])
    assert waiting_rows(app) == []
    assert waiting_tab_title(app) == "Waitin&g"
    assert app.window.history_model.index(0, 1).data() == "Withdrawn"


def test_stock_arriving_allocates_the_waiting_line_shown_and_says_so(app, qtbot):
    allocate(app, "order-9", "CHAIR", 6)
    look_up_order(app, "order-9")
    assert waiting_tab_title(app) == "Waitin&g (1)"

    app.shortcut(Qt.Key.Key_N)
    app.scan("chair-2", "CHAIR")
    app.scan_and_wait("10")

    qtbot.waitUntil(lambda: order_cells(app) == [["CHAIR", "6", "chair-2"]])
    assert app.said == "Created batch chair-2: 10 × CHAIR, in stock; 1 waiting line allocated"
    notice = f"order-9's 6 × CHAIR, waiting since {now_hhmm()}, is now allocated"
    qtbot.waitUntil(lambda: app.window.banner.message.text() == notice)
    assert app.window.banner.property("kind") == NOTICE
    assert app.window.banner.icon.text() == "ℹ"
    assert [a.kind for a in app.window.alerts_panel.alerts()] == [NOTICE, ALERT]
    qtbot.waitUntil(lambda: waiting_tab_title(app) == "Waitin&g")
    details = app.window.history_model.index(0, 4).data()
    assert app.window.history_model.index(0, 1).data() == "Wait ended"
    assert details == f"6 allocated after waiting for stock since {now_hhmm()}"


def test_a_line_a_smaller_delivery_releases_shows_as_waiting_not_gone(app, qtbot):
    allocate(app, "order-1", "CHAIR", 5)
    look_up_order(app, "order-1")
    assert order_cells(app) == [["CHAIR", "5", "chair-1"]]

    correct_purchased(app, "chair-1", "3")

    assert app.said == "Batch chair-1 now holds 3 units; 1 line now waiting for stock"
    qtbot.waitUntil(
        lambda: order_cells(app) == [["CHAIR", "5", f"waiting for stock since {now_hhmm()}"]]
    )
    qtbot.waitUntil(lambda: app.window.alerts_panel.count() == 1)
    assert app.window.banner.message.text() == (
        "Out of stock: CHAIR — order-1 wants 5; only 3 available — waiting for stock"
    )


# The Waiting tab


def test_ctrl_w_lists_the_waiting_lines_by_sku_oldest_first(app, qtbot):
    allocate(app, "order-3", "LAMP", 80)
    allocate(app, "order-1", "CHAIR", 6)
    allocate(app, "order-2", "CHAIR", 7)

    app.shortcut(Qt.Key.Key_W)

    view = app.window.waiting_view
    assert view.isVisible()
    assert app.focused() is view.table
    assert waiting_rows(app) == [
        ["CHAIR", "order-1", "6"],
        ["CHAIR", "order-2", "7"],
        ["LAMP", "order-3", "80"],
    ]
    assert [index.row() for index in view.table.selectionModel().selectedRows()] == [0]
    model = app.window.waiting_lines_model
    assert model.index(0, 3).data() == now_hhmm()
    assert model.index(0, 4).data() == "0 min"
    assert view.summary_label.text().startswith("3 lines (93 units) of 2 SKUs waiting for stock")
    assert waiting_tab_title(app) == "Waitin&g (3)"


def test_enter_on_a_waiting_line_opens_its_order(app, qtbot):
    allocate(app, "order-1", "CHAIR", 6)
    allocate(app, "order-1", "LAMP", 2)
    app.shortcut(Qt.Key.Key_W)
    with app.answered():
        qtbot.keyClick(app.window.waiting_view.table, Qt.Key.Key_Return)

    orders = app.window.orders_view
    assert app.window.tabs.currentWidget() is app.window.orders_tab.page
    assert app.focused() is orders.order_edit and orders.order_edit.text() == "order-1"
    assert orders.summary_label.text() == "order-1: 1 line allocated, 1 waiting for stock"


def test_delete_in_the_waiting_tab_withdraws_and_escape_keeps(app, qtbot):
    allocate(app, "order-1", "CHAIR", 6)
    allocate(app, "order-2", "CHAIR", 7)
    app.shortcut(Qt.Key.Key_W)
    view = app.window.waiting_view

    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.confirmation)
    sent = []
    app.bus.command_requested.connect(sent.append)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.confirmation is None)
    assert sent == []

    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    box = view.confirmation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    assert box.text().startswith("Withdraw order-2's 7 × CHAIR, waiting for stock since")
    with app.answered():
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert [s.command for s in sent] == [commands.Deallocate("order-2", "CHAIR")]
    assert waiting_rows(app) == [["CHAIR", "order-1", "6"]]
    assert app.said == "Withdrew order-2's 7 × CHAIR: it no longer waits for stock"
    qtbot.waitUntil(lambda: app.window.focusWidget() is view.table)
    assert view.table.currentIndex().row() == 0


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_desks(request, qtbot, tmp_path):
    url = request.getfixturevalue(f"{request.param}_url")
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
    yield from desks_on(qtbot, url, tmp_path)


def test_every_desk_sees_the_same_waiting_lines(two_desks, qtbot):
    first, second = two_desks
    first.shortcut(Qt.Key.Key_W)
    look_up_order(second, "order-9")

    with first.answered():
        first.submit(commands.Allocate("order-9", "CHAIR", 6))

    qtbot.waitUntil(
        lambda: waiting_rows(second) == [["CHAIR", "order-9", "6"]], timeout=LIVE_TIMEOUT_MS
    )
    qtbot.waitUntil(
        lambda: order_cells(second) == [["CHAIR", "6", f"waiting for stock since {now_hhmm()}"]],
        timeout=LIVE_TIMEOUT_MS,
    )
    assert waiting_rows(first) == [["CHAIR", "order-9", "6"]]

    with second.answered():
        second.submit(commands.CreateBatch("chair-2", "CHAIR", 10))
    qtbot.waitUntil(lambda: waiting_rows(first) == [], timeout=LIVE_TIMEOUT_MS)
    qtbot.waitUntil(
        lambda: any(a.kind == NOTICE for a in first.window.alerts_panel.alerts()),
        timeout=LIVE_TIMEOUT_MS,
    )
    notice = next(a for a in first.window.alerts_panel.alerts() if a.kind == NOTICE)
    assert notice.text.startswith("order-9's 6 × CHAIR, waiting since ")
    assert "is now allocated" in notice.text
    assert order_cells(second) == [["CHAIR", "6", "chair-2"]]


# Cancelling a batch


def test_f2_to_0_cancels_a_batch_and_its_lines_move_or_wait(app, qtbot):
    allocate(app, "order-1", "LAMP", 5)
    assert app.row("lamp-1")[4] == "5"

    correct_purchased(app, "lamp-1", "0")

    assert app.said == (
        "Batch lamp-1 cancelled (purchased quantity 0); 1 order line moved to other batches"
    )
    assert app.row("lamp-1") == ["lamp-1", "LAMP", "in stock", "0", "0", "0 (cancelled)"]
    assert app.row("lamp-2")[4] == "5"
    index = app.model.index(app.model.row_of("lamp-1"), 0)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "cancelled" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not app.window.batches_view.error_label.isVisible()
    assert app.stored_batches()["lamp-1"].purchased == 0
    assert "lamp-1 cancelled: purchased quantity 0 (was 20)" in [
        app.window.history_model.index(r, 4).data() for r in range(4)
    ]


def test_the_stock_picture_counts_the_skus_waiting_lines(app, qtbot):
    allocate(app, "order-1", "CHAIR", 6)
    allocate(app, "order-2", "CHAIR", 9)
    app.shortcut(Qt.Key.Key_G)
    with app.answered():
        app.scan("CHAIR")
    view = app.window.stock_view
    assert view.summary_label.text().endswith("; 2 lines (15 units) waiting for stock")

    with app.answered():
        app.submit(commands.Deallocate("order-2", "CHAIR"))
    qtbot.waitUntil(
        lambda: view.summary_label.text().endswith("; 1 line (6 units) waiting for stock")
    )


def test_f1_lists_ctrl_w(app, qtbot):
    qtbot.keyClick(app.focused(), Qt.Key.Key_F1)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    keys = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    assert keys["Ctrl+W"].startswith("The order lines waiting for stock")
    assert "withdraw a waiting one" in keys["Delete"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


# The pick list


def test_a_split_line_is_picked_from_each_batch_and_waiting_lines_are_not(app, tmp_path):
    allocate(app, "order-1", "LAMP", 60)
    allocate(app, "order-1", "CHAIR", 6)  # 5 in stock: waits
    look_up_order(app, "order-1")
    use(app, Dialogs(pdf_path=tmp_path / "pick.pdf"))

    shift_ctrl(app, Qt.Key.Key_P)

    text = pdf_text(tmp_path / "pick.pdf")
    rows = [line.split() for line in pdf_lines(tmp_path / "pick.pdf")]
    assert "2 lines, 60 units" in text
    assert "1 line waiting for stock, not to pick" in text
    assert ["—", "lamp-1", "LAMP", "20", "part", "1", "of"] in [row[:7] for row in rows]
    assert ["—", "lamp-2", "LAMP", "40", "2027-01-15;"] in [row[:5] for row in rows]
    assert "2027-01-15; part 2 of 2: 60 in all" in text
    assert text.index("lamp-2") < text.index("Waiting for stock — not to pick")
    assert text.index("Waiting for stock — not to pick") < text.index("CHAIR")
    assert ["—", "CHAIR", "6", "since", f"{datetime.now():%Y-%m-%d}"] in rows


# Plain parts


def test_order_rows_put_a_split_lines_parts_in_allocation_order():
    since = datetime(2027, 1, 14, 9, 12, tzinfo=UTC)
    rows = order_rows(
        [
            OrderAllocation("LAMP", 40, "b-2"),
            OrderAllocation("LAMP", 5, "a-1"),
            OrderAllocation("CHAIR", 1, "c-1"),
        ],
        [WaitingLine("o-1", "BED", 2, since)],
    )
    assert [(r.sku, r.qty, r.batchref, r.part, r.parts, r.line_qty) for r in rows] == [
        ("BED", 2, "", 1, 1, 2),
        ("CHAIR", 1, "c-1", 1, 1, 1),
        ("LAMP", 40, "b-2", 1, 2, 45),
        ("LAMP", 5, "a-1", 2, 2, 45),
    ]


def test_waiting_times_read_as_staff_say_them():
    now = datetime(2027, 1, 14, 12, 0, tzinfo=UTC)
    assert waited(now - timedelta(minutes=4), now) == "4 min"
    assert waited(now - timedelta(hours=2, minutes=5), now) == "2 h 05 min"
    assert waited(now - timedelta(days=3, hours=2), now) == "3 days 2 h"
    earlier = datetime(2027, 1, 13, 9, 12).astimezone()
    assert messages.since(earlier, datetime(2027, 1, 14, 9, 0).astimezone()) == ("2027-01-13 09:12")


def test_a_pick_list_numbers_the_parts_of_a_split_line():
    pick = PickList.of(
        "o-1",
        [OrderAllocation("LAMP", 40, "b-2"), OrderAllocation("LAMP", 5, "a-1")],
        lambda ref: None,
        "desk",
        "me",
        datetime(2027, 1, 1),
        [WaitingLine("o-1", "BED", 2, datetime(2027, 1, 1, tzinfo=UTC))],
    )
    assert [(line.batchref, line.qty, line.note) for line in pick.lines] == [
        ("a-1", 5, "part 2 of 2: 45 in all"),
        ("b-2", 40, "part 1 of 2: 45 in all"),
    ]
    assert [(w.sku, w.qty) for w in pick.waiting] == [("BED", 2)]
    assert pick.units == 45


def test_the_out_of_stock_alert_names_order_quantity_and_what_was_left():
    event = events.OutOfStock("LAMP", "order-1006", 45, 30)
    assert messages.out_of_stock_alert(event) == (
        "Out of stock: LAMP — order-1006 wants 45; only 30 available — waiting for stock"
    )
    assert messages.out_of_stock_alert(events.OutOfStock("LAMP"), "desk-2") == (
        "Out of stock: LAMP — an order line could not be allocated (at desk-2)"
    )


class QuietBus:
    """Holds every question until the test answers it: the read side of one order."""

    def __init__(self):
        self.asked = []
        self.lines = []
        self.waiting = []

    def ask(self, query, on_answer, on_refused):
        self.asked.append((query, on_answer))

    def answer_all(self):
        asked, self.asked = self.asked, []
        for query, on_answer in asked:
            on_answer(list(self.lines if isinstance(query, OrderLines) else self.waiting))


def test_the_orders_view_reads_the_order_again_once_per_burst_of_its_events(qtbot):
    from warehouse_gui.gui.tabs.orders import OrdersView

    bus = QuietBus()
    view = OrdersView(bus)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.look_up("order-1")
    assert [type(query) for query, _ in bus.asked] == [OrderLines, WaitingLines]
    bus.answer_all()
    assert view.summary_label.text() == "order-1: no lines allocated or waiting for stock"

    view.apply_event(events.Allocated("order-2", "LAMP", 1, "b-1"))
    assert bus.asked == [], "another order's event asks nothing"
    bus.lines = [OrderAllocation("LAMP", 40, "b-1"), OrderAllocation("LAMP", 5, "b-2")]
    view.apply_event(events.Allocated("order-1", "LAMP", 40, "b-1"))
    view.apply_event(events.Allocated("order-1", "LAMP", 5, "b-2"))
    assert len(bus.asked) == 2, "one reading on its way at a time"
    bus.answer_all()
    assert len(bus.asked) == 2, "and one more for what came meanwhile"
    bus.answer_all()
    assert bus.asked == []
    assert [row.batch_text for row in view.rows] == ["b-1 · part 1 of 2", "b-2 · part 2 of 2"]

    since = datetime.now(UTC)
    bus.lines, bus.waiting = [], [WaitingLine("order-1", "LAMP", 45, since)]
    view.apply_event(events.Deallocated("order-1", "LAMP", 5, "b-2", events.BATCH_SHRUNK))
    bus.answer_all()
    assert [(row.qty, row.batch_text) for row in view.rows] == [
        (45, f"waiting for stock since {messages.since(since)}")
    ]
