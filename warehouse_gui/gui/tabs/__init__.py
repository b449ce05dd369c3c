"""The tabs beside the forms: batches, orders, history and the stock picture.

What the tabs share: a moment shown as the desk's locale writes it (``stamp``: a short
date and time; ``clock``: a time of day with its seconds).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, QTime


def _local(moment: datetime) -> QDateTime:
    """``moment`` (aware, or naive in local time) as a QDateTime in local time."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def stamp(moment: datetime) -> str:
    """``moment`` in local time, as the desk's locale writes a short date and time."""
    return QLocale().toString(_local(moment), QLocale.FormatType.ShortFormat)


def clock(moment: datetime) -> str:
    """``moment``'s local time of day with its seconds, as the desk's locale writes it."""
    locale = QLocale()
    short = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in short:
        short = short.replace("mm", "mm:ss", 1)
    local = _local(moment).time()
    return locale.toString(QTime(local.hour(), local.minute(), local.second()), short)
