"""What a keyboard-wedge scanner types, told apart from what a person types.

A scanner types a value a few milliseconds a key and ends it with Enter or, set up that way,
with Tab; it may also put an AIM symbology identifier (``]C1`` for GS1-128, ``]E0`` for
EAN-13, ``]d2`` for GS1 DataMatrix, ``]Q1`` for QR ...) in front of the value. ``ScanKeys``
watches a line edit: a Tab that comes hard on the heels of a run of keys, each hard on the
heels of the one before, ends a scan (it is turned into Enter); a Tab after a person's pause
moves on as a Tab does; and the identifier is taken off the value when the scan ends.

Key times are the window system's (the event's timestamp: when the key was pressed, however
busy the window was), or the clock's where events carry none.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

# A scanner types a key every few milliseconds (2.5 to 12 measured, from xdotool and the
# like); a person, at the fastest, every 60 or so.
SCAN_KEY_GAP_S = 0.030
SYMBOLOGY_IDENTIFIER = re.compile(r"\][A-Za-z][0-9A-Za-z]")
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def without_symbology_identifier(text: str) -> str:
    """``text`` without an AIM symbology identifier in front of it."""
    return SYMBOLOGY_IDENTIFIER.sub("", text, count=1) if text.startswith("]") else text


class ScanKeys(QObject):
    """Makes the line edits it watches take scans ended by Tab, and drop the identifier.

    ``clock`` tells the time in seconds (replaceable in tests).
    """

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last_key: dict[QLineEdit, float] = {}  # when its last key was pressed
        self._in_a_run: dict[QLineEdit, bool] = {}  # whether that key came hard on the last

    def watch(self, *edits: QLineEdit) -> None:
        """Watch these line edits from now on."""
        for edit in edits:
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab right after a scan's keys is the scan's Enter; Enter drops the identifier."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QLineEdit):
            return False
        assert isinstance(event, QKeyEvent)
        key, now = event.key(), self._clock()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Tab and plain and watched.text() and self._scanning(watched, now):
            self._strip(watched)
            enter = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(watched, enter)
            return True
        if key in ENTER_KEYS:
            self._strip(watched)
        elif event.text() and event.text().isprintable():
            self._last_key[watched] = now
        return False

    def _scanning(self, edit: QLineEdit, now: float) -> bool:
        return now - self._last_key.get(edit, float("-inf")) <= SCAN_KEY_GAP_S

    @staticmethod
    def _strip(edit: QLineEdit) -> None:
        text = edit.text()
        stripped = without_symbology_identifier(text)
        if stripped != text:
            edit.setText(stripped)
