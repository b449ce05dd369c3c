"""A shift at the scanner: no scan lost, shifted or swallowed.

Scans typed key by key while earlier lines are still on their way land where they would
have landed had every answer come at once; a refusal never captures the next scan, and
every refused line waits, with its reason, in the refused scans. A line that found too
little stock is not refused: it waits for stock.
"""

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, select

from tests.gui.harness import Harness, late_bus, opened
from warehouse_gui.adapters import orm
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.forms.command_form import TAKEN_OVER_S
from warehouse_gui.queries import WaitingLines

ANSWER_DELAY_S = 0.2
QTY_RULE = "Quantity must be a whole number of at least 1, got"
WAITS = "waits for stock"


@pytest.fixture
def stock_url(sqlite_url):
    """LAMP, with plenty; RUG-2X3, with plenty; SOFA-GREY, with none left."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 10_000))
    bus.handle(commands.CreateBatch("rug-1", "RUG-2X3", 10_000))
    bus.handle(commands.CreateBatch("sofa-1", "SOFA-GREY", 1))
    bus.handle(commands.Allocate("order-0", "SOFA-GREY", 1))
    return sqlite_url


@pytest.fixture
def late(qtbot, stock_url, tmp_path):
    """The window on a bus that answers every request 200 ms late."""
    yield from opened(qtbot, stock_url, tmp_path, connect=late_bus(ANSWER_DELAY_S))


@pytest.fixture
def desk(qtbot, stock_url, tmp_path):
    yield from opened(qtbot, stock_url, tmp_path)


def stream_of_lines(count):
    """``count`` lines of every kind, each (order, SKU, quantity, what should become of it)."""
    lines = []
    for n in range(count):
        orderid = f"order-{7000 + n}"
        match n % 6:
            case 1:
                lines.append((orderid, f"NO-SUCH-{n}", "1", "No SKU NO-SUCH-"))
            case 3:
                lines.append((orderid, "LAMP", "1.5", f"{QTY_RULE} '1.5'"))
            case 4:
                lines.append((orderid, "SOFA-GREY", "1", WAITS))
            case 5:
                lines.append((orderid, "RUG-2X3", "ten", f"{QTY_RULE} 'ten'"))
            case _:
                lines.append((orderid, "LAMP" if n % 2 else "RUG-2X3", str(1 + n % 4), None))
    return lines


def type_stream(app, lines, delay_ms=-1):
    """Every value typed key by key, then Enter, with no pause between scans; each key goes
    where the cursor is when it is pressed, as a keyboard's does."""
    for line in lines:
        for value in line[:3]:
            for key in value:
                app.qtbot.keyClick(app.focused(), key, delay=delay_ms)
            app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return, delay=delay_ms)


def allocations(db_url):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(
            select(orm.allocations.c.orderid, orm.allocations.c.sku, orm.allocations.c.qty)
        ).all()
    engine.dispose()
    return {orderid: (sku, qty) for orderid, sku, qty in rows if orderid != "order-0"}


def waiting_lines(app):
    return {(w.orderid, w.sku, w.qty) for w in app.ask(WaitingLines())}


def assert_the_stream_went_right(app, lines):
    good = {orderid: (sku, int(qty)) for orderid, sku, qty, refusal in lines if refusal is None}
    waits = {(orderid, sku, int(qty)) for orderid, sku, qty, outcome in lines if outcome == WAITS}
    refused = [
        (orderid, sku, qty, refusal)
        for orderid, sku, qty, refusal in lines
        if refusal and refusal != WAITS
    ]
    app.qtbot.waitUntil(
        lambda: app.bus.idle and len(app.window.refused.scans()) == len(refused), timeout=60_000
    )
    assert allocations(app.db_url) == good, "exactly the good lines, each as scanned"
    assert waiting_lines(app) == waits, "the lines that found no stock wait, each as scanned"
    waiting = {scan.values["orderid"]: scan for scan in app.window.refused.scans()}
    assert set(waiting) == {orderid for orderid, *_ in refused}
    for orderid, sku, qty, refusal in refused:
        scan = waiting[orderid]
        assert scan.form == "Allocate"
        assert scan.values == {"orderid": orderid, "sku": sku, "qty": qty}
        assert scan.reason.startswith(refusal), scan.reason
    form = app.window.allocate_form
    assert form.is_empty() and not form.error_label.isVisible()
    assert app.focused() is form.edits["orderid"]


def test_two_hundred_scans_typed_without_pauses_while_each_answer_takes_200_ms(late):
    lines = stream_of_lines(67)  # 201 scans
    late.shortcut(Qt.Key.Key_L)
    type_stream(late, lines)
    assert_the_stream_went_right(late, lines)


def test_answers_arriving_in_the_middle_of_the_next_scans_shift_nothing(late):
    lines = stream_of_lines(25)  # ends with a good line: nothing is left in the form
    late.shortcut(Qt.Key.Key_L)
    type_stream(late, lines, delay_ms=4)  # a scanner's 4 ms a key; answers land mid-scan
    assert_the_stream_went_right(late, lines)


def test_a_refusal_with_nothing_typed_since_stays_for_a_person_to_correct(desk):
    form = desk.window.allocate_form
    desk.shortcut(Qt.Key.Key_L)
    desk.scan("order-1", "LAMB")
    desk.scan_and_wait("2")
    assert form.values() == {"orderid": "order-1", "sku": "LAMB", "qty": "2"}
    assert desk.focused() is form.edits["sku"] and form.edits["sku"].selectedText() == "LAMB"
    assert form.error_label.text() == "No SKU LAMB: no batch of it has been received"

    desk.qtbot.wait(int(TAKEN_OVER_S * 1000) + 50)  # a person reads the message first
    desk.scan_and_wait("LAMP")
    assert allocations(desk.db_url) == {"order-1": ("LAMP", 2)}
    assert desk.window.refused.scans() == []


def test_an_out_of_stock_line_is_never_sent_again_by_the_next_scans(desk):
    desk.shortcut(Qt.Key.Key_L)
    desk.scan("order-6001", "SOFA-GREY")
    desk.scan_and_wait("1")
    desk.scan("order-6002", "RUG-2X3")
    desk.scan_and_wait("1")

    assert allocations(desk.db_url) == {"order-6002": ("RUG-2X3", 1)}
    assert waiting_lines(desk) == {("order-6001", "SOFA-GREY", 1)}, "it waits for stock"
    assert desk.window.refused.scans() == [], "nothing in it is wrong"


def test_a_scan_on_the_heels_of_a_refusal_starts_the_next_line(desk):
    form = desk.window.allocate_form
    desk.shortcut(Qt.Key.Key_L)
    desk.scan("order-1", "LAMP", "1.5")  # refused by the form itself, at once
    assert form.error_label.isVisible()
    desk.scan("order-2", "LAMP")
    desk.scan_and_wait("3")

    assert allocations(desk.db_url) == {"order-2": ("LAMP", 3)}
    [scan] = desk.window.refused.scans()
    assert scan.values == {"orderid": "order-1", "sku": "LAMP", "qty": "1.5"}
    assert scan.reason == f"{QTY_RULE} '1.5'"


def test_a_refusal_after_the_cursor_left_the_form_waits_in_the_list(late):
    late.shortcut(Qt.Key.Key_L)
    late.scan("order-1", "NO-SUCH", "1")
    late.shortcut(Qt.Key.Key_N)
    late.qtbot.keyClicks(late.focused(), "batch-9")
    late.wait_idle()

    assert late.window.new_batch_form.values()["ref"] == "batch-9", "the typing goes on"
    [scan] = late.window.refused.scans()
    assert scan.reason == "No SKU NO-SUCH: no batch of it has been received"
    assert late.window.allocate_form.is_empty()


def test_a_refused_scan_is_corrected_sent_again_or_dismissed_by_keyboard(desk, qtbot):
    desk.shortcut(Qt.Key.Key_L)
    for line in (("order-1", "SOFA-BLUE", "1"), ("order-2", "LAMB", "2"), ("order-3", "X", "1")):
        desk.scan(*line[:2])
        desk.scan_and_wait(line[2])
        desk.scan("order-9")  # the next line begun: the refusal cannot stay in the form
        qtbot.keyClick(desk.focused(), Qt.Key.Key_Escape)
    table = desk.window.waiting.refused_view.table
    assert [s.values["orderid"] for s in desk.window.refused.scans()] == [
        "order-1",
        "order-2",
        "order-3",
    ]
    reason = desk.window.waiting.refused_view.reason
    assert reason.isVisible()
    assert reason.text() == "order-3 · X · 1 — No SKU X: no batch of it has been received"

    desk.shortcut(Qt.Key.Key_R)
    assert desk.focused() is table and table.currentIndex().row() == 0
    assert reason.text().startswith("order-1 · SOFA-BLUE · 1 — No SKU SOFA-BLUE")
    bootstrap(db_url=desk.db_url, send_mail=lambda **m: None).handle(
        commands.CreateBatch("sofa-2", "SOFA-BLUE", 5)
    )
    with desk.answered():
        qtbot.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert allocations(desk.db_url) == {"order-1": ("SOFA-BLUE", 1)}, "sent again as it was"

    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # correct order-2 in its form
    form = desk.window.allocate_form
    assert form.values() == {"orderid": "order-2", "sku": "LAMB", "qty": "2"}
    assert desk.focused() is form.edits["sku"]
    qtbot.wait(int(TAKEN_OVER_S * 1000) + 50)
    desk.scan_and_wait("LAMP")
    assert allocations(desk.db_url)["order-2"] == ("LAMP", 2)

    desk.shortcut(Qt.Key.Key_R)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert desk.window.refused.scans() == []
    assert "Dismissed the refused scan order-3 · X · 1" in desk.said
    assert not reason.isVisible(), "no reason without a scan"


def test_the_refused_scans_are_still_waiting_after_a_restart(qtbot, stock_url, tmp_path):
    first = Harness(qtbot, stock_url, tmp_path / "desk.ini")
    first.open()
    first.shortcut(Qt.Key.Key_L)
    first.scan("order-1", "NO-SUCH")
    first.scan_and_wait("1")
    first.scan("order-2")  # the next line begun: the refusal goes to the list
    first.close()

    second = Harness(qtbot, stock_url, tmp_path / "desk.ini")
    try:
        second.open()
        [scan] = second.window.refused.scans()
        assert scan.values == {"orderid": "order-1", "sku": "NO-SUCH", "qty": "1"}
        assert second.window.waiting.refused_view.title() == "Refused scans (Ctrl+R) — 1 waiting"
    finally:
        second.close()


def test_refused_scans_are_in_the_settings_file_moments_later_with_the_window_still_open(
    desk, tmp_path
):
    desk.shortcut(Qt.Key.Key_L)
    for n in range(1, 6):
        desk.scan(f"order-{n}", f"NO-SUCH-{n}", "1")
    desk.scan("order-6")  # the next line begun: the last refusal goes to the list too
    desk.wait_idle()

    def kept_in_file():
        stored = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        kept = json.loads(str(stored.value("refusedScans/lines", "[]")))
        return [scan["values"]["orderid"] for scan in kept]

    wanted = [f"order-{n}" for n in range(1, 6)]
    desk.qtbot.waitUntil(lambda: kept_in_file() == wanted, timeout=2_000)


@pytest.mark.parametrize("identifier", ["]C1", "]E0", "]d2", "]Q1"])
def test_scans_ended_by_tab_and_led_by_a_symbology_identifier_are_taken_as_scanned(
    desk, identifier
):
    desk.shortcut(Qt.Key.Key_L)
    for value in (f"{identifier}order-5", f"{identifier}RUG-2X3", f"{identifier}4"):
        desk.qtbot.keyClicks(desk.focused(), value)
        desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_Tab)  # a scanner set up to end with Tab
    desk.wait_idle()
    assert allocations(desk.db_url) == {"order-5": ("RUG-2X3", 4)}

    desk.shortcut(Qt.Key.Key_O)
    with desk.answered():
        desk.scan(f"{identifier}order-5")
    orders = desk.window.orders_view
    assert orders.orderid == "order-5" and orders.table.rowCount() == 1
    assert orders.order_edit.selectedText() == "order-5", "the next scan replaces it"


def test_a_persons_tab_after_a_pause_moves_to_the_next_field(desk):
    form = desk.window.new_batch_form
    desk.shortcut(Qt.Key.Key_N)
    desk.scan("batch-7", "LAMP")
    desk.qtbot.keyClicks(desk.focused(), "5")
    desk.tab_as_a_person()
    assert desk.focused() is form.edits["eta"], "on to the optional ETA, nothing sent"
    assert desk.bus.idle and form.values()["qty"] == "5"


def test_a_lookup_is_ready_for_the_next_scan_at_once(late):
    late.shortcut(Qt.Key.Key_O)
    late.scan("order-0")
    late.qtbot.keyClicks(late.focused(), "order-1")  # typed while the look-up is on its way
    orders = late.window.orders_view
    assert orders.order_edit.text() == "order-1"
    late.wait_idle()
    assert orders.order_edit.text() == "order-1", "the answer leaves the typing alone"
    assert QApplication.focusWidget() is orders.order_edit
