"""The dialog that tells a person an unexpected error happened, with details to copy for support."""

from __future__ import annotations

from datetime import datetime
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

TITLE = "Warehouse GUI — unexpected error"
CAN_GO_ON = (
    "Warehouse GUI can go on: everything it showed as saved is saved. Check the last thing "
    "you did, and send the details below to support."
)
MUST_CLOSE = (
    "Warehouse GUI has to close after this error. Everything it showed as saved is kept, and "
    "commands still on their way are finished first. Send the details below to support."
)


class CrashDialog(QDialog):
    """One or more error reports; the details are selectable and the Copy button takes them all."""

    def __init__(self, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setObjectName("crashDialog")
        self.setModal(True)
        self.fatal = False
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        self.heading = QLabel("<b>Something went wrong</b>", self)
        self.explanation = QLabel(CAN_GO_ON, self)
        self.explanation.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setAccessibleName("Error details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        where = f"These details are also in the log: {log_file}" if log_file else "No log is kept."
        self.log_label = QLabel(where, self)
        self.log_label.setObjectName("crashLogFile")
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton("&Copy details", self)
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
            self.heading.setText("<b>Something went wrong, and Warehouse GUI must close</b>")
            self.explanation.setText(MUST_CLOSE)
            self.close_button.setText("&Quit")
        self.details.setFocus()

    def copy_details(self) -> None:
        """Put every report, with its traceback, on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
