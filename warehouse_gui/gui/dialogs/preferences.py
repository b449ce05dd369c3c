"""Edit → Preferences: switch the scan confirmations on and off, by keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences


class PreferencesDialog(QDialog):
    """Two switches; Space toggles the focused one, Enter saves, Esc leaves them as they were."""

    def __init__(self, preferences: FeedbackPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.flash_box = QCheckBox("&Flash the form: green when a scan goes through, red when not")
        self.flash_box.setChecked(preferences.flash)
        self.beep_box = QCheckBox("&Beep: once when a scan goes through, twice when not")
        self.beep_box.setChecked(preferences.beep)
        hint = QLabel(
            "The beep is the system bell: if the desktop silences it, nothing is heard.", self
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        group = QGroupBox("When a scan is confirmed", self)
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.flash_box)
        group_layout.addWidget(self.beep_box)
        group_layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.flash_box.setFocus()

    def chosen(self) -> FeedbackPreferences:
        """The preferences as the switches now stand."""
        return FeedbackPreferences(flash=self.flash_box.isChecked(), beep=self.beep_box.isChecked())
