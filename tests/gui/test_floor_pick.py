"""Picking an order by scan in the Pick tab (Ctrl+K), by keyboard: the parts in walking
order, a wrong scan refused before anything is sent, Ctrl+Z putting a pick back, a picked
line that cannot be cancelled, and a shortage a supervisor approves from its alert."""

import pytest
from PySide6.QtCore import Qt

from tests.gui.harness import opened
from tests.gui.people_support import approve, key, sign_in, with_people
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.alerts import ALERT_ROLE
from warehouse_gui.queries import History, OrderLines


def _floor(db_url):
    """Two lines of order-7 in bins A-10 and A-2: walking order is A-2 first."""
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-10"))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 8, location="A-2"))
    bus.handle(commands.Allocate("order-7", "LAMP", 3))
    bus.handle(commands.Allocate("order-7", "CHAIR", 2))
    return db_url


@pytest.fixture
def floor(qtbot, sqlite_url, tmp_path):
    yield from opened(qtbot, _floor(sqlite_url), tmp_path)


@pytest.fixture
def floor_with_people(qtbot, sqlite_url, tmp_path):
    yield from opened(qtbot, with_people(_floor(sqlite_url)), tmp_path)


class Beeps:
    def __init__(self, app, monkeypatch):
        self.count = 0
        monkeypatch.setattr(app.window.feedback, "beep", self.ring)

    def ring(self):
        self.count += 1


def start_picking(app, orderid="order-7"):
    app.shortcut(Qt.Key.Key_K)
    view = app.window.pick_view
    assert app.focused() is view.order_edit
    with app.answered():
        app.scan(orderid)
    app.qtbot.waitUntil(lambda: view.current is not None)
    assert app.focused() is view.scan_edit
    return view


def picked_events(app):
    return [e for e in app.ask(History(orderid="order-7")) if e.type == "Picked"]


def test_an_order_is_picked_in_walking_order_and_a_wrong_scan_is_refused(floor, monkeypatch):
    app = floor
    view = start_picking(app)
    table = [[view.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert table == [["A-2", "chair-1", "CHAIR", "2"], ["A-10", "lamp-1", "LAMP", "3"]]
    assert "Go to A-2" in view.instruction.text()

    beeps = Beeps(app, monkeypatch)
    app.scan("A-10")  # the lamp's bin, not the chair's
    app.qtbot.waitUntil(lambda: beeps.count == 2)
    assert view.step_box.property("confirmation") == "failure"
    assert "expected bin A-2 or batch chair-1" in view.error_label.text()
    assert view.error_label.isVisible()
    app.wait_idle()
    assert picked_events(app) == [], "nothing recorded"

    app.scan("A-2")  # the bin
    app.scan("LAMP")  # the wrong product
    app.qtbot.waitUntil(lambda: beeps.count == 4)
    assert "expected SKU CHAIR" in view.error_label.text()
    with app.answered():
        app.scan("CHAIR", "")  # the SKU, then Enter confirms the 2 shown
    app.qtbot.waitUntil(lambda: "Go to A-10" in view.instruction.text())
    with app.answered():
        app.scan("lamp-1", "LAMP", "")  # the batch's label this time
    app.qtbot.waitUntil(lambda: [p.picked for p in view.parts] == [True, True])
    assert "order-7 is picked" in view.instruction.text()
    assert app.focused() is view.order_edit, "ready for the next pick list"
    assert [view.table.item(r, 4).text() for r in range(2)] == ["✓ picked"] * 2
    picks = picked_events(app)
    assert {(e.fields["batchref"], e.fields["qty"]) for e in picks} == {
        ("chair-1", 2),
        ("lamp-1", 3),
    }


def test_a_quantity_other_than_the_parts_is_refused_before_sending(floor, monkeypatch):
    app = floor
    view = start_picking(app)
    beeps = Beeps(app, monkeypatch)
    app.scan("A-2", "CHAIR")
    assert view.scan_edit.text() == "2", "the part's quantity is shown"
    app.scan("1")
    app.qtbot.waitUntil(lambda: beeps.count == 2)
    assert "Take all 2 × CHAIR from chair-1, not 1" in view.error_label.text()
    app.wait_idle()
    assert picked_events(app) == []


def test_ctrl_z_puts_the_last_pick_back(floor):
    app = floor
    view = start_picking(app)
    with app.answered():
        app.scan("A-2", "CHAIR", "")
    app.qtbot.waitUntil(lambda: view.parts[0].picked)
    assert app.focused() is view.scan_edit and not view.scan_edit.text()
    with app.answered():
        app.shortcut(Qt.Key.Key_Z)
    assert app.said.startswith("Undone: pick of order-7's 2 × CHAIR from chair-1")
    app.qtbot.waitUntil(lambda: not view.parts[0].picked)
    assert "Go to A-2" in view.instruction.text(), "the part put back is to pick again"
    lines = {line.sku: line.picked for line in app.ask(OrderLines("order-7"))}
    assert lines == {"CHAIR": False, "LAMP": False}


def test_a_picked_line_cannot_be_cancelled_and_the_order_view_says_picked(floor):
    app = floor
    view = start_picking(app)
    with app.answered():
        app.scan("A-2", "CHAIR", "")
    app.qtbot.waitUntil(lambda: view.parts[0].picked)
    app.window.open_order("order-7")
    orders = app.window.orders_view
    app.qtbot.waitUntil(lambda: orders.table.rowCount() == 2)
    app.wait_idle()
    marks = {orders.table.item(r, 0).text(): orders.table.item(r, 5).text() for r in range(2)}
    assert marks == {"CHAIR": "✓ picked", "LAMP": ""}
    assert orders.table.item(0, 4).text() == "A-2"
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Down)
    assert orders.table.currentRow() == 0 and orders.rows[0].sku == "CHAIR"
    with app.answered():
        app.qtbot.keyClick(orders.table, Qt.Key.Key_Delete)
    assert orders.error_label.isVisible()
    assert "picked" in orders.error_label.text()
    assert "put it back first" in orders.error_label.text()
    assert app.said.startswith("Refused:")
    assert {line.sku for line in app.ask(OrderLines("order-7"))} == {"CHAIR", "LAMP"}


def test_a_shortage_is_reported_and_approved_by_a_supervisor(floor_with_people):
    app = floor_with_people
    sign_in(app, "anna")  # a clerk
    view = start_picking(app)
    app.scan("A-2")
    key(app, Qt.Key.Key_F8, Qt.KeyboardModifier.NoModifier)
    assert "How many CHAIR are in batch chair-1?" in view.instruction.text()
    with app.answered():
        app.scan("6")
    assert app.said.startswith("Shortage of batch chair-1 reported (6 counted)")
    panel = app.window.alerts_panel
    app.qtbot.waitUntil(lambda: panel.count() == 1)
    alert = panel.item(0).data(ALERT_ROLE)
    assert "Shortage: batch chair-1 at A-2 holds 6 × CHAIR, not 8" in alert.text

    app.shortcut(Qt.Key.Key_J)
    assert app.focused() is panel
    panel.setCurrentRow(0)
    app.qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert "not approved" in app.said and "needs a supervisor" in app.said
    assert app.stored_batches()["chair-1"].purchased == 8

    approve(app, "sam")
    app.shortcut(Qt.Key.Key_J)
    panel.setCurrentRow(0)
    with app.answered():
        app.qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert app.said == "Shortage approved: Batch chair-1 now holds 6 units"
    assert app.stored_batches()["chair-1"].purchased == 6
    assert panel.count() == 0, "dealt with"
    changed = [e for e in app.ask(History(sku="CHAIR")) if e.type == "BatchQuantityChanged"]
    assert changed[0].approver == "sam"


@pytest.fixture
def split(qtbot, sqlite_url, tmp_path):
    """order-9's 12 LAMP split: 10 from lamp-1 at B-1, 2 from lamp-2 at A-5."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10, location="B-1"))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 5, location="A-5"))
    bus.handle(commands.Allocate("order-9", "LAMP", 12))
    yield from opened(qtbot, sqlite_url, tmp_path)


def test_a_split_line_is_picked_part_by_part_in_walking_order(split):
    app = split
    view = start_picking(app, "order-9")
    assert [(p.location, p.batchref, p.qty) for p in view.parts] == [
        ("A-5", "lamp-2", 2),
        ("B-1", "lamp-1", 10),
    ]
    with app.answered():
        app.scan("A-5", "LAMP", "")
    with app.answered():
        app.scan("B-1", "LAMP", "")
    app.qtbot.waitUntil(lambda: all(p.picked for p in view.parts))
    picks = [e for e in app.ask(History(orderid="order-9")) if e.type == "Picked"]
    assert sorted((e.fields["batchref"], e.fields["qty"]) for e in picks) == [
        ("lamp-1", 10),
        ("lamp-2", 2),
    ]
