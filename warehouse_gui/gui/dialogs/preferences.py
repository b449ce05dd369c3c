"""Edit → Preferences: switch the scan confirmations on and off, choose after how long a
desk left alone signs out, the size of its labels, its language and high contrast, by
keyboard."""

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
from warehouse_gui.translation import translate

MAX_SIGN_OUT_MINUTES = 480


class PreferencesDialog(QDialog):
    """Two switches and the idle minutes; Space toggles the focused switch, Enter saves, Esc
    leaves them as they were.

    ``sign_out_minutes`` is the minutes now; ``set_by_environment`` when
    ``WAREHOUSE_SIGN_OUT_MINUTES`` decides them (the box is then greyed and says so).
    ``label_sizes`` names each size of label by its key; ``label_size`` is the key now.
    ``languages`` names each language by its code, ``language`` is the one chosen ("" to
    follow the desktop, which speaks ``desktop_language``), ``language_set_by`` the value
    of ``WAREHOUSE_LANGUAGE`` when it decides (the box is then greyed and says so).
    """

    def __init__(
        self,
        preferences: FeedbackPreferences,
        parent: QWidget | None = None,
        sign_out_minutes: float = 10,
        set_by_environment: bool = False,
        label_sizes: dict[str, str] | None = None,
        label_size: str = "",
        languages: dict[str, str] | None = None,
        language: str = "",
        desktop_language: str = "",
        language_set_by: str = "",
        high_contrast: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("PreferencesDialog", "Preferences"))
        self.flash_box = QCheckBox(
            translate(
                "PreferencesDialog", "&Flash the form: green when a scan goes through, red when not"
            )
        )
        self.flash_box.setChecked(preferences.flash)
        self.beep_box = QCheckBox(
            translate("PreferencesDialog", "&Beep: once when a scan goes through, twice when not")
        )
        self.beep_box.setChecked(preferences.beep)
        hint = QLabel(
            translate(
                "PreferencesDialog",
                "The beep is the system bell: if the desktop silences it, nothing is heard.",
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        group = QGroupBox(translate("PreferencesDialog", "When a scan is confirmed"), self)
        group_layout = QVBoxLayout(group)
        group_layout.addWidget(self.flash_box)
        group_layout.addWidget(self.beep_box)
        group_layout.addWidget(hint)
        self.minutes_box = QSpinBox(self)
        self.minutes_box.setRange(1, MAX_SIGN_OUT_MINUTES)
        self.minutes_box.setValue(max(1, round(sign_out_minutes)))
        self.minutes_box.setSuffix(translate("PreferencesDialog", " min"))
        self.minutes_box.setAccessibleName(
            translate("PreferencesDialog", "Sign out after minutes without a key or a click")
        )
        minutes_label = QLabel(translate("PreferencesDialog", "&Sign out after"), self)
        minutes_label.setBuddy(self.minutes_box)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(minutes_label)
        minutes_row.addWidget(self.minutes_box)
        minutes_row.addWidget(
            QLabel(translate("PreferencesDialog", "without a key or a click"), self), 1
        )
        session = QGroupBox(translate("PreferencesDialog", "Where people sign in"), self)
        session_layout = QVBoxLayout(session)
        session_layout.addLayout(minutes_row)
        if set_by_environment:
            self.minutes_box.setEnabled(False)
            set_here = QLabel(
                translate(
                    "PreferencesDialog", "Set to {minutes} min by {variable} on this desk."
                ).format(minutes=f"{sign_out_minutes:g}", variable="WAREHOUSE_SIGN_OUT_MINUTES"),
                self,
            )
            set_here.setObjectName("hint")
            set_here.setWordWrap(True)
            session_layout.addWidget(set_here)
        self.label_size_box = QComboBox(self)
        for key, name in (label_sizes or {}).items():
            self.label_size_box.addItem(name, key)
        self.label_size_box.setCurrentIndex(max(0, self.label_size_box.findData(label_size)))
        self.label_size_box.setAccessibleName(
            translate("PreferencesDialog", "Size of the labels this desk prints")
        )
        size_label = QLabel(translate("PreferencesDialog", "&Label size"), self)
        size_label.setBuddy(self.label_size_box)
        size_row = QHBoxLayout()
        size_row.addWidget(size_label)
        size_row.addWidget(self.label_size_box, 1)
        labels = QGroupBox(translate("PreferencesDialog", "Labels (F6, F7, F9)"), self)
        QVBoxLayout(labels).addLayout(size_row)
        labels.setVisible(bool(label_sizes))
        display = self._display_group(
            languages or {}, language, desktop_language, language_set_by, high_contrast
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(session)
        layout.addWidget(labels)
        layout.addWidget(display)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.flash_box.setFocus()

    def _display_group(
        self,
        languages: dict[str, str],
        language: str,
        desktop_language: str,
        set_by: str,
        high_contrast: bool,
    ) -> QGroupBox:
        """The language box and the high-contrast switch."""
        self.language_box = QComboBox(self)
        self.language_box.addItem(
            translate("PreferencesDialog", "As the desktop ({language})").format(
                language=languages.get(desktop_language, desktop_language)
            ),
            "",
        )
        for code, name in languages.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.language_box.setAccessibleName(translate("PreferencesDialog", "Language"))
        self.language_box.setAccessibleDescription(
            translate("PreferencesDialog", "The language of the window, from the next start.")
        )
        language_label = QLabel(translate("PreferencesDialog", "L&anguage"), self)
        language_label.setBuddy(self.language_box)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box, 1)
        if set_by:
            self.language_box.setEnabled(False)
            note = translate("PreferencesDialog", "Set to {value} by {variable} on this desk.")
            note = note.format(value=set_by, variable="WAREHOUSE_LANGUAGE")
        else:
            note = translate(
                "PreferencesDialog", "A new language shows when Warehouse GUI is next started."
            )
        language_note = QLabel(note, self)
        language_note.setObjectName("hint")
        language_note.setWordWrap(True)
        self.high_contrast_box = QCheckBox(
            translate("PreferencesDialog", "&High contrast: white and yellow on black"), self
        )
        self.high_contrast_box.setChecked(high_contrast)
        self.high_contrast_box.setAccessibleDescription(
            translate("PreferencesDialog", "Shows the window in high contrast at once.")
        )
        display = QGroupBox(translate("PreferencesDialog", "Language and display"), self)
        display_layout = QVBoxLayout(display)
        display_layout.addLayout(language_row)
        display_layout.addWidget(language_note)
        display_layout.addWidget(self.high_contrast_box)
        return display

    def chosen(self) -> FeedbackPreferences:
        """The preferences as the switches now stand."""
        return FeedbackPreferences(flash=self.flash_box.isChecked(), beep=self.beep_box.isChecked())

    def chosen_minutes(self) -> int:
        """The minutes without a key or a click after which the desk signs out."""
        return self.minutes_box.value()

    def chosen_language(self) -> str:
        """The code of the language chosen, or "" to follow the desktop."""
        return str(self.language_box.currentData() or "")

    def chosen_high_contrast(self) -> bool:
        """Whether high contrast is switched on."""
        return self.high_contrast_box.isChecked()

    def chosen_label_size(self) -> str:
        """The key of the label size chosen (``62x29``, ``4x6`` or ``a4``)."""
        return str(self.label_size_box.currentData() or "")
