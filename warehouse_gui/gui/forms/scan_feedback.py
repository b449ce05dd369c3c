"""A short confirmation that a scan went through or was refused, seen or heard.

Seen: the form's frame turns green (solid) or red (dashed) for a moment, through a
``confirmation`` property that ``resources/style.qss`` styles. Heard: the system bell
(``QApplication.beep``) once on success and twice on a refusal; PySide6-Essentials has
no QtMultimedia, so the bell is the one sound there is, and where the desktop silences
it there is none. Said: the sentence shown with it (the status bar's, the form's) is
announced to assistive technology, politely when the scan went through and at once when it
was refused, whatever the preferences (a screen reader has no use for a flash). Nothing here
takes focus: the person keeps scanning where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.appearance import set_style_property

SUCCESS, FAILURE = "success", "failure"
FLASH_MS = 900
BEEP_GAP_MS = 180
BEEPS = {SUCCESS: 1, FAILURE: 2}


@dataclass
class FeedbackPreferences:
    """Which confirmations to give; kept in the window's settings."""

    flash: bool = True
    beep: bool = True

    @classmethod
    def load(cls, settings: QSettings) -> FeedbackPreferences:
        """The preferences saved in ``settings``, or the defaults."""
        defaults = cls()
        return cls(
            flash=_flag(settings.value("feedback/flash", defaults.flash)),
            beep=_flag(settings.value("feedback/beep", defaults.beep)),
        )

    def save(self, settings: QSettings) -> None:
        """Write the preferences to ``settings`` now."""
        settings.setValue("feedback/flash", self.flash)
        settings.setValue("feedback/beep", self.beep)
        settings.sync()


def _flag(value: object) -> bool:
    """A boolean as QSettings gives it back: ``True``, or ``"true"`` from an ini file."""
    return value is True or str(value).lower() == "true"


class ScanFeedback(QObject):
    """Flashes widgets and rings the bell, as the preferences allow."""

    def __init__(
        self,
        preferences: FeedbackPreferences,
        beep: Callable[[], None] = QApplication.beep,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.beep = beep
        self._flashed: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._end_flash)

    def confirm(self, ok: bool, *widgets: QWidget, said: str = "") -> None:
        """Tell the person that what they did went through (``ok``) or was refused; ``said``
        (translated, as shown) is announced on behalf of the first of ``widgets``: politely
        when ``ok``, urgently when refused."""
        outcome = SUCCESS if ok else FAILURE
        self.say(said, *widgets, urgent=not ok)
        if self.preferences.flash:
            for widget in self._flashed:
                if widget not in widgets:
                    _set_confirmation(widget, "")
            for widget in widgets:
                _set_confirmation(widget, outcome)
            self._flashed = list(widgets)
            self._timer.start(FLASH_MS)
        if self.preferences.beep:
            self.beep()
            for n in range(1, BEEPS[outcome]):
                QTimer.singleShot(n * BEEP_GAP_MS, self, self._ring)

    def say(self, text: str, *widgets: QWidget, urgent: bool = False) -> None:
        """Announce ``text`` (a scan's outcome) on behalf of the first of ``widgets``, or of
        the window when none is given."""
        if not text:
            return
        speaker = widgets[0] if widgets else self._window()
        if speaker is not None:
            announce(speaker, text, urgent=urgent)

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else QApplication.activeWindow()

    @Slot()
    def _ring(self) -> None:
        self.beep()

    @Slot()
    def _end_flash(self) -> None:
        for widget in self._flashed:
            _set_confirmation(widget, "")
        self._flashed = []


def _set_confirmation(widget: QWidget, outcome: str) -> None:
    """Set the property the stylesheet's ``[confirmation="..."]`` rules read; a
    confirmation like the one already shown (a burst of answers) is only kept longer."""
    set_style_property(widget, "confirmation", outcome)
