"""A one-line label that never cuts its text off unseen and never widens its window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" where it has too little room,
    and then offers the whole text as its tooltip.

    ``text()`` is the whole text, ``shown_text()`` what fits. (The label shows the shortened
    text itself rather than painting it: a paint of its own, in Python, cost the window's
    first paint a good deal.)
    """

    def __init__(
        self,
        text: str = "",
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mode = mode
        self._whole = ""
        # Ignored: a layout gives it any width, down to none, whatever its text (and asks
        # nothing of Python for it).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Show ``text``, shortened to the room there is."""
        self._whole = text
        self.setAccessibleDescription(text)
        self._fit()

    def text(self) -> str:
        """The whole text."""
        return self._whole

    def shown_text(self) -> str:
        """The text as it fits: the whole of it, or its start and "…"."""
        return super().text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The room changed: so may what fits."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        if width > 0 or self.isVisible():
            shown = self.fontMetrics().elidedText(self._whole, self._mode, max(width, 0))
        else:
            shown = self._whole  # not laid out yet: fitted at its first resize
        super().setText(shown)
        self.setToolTip(self._whole if shown != self._whole else "")
