"""Help → About: the version, the database and the log file, for a call to support."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from warehouse_gui import __version__
from warehouse_gui.translation import translate

ICON_SIZE = 64
MIN_WIDTH = 560  # a database URL or a log path fits on one line


def about_box(
    database: str, log_file: Path | None, parent: QWidget, backup: str | None = None
) -> QMessageBox:
    """A box whose text can be selected and copied: what runs, on which database, logging
    where, and (for a SQLite file) when it was last backed up."""
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(translate("AboutBox", "About Warehouse GUI"))
    box.setIconPixmap(QApplication.windowIcon().pixmap(ICON_SIZE, ICON_SIZE))
    box.setTextFormat(Qt.TextFormat.RichText)
    purpose = translate("AboutBox", "Receive stock batches and allocate order lines to them.")
    box.setText(f"<h3>Warehouse GUI {escape(__version__)}</h3><p>{escape(purpose)}</p>")
    log = (
        escape(str(log_file))
        if log_file
        else escape(translate("AboutBox", "none (the log is not written to a file)"))
    )
    database_label = escape(translate("AboutBox", "Database:"))
    log_label = escape(translate("AboutBox", "Log file:"))
    box.setInformativeText(
        "<table cellspacing='0' cellpadding='2'>"
        f"<tr><td><b>{database_label}</b>&nbsp;</td><td>{escape(database)}</td></tr>"
        f"<tr><td><b>{log_label}</b>&nbsp;</td><td>{log}</td></tr>"
        + (
            # The status bar's own words, which name the backup themselves.
            f"<tr><td colspan='2'>{escape(backup)}</td></tr>" if backup else ""
        )
        + "</table>"
    )
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        width = QSpacerItem(MIN_WIDTH, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(width, layout.rowCount(), 0, 1, layout.columnCount())
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
