"""The dialog that tells a person an unexpected error happened, with details to copy for support."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

# Shown translated, in the "CrashDialog" context.
TITLE = QT_TRANSLATE_NOOP("CrashDialog", "Warehouse GUI — unexpected error")
CAN_GO_ON = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Warehouse GUI can go on: everything it showed as saved is saved. Check the last thing "
    "you did, and send the details below to support.",
)
MUST_CLOSE = QT_TRANSLATE_NOOP(
    "CrashDialog",
    "Warehouse GUI has to close after this error. Everything it showed as saved is kept, and "
    "commands still on their way are finished first. Send the details below to support.",
)


class CrashDialog(QDialog):
    """One or more error reports; the details are selectable and the Copy button takes them all."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", TITLE))
        self.setObjectName("crashDialog")
        self.setModal(True)
        self.fatal = False
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        self.heading = QLabel(_bold(translate("CrashDialog", "Something went wrong")), self)
        self.explanation = QLabel(translate("CrashDialog", CAN_GO_ON), self)
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName(translate("CrashDialog", "Error details"))
        self.details.setAccessibleDescription(
            translate(
                "CrashDialog",
                "Each error report with its details, to copy for support (Copy details takes "
                "them all)",
            )
        )
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        where = (
            translate("CrashDialog", "These details are also in the log: {path}").format(
                path=log_file
            )
            if log_file
            else translate("CrashDialog", "No log is kept.")
        )
        self.log_label = QLabel(where, self)
        self.log_label.setObjectName("crashLogFile")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QGridLayout(self)
        layout.setHorizontalSpacing(16)
        layout.setVerticalSpacing(10)
        layout.addWidget(icon, 0, 0, 2, 1)
        layout.addWidget(self.heading, 0, 1)
        layout.addWidget(self.explanation, 1, 1)
        layout.addWidget(self.details, 2, 0, 1, 2)
        layout.addWidget(self.log_label, 3, 0, 1, 2)
        layout.addWidget(buttons, 4, 0, 1, 2)
        layout.setRowStretch(2, 1)
        layout.setColumnStretch(1, 1)
        self.resize(760, 440)

    def add(self, summary: str, details: str, fatal: bool) -> None:
        """Append one report; after a fatal one the dialog says the application will close."""
        if self.details.toPlainText():
            self.details.appendPlainText("")
        start = self.details.document().characterCount() - 1
        self.details.appendPlainText(f"{datetime.now():%Y-%m-%d %H:%M:%S}  {summary}")
        self.details.appendPlainText(details.rstrip("\n"))
        cursor = self.details.textCursor()
        cursor.setPosition(start)
        self.details.setTextCursor(cursor)
        self.details.ensureCursorVisible()
        if fatal and not self.fatal:
            self.fatal = True
            self.heading.setText(
                _bold(
                    translate("CrashDialog", "Something went wrong, and Warehouse GUI must close")
                )
            )
            self.explanation.setText(translate("CrashDialog", MUST_CLOSE))
            self.close_button.setText(translate("CrashDialog", "&Quit"))
        self.details.setFocus()

    def copy_details(self) -> None:
        """Put every report, with its traceback, on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def _bold(text: str) -> str:
    """``text`` in bold, as a rich-text label shows it."""
    return f"<b>{escape(text)}</b>"
