"""File → People (Ctrl+U), by keyboard: the first person of a database (an admin) turns
sign-in on; an admin adds people, changes a role and disables a person; the refusals are
said in the dialog."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.harness import opened
from tests.gui.people_support import PINS, dialog_opened, key, page, sign_in, type_in, with_people
from warehouse_gui.queries import People


def open_people(app):
    key(app, Qt.Key.Key_U)
    dialog = dialog_opened(app)
    app.qtbot.waitUntil(lambda: app.bus.idle)
    return dialog


def type_fields(app, *texts):
    """Type each text and press Enter, as a person fills the form field by field."""
    for text in texts:
        type_in(app, text)
        app.qtbot.keyClick(app.focused(), Qt.Key.Key_Return)


def test_the_first_person_is_an_admin_and_adding_them_turns_sign_in_on(empty_app):
    app = empty_app
    assert page(app) is None, "no people: no sign-in"
    dialog = open_people(app)
    assert dialog.first_note.isVisible()
    assert dialog.new_role_box.currentText() == "admin"
    assert not dialog.new_role_box.isEnabled()
    assert app.focused() is dialog.edits["login"]

    with app.answered():
        type_fields(app, "ada", "Ada Admin", PINS["ada"], PINS["ada"])

    [ada] = app.ask(People())
    assert (ada.login, ada.name, str(ada.role)) == ("ada", "Ada Admin", "admin")
    app.qtbot.waitUntil(lambda: page(app) is not None)
    assert QApplication.activeModalWidget() is None, "the dialog closed for the sign-in"
    assert page(app).message.text() == "This database has people now: sign in to work here"
    app.activate()
    sign_in(app, "ada")
    assert app.window.status.person_label.text() == "Ada Admin (admin)"


@pytest.fixture
def admin(qtbot, seeded_url, tmp_path):
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "ada")
        yield desk


def test_an_admin_adds_a_clerk_and_two_different_pins_are_refused_in_the_dialog(admin):
    dialog = open_people(admin)
    assert [p.login for p in dialog.people] == ["ada", "anna", "bob", "sam"]
    assert dialog.table.rowCount() == 4

    dialog.new_role_box.setCurrentText("clerk")
    dialog.edits["login"].setFocus()
    type_fields(admin, "cleo")
    assert admin.focused() is dialog.edits["name"]
    type_fields(admin, "Cleo Clerk")
    assert admin.focused() is dialog.edits["pin"]
    type_fields(admin, "4455", "4456")
    assert dialog.message.text() == "The two PINs differ: type the same PIN twice"
    assert admin.focused() is dialog.edits["pin"]
    assert dialog.edits["pin_again"].text() == ""

    with admin.answered():
        type_fields(admin, "4455", "4455")
    assert dialog.outcome.text() == "Added cleo: Cleo Clerk, clerk"
    admin.qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    assert admin.focused() is dialog.edits["login"], "ready for the next person"
    cleo = next(p for p in admin.ask(People()) if p.login == "cleo")
    assert (cleo.name, str(cleo.role)) == ("Cleo Clerk", "clerk")

    dialog.edits["login"].setText("anna")
    dialog.edits["name"].setText("Anna Again")
    dialog.edits["pin"].setText("1234")
    dialog.edits["pin_again"].setText("1234")
    dialog.edits["pin_again"].setFocus()
    with admin.answered():
        admin.qtbot.keyClick(admin.focused(), Qt.Key.Key_Return)
    assert "anna" in dialog.message.text()
    assert dialog.message.isVisible()


def test_an_admin_changes_a_role_and_disables_a_person_after_a_question(admin):
    dialog = open_people(admin)
    bob = next(row for row, p in enumerate(dialog.people) if p.login == "bob")
    dialog.table.setFocus()
    dialog.table.selectRow(bob)
    dialog.role_box.setCurrentText("supervisor")
    with admin.answered():
        dialog.set_role_button.click()
    assert dialog.outcome.text() == "Bob Builder is a supervisor now"
    assert str(next(p for p in admin.ask(People()) if p.login == "bob").role) == "supervisor"

    dialog.table.selectRow(bob)
    dialog.disable_button.click()
    question = dialog.confirmation
    assert "Disable bob (Bob Builder)?" in question.text()
    with admin.answered():
        admin.qtbot.keyClick(question, Qt.Key.Key_Return)
    assert next(p for p in admin.ask(People()) if p.login == "bob").disabled
    admin.qtbot.waitUntil(lambda: dialog.table.item(bob, 3).text() == "no")


def test_people_is_greyed_for_everyone_but_an_admin(qtbot, seeded_url, tmp_path):
    for desk in opened(qtbot, with_people(seeded_url), tmp_path):
        sign_in(desk, "sam")
        key(desk, Qt.Key.Key_U)
        assert desk.said == "Adding a person needs an admin"
        assert QApplication.activeModalWidget() is None
