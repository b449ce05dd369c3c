"""What the tests of people in the window share: a warehouse with people, and signing in
by keyboard as a person at the desk does (a badge scan, then the PIN)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

# Distinct PINs, so that a PIN found in a log file is one of these.
PINS = {"ada": "918273", "sam": "564738", "anna": "302918", "bob": "771155"}
PEOPLE = [
    ("ada", "Ada Admin", "admin"),
    ("sam", "Sam Supervisor", "supervisor"),
    ("anna", "Anna Kowalska", "clerk"),
    ("bob", "Bob Builder", "clerk"),
]


def with_people(db_url):
    """Add the people (the first an admin) to the warehouse at ``db_url``."""
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    for login, name, role in PEOPLE:
        bus.handle(commands.AddPerson(login, name, role, PINS[login]))
    return db_url


def page(app):
    """The sign-in page, when it covers the work area (else ``None``)."""
    controls = app.window.people
    shown = controls.page if controls.session.on else None
    return shown if shown is not None and shown.isVisible() else None


def type_in(app, text):
    for key in text:
        app.qtbot.keyClick(app.focused(), key)


def sign_in(app, login, pin=None):
    """Scan ``login``'s badge, type the PIN (theirs unless given) and press Enter; wait
    for the desk's answer."""
    with app.answered():
        app.scan(login, PINS[login] if pin is None else pin)


def signed_in_label(app):
    return app.window.status.person_label.text()


def key(app, key, modifiers=Qt.KeyboardModifier.ControlModifier):
    target = QApplication.focusWidget() or app.window
    app.qtbot.keyClick(target, key, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def dialog_opened(app):
    """The dialog just opened, once it has the keyboard."""
    app.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    app.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def approve(app, login, pin=None):
    """Ctrl+Shift+A, then ``login``'s badge and PIN in the approval dialog; the dialog."""
    key(app, Qt.Key.Key_A, CTRL_SHIFT)
    dialog = dialog_opened(app)
    with app.answered():
        app.scan(login, PINS[login] if pin is None else pin)
    if QApplication.activeModalWidget() is None:  # approved: back to the window, as the
        app.activate()  # window manager brings it back
    return dialog
