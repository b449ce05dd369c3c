"""What GUI tests drive: a real main window on a database, with its bus and feed threads."""

import time
import uuid
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit

from warehouse_gui import bootstrap, config, views
from warehouse_gui.bootstrap import database_unit_of_work
from warehouse_gui.gui.app import connect_bus
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.main_window import MainWindow
from warehouse_gui.gui.tabs.batches.entries import AVAILABLE, LOCATION

TIMEOUT_MS = 10_000
# A person's pause before Tab: longer than a scanner's gap between keys, so Tab moves on
# to the next field instead of ending a scan.
PERSON_PAUSE_MS = 80


class Late:
    """A backend that answers everything ``delay_s`` late, as a far-away server would."""

    def __init__(self, backend, delay_s):
        self.backend = backend
        self.delay_s = delay_s

    def handle(self, command):
        time.sleep(self.delay_s)
        return self.backend.handle(command)

    def answer(self, query):
        time.sleep(self.delay_s)
        return self.backend.answer(query)

    def close(self):
        self.backend.close()

    @property
    def read_only(self):
        return self.backend.read_only

    @property
    def warnings(self):
        return self.backend.warnings


def late_bus(delay_s):
    """A factory of buses whose every answer comes ``delay_s`` late."""

    def connect(db_url):
        origin = str(uuid.uuid4())

        def open_backend(publish):
            return Late(bootstrap.workstation(db_url, origin, publish), delay_s)

        def follow_log(start, stop, entries_arrived, connection_changed):
            bootstrap.follow_log(db_url, origin, start, stop, entries_arrived, connection_changed)

        return Bus(open_backend, follow_log, secrets=[], origin=origin)

    return connect


class Harness:
    """The window under test and what a test needs to drive and inspect it."""

    def __init__(self, qtbot, db_url, settings_path, connect=connect_bus):
        self.qtbot = qtbot
        self.db_url = db_url
        self.settings_path = settings_path
        self.connect = connect
        self.bus = None
        self.window = None
        self.replies = []  # what ``submit`` got back, in order

    def open(self):
        self.bus = self.connect(self.db_url)
        settings = QSettings(str(self.settings_path), QSettings.Format.IniFormat)
        self.window = MainWindow(self.bus, config.describe_database(self.db_url), settings)
        self.qtbot.addWidget(self.window)
        PopupSettler(self.window)
        self.window.show()
        self.bus.start()
        self.wait_idle()
        self.activate()
        return self.window

    def activate(self):
        """Bring the window to the front, as clicking its title bar would."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def close(self):
        if self.bus is None or not self.bus.bus_thread.isRunning():
            return
        if self.window is not None:
            self.window.close()
        self.bus.shutdown()

    @property
    def model(self):
        return self.window.model

    @property
    def said(self):
        """The status bar's line about the last outcome."""
        return self.window.status.result_label.text()

    def wait_idle(self, timeout=TIMEOUT_MS):
        """Wait until every command and question sent has been answered."""
        self.qtbot.waitUntil(lambda: self.bus.idle, timeout=timeout)

    @contextmanager
    def answered(self, timeout=TIMEOUT_MS):
        """Run the block, then wait until it (or what it set off, an item editor's
        commit say) has sent something, and everything sent has been answered."""
        sent = []
        self.bus.command_requested.connect(sent.append)
        self.bus.query_requested.connect(sent.append)
        try:
            yield
            self.qtbot.waitUntil(lambda: bool(sent) and self.bus.idle, timeout=timeout)
        finally:
            self.bus.command_requested.disconnect(sent.append)
            self.bus.query_requested.disconnect(sent.append)

    def submit(self, command):
        """Send ``command`` without waiting; its reply is added to ``replies``."""
        self.bus.send(command, self.replies.append, self.replies.append)

    def send(self, command):
        """Send ``command`` as a part of the window would; the reply, once it came."""
        replies = []
        self.bus.send(command, replies.append, replies.append)
        self.qtbot.waitUntil(lambda: bool(replies), timeout=TIMEOUT_MS)
        return replies[0]

    def ask(self, query):
        """What the read side answers to ``query``."""
        answers = []
        self.bus.ask(query, answers.append, answers.append)
        self.qtbot.waitUntil(lambda: bool(answers), timeout=TIMEOUT_MS)
        return answers[0]

    def scan(self, *values):
        """Type each value and press Enter, as a scanner does: each key goes where the
        cursor is when it is pressed."""
        for text in values:
            for key in text:
                self.qtbot.keyClick(self.focused(), key)
            self.qtbot.keyClick(self.focused(), Qt.Key.Key_Return)

    def focused(self):
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def scan_and_wait(self, text):
        """Scan the last value of a form and wait for the bus to answer."""
        with self.answered():
            self.scan(text)

    def tab_as_a_person(self):
        """Pause as a person does, then press Tab in the focused field."""
        self.qtbot.wait(PERSON_PAUSE_MS)
        self.qtbot.keyClick(self.focused(), Qt.Key.Key_Tab)

    def shortcut(self, key):
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)

    def row(self, reference):
        """The batch's figures as shown: reference to Available (its location: ``location``)."""
        row = self.model.row_of(reference)
        assert row is not None, f"batch {reference} is not shown"
        return [self.model.index(row, c).data() for c in range(AVAILABLE + 1)]

    def location(self, reference):
        """The Location cell of the batch's row."""
        row = self.model.row_of(reference)
        assert row is not None, f"batch {reference} is not shown"
        return self.model.index(row, LOCATION).data()

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
            and new.findChild(QCompleter) is not None
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


def opened(qtbot, db_url, tmp_path, name="settings.ini", connect=connect_bus):
    """A window on ``db_url``, closed (and its threads stopped) however the test ends."""
    harness = Harness(qtbot, db_url, tmp_path / name, connect)
    try:
        harness.open()
        yield harness
    finally:
        harness.close()


def desks_on(qtbot, db_url, tmp_path):
    """Two windows (two workstations) on one database, each connected to it."""
    desks = [Harness(qtbot, db_url, tmp_path / f"desk-{n}.ini") for n in (1, 2)]
    try:
        for desk in desks:
            desk.open()
            qtbot.waitUntil(lambda d=desk: d.window.status.connection_label.text() == "● Connected")
        yield desks
    finally:
        for desk in desks:
            desk.close()
