"""Unexpected errors: logged with their traceback and shown in a dialog a person can copy from.

An error local to one command or to one Qt slot on the GUI thread leaves the application
running. An error anywhere else (a bus thread slot outside any command, another thread, or
start-up) means a part of the program can no longer be trusted: once the person has read the
report, the application closes its window, which lets the queued commands finish first.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from warehouse_gui import logs
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.redaction import redact
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.gui.dialogs.crash_dialog import CrashDialog

logger = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], Any]


@dataclass(frozen=True)
class CrashReport:
    """What went wrong (one line), its traceback, and whether the application must close."""

    summary: str
    details: str
    fatal: bool


class CrashReporter(QObject):
    """Turns unhandled exceptions of any thread into a log entry and a dialog on the GUI thread.

    ``install()`` makes it the process's ``sys.excepthook`` and ``threading.excepthook``;
    ``uninstall()`` puts the previous hooks back.
    """

    reported = Signal(object)  # a CrashReport, delivered to the GUI thread from any thread
    quit_requested = Signal()  # the person has read a fatal report

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dialog: CrashDialog | None = None
        self.had_fatal_error = False
        self._window: QWidget | None = None
        self._secrets: list[str] = []
        self._previous_hooks: tuple[ExceptHook, ThreadExceptHook] | None = None
        self.reported.connect(self._show)

    def install(self) -> None:
        """Report every unhandled exception from now on."""
        if self._previous_hooks is None:
            self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        """Give the exception hooks back to whoever had them before ``install()``."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None

    def load_dialog(self) -> None:
        """Load the dialog's code now, while nothing is wrong: it is left out of start-up
        (its Qt classes cost a few milliseconds before the window shows), but a report
        should not depend on loading code once something has gone wrong."""
        _dialog_class()

    def watch(self, window: QWidget, bus: Bus) -> None:
        """Report the unexpected failures on ``bus``'s thread, and close ``window`` after a
        fatal error. The bus's secrets (the database password) are masked in every report."""
        self._window = window
        self._secrets = bus.secrets
        bus.unexpected_error.connect(self.report_handled_error)
        self.quit_requested.connect(window.close)

    def excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook``: PySide6 calls it, on the slot's own thread, for errors in slots."""
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        running = on_gui_thread and QThread.currentThread().loopLevel() > 0
        thread = "GUI" if on_gui_thread else threading.current_thread().name
        shown = (
            translate("CrashReporter", "Unhandled error in the GUI thread")
            if on_gui_thread
            else translate("CrashReporter", "Unhandled error in the {thread} thread").format(
                thread=thread
            )
        )
        where = f"Unhandled error in the {thread} thread"
        self._report(where, shown, error, tb, fatal=not running)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: a Python thread died, and its work with it."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread else "unknown"
        shown = translate("CrashReporter", "Thread {name} died").format(name=name)
        self._report(f"Thread {name} died", shown, args.exc_value, args.exc_traceback, fatal=True)

    @Slot(str, str)
    def report_handled_error(self, summary: str, details: str) -> None:
        """Show an error the bus already logged, local to one command or read."""
        self.reported.emit(CrashReport(summary, details, fatal=False))

    def _report(
        self,
        where: str,
        shown: str,
        error: BaseException,
        tb: TracebackType | None,
        fatal: bool,
    ) -> None:
        """Log ``where`` (in English, as every log line) with the traceback, and report it
        as the window says it (``shown``)."""
        logger.critical("%s", where, exc_info=(type(error), error, tb))
        details = "".join(traceback.format_exception(type(error), error, tb))
        summary = translate("CrashReporter", "{where}: {error_type}: {error}").format(
            where=shown, error_type=type(error).__name__, error=error
        )
        self.reported.emit(CrashReport(summary, details, fatal))

    @Slot(object)
    def _show(self, report: CrashReport) -> None:
        if self.dialog is None:
            self.dialog = _dialog_class()(logs.log_file(), self._window)
            self.dialog.finished.connect(self._on_dialog_closed)
        self.had_fatal_error = self.had_fatal_error or report.fatal
        summary, details = (redact(t, self._secrets) for t in (report.summary, report.details))
        self.dialog.add(summary, details, report.fatal)
        if report.fatal and QThread.currentThread().loopLevel() == 0:
            self.dialog.exec()  # start-up failed: no event loop would ever show it
            return
        self.dialog.show()
        self.dialog.activateWindow()

    @Slot()
    def _on_dialog_closed(self) -> None:
        if self.had_fatal_error:
            self.quit_requested.emit()
        elif self._window is not None:
            # Back to the form being typed into, even where no window manager does it.
            self._window.activateWindow()


def _dialog_class() -> type[CrashDialog]:
    """The crash dialog, its module loaded at the first call."""
    from warehouse_gui.gui.dialogs.crash_dialog import CrashDialog

    return CrashDialog
