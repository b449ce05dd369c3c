"""Start the desktop application: QApplication, bus thread, main window, crash reporting.

This is the composition point of the GUI: the one module that opens the database through
``bootstrap``, on the bus and feed threads, and hands the window a ``Bus``.
"""

from __future__ import annotations

import logging
import sys
import threading
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    QSettings,
    QTimer,
    QtMsgType,
    Slot,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from warehouse_gui import __version__, config, logs
from warehouse_gui.gui import language
from warehouse_gui.gui.appearance import HIGH_CONTRAST_KEY, Appearance, with_style
from warehouse_gui.gui.backup_watch import BackupWatch
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Backend
from warehouse_gui.gui.crash_reporter import CrashReporter
from warehouse_gui.gui.main_window import MainWindow
from warehouse_gui.redaction import password_of

if TYPE_CHECKING:
    from warehouse_gui.domain.events import Event
    from warehouse_gui.read_model import LoggedEvent, LogPosition

logger = logging.getLogger(__name__)

# A window that is never painted (started minimized, say) starts its bus after this long.
UNPAINTED_START_MS = 1000

QT_LOG_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def configure_application(app: QApplication) -> Appearance:
    """Name, organisation, version, icon, language, palette and stylesheet of the application;
    the returned appearance keeps the last two in step with the system's colour scheme."""
    app.setApplicationName(config.APP_NAME)
    app.setApplicationDisplayName("Warehouse GUI")
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(config.APP_NAME)
    # Settings written before the program made its files owner-only become so too.
    settings = QSettings()
    config.keep_to_owner(Path(settings.fileName()))
    language.install(app, language.choose(settings))
    resources = resources_dir()
    icon = resources / "icons" / "warehouse-gui.svg"
    stylesheet = resources / "style.qss"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    else:
        logger.warning("Application icon not found at %s", icon)
    template = ""
    if stylesheet.is_file():
        template = stylesheet.read_text(encoding="utf-8")
    else:
        logger.warning("Stylesheet not found at %s", stylesheet)
    high_contrast = str(settings.value(HIGH_CONTRAST_KEY, "false")).casefold() == "true"
    return Appearance(app, template, high_contrast=high_contrast)


def connect_bus(db_url: str) -> Bus:
    """A bus for the database at ``db_url``, not started yet.

    The database is opened on the bus thread once it starts, and followed on the feed
    thread: ``bootstrap`` (and with it SQLAlchemy) loads there, after the window shows.
    Every log entry this workstation writes carries one origin, so that following the
    log skips them.
    """
    origin = str(uuid.uuid4())

    def open_backend(publish: Callable[[Event], None]) -> Backend:
        from warehouse_gui import bootstrap

        return bootstrap.workstation(db_url, origin, publish)

    def follow_log(
        start: LogPosition,
        stop: threading.Event,
        entries_arrived: Callable[[list[LoggedEvent]], None],
        connection_changed: Callable[[bool, str], None],
    ) -> None:
        from warehouse_gui import bootstrap

        bootstrap.follow_log(db_url, origin, start, stop, entries_arrived, connection_changed)

    return Bus(open_backend, follow_log, secrets=[password_of(db_url) or ""], origin=origin)


def backup_summary(db_url: str) -> tuple[str, bool, str] | None:
    """What the status bar says of the last backup of the SQLite file at ``db_url``."""
    from warehouse_gui import backups

    found = backups.status(db_url)
    if found is None:
        return None
    said = backups.summary(found)
    return said.text, said.alert, said.detail


def run(db_url: str) -> int:
    """Open the main window on ``db_url`` and run until it is closed.

    Returns 1 when the window was closed because of a fatal error, else Qt's exit code.
    """
    qInstallMessageHandler(_log_qt_message)
    app = QApplication.instance() or QApplication(with_style(sys.argv))
    assert isinstance(app, QApplication)
    reporter = CrashReporter()
    reporter.install()
    configure_application(app)
    bus = connect_bus(db_url)
    window = MainWindow(bus, config.describe_database(db_url))
    BackupWatch(window.status, partial(backup_summary, db_url))
    reporter.watch(window, bus)
    window.show()
    AfterFirstPaint(window, logs.rotate_from_now, bus.start, reporter.load_dialog)
    code = app.exec()
    return 1 if reporter.had_fatal_error else code


class AfterFirstPaint(QObject):
    """Calls each of ``then``, in order, once ``window`` has been painted for the first time.

    The bus thread starts this way: its start-up (imports, the database, migrations) holds
    the GIL, which the GUI thread needs for every Python call during its first paint;
    started together, they took the window ~50 ms longer to show.
    """

    def __init__(self, window: QWidget, *then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._call)
        self._timer.start(UNPAINTED_START_MS)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """At the first paint: ``then``, a turn of the event loop later, once it is done."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._timer.start(0)
        return False

    @Slot()
    def _call(self) -> None:
        self._window.removeEventFilter(self)
        for then in self._then:
            then()


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Qt's own messages (a missing platform plugin, say) belong in the log support reads.
    category = context.category if context.category not in (None, "default") else "qt"
    logging.getLogger(category).log(QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)
