"""Start the desktop application: QApplication, bus thread, main window, crash reporting."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from warehouse_gui import __version__, config
from warehouse_gui.gui.appearance import Appearance
from warehouse_gui.gui.controller import BusController
from warehouse_gui.gui.crash_reporter import CrashReporter
from warehouse_gui.gui.main_window import MainWindow

logger = logging.getLogger(__name__)

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
    """Name, organisation, version, icon, style, palette and stylesheet of the application;
    the returned appearance keeps the last three in step with the system's colour scheme."""
    app.setApplicationName(config.APP_NAME)
    app.setApplicationDisplayName("Warehouse GUI")
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(config.APP_NAME)
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
    return Appearance(app, template)


def run(db_url: str) -> int:
    """Open the main window on ``db_url`` and run until it is closed.

    Returns 1 when the window was closed because of a fatal error, else Qt's exit code.
    """
    qInstallMessageHandler(_log_qt_message)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    reporter = CrashReporter()
    reporter.install()
    configure_application(app)
    controller = BusController(db_url)
    window = MainWindow(controller, config.describe_database(db_url))
    reporter.watch(window)
    window.show()
    controller.start()
    code = app.exec()
    return 1 if reporter.had_fatal_error else code


def _log_qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Qt's own messages (a missing platform plugin, say) belong in the log support reads.
    category = context.category if context.category not in (None, "default") else "qt"
    logging.getLogger(category).log(QT_LOG_LEVELS.get(kind, logging.WARNING), "%s", message)
