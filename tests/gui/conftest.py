"""A real main window on a SQLite file, with its bus thread, driven by the keyboard."""

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from warehouse_gui import config, views
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands
from warehouse_gui.gui.bridge.bus import BusController
from warehouse_gui.gui.main_window import MainWindow


class Harness:
    """The window under test and what a test needs to drive and inspect it."""

    def __init__(self, qtbot, db_url, settings_path):
        self.qtbot = qtbot
        self.db_url = db_url
        self.settings_path = settings_path
        self.controller = None
        self.window = None

    def open(self):
        self.controller = BusController(self.db_url)
        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        self.window = MainWindow(self.controller, config.describe_database(self.db_url), settings)
        self.qtbot.addWidget(self.window)
        PopupSettler(self.window)
        with self.qtbot.waitSignal(
            self.controller.read_finished,
            check_params_cb=lambda request, _result: request.origin == "history",
            timeout=10_000,
        ):
            self.window.show()
            self.controller.start()
        self.activate()
        return self.window

    def activate(self):
        """Bring the window to the front, as clicking its title bar would."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def close(self):
        if self.controller is None or not self.controller.bus_thread.isRunning():
            return
        if self.window is not None:
            self.window.close()
        self.controller.shutdown()

    @property
    def model(self):
        return self.window.model

    def focused(self):
        return QApplication.focusWidget()

    def scan(self, *values):
        """Type each value into the focused field and press Enter, as a scanner does."""
        for text in values:
            widget = self.focused()
            assert widget is not None, "nothing has keyboard focus"
            self.qtbot.keyClicks(widget, text)
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def scan_and_wait(self, text, outcome="succeeded"):
        """Scan the last value of a form and wait for the bus to answer."""
        signal = getattr(self.controller, f"command_{outcome}")
        with self.qtbot.waitSignal(signal, timeout=10_000):
            self.scan(text)

    def shortcut(self, key):
        self.qtbot.keyClick(self.focused() or self.window, key, Qt.KeyboardModifier.ControlModifier)

    def row(self, reference):
        row = self.model.row_of(reference)
        assert row is not None, f"batch {reference} is not shown"
        return [self.model.index(row, c).data() for c in range(self.model.columnCount())]

    def stored_batches(self):
        return {r.reference: r for r in views.batches(database_unit_of_work(self.db_url))}


class PopupSettler(QObject):
    """Lets the events a popup's showing queues run while it is still shown.

    Offscreen Qt focuses every window it shows, popups included, by a queued event, which
    Qt ignores while a popup is open. QTest types all its keys before any event runs: a
    SKU suggestion list shown and closed between two keys would take the focus afterwards,
    hidden. A real keyboard's keys arrive one per turn of the event loop, as here. The
    moment: the line edit under the list loses focus to it, once the list is shown.
    A SKU field of ``window`` is watched from its first focus on, so that the fields the
    window makes on first use (the Stock picture's) are watched too.
    """

    def __init__(self, window):
        super().__init__(window)
        QApplication.instance().focusChanged.connect(self._watch)

    def _watch(self, _old, new):
        if (
            isinstance(new, QLineEdit)
            and new.completer() is not None
            and self.parent().isAncestorOf(new)
        ):
            new.installEventFilter(self)  # again on each focus: Qt keeps it once

    def eventFilter(self, watched, event):
        if (
            event.type() == QEvent.Type.FocusOut
            and event.reason() == Qt.FocusReason.PopupFocusReason
            and QApplication.activePopupWidget() is not None
        ):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        return False


@pytest.fixture(autouse=True)
def _workstation(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_STATION", "desk-test")
    monkeypatch.setenv("WAREHOUSE_OPERATOR", "tester")


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'warehouse.db'}"


@pytest.fixture
def seeded_db_url(db_url):
    """Two SKUs: LAMP with stock and a shipment, CHAIR with a little stock."""
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 50, "2027-01-15"))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
    return db_url


def desks_on(qtbot, db_url, tmp_path):
    """Two windows (two workstations) on one database, each connected to it."""
    desks = [Harness(qtbot, db_url, tmp_path / f"desk-{n}.ini") for n in (1, 2)]
    try:
        for desk in desks:
            desk.open()
            qtbot.waitUntil(lambda d=desk: d.window.connection_label.text() == "● Connected")
        yield desks
    finally:
        for desk in desks:
            desk.close()


def opened(qtbot, db_url, tmp_path):
    """A window on ``db_url``, closed (and its threads stopped) however the test ends."""
    harness = Harness(qtbot, db_url, tmp_path / "settings.ini")
    try:
        harness.open()
        yield harness
    finally:
        harness.close()


@pytest.fixture
def app(qtbot, seeded_db_url, tmp_path):
    yield from opened(qtbot, seeded_db_url, tmp_path)


@pytest.fixture
def empty_app(qtbot, db_url, tmp_path):
    yield from opened(qtbot, db_url, tmp_path)
