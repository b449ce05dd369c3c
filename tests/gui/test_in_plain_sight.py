"""Nothing moves under the cursor, no message is cut off, and alerts wait until seen."""

import os

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from tests.gui.harness import Harness, opened
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.alerts import NONE_WAITING
from warehouse_gui.gui.bridge.bus import NOT_CONNECTED

LIVE_TIMEOUT_MS = 5000
# A maximised window on a 1366 x 768 screen, less a title bar and a desktop panel.
SMALL_SCREEN = (1366, 700)


@pytest.fixture
def stock_url(sqlite_url):
    """LAMP with plenty, SOFA-GREY with none left, and an alert logged before any desk ran."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 100))
    bus.handle(commands.CreateBatch("sofa-1", "SOFA-GREY", 1))
    bus.handle(commands.Allocate("order-0", "SOFA-GREY", 1))
    bus.handle(commands.Allocate("order-old", "SOFA-GREY", 1))  # out of stock, long ago
    return sqlite_url


@pytest.fixture
def desk(qtbot, stock_url, tmp_path):
    yield from opened(qtbot, stock_url, tmp_path)


def other_desk(db_url):
    return bootstrap(db_url=db_url, send_mail=lambda **mail: None)


def alert_texts(app):
    panel = app.window.alerts_panel
    return [panel.item(row).text().split("  ", 1)[1] for row in range(panel.count())]


def allocate(app, orderid, sku, qty):
    app.shortcut(Qt.Key.Key_L)
    app.scan(orderid, sku)
    app.scan_and_wait(qty)


def test_a_burst_of_lines_that_found_no_stock_raises_each_alert_once(desk, qtbot):
    desk.shortcut(Qt.Key.Key_L)
    for n in range(1, 13):
        desk.scan(f"order-{n}", "SOFA-GREY", "1")
    desk.wait_idle()
    qtbot.waitUntil(lambda: desk.window.alerts_panel.count() == 12, timeout=LIVE_TIMEOUT_MS)
    qtbot.wait(300)  # any late answer to the alerts' questions has come by now

    assert alert_texts(desk) == [
        f"⚠ Out of stock: SOFA-GREY — order-{n} wants 1; only 0 available — waiting for stock"
        for n in range(12, 0, -1)
    ]
    logged = [alert.log_id for alert in desk.window.alerts_panel.alerts()]
    assert len(set(logged)) == 12, "twelve log entries, each shown once"
    assert desk.window.banner.more.text() == "+11 more · Ctrl+J"


def test_an_alert_waits_until_seen_and_every_kind_carries_its_mark(desk, qtbot):
    assert alert_texts(desk) == [], "what happened before this desk ever ran is history"
    assert desk.window.banner.message.text() == NONE_WAITING
    allocate(desk, "order-1", "SOFA-GREY", "1")
    desk.shortcut(Qt.Key.Key_T)
    desk.scan("LAMP")
    desk.scan_and_wait("90")
    allocate(desk, "order-2", "LAMP", "20")
    qtbot.waitUntil(lambda: desk.window.alerts_panel.count() == 2)

    assert alert_texts(desk) == [
        "▼ Low stock: LAMP — 80 available (in stock and arriving), below its threshold of 90",
        "⚠ Out of stock: SOFA-GREY — order-1 wants 1; only 0 available — waiting for stock",
    ]
    banner = desk.window.banner
    qtbot.wait(500)
    assert banner.isVisible() and banner.message.text().startswith("Low stock: LAMP")
    assert banner.more.text() == "+1 more · Ctrl+J"
    assert desk.window.waiting.alerts_box.title() == "Alerts (Ctrl+J) — 2 waiting"

    desk.shortcut(Qt.Key.Key_J)
    panel = desk.window.alerts_panel
    assert desk.focused() is panel and panel.currentRow() == 0
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert alert_texts(desk) == [
        "⚠ Out of stock: SOFA-GREY — order-1 wants 1; only 0 available — waiting for stock"
    ]
    assert banner.message.text().startswith("Out of stock: SOFA-GREY")
    qtbot.keyClick(panel, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    assert alert_texts(desk) == []
    assert banner.message.text() == NONE_WAITING
    assert desk.window.waiting.alerts_box.title() == "Alerts"


def test_alerts_not_seen_are_still_waiting_after_a_restart(qtbot, stock_url, tmp_path):
    settings = tmp_path / "desk.ini"
    first = Harness(qtbot, stock_url, settings)
    first.open()
    allocate(first, "order-1", "SOFA-GREY", "1")
    other_desk(stock_url).handle(commands.Allocate("order-2", "SOFA-GREY", 1))
    qtbot.waitUntil(lambda: first.window.alerts_panel.count() == 2, timeout=LIVE_TIMEOUT_MS)
    first.shortcut(Qt.Key.Key_J)
    qtbot.keyClick(first.window.alerts_panel, Qt.Key.Key_Space)  # the other desk's: seen
    first.close()

    second = Harness(qtbot, stock_url, settings)
    try:
        second.open()
        qtbot.waitUntil(lambda: second.window.alerts_panel.count() == 1)
        assert alert_texts(second) == [  # this desk's, from before the restart
            "⚠ Out of stock: SOFA-GREY — order-1 wants 1; only 0 available — waiting for stock "
            "(at desk-test)"
        ]
        second.shortcut(Qt.Key.Key_J)
        qtbot.keyClick(second.window.alerts_panel, Qt.Key.Key_Delete)
    finally:
        second.close()

    third = Harness(qtbot, stock_url, settings)
    try:
        third.open()
        assert alert_texts(third) == []
    finally:
        third.close()


def field_places(window):
    """Where every field of every form is in the window."""
    forms = (window.new_batch_form, window.allocate_form, window.low_stock_form)
    return {
        edit.objectName(): edit.mapTo(window, QPoint(0, 0))
        for form in forms
        for edit in form.edits.values()
    }


@pytest.fixture
def styled_desk(qtbot, stock_url, tmp_path, appearance):
    """The window with the program's stylesheet and light palette."""
    appearance("light")
    yield from opened(qtbot, stock_url, tmp_path)


def test_an_alert_arriving_mid_scan_moves_no_field(styled_desk, qtbot, tmp_path):
    desk = styled_desk
    window = desk.window
    window.resize(*SMALL_SCREEN)
    desk.shortcut(Qt.Key.Key_L)
    desk.scan("order-5", "LAMP")
    qtbot.keyClicks(desk.focused(), "1")  # mid-scan: the quantity typed, Enter not yet
    before, shot_before = field_places(window), window.grab()

    other_desk(desk.db_url).handle(commands.Allocate("order-6", "SOFA-GREY", 1))
    qtbot.waitUntil(lambda: window.alerts_panel.count() == 1, timeout=LIVE_TIMEOUT_MS)
    after, shot_after = field_places(window), window.grab()
    save_shots(tmp_path, "alert-mid-scan", shot_before, shot_after)

    assert after == before
    assert desk.focused() is window.allocate_form.edits["qty"]
    assert window.allocate_form.edits["qty"].text() == "1"
    assert window.banner.message.text().startswith("Out of stock: SOFA-GREY")


def save_shots(tmp_path, name, *shots):
    """Keep screenshots where ``SCREENSHOT_DIR`` says (to look at), else with the test."""
    folder = os.environ.get("SCREENSHOT_DIR", str(tmp_path))
    for number, shot in enumerate(shots):
        shot.save(os.path.join(folder, f"{name}-{number}.png"))


def inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_at_1366_by_768_the_form_in_use_its_message_and_the_table_are_in_view(
    qtbot, stock_url, tmp_path, appearance, scheme
):
    appearance(scheme)  # the application's stylesheet and palette, as the program has them
    for desk in opened(qtbot, stock_url, tmp_path):
        window = desk.window
        window.resize(*SMALL_SCREEN)
        qtbot.wait(50)
        column = window.forms_column
        assert not column.verticalScrollBar().isVisible(), "every form fits, no scrollbar"
        table = window.batches_view.table
        assert inside(window.rect(), QRect(table.mapTo(window, QPoint(0, 0)), table.size()))
        assert table.viewport().height() > 8 * table.verticalHeader().defaultSectionSize()

        shots = []
        for form, shortcut, line in (
            (window.new_batch_form, Qt.Key.Key_N, ("batch-9", "LAMP", "0")),
            (window.allocate_form, Qt.Key.Key_L, ("order-9", "LAMP", "ten")),
            (window.low_stock_form, Qt.Key.Key_T, ("LAMP", "-1")),
        ):
            desk.shortcut(shortcut)
            desk.scan(*line)
            qtbot.waitUntil(lambda form=form: form.error_label.isVisible())
            qtbot.wait(50)
            viewport = column.viewport()
            shown = QRect(form.mapTo(viewport, QPoint(0, 0)), form.size())
            assert inside(viewport.rect(), shown), f"{form.title_text} and its message in view"
            message = form.error_label
            assert message.mapTo(viewport, QPoint(0, message.height())).y() <= viewport.height()
            shots.append(window.grab())
            qtbot.keyClick(desk.focused(), Qt.Key.Key_Escape)
        save_shots(tmp_path, f"small-screen-{scheme}", *shots)


def test_no_status_message_is_ever_cut_off_unseen(styled_desk):
    window = styled_desk.window
    window.resize(*SMALL_SCREEN)
    width = window.width()
    window.status.say(NOT_CONNECTED)
    label = window.status.result_label
    assert window.width() == width, "a long message never widens the window"
    assert label.text() == NOT_CONNECTED
    assert label.shown_text().endswith("…")
    assert label.toolTip() == NOT_CONNECTED and label.accessibleDescription() == NOT_CONNECTED

    window.status.say("Connected to the database")
    assert label.shown_text() == "Connected to the database"
    assert label.toolTip() == ""
