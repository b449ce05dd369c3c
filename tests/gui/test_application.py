"""The application as ``warehouse-gui`` starts it: metadata, About box, crash reporting wired."""

import logging
import sys
import threading
from logging.handlers import RotatingFileHandler

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from warehouse_gui import __version__, logs
from warehouse_gui.gui import app as gui_app
from warehouse_gui.gui.appearance import Appearance
from warehouse_gui.gui.dialogs.about import about_box
from warehouse_gui.gui.dialogs.crash_dialog import CrashDialog
from warehouse_gui.gui.main_window import MainWindow

GUARD_MS = 20_000
PASSWORD_URL = "postgresql+psycopg://clerk:s3cret@127.0.0.1:1/stock"


@pytest.fixture
def application(qapp, monkeypatch):
    """The test run's QApplication, given back as it was after ``run()`` configured it."""
    saved = {
        name: getattr(qapp, name)()
        for name in (
            "applicationName",
            "applicationDisplayName",
            "organizationName",
            "applicationVersion",
            "desktopFileName",
            "windowIcon",
            "styleSheet",
            "palette",
        )
    }
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    yield qapp
    for appearance in qapp.findChildren(Appearance):
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(appearance.follow_system)
        appearance.setParent(None)
    for name, value in saved.items():
        getattr(qapp, "set" + name[0].upper() + name[1:])(value)


def run_app(db_url, step):
    """``gui.app.run(db_url)``, with ``step(window)`` once its event loop runs."""
    timed_out = []

    def first():
        [window] = [w for w in main_windows() if w.isVisible()]
        step(window)

    def give_up():
        timed_out.append(True)
        QApplication.closeAllWindows()

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(GUARD_MS)
    QTimer.singleShot(0, first)
    code = gui_app.run(db_url)
    guard.stop()
    assert not timed_out, "the window did not close"
    for window in main_windows():
        window.deleteLater()
    return code


def main_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def when(condition, then):
    """Call ``then()`` as soon as ``condition()`` holds, from the event loop."""
    if condition():
        then()
    else:
        QTimer.singleShot(10, lambda: when(condition, then))


def test_run_sets_the_metadata_and_the_about_box_tells_version_database_and_log(
    application, log_file
):
    seen = {}

    def open_about(window):
        [about] = [a for a in window.findChildren(QAction) if a.text() == "&About Warehouse GUI"]
        about.trigger()
        box = window.findChild(QMessageBox, "aboutBox")
        seen["text"] = box.text() + box.informativeText()
        seen["selectable"] = box.textInteractionFlags()
        box.close()
        window.close()

    code = run_app(PASSWORD_URL, open_about)

    assert code == 0
    assert application.applicationName() == "warehouse-gui"
    assert application.organizationName() == "Warehouse GUI"
    assert application.applicationVersion() == __version__
    assert not application.windowIcon().pixmap(32, 32).isNull(), "the SVG icon was loaded"
    assert "QGroupBox" in application.styleSheet()
    assert "$" not in application.styleSheet().split("*/", 1)[1], "the colours are filled in"
    assert f"Warehouse GUI {__version__}" in seen["text"]
    assert "postgresql+psycopg://clerk:***@127.0.0.1:1/stock" in seen["text"]
    assert "s3cret" not in seen["text"]
    assert f"<b>Log file:</b>&nbsp;</td><td>{log_file}</td>" in seen["text"]
    assert seen["selectable"]


def test_after_a_fatal_error_run_closes_the_window_and_returns_1(application, log_file):
    shown = []

    def read_and_quit(dialog):
        shown.append(dialog.details.toPlainText())
        dialog.reject()

    def crash(window):
        def fail():
            raise ConnectionError(f"login to {PASSWORD_URL} refused")

        threading.Thread(target=fail, name="helper").start()
        when(
            lambda: window.findChild(CrashDialog) is not None,
            lambda: read_and_quit(window.findChild(CrashDialog)),
        )

    assert run_app(PASSWORD_URL, crash) == 1
    assert (
        "Thread helper died: ConnectionError: login to postgresql+psycopg://clerk:***@"
        in (shown[0])
    )
    assert "s3cret" not in shown[0], "the dialog masks the database password"
    assert "ConnectionError" in log_file.read_text(encoding="utf-8")


def test_the_log_file_opened_plain_at_start_rotates_once_the_window_is_shown(application, log_file):
    logs.configure("INFO", log_file.parent, rotating=False)

    def file_handler():
        [handler] = [h for h in logging.getLogger().handlers if h.name == logs.FILE_HANDLER]
        return handler

    assert not isinstance(file_handler(), RotatingFileHandler)
    run_app(
        PASSWORD_URL,
        lambda window: when(lambda: isinstance(file_handler(), RotatingFileHandler), window.close),
    )
    assert file_handler().baseFilename == str(log_file)
    logging.getLogger("warehouse_gui.test").info("after the window was shown")
    assert "after the window was shown" in log_file.read_text(encoding="utf-8")


def test_the_about_box_says_when_no_log_file_is_written(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = about_box("/var/lib/warehouse.db", None, parent)
    assert "<b>Log file:</b>&nbsp;</td><td>none (the log is not written to a file)" in (
        box.informativeText()
    )


class PaintedWidget(QWidget):
    def __init__(self):
        super().__init__()
        self.painted = False

    def paintEvent(self, event):
        self.painted = True


def test_the_bus_starts_and_the_crash_dialog_loads_once_the_window_has_been_painted(qtbot):
    window = PaintedWidget()
    qtbot.addWidget(window)
    started = []
    gui_app.AfterFirstPaint(
        window,
        lambda: started.append(("bus", window.painted)),
        lambda: started.append(("crash dialog", window.painted)),
    )
    qtbot.wait(50)
    assert started == [], "nothing starts before the window shows"
    window.show()
    qtbot.waitUntil(lambda: len(started) == 2)
    window.update()
    qtbot.wait(50)
    assert started == [("bus", True), ("crash dialog", True)], "in order, and only once"


def test_a_window_that_is_never_painted_starts_its_bus_all_the_same(qtbot, monkeypatch):
    monkeypatch.setattr(gui_app, "UNPAINTED_START_MS", 20)
    window = QWidget()
    qtbot.addWidget(window)
    started = []
    gui_app.AfterFirstPaint(window, lambda: started.append(True))
    qtbot.waitUntil(lambda: started == [True])
