"""Edit → Preferences: switch the scan confirmations on and off, choose after how long a
desk left alone signs out, and the size of its labels, by keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences

MAX_SIGN_OUT_MINUTES = 480


class PreferencesDialog(QDialog):
    """Two switches and the idle minutes; Space toggles the focused switch, Enter saves, Esc
    leaves them as they were.

    ``sign_out_minutes`` is the minutes now; ``set_by_environment`` when
    ``WAREHOUSE_SIGN_OUT_MINUTES`` decides them (the box is then greyed and says so).
    ``label_sizes`` names each size of label by its key; ``label_size`` is the key now.
    """

    def __init__(
        self,
        preferences: FeedbackPreferences,
        parent: QWidget | None = None,
        sign_out_minutes: float = 10,
        set_by_environment: bool = False,
        label_sizes: dict[str, str] | None = None,
        label_size: str = "",
    ) -> None:
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
        self.minutes_box = QSpinBox(self)
        self.minutes_box.setRange(1, MAX_SIGN_OUT_MINUTES)
        self.minutes_box.setValue(max(1, round(sign_out_minutes)))
        self.minutes_box.setSuffix(" min")
        self.minutes_box.setAccessibleName("Sign out after minutes without a key or a click")
        minutes_label = QLabel("&Sign out after", self)
        minutes_label.setBuddy(self.minutes_box)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.minutes_box)
        minutes_row.addWidget(QLabel("without a key or a click", self), 1)
        session = QGroupBox("Where people sign in", self)
        session_layout = QVBoxLayout(session)
        session_layout.addLayout(minutes_row)
        if set_by_environment:
            self.minutes_box.setEnabled(False)
            shown = f"{sign_out_minutes:g}"
            set_here = QLabel(
                f"Set to {shown} min by WAREHOUSE_SIGN_OUT_MINUTES on this desk.", self
            )
            set_here.setObjectName("hint")
            set_here.setWordWrap(True)
            session_layout.addWidget(set_here)
        self.label_size_box = QComboBox(self)
        for key, name in (label_sizes or {}).items():
            self.label_size_box.addItem(name, key)
        self.label_size_box.setCurrentIndex(max(0, self.label_size_box.findData(label_size)))
        self.label_size_box.setAccessibleName("Size of the labels this desk prints")
        size_label = QLabel("&Label size", self)
        size_label.setBuddy(self.label_size_box)
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.label_size_box, 1)
        labels = QGroupBox("Labels (F6, F7, F9)", self)
        QVBoxLayout(labels).addLayout(size_row)
        labels.setVisible(bool(label_sizes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(session)
        layout.addWidget(labels)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.flash_box.setFocus()

    def chosen(self) -> FeedbackPreferences:
        """The preferences as the switches now stand."""
        return FeedbackPreferences(flash=self.flash_box.isChecked(), beep=self.beep_box.isChecked())

    def chosen_minutes(self) -> int:
        """The minutes without a key or a click after which the desk signs out."""
        return self.minutes_box.value()

    def chosen_label_size(self) -> str:
        """The key of the label size chosen (``62x29``, ``4x6`` or ``a4``)."""
        return str(self.label_size_box.currentData() or "")
