"""What a clerk may not do is greyed with the reason, never refused after the fact; a
supervisor's badge and PIN at the clerk's desk make it usable for one action, and the log
names both of them."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.harness import opened
from tests.gui.people_support import (
    CTRL_SHIFT,
    approve,
    key,
    sign_in,
    type_in,
    with_people,
)
from warehouse_gui.gui.tabs.history import BY
from warehouse_gui.queries import History

THRESHOLD_NEEDS = (
    "Setting a low-stock threshold needs a supervisor — Ctrl+Shift+A: a supervisor approves"
)


@pytest.fixture
def clerk(qtbot, seeded_url, tmp_path):
    """A desk where Anna, a clerk, is signed in."""
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "anna")
        yield desk


def file_item(desk, text):
    [file_menu] = [a.menu() for a in desk.window.menuBar().actions() if a.text() == "&File"]
    [item] = [a for a in file_menu.actions() if a.text().startswith(text)]
    return item


def test_a_clerk_sees_what_needs_a_supervisor_greyed_with_the_reason(clerk):
    window = clerk.window
    form = window.low_stock_form
    assert not form.edits["sku"].isEnabled() and not form.submit_button.isEnabled()
    assert form.unavailable_label.isVisible()
    assert form.unavailable_label.text() == THRESHOLD_NEEDS

    key(clerk, Qt.Key.Key_T)
    assert clerk.said == THRESHOLD_NEEDS
    assert clerk.focused() is window.new_batch_form.edits["ref"], "the cursor stays"

    importing = file_item(clerk, "&Import batches…")
    assert not importing.isEnabled()
    assert importing.text() == "&Import batches… (needs a supervisor)\tCtrl+I"
    assert importing.toolTip().startswith("Importing batches needs a supervisor")
    assert importing.statusTip() == importing.toolTip()
    key(clerk, Qt.Key.Key_I)
    assert clerk.said.startswith("Importing batches needs a supervisor")

    key(clerk, Qt.Key.Key_B)
    clerk.qtbot.keyClick(clerk.focused(), Qt.Key.Key_F2)
    assert clerk.said.startswith("Correcting or cancelling a batch needs a supervisor")
    assert window.batches_view.table.state() != window.batches_view.table.State.EditingState

    assert not file_item(clerk, "Peop&le…").isEnabled()
    key(clerk, Qt.Key.Key_U)
    assert clerk.said == "Adding a person needs an admin"


def test_a_supervisors_approval_lets_a_clerk_set_one_threshold_and_the_log_names_both(clerk):
    window = clerk.window
    approve(clerk, "sam")
    assert QApplication.activeModalWidget() is None, "the dialog closed"
    banner = window.people.banner
    assert banner.isVisible()
    assert banner.label.text().startswith("Approved by Sam Supervisor for one action")
    assert window.low_stock_form.edits["sku"].isEnabled()
    assert not window.low_stock_form.unavailable_label.isVisible()

    key(clerk, Qt.Key.Key_T)
    clerk.scan("LAMP")
    clerk.scan_and_wait("30")
    assert clerk.said == "LAMP will warn when fewer than 30 are available"

    clerk.qtbot.waitUntil(lambda: not banner.isVisible())
    assert not window.low_stock_form.edits["sku"].isEnabled(), "greyed again after one"
    [entry] = [e for e in clerk.ask(History(sku="LAMP")) if e.type == "LowStockThresholdSet"]
    assert (entry.operator, entry.approver) == ("anna", "sam")
    history = window.history_model
    clerk.qtbot.waitUntil(lambda: history.rowCount() and history.entry(0).approver == "sam")
    shown = history.index(0, BY).data()
    assert shown == "anna, approved by sam @ desk-test"


def test_a_refused_command_keeps_the_approval(clerk):
    window = clerk.window
    approve(clerk, "sam")
    key(clerk, Qt.Key.Key_T)
    clerk.scan("NOPE")
    clerk.scan_and_wait("3")
    assert "NOPE" in clerk.said
    assert window.people.banner.isVisible()
    assert window.low_stock_form.edits["sku"].isEnabled()


def test_ctrl_shift_a_again_or_esc_in_the_banner_withdraws_the_approval(clerk):
    window = clerk.window
    banner = window.people.banner
    approve(clerk, "sam")
    with clerk.answered():
        key(clerk, Qt.Key.Key_A, CTRL_SHIFT)
    assert not banner.isVisible()
    assert clerk.said == "Approval withdrawn"
    assert not window.low_stock_form.edits["sku"].isEnabled()

    approve(clerk, "sam")
    banner.withdraw_button.setFocus()
    with clerk.answered():
        clerk.qtbot.keyClick(clerk.focused(), Qt.Key.Key_Escape)
    assert not banner.isVisible()
    assert not window.low_stock_form.edits["sku"].isEnabled()


def test_an_approval_is_refused_in_words_in_its_dialog(clerk):
    dialog = approve(clerk, "bob")
    assert dialog.isVisible()
    assert dialog.message.text() == "bob is a clerk: only a supervisor or an admin approves"
    assert clerk.focused() is dialog.badge.login_edit

    clerk.scan("sam")
    with clerk.answered():
        clerk.scan("0000")
    assert dialog.message.text().startswith("Wrong PIN for sam")
    assert dialog.badge.pin_edit.text() == ""
    assert clerk.focused() is dialog.badge.pin_edit
    clerk.qtbot.keyClick(clerk.focused(), Qt.Key.Key_Escape)
    assert not clerk.window.people.banner.isVisible()


def test_undoing_a_new_batch_needs_an_approval_and_says_so(clerk):
    window = clerk.window
    with clerk.answered():
        clerk.scan("b-9", "LAMP", "3")
    key(clerk, Qt.Key.Key_Z)
    assert clerk.said.startswith(
        "Could not undo the creation of batch b-9 (3 × LAMP) now: Correcting or cancelling a "
        "batch needs a supervisor"
    )
    assert window.undo_history.next_entry is not None, "it stays on the undo list"
    assert clerk.stored_batches()["b-9"].purchased == 3

    approve(clerk, "sam")
    with clerk.answered():
        key(clerk, Qt.Key.Key_Z)
    assert clerk.said.startswith("Undone: creation of batch b-9")
    assert clerk.stored_batches()["b-9"].purchased == 0
    clerk.qtbot.waitUntil(lambda: not window.people.banner.isVisible())


def test_a_supervisor_works_without_greyed_parts(qtbot, seeded_url, tmp_path):
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "sam")
        form = desk.window.low_stock_form
        assert form.edits["sku"].isEnabled() and not form.unavailable_label.isVisible()
        assert file_item(desk, "&Import batches…").isEnabled()
        key(desk, Qt.Key.Key_T)
        assert desk.focused() is form.edits["sku"]
        type_in(desk, "LAMP")


def test_the_order_view_names_who_allocated_each_line(clerk):
    key(clerk, Qt.Key.Key_L)
    clerk.scan("order-7", "LAMP")
    clerk.scan_and_wait("2")
    with clerk.answered():
        clerk.window.open_order("order-7")
    view = clerk.window.orders_view
    assert [row.by for row in view.rows] == ["anna"]
    assert view.table.item(0, 3).text() == "anna"
