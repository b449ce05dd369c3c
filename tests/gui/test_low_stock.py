"""Low-stock warnings, by keyboard: Ctrl+T sets a threshold; allocating below it warns
in the banner and the alerts panel, unlike out-of-stock, without taking focus."""

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from warehouse_gui.gui.alerts import ALERT, ALERT_ROLE, LOW_STOCK, Alert, AlertBanner
from warehouse_gui.gui.appearance import stylesheet_for

STYLESHEET = Path(__file__).resolve().parents[2] / "resources" / "style.qss"


def set_threshold(app, sku, threshold):
    app.shortcut(Qt.Key.Key_T)
    assert app.focused() is app.window.low_stock_form.edits["sku"]
    app.scan(sku)
    assert app.focused() is app.window.low_stock_form.edits["threshold"]
    app.scan_and_wait(threshold)


def allocate(app, orderid, sku, qty):
    app.shortcut(Qt.Key.Key_L)
    app.scan(orderid, sku)
    app.scan_and_wait(qty)


def test_a_threshold_set_by_scans_warns_when_an_allocation_crosses_it(app):
    set_threshold(app, "LAMP", "30")  # LAMP: 20 in stock + 50 arriving
    assert app.said == "LAMP will warn when fewer than 30 are available"
    assert app.focused() is app.window.low_stock_form.edits["sku"], "ready for the next SKU"

    allocate(app, "order-1", "LAMP", "20")  # 70 -> 50
    assert app.window.alerts_panel.count() == 0
    allocate(app, "order-2", "LAMP", "25")  # 50 -> 25: below 30

    banner, panel = app.window.banner, app.window.alerts_panel
    assert banner.isVisible()
    assert banner.message.text() == (
        "Low stock: LAMP — 25 available (in stock and arriving), below its threshold of 30"
    )
    assert banner.property("kind") == LOW_STOCK
    assert banner.icon.text() == "▼"
    assert panel.count() == 1
    assert "▼ Low stock: LAMP — 25 available" in panel.item(0).text()
    assert panel.item(0).data(ALERT_ROLE).kind == LOW_STOCK
    assert app.focused() is app.window.allocate_form.edits["orderid"], "focus stays in Allocate"
    assert app.row("lamp-2")[3:] == ["50", "25", "25"]

    allocate(app, "order-3", "LAMP", "5")  # still below: no second warning
    assert panel.count() == 1
    history = app.window.history_model
    assert [history.index(row, 1).data() for row in range(4)] == [
        "Allocated",
        "Low stock",
        "Allocated",
        "Allocated",
    ]


def test_a_threshold_set_above_what_is_available_warns_at_once(app, qtbot):
    set_threshold(app, "CHAIR", "8")  # CHAIR: 5 in stock, nothing arriving
    panel = app.window.alerts_panel
    qtbot.waitUntil(lambda: panel.count() == 1)
    assert app.window.banner.message.text() == (
        "Low stock: CHAIR — 5 available (in stock and arriving), below its threshold of 8"
    )
    assert app.focused() is app.window.low_stock_form.edits["sku"], "ready for the next SKU"
    set_threshold(app, "CHAIR", "9")  # already warned for CHAIR: not again
    qtbot.wait(100)
    assert panel.count() == 1


def test_low_stock_and_out_of_stock_alerts_look_different(app):
    set_threshold(app, "CHAIR", "4")
    allocate(app, "order-1", "CHAIR", "2")  # 5 -> 3: low
    allocate(app, "order-2", "CHAIR", "9")  # out of stock

    banner, panel = app.window.banner, app.window.alerts_panel
    assert banner.property("kind") == ALERT
    assert banner.icon.text() == "⚠"
    assert banner.message.text().startswith("Out of stock: CHAIR")
    assert [panel.item(n).data(ALERT_ROLE).kind for n in range(2)] == [ALERT, LOW_STOCK]
    assert panel.item(0).background() != panel.item(1).background()
    assert panel.item(0).text().split("  ", 1)[1].startswith("⚠ Out of stock")
    assert panel.item(1).text().split("  ", 1)[1].startswith("▼ Low stock: CHAIR")


def test_a_bad_threshold_is_explained_inline_and_nothing_is_sent(app):
    form = app.window.low_stock_form
    sent = []
    app.bus.command_requested.connect(sent.append)
    app.shortcut(Qt.Key.Key_T)
    app.scan("LAMP", "-3")

    assert form.error_label.text() == (
        "Minimum available must be a whole number, 0 or more, got -3"
    )
    assert app.focused() is form.edits["threshold"]
    assert form.edits["threshold"].selectedText() == "-3"
    assert sent == []
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)
    assert form.values() == {"sku": "", "threshold": ""}
    assert app.focused() is form.edits["sku"]


def test_an_unknown_sku_is_refused_with_the_sku_selected(app):
    form = app.window.low_stock_form
    app.shortcut(Qt.Key.Key_T)
    app.scan("LAMPS")
    app.scan_and_wait("5")

    assert form.error_label.text() == (
        "No SKU LAMPS: no batch of it has been received; create a batch first"
    )
    assert app.focused() is form.edits["sku"]
    assert form.edits["sku"].selectedText() == "LAMPS"


def test_zero_turns_the_warning_off(app):
    set_threshold(app, "CHAIR", "4")
    set_threshold(app, "CHAIR", "0")
    assert app.said == "Low-stock warning for CHAIR turned off"
    allocate(app, "order-1", "CHAIR", "4")
    assert app.window.alerts_panel.count() == 0


def test_the_stylesheet_paints_the_two_kinds_of_banner_differently(qtbot):
    banner = AlertBanner()
    qtbot.addWidget(banner)
    template = STYLESHEET.read_text(encoding="utf-8")
    banner.setStyleSheet(stylesheet_for(template, Qt.ColorScheme.Light))
    banner.resize(400, 40)

    def background(kind):
        banner.show_alert(Alert("text", kind, None, datetime.now()), 1)
        return banner.grab().toImage().pixelColor(6, 20).name()

    assert (background(ALERT), background(LOW_STOCK), background(ALERT)) == (
        "#fff3cd",
        "#e3f0fb",
        "#fff3cd",
    )


def test_in_a_short_window_the_form_with_the_cursor_scrolls_into_view(app):
    window = app.window
    window.resize(720, 540)
    viewport = window.forms_column.viewport()

    def fully_shown(form):
        top_left = form.mapTo(viewport, form.rect().topLeft())
        return viewport.rect().contains(form.rect().translated(top_left))

    app.qtbot.waitUntil(lambda: not fully_shown(window.low_stock_form))
    app.shortcut(Qt.Key.Key_T)
    app.qtbot.waitUntil(lambda: fully_shown(window.low_stock_form))
    app.shortcut(Qt.Key.Key_N)
    app.qtbot.waitUntil(lambda: fully_shown(window.new_batch_form))
