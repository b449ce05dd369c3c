"""A one-line label that never cuts its text off unseen and never widens its window."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" where it has too little room,
    and then offers the whole text as its tooltip."""

    def __init__(
        self,
        text: str = "",
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._update_tooltip()

    def setText(self, text: str) -> None:
        """Show ``text``, shortened to the room there is."""
        super().setText(text)
        self._update_tooltip()

    def shown_text(self) -> str:
        """The text as it fits: the whole of it, or its start and "…"."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), self._mode, max(width, 0))

    def minimumSizeHint(self) -> QSize:
        """As narrow as need be: the text is shortened instead."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The room changed: so may what fits."""
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame and background as a label has them, then the text as it fits."""
        QFrame.paintEvent(self, event)
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def _update_tooltip(self) -> None:
        elided = self.shown_text() != self.text()
        self.setToolTip(self.text() if elided else "")
        self.setAccessibleDescription(self.text())
