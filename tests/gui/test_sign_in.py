"""Signing in at a desk whose database has people, by keyboard: a badge scan and a PIN,
the words of a refusal, the lockout, signing out by key and after idle time, and what a
sign-out leaves behind (nothing typed)."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.harness import opened
from tests.gui.people_support import (
    CTRL_SHIFT,
    PINS,
    dialog_opened,
    key,
    page,
    sign_in,
    signed_in_label,
    type_in,
    with_people,
)
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.queries import History


@pytest.fixture
def desk(qtbot, seeded_url, tmp_path):
    yield from opened(qtbot, with_people(seeded_url), tmp_path)


def test_a_badge_scan_and_the_pin_sign_in_and_the_status_bar_names_the_person(desk):
    shown = page(desk)
    assert shown is not None, "the sign-in page covers the work area"
    assert not desk.window.new_batch_form.isVisible()
    assert desk.focused() is shown.badge.login_edit

    desk.scan("anna")
    assert desk.focused() is shown.badge.pin_edit, "the badge scan moves on to the PIN"
    assert shown.badge.pin_edit.echoMode() == QLineEdit.EchoMode.Password
    with desk.answered():
        desk.scan(PINS["anna"])

    assert page(desk) is None
    assert signed_in_label(desk) == "Anna Kowalska (clerk)"
    assert desk.focused() is desk.window.new_batch_form.edits["ref"]
    with desk.answered():
        desk.scan("b-9", "LAMP", "3")
    assert desk.ask(History())[0].operator == "anna"


def test_a_wrong_pin_is_refused_in_words_and_the_pin_field_is_cleared_for_another_try(desk):
    sign_in(desk, "anna", "1234")
    shown = page(desk)
    assert shown.message.text() == "Wrong PIN for anna: 4 more tries before the login is locked"
    assert shown.message.isVisible()
    assert shown.badge.pin_edit.text() == ""
    assert desk.focused() is shown.badge.pin_edit
    assert shown.badge.login_edit.text() == "anna"

    with desk.answered():
        desk.scan(PINS["anna"])
    assert signed_in_label(desk) == "Anna Kowalska (clerk)"


def test_an_unknown_badge_is_named_and_selected_for_the_next_scan(desk):
    sign_in(desk, "zed", "1234")
    shown = page(desk)
    assert shown.message.text() == (
        "No one signs in as 'zed' here: check the badge, or ask an admin to add them"
    )
    assert desk.focused() is shown.badge.login_edit
    assert shown.badge.login_edit.selectedText() == "zed"


def test_five_wrong_pins_lock_the_login_and_the_right_pin_waits_until_it_opens(desk):
    for _ in range(5):
        sign_in(desk, "anna", "0000")
        page(desk).badge.login_edit.clear()
        page(desk).badge.login_edit.setFocus()
    said = page(desk).message.text()
    assert said == "Wrong PIN for anna: the login is now locked for 30 s"

    sign_in(desk, "anna")
    said = page(desk).message.text()
    assert re.fullmatch(r"anna is locked for \d+ s more after 5 wrong PINs in a row", said)
    assert page(desk) is not None, "still signed out"


def test_while_signed_out_only_quit_the_keys_list_and_about_work(desk):
    window = desk.window
    key(desk, Qt.Key.Key_N)
    key(desk, Qt.Key.Key_B)
    assert desk.focused() is page(desk).badge.login_edit
    items = {
        action.text().partition("\t")[0]: action.isEnabled()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
        if not action.isSeparator()
    }
    assert {text for text, enabled in items.items() if enabled} == {
        "&Quit",
        "&Keyboard shortcuts",
        "&About Warehouse GUI",
    }
    work = [w for w in window.work.findChildren(QLineEdit)]
    assert work and not any(w.isVisible() for w in work), "no work field can take a key"
    for _ in range(12):
        desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_Tab)
        assert not window.work.isAncestorOf(desk.focused())

    key(desk, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    shortcuts = dialog_opened(desk)
    keys = [shortcuts.table.item(row, 0).text() for row in range(shortcuts.table.rowCount())]
    assert {"Ctrl+Shift+L", "Ctrl+Shift+A", "Ctrl+U"} <= set(keys)
    shortcuts.close()


def test_ctrl_shift_l_signs_out_and_clears_what_was_typed_but_not_sent(desk):
    window = desk.window
    sign_in(desk, "anna")
    with desk.answered():
        desk.scan("b-9", "LAMP", "3")
    type_in(desk, "b-10")  # half a line, never sent
    key(desk, Qt.Key.Key_L, CTRL_SHIFT)

    assert page(desk) is not None
    assert desk.focused() is page(desk).badge.login_edit
    assert page(desk).message.text() == "Signed out: the next person signs in here"
    assert signed_in_label(desk) == "Nobody signed in"

    sign_in(desk, "bob")
    assert window.new_batch_form.is_empty()
    assert desk.focused() is window.new_batch_form.edits["ref"]
    assert window.undo_history.next_entry is None, "anna's actions are not bob's to undo"
    key(desk, Qt.Key.Key_Z)
    assert desk.said.startswith("Nothing to undo")


def test_idle_time_signs_out_and_the_page_says_why(qtbot, seeded_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WAREHOUSE_SIGN_OUT_MINUTES", "0.01")  # 0.6 s
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "anna")
        type_in(desk, "b-1")
        key(desk, Qt.Key.Key_Comma)
        dialog_opened(desk)
        assert page(desk) is None
        qtbot.waitUntil(lambda d=desk: page(d) is not None, timeout=5000)
        assert page(desk).message.text() == (
            "Signed out after 0.01 minutes without a key or a click: sign in again"
        )
        assert desk.window.new_batch_form.is_empty()
        assert QApplication.activeModalWidget() is None, "open dialogs close"


def test_keys_keep_a_desk_signed_in(qtbot, seeded_url, tmp_path, monkeypatch):
    monkeypatch.setenv("WAREHOUSE_SIGN_OUT_MINUTES", "0.01")  # 0.6 s
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "anna")
        for _ in range(8):
            qtbot.wait(150)
            type_in(desk, "x")
        assert page(desk) is None
        assert desk.window.new_batch_form.edits["ref"].text() == "x" * 8


def test_preferences_set_the_idle_minutes(desk):
    sign_in(desk, "ada")
    key(desk, Qt.Key.Key_Comma)
    dialog = dialog_opened(desk)
    assert dialog.minutes_box.value() == 10
    key(desk, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in(desk, "3")
    assert dialog.minutes_box.value() == 3, desk.focused()
    desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_Return)
    assert desk.window.people.idle.minutes == 3


def test_refused_scans_stay_with_the_person_who_made_them(desk):
    window = desk.window
    sign_in(desk, "anna")
    with desk.answered():
        desk.scan("lamp-1", "LAMP", "5")  # a reference taken: refused
        type_in(desk, "b-2")  # the next line began before the answer: the refusal waits
    desk.qtbot.waitUntil(lambda: window.refused.rowCount() == 1)
    key(desk, Qt.Key.Key_L, CTRL_SHIFT)
    sign_in(desk, "bob")
    assert window.refused.rowCount() == 0
    key(desk, Qt.Key.Key_L, CTRL_SHIFT)
    sign_in(desk, "anna")
    assert window.refused.rowCount() == 1


def test_a_quantity_being_corrected_is_not_sent_by_signing_out(desk):
    sign_in(desk, "sam")
    key(desk, Qt.Key.Key_B)
    desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_F2)
    table = desk.window.batches_view.table
    assert table.state() == table.State.EditingState
    type_in(desk, "99")
    sent = []
    desk.bus.command_requested.connect(lambda request: sent.append(type(request.command)))
    key(desk, Qt.Key.Key_L, CTRL_SHIFT)
    desk.qtbot.wait(50)
    desk.wait_idle()
    assert page(desk) is not None
    assert [kind.__name__ for kind in sent] == ["SignOut"], "the 99 typed was never sent"
    assert {b.purchased for b in desk.stored_batches().values()} == {5, 20, 50}
    sign_in(desk, "ada")
    assert table.state() != table.State.EditingState, "nor left for the next person"


def test_an_admin_at_another_desk_changing_the_role_signs_the_person_out_here(desk, seeded_url):
    sign_in(desk, "anna")
    other_desk = bootstrap(db_url=seeded_url, send_mail=lambda **mail: None)
    other_desk.handle(commands.SetRole("anna", "supervisor"))

    desk.qtbot.waitUntil(lambda: page(desk) is not None, timeout=10_000)
    assert page(desk).message.text() == "An admin changed your role to supervisor: sign in again"
    sign_in(desk, "anna")
    assert signed_in_label(desk) == "Anna Kowalska (supervisor)"
    assert desk.window.low_stock_form.isEnabled()
