"""Scanning: SKU suggestions that never change a scan, the next field ready to be
replaced, and a confirmation seen and heard, switched in Preferences."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QCompleter

from tests.gui.harness import Harness, opened
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.gui.forms.sku_completion import PAUSE_MS, KnownSkus


@pytest.fixture
def chairs_db_url(seeded_url):
    """The seeded SKUs and more chairs: RED-CHAIR, BLUE-CHAIR (and CHAIR, LAMP)."""
    bus = bootstrap(db_url=seeded_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("red-1", "RED-CHAIR", 10))
    bus.handle(commands.CreateBatch("blue-1", "BLUE-CHAIR", 10))
    return seeded_url


@pytest.fixture
def chairs(qtbot, chairs_db_url, tmp_path):
    """The window on the database with more chairs."""
    yield from opened(qtbot, chairs_db_url, tmp_path)


@pytest.fixture
def beeps(chairs):
    rung = []
    chairs.window.feedback.beep = lambda: rung.append("beep")
    return rung


def keyboard(qtbot, *keys):
    """Press each key where a real keyboard's goes: to the open suggestion list, which
    holds the keyboard while it is shown, or else to the focused field."""
    for key in keys:
        qtbot.keyClick(QApplication.activePopupWidget() or QApplication.focusWidget(), key)


def person(qtbot, *keys):
    """A person's keys, then a pause to look (long enough for the suggestions)."""
    keyboard(qtbot, *keys)
    qtbot.wait(PAUSE_MS + 60)


def scanner(qtbot, *values):
    """A scanner: each value's characters, then Enter, as fast as it can."""
    for value in values:
        keyboard(qtbot, *value, Qt.Key.Key_Return)


def suggestions(edit):
    popup = edit.findChild(QCompleter).popup()
    if not popup.isVisible():
        return None
    model = popup.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_sku_fields_suggest_the_skus_that_contain_the_text_in_any_case(chairs, qtbot):
    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1")
    sku = chairs.window.allocate_form.edits["sku"]
    person(qtbot, *"chai")
    assert suggestions(sku) == ["BLUE-CHAIR", "CHAIR", "RED-CHAIR"]
    keyboard(qtbot, "r")
    assert suggestions(sku) == ["BLUE-CHAIR", "CHAIR", "RED-CHAIR"]
    person(qtbot, *"-x")
    assert suggestions(sku) is None, "no SKU contains it"

    chairs.shortcut(Qt.Key.Key_N)
    scanner(qtbot, "lamp-9")
    person(qtbot, *"lam")
    assert suggestions(chairs.window.new_batch_form.edits["sku"]) == ["LAMP"]
    keyboard(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None

    chairs.shortcut(Qt.Key.Key_H)
    person(qtbot, *"AM")
    assert suggestions(chairs.window.history_view.sku_edit) == ["LAMP"]


def test_a_scan_and_enter_keep_exactly_what_was_scanned_while_the_list_is_open(chairs, qtbot):
    form = chairs.window.allocate_form
    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1")
    person(qtbot, *"CHAIR")
    assert suggestions(form.edits["sku"]) == ["BLUE-CHAIR", "CHAIR", "RED-CHAIR"]
    keyboard(qtbot, Qt.Key.Key_Return)
    assert form.edits["sku"].text() == "CHAIR"
    assert chairs.focused() is form.edits["qty"]
    assert QApplication.activePopupWidget() is None, "the list closed"

    sent = []
    chairs.bus.command_requested.connect(lambda submission: sent.append(submission))
    with chairs.answered():
        scanner(qtbot, "2")
    assert [s.command for s in sent] == [commands.Allocate("order-1", "CHAIR", 2)]
    assert chairs.stored_batches()["chair-1"].allocated == 2
    assert chairs.stored_batches()["red-1"].allocated == 0


def test_a_partial_scan_is_never_completed(chairs, qtbot):
    form = chairs.window.allocate_form
    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1", "RED-CH")
    assert form.edits["sku"].text() == "RED-CH"
    with chairs.answered():
        scanner(qtbot, "1")
    assert "No SKU RED-CH" in form.error_label.text()
    assert chairs.stored_batches()["red-1"].allocated == 0


def test_enter_sent_to_the_field_itself_also_keeps_the_scan_and_closes_the_list(chairs, qtbot):
    form = chairs.window.new_batch_form
    chairs.shortcut(Qt.Key.Key_N)
    chairs.scan("red-2")
    qtbot.keyClicks(form.edits["sku"], "CHAIR")
    qtbot.wait(PAUSE_MS + 60)
    assert suggestions(form.edits["sku"]) is not None
    qtbot.keyClick(form.edits["sku"], Qt.Key.Key_Return)
    assert form.edits["sku"].text() == "CHAIR"
    assert chairs.focused() is form.edits["qty"]
    assert not form.edits["sku"].findChild(QCompleter).popup().isVisible()


def test_esc_clears_the_form_and_closes_the_list(chairs, qtbot):
    form = chairs.window.new_batch_form
    chairs.shortcut(Qt.Key.Key_N)
    scanner(qtbot, "red-2")
    person(qtbot, *"chai")
    keyboard(qtbot, Qt.Key.Key_Escape)
    assert QApplication.activePopupWidget() is None
    assert form.values() == {"ref": "", "sku": "", "qty": "", "eta": "", "location": ""}
    assert chairs.focused() is form.edits["ref"]


def test_down_then_enter_takes_the_suggestion_and_moves_on(chairs, qtbot):
    form = chairs.window.allocate_form
    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1")
    person(qtbot, *"red")
    keyboard(qtbot, Qt.Key.Key_Down)
    assert form.edits["sku"].text() == "RED-CHAIR", "the chosen suggestion shows at once"
    keyboard(qtbot, Qt.Key.Key_Return)
    assert form.edits["sku"].text() == "RED-CHAIR"
    assert chairs.focused() is form.edits["qty"]
    with chairs.answered():
        scanner(qtbot, "3")
    assert chairs.stored_batches()["red-1"].allocated == 3


def test_window_shortcuts_work_while_the_list_is_open(chairs, qtbot):
    chairs.shortcut(Qt.Key.Key_N)
    scanner(qtbot, "red-2")
    person(qtbot, *"chai")
    assert QApplication.activePopupWidget() is not None
    qtbot.keyClick(
        QApplication.activePopupWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.activePopupWidget() is None
    assert chairs.focused() is chairs.window.allocate_form.edits["orderid"]


def test_new_skus_are_suggested_as_soon_as_their_batch_exists_here_or_elsewhere(chairs, qtbot):
    chairs.shortcut(Qt.Key.Key_N)
    scanner(qtbot, "sofa-1", "GREEN-SOFA")
    chairs.scan_and_wait("4")
    other_desk = bootstrap(db_url=chairs.db_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.CreateBatch("sofa-2", "OAK-SOFA", 1))
    qtbot.waitUntil(lambda: chairs.model.row_of("sofa-2") is not None, timeout=5000)

    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1")
    person(qtbot, *"sofa")
    assert suggestions(chairs.window.allocate_form.edits["sku"]) == ["GREEN-SOFA", "OAK-SOFA"]


def test_known_skus_are_listed_once_in_case_insensitive_order(qtbot):
    skus = KnownSkus()
    skus.load(["lamp", "CHAIR", "LAMP", "CHAIR", "armchair"])
    skus.add("Bed")
    skus.add("CHAIR")
    skus.apply_event(events.BatchCreated("b-1", "desk", 1))
    skus.apply_event(events.Allocated("o-1", "SOFA", 1, "b-1"))
    assert skus.model.stringList() == ["armchair", "Bed", "CHAIR", "desk", "LAMP", "lamp"]


def test_after_a_scan_the_next_field_is_selected_so_the_next_scan_replaces_it(chairs, qtbot):
    form = chairs.window.allocate_form
    chairs.shortcut(Qt.Key.Key_L)
    qtbot.keyClicks(form.edits["qty"], "  ")  # a stray key left blanks in Quantity
    scanner(qtbot, "order-1", "LAMP")
    assert chairs.focused() is form.edits["qty"]
    assert form.edits["qty"].selectedText() == "  "
    with chairs.answered():
        scanner(qtbot, "5")
    assert chairs.row("lamp-1")[4] == "5"


def test_success_and_refusal_are_confirmed_differently_without_taking_focus(chairs, qtbot, beeps):
    form = chairs.window.allocate_form
    chairs.shortcut(Qt.Key.Key_L)
    scanner(qtbot, "order-1", "LAMP")
    chairs.scan_and_wait("2")
    assert form.property("confirmation") == "success"
    assert beeps == ["beep"]
    qtbot.waitUntil(lambda: form.property("confirmation") == "")

    beeps.clear()
    scanner(qtbot, "order-2", "CHAIR")
    chairs.scan_and_wait("9")  # out of stock
    assert form.property("confirmation") == "failure"
    assert chairs.focused() is form.edits["orderid"], "the form is ready for the next scan"
    qtbot.waitUntil(lambda: len(beeps) == 2)
    qtbot.waitUntil(lambda: form.property("confirmation") == "")

    beeps.clear()
    scanner(qtbot, "order-3", "LAMP")
    chairs.scan("1.5")  # refused by the form itself
    assert form.property("confirmation") == "failure"
    assert chairs.focused() is form.edits["qty"]
    qtbot.waitUntil(lambda: len(beeps) == 2)


def open_preferences(chairs, qtbot):
    chairs.shortcut(Qt.Key.Key_Comma)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.windowTitle() == "Preferences"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_preferences_switch_the_confirmations_off_and_are_remembered(
    qtbot, chairs_db_url, tmp_path
):
    first = Harness(qtbot, chairs_db_url, tmp_path / "settings.ini")
    try:
        first.open()
        dialog = open_preferences(first, qtbot)
        assert isinstance(QApplication.focusWidget(), QCheckBox)
        assert dialog.flash_box.isChecked() and dialog.beep_box.isChecked()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

        rung = []
        first.window.feedback.beep = lambda: rung.append("beep")
        form = first.window.allocate_form
        first.activate()
        first.shortcut(Qt.Key.Key_L)
        scanner(qtbot, "order-1", "LAMP")
        first.scan_and_wait("2")
        assert form.property("confirmation") in (None, "")
        scanner(qtbot, "order-2", "CHAIR")
        first.scan_and_wait("9")  # out of stock
        assert form.property("confirmation") in (None, "")
        assert rung == [], "the first beep would ring at once"
    finally:
        first.close()

    second = Harness(qtbot, chairs_db_url, tmp_path / "settings.ini")
    try:
        second.open()
        preferences = second.window.feedback.preferences
        assert (preferences.flash, preferences.beep) == (False, False)
        dialog = open_preferences(second, qtbot)
        assert not dialog.flash_box.isChecked() and not dialog.beep_box.isChecked()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    finally:
        second.close()
