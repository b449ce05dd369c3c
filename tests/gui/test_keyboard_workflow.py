"""The main window driven only by the keyboard, with the bus on its own thread."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.gui.words_on_screen import clashing_mnemonics


def test_create_a_batch_by_keyboard_and_see_its_row(empty_app):
    app = empty_app
    app.shortcut(Qt.Key.Key_N)
    assert app.focused() is app.window.new_batch_form.edits["ref"]
    app.scan("batch-001")
    app.scan("LAMP")
    app.scan_and_wait("100")

    assert app.row("batch-001") == ["batch-001", "LAMP", "in stock", "100", "0", "100"]
    assert app.stored_batches()["batch-001"].purchased == 100
    assert "Created batch batch-001" in app.said


def test_eta_reached_by_tab_is_shown_and_stored(empty_app):
    app = empty_app
    form = app.window.new_batch_form
    app.qtbot.keyClicks(form.edits["ref"], "ship-1")
    app.qtbot.keyClick(form.edits["ref"], Qt.Key.Key_Tab)
    app.qtbot.keyClicks(app.focused(), "LAMP")
    app.qtbot.keyClick(app.focused(), Qt.Key.Key_Tab)
    app.qtbot.keyClicks(app.focused(), "7")
    app.tab_as_a_person()
    assert app.focused() is form.edits["eta"]
    app.scan_and_wait("2027-03-01")

    assert app.row("ship-1")[2] == "2027-03-01"
    assert str(app.stored_batches()["ship-1"].eta) == "2027-03-01"


def test_allocate_drops_available_on_exactly_that_row(app):
    before = {ref: app.row(ref) for ref in ("lamp-1", "lamp-2", "chair-1")}
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("LAMP")
    app.scan_and_wait("8")

    assert app.row("lamp-1") == ["lamp-1", "LAMP", "in stock", "20", "8", "12"]
    assert app.row("lamp-2") == before["lamp-2"]
    assert app.row("chair-1") == before["chair-1"]
    assert app.stored_batches()["lamp-1"].allocated == 8


def test_allocating_beyond_stock_raises_an_alert_and_the_line_waits(app):
    form = app.window.allocate_form
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-9")
    app.scan("CHAIR")
    app.scan_and_wait("6")
    assert form.property("confirmation") == "failure", "not allocated: the scan says so"

    app.qtbot.waitUntil(lambda: app.window.alerts_panel.count() == 1)
    alert = "Out of stock: CHAIR — order-9 wants 6; only 5 available — waiting for stock"
    assert app.window.banner.message.text() == alert
    assert alert in app.window.alerts_panel.item(0).text()
    assert app.said == "order-9's 6 × CHAIR waits for stock (5 available) · Ctrl+W"
    assert app.focused() is form.edits["orderid"], "the form is ready for the next line"
    assert form.is_empty() and not form.error_label.isVisible()
    assert app.window.refused.scans() == [], "nothing in it is wrong: it is not refused"
    assert app.window.tabs.tabText(app.window.tabs.indexOf(app.window.waiting_tab.page)) == (
        "Waitin&g (1)"
    )
    assert app.stored_batches()["chair-1"].allocated == 0


def test_a_bad_quantity_is_refused_inline_and_nothing_is_persisted(app):
    form = app.window.new_batch_form
    before = app.stored_batches()
    app.shortcut(Qt.Key.Key_N)
    app.scan("lamp-3")
    app.scan("LAMP")
    app.scan("1.5")

    assert form.error_label.isVisible()
    assert form.error_label.text() == "Quantity must be a whole number of at least 1, got '1.5'"
    assert app.focused() is form.edits["qty"]
    assert form.edits["qty"].selectedText() == "1.5"
    assert form.edits["ref"].text() == "lamp-3", "the values stay"
    assert app.bus.pending == 0, "nothing was sent"
    assert app.stored_batches() == before
    assert app.model.row_of("lamp-3") is None


def test_a_refusal_from_the_bus_selects_the_field_at_fault(app):
    form = app.window.new_batch_form
    app.shortcut(Qt.Key.Key_N)
    app.scan("lamp-1")
    app.scan("CHAIR")
    app.scan_and_wait("3")

    assert form.error_label.text() == "A batch with reference lamp-1 already exists"
    assert app.focused() is form.edits["ref"]
    assert form.edits["ref"].selectedText() == "lamp-1"
    assert app.stored_batches()["lamp-1"].sku == "LAMP"


def test_an_unknown_sku_is_refused_at_the_sku_field(app):
    form = app.window.allocate_form
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("SOFA")
    app.scan_and_wait("1")
    assert "No SKU SOFA" in form.error_label.text()
    assert app.focused() is form.edits["sku"]


def test_enter_moves_to_the_next_empty_required_field(app):
    form = app.window.allocate_form
    form.edits["qty"].setText("2")
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    assert app.focused() is form.edits["sku"], "skips nothing that is empty"
    app.qtbot.keyClicks(form.edits["sku"], "LAMP")
    with app.answered():
        app.qtbot.keyClick(form.edits["sku"], Qt.Key.Key_Return)
    assert app.row("lamp-1")[4] == "2", "quantity was already filled, so Enter submitted"


def test_focus_returns_to_the_first_field_and_the_form_clears_after_success(app):
    form = app.window.allocate_form
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("LAMP")
    app.scan_and_wait("1")
    assert app.focused() is form.edits["orderid"]
    assert form.values() == {"orderid": "", "sku": "", "qty": ""}
    assert not form.error_label.isVisible()


def test_a_second_enter_while_pending_sends_nothing(app, qtbot):
    form = app.window.allocate_form
    sent = []
    app.bus.command_requested.connect(sent.append)
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("LAMP")
    qtbot.keyClicks(app.focused(), "3")
    with app.answered():
        qtbot.keyClick(form.edits["qty"], Qt.Key.Key_Return)
        qtbot.keyClick(form.edits["qty"], Qt.Key.Key_Return)
        qtbot.keyClick(form.submit_button, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert len(sent) == 1
    assert app.stored_batches()["lamp-1"].allocated == 3


def test_escape_clears_the_form(app, qtbot):
    form = app.window.new_batch_form
    app.shortcut(Qt.Key.Key_N)
    qtbot.keyClicks(form.edits["ref"], "x-1")
    qtbot.keyClick(form.edits["ref"], Qt.Key.Key_Tab)
    qtbot.keyClicks(form.edits["sku"], "LAMP")
    qtbot.keyClick(form.edits["sku"], Qt.Key.Key_Escape)
    assert form.values() == {"ref": "", "sku": "", "qty": "", "eta": "", "location": ""}
    assert app.focused() is form.edits["ref"]


def test_escape_also_clears_an_inline_error(app, qtbot):
    form = app.window.allocate_form
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("LAMP")
    app.scan("zero")
    assert form.error_label.isVisible()
    qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)
    assert not form.error_label.isVisible()
    assert form.edits["qty"].property("invalid") is False


def test_the_filter_narrows_the_table(app, qtbot):
    app.shortcut(Qt.Key.Key_F)
    assert app.focused() is app.window.batches_view.filter_edit
    qtbot.keyClicks(app.focused(), "lamp")
    assert app.model.rowCount() == 2
    assert app.model.row_of("chair-1") is None
    assert app.window.batches_view.count_label.text() == "2 of 3 batches"
    qtbot.keyClicks(app.focused(), "-2")
    assert [app.model.entry(0).reference] == ["lamp-2"]
    qtbot.keyClick(app.focused(), Qt.Key.Key_Escape)
    assert app.model.rowCount() == 3


def test_tab_order_follows_the_visual_order(app, qtbot):
    form = app.window.new_batch_form
    expected = [form.edits[name] for name in ("sku", "qty", "eta", "location")]
    expected.append(form.submit_button)
    app.shortcut(Qt.Key.Key_N)
    for widget in expected:
        qtbot.keyClick(app.focused(), Qt.Key.Key_Tab)
        assert app.focused() is widget


def test_every_input_has_an_accessible_name_and_a_mnemonic_label(app):
    app.shortcut(Qt.Key.Key_G)  # the Stock picture tab's fields are made when it is first shown
    edits = app.window.findChildren(QLineEdit)
    assert edits
    for edit in edits:
        assert edit.accessibleName(), edit.objectName()
    buddies = {label.buddy() for label in app.window.findChildren(QLabel) if label.buddy()}
    for form in (app.window.new_batch_form, app.window.allocate_form):
        for edit in form.edits.values():
            assert edit in buddies


def test_mnemonics_never_clash_on_screen(app):
    window = app.window
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert not clashing_mnemonics(window), f"clash on tab {tab}"


def test_ctrl_q_quits_and_stops_the_bus_thread(app, qtbot):
    app.shortcut(Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: not app.window.isVisible())
    assert not app.bus.bus_thread.isRunning()


def test_text_typed_while_a_command_is_pending_survives_its_success(app, qtbot):
    form = app.window.allocate_form
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1")
    app.scan("LAMP")
    qtbot.keyClicks(app.focused(), "2")
    with app.answered():
        qtbot.keyClick(form.edits["qty"], Qt.Key.Key_Return)
        app.shortcut(Qt.Key.Key_L)
        qtbot.keyClicks(app.focused(), "order-2")
    assert form.values() == {"orderid": "order-2", "sku": "", "qty": ""}
    assert app.focused() is form.edits["orderid"]


def test_the_alerts_panel_keeps_the_newest_alerts(app, monkeypatch):
    from warehouse_gui.gui import alerts

    monkeypatch.setattr(alerts, "MAX_ALERTS", 3)
    for sku in ("A", "B", "C", "D"):
        app.window.alerts.raise_alert(f"Out of stock: {sku}")
    texts = [app.window.alerts_panel.item(row).text() for row in range(3)]
    assert app.window.alerts_panel.count() == 3
    assert [text.split("  ", 1)[1] for text in texts] == [
        "⚠ Out of stock: D",
        "⚠ Out of stock: C",
        "⚠ Out of stock: B",
    ]
