"""Unexpected errors are logged with their traceback and shown in a dialog one can copy from.

An error local to one command or one slot leaves the application usable; an error on the bus
thread outside a command, or in another thread, closes it once the person has read the report,
and nothing acknowledged is lost.
"""

import sys
import threading

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from tests.gui.harness import Harness
from warehouse_gui.domain import commands
from warehouse_gui.gui import messages
from warehouse_gui.gui.crash_reporter import CrashReporter
from warehouse_gui.gui.dialogs.crash_dialog import CrashDialog
from warehouse_gui.service_layer import handlers


@pytest.fixture
def reporter(qtbot):
    reporter = CrashReporter()
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


@pytest.fixture
def watched_app(qtbot, seeded_url, tmp_path, reporter, log_file):
    """The main window with crash reporting wired as ``gui.app.run`` wires it."""
    harness = Harness(qtbot, seeded_url, tmp_path / "settings.ini")
    try:
        harness.open()
        reporter.watch(harness.window, harness.bus)
        yield harness
    finally:
        harness.close()


def visible_dialog(qtbot, reporter):
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    return reporter.dialog


def dismiss(qtbot, dialog, window):
    """Esc closes the report, and the keyboard is back in the main window."""
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_a_failing_command_handler_is_logged_reported_and_the_next_command_works(
    qtbot, monkeypatch, seeded_url, tmp_path, reporter, log_file
):
    real_add_batch = handlers.COMMAND_HANDLERS[commands.CreateBatch]
    calls = []

    def add_batch_once_broken(cmd, uow):
        calls.append(cmd)
        if len(calls) == 1:
            raise RuntimeError("disk full")
        return real_add_batch(cmd, uow)

    monkeypatch.setitem(handlers.COMMAND_HANDLERS, commands.CreateBatch, add_batch_once_broken)
    app = Harness(qtbot, seeded_url, tmp_path / "settings.ini")
    try:
        app.open()
        reporter.watch(app.window, app.bus)
        app.shortcut(Qt.Key.Key_N)
        app.scan("lamp-9", "LAMP")
        app.scan_and_wait("4")

        assert app.window.new_batch_form.error_label.text() == "The command failed: disk full"
        dialog = visible_dialog(qtbot, reporter)
        details = dialog.details.toPlainText()
        assert "CreateBatch(ref='lamp-9'" in details
        assert "in add_batch_once_broken" in details
        assert "RuntimeError: disk full" in details
        assert not dialog.fatal
        logged = log_file.read_text(encoding="utf-8")
        assert "Traceback (most recent call last):" in logged
        assert "RuntimeError: disk full" in logged

        dismiss(qtbot, dialog, app.window)
        with app.answered(timeout=10_000):
            qtbot.keyClick(app.focused(), Qt.Key.Key_Return)
        assert app.stored_batches()["lamp-9"].purchased == 4
    finally:
        app.close()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_qt_slot_is_logged_reported_and_the_next_command_works(
    watched_app, qtbot, monkeypatch, reporter, log_file
):
    app = watched_app
    real_describe = messages.carried_out
    calls = []

    def describe_once_broken(command, result, raised=()):
        calls.append(command)
        if len(calls) == 1:
            raise KeyError("status text")
        return real_describe(command, result, raised)

    monkeypatch.setattr(messages, "carried_out", describe_once_broken)
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1", "LAMP")
    app.scan_and_wait("3")

    dialog = visible_dialog(qtbot, reporter)
    details = dialog.details.toPlainText()
    assert "Unhandled error in the GUI thread: KeyError: 'status text'" in details
    assert "in _done" in details
    assert not dialog.fatal
    logged = log_file.read_text(encoding="utf-8")
    assert "CRITICAL [MainThread] warehouse_gui.gui.crash_reporter" in logged
    assert "KeyError: 'status text'" in logged

    dismiss(qtbot, dialog, app.window)
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-2", "LAMP")
    app.scan_and_wait("2")
    assert app.said == "Allocated order-2: 2 × LAMP from batch lamp-1"
    assert app.row("lamp-1")[4] == "5"
    assert not reporter.had_fatal_error


class BrokenOnTheBusThread(QObject):
    """Code on the bus thread, outside any command, with a bug."""

    poke = Signal()

    def __init__(self):
        super().__init__()
        self.poke.connect(self.explode)

    @Slot()
    def explode(self):
        raise RuntimeError("bus thread bug")


@pytest.mark.qt_no_exception_capture
def test_an_error_on_the_bus_thread_closes_the_app_losing_nothing(
    watched_app, qtbot, reporter, log_file
):
    app = watched_app
    app.shortcut(Qt.Key.Key_L)
    app.scan("order-1", "LAMP")
    app.scan_and_wait("3")
    broken = BrokenOnTheBusThread()
    broken.moveToThread(app.bus.bus_thread)
    before = [commands.Allocate(f"before-{n}", "CHAIR", 1) for n in range(2)]
    after = [commands.Allocate(f"after-{n}", "CHAIR", 1) for n in range(2)]
    for command in before:
        app.submit(command)
    broken.poke.emit()
    for command in after:
        app.submit(command)

    dialog = visible_dialog(qtbot, reporter)
    assert dialog.fatal
    assert dialog.close_button.text() == "&Quit"
    assert "Unhandled error in the bus thread: RuntimeError: bus thread bug" in (
        dialog.details.toPlainText()
    )
    logged = log_file.read_text(encoding="utf-8")
    assert "CRITICAL [bus] warehouse_gui.gui.crash_reporter: Unhandled error in the bus" in logged
    assert "RuntimeError: bus thread bug" in logged
    assert app.window.isVisible(), "the person reads the report before the window closes"

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not app.window.isVisible())
    assert not app.bus.bus_thread.isRunning()
    assert app.bus.pending == 0
    assert reporter.had_fatal_error
    stored = app.stored_batches()
    assert stored["lamp-1"].allocated == 3
    assert stored["chair-1"].allocated == len(before + after)


def test_a_dying_python_thread_is_reported_as_fatal(watched_app, qtbot, reporter, log_file):
    def send_mail():
        raise ConnectionError("SMTP server went away")

    thread = threading.Thread(target=send_mail, name="mailer")
    thread.start()
    thread.join()

    dialog = visible_dialog(qtbot, reporter)
    assert dialog.fatal
    assert "Thread mailer died: ConnectionError: SMTP server went away" in (
        dialog.details.toPlainText()
    )
    assert "ConnectionError: SMTP server went away" in log_file.read_text(encoding="utf-8")
    with qtbot.waitSignal(reporter.quit_requested):
        dialog.close_button.click()
    assert not watched_app.window.isVisible()


def test_reports_pile_up_in_one_dialog_and_copy_takes_them_all(qtbot, reporter, log_file):
    reporter.report_handled_error("Command A failed", "Traceback: first\n")
    reporter.report_handled_error("Command B failed", "Traceback: second\n")
    dialog = visible_dialog(qtbot, reporter)
    qtbot.addWidget(dialog)
    text = dialog.details.toPlainText()
    assert text.index("Command A failed") < text.index("Command B failed")
    assert "Traceback: second" in text
    assert str(log_file) in dialog.log_label.text()

    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == text


def test_an_error_before_the_event_loop_runs_is_shown_until_read(qtbot, reporter, log_file):
    closed_while_shown = []

    def read_and_close():
        closed_while_shown.append(reporter.dialog.isVisible())
        reporter.dialog.reject()

    QTimer.singleShot(0, read_and_close)
    with qtbot.waitSignal(reporter.quit_requested, timeout=5_000):
        try:
            raise OSError("no display")
        except OSError as error:
            reporter.excepthook(type(error), error, error.__traceback__)
    qtbot.addWidget(reporter.dialog)
    assert closed_while_shown == [True]
    assert reporter.had_fatal_error
    assert "OSError: no display" in log_file.read_text(encoding="utf-8")


def test_uninstalling_gives_the_hooks_back(qtbot):
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter()
    reporter.install()
    assert sys.excepthook == reporter.excepthook
    assert threading.excepthook == reporter.thread_excepthook
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_ctrl_c_and_a_thread_that_exits_are_not_reported(qtbot, reporter, log_file, capsys):
    reporter.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    thread = threading.Thread(target=sys.exit, name="done")
    thread.start()
    thread.join()
    qtbot.wait(50)
    assert reporter.dialog is None
    assert "KeyboardInterrupt" in capsys.readouterr().err
    assert log_file.read_text(encoding="utf-8") == ""


def test_without_a_log_file_the_dialog_says_so(qtbot):
    dialog = CrashDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.log_label.text() == "No log is kept."
