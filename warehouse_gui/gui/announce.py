"""Say a sentence to assistive technology: a screen reader speaks what a sighted clerk sees
in a colour, a flash or a banner (a scan that went through or was refused, an alert)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Announce ``text`` on behalf of ``widget``: after what the reader is saying, or at
    once when ``urgent`` (a refusal, an alert a person must act on)."""
    if not text:
        return
    # Imported at the first announcement, after the window shows: PySide makes the
    # QAccessible type and its many enums at their first use, ~3 ms of a start.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    logger.debug("Announced%s: %s", " urgently" if urgent else "", text)
