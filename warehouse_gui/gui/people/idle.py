"""Signing out a desk left alone: after so many minutes without a key or a click.

The minutes come from ``WAREHOUSE_SIGN_OUT_MINUTES`` when it is set (it may hold a
fraction), else from Preferences (kept in the settings), else ``DEFAULT_MINUTES``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal, Slot

from warehouse_gui.translation import translate

DEFAULT_MINUTES = 10
SETTINGS_KEY = "session/signOutMinutes"
ENVIRONMENT = "WAREHOUSE_SIGN_OUT_MINUTES"
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }
)


def minutes_from_environment() -> float | None:
    """The minutes ``WAREHOUSE_SIGN_OUT_MINUTES`` sets, or ``None`` when it sets none."""
    try:
        minutes = float(os.environ.get(ENVIRONMENT, "").strip())
    except ValueError:
        return None
    return minutes if minutes > 0 else None


def saved_minutes(settings: QSettings) -> int:
    """The minutes chosen in Preferences, or the default."""
    try:
        minutes = int(str(settings.value(SETTINGS_KEY, DEFAULT_MINUTES)))
    except ValueError:
        return DEFAULT_MINUTES
    return minutes if minutes > 0 else DEFAULT_MINUTES


class IdleWatch(QObject):
    """Says ``idle`` once no key or click came for the chosen time while it runs."""

    idle = Signal(str)  # what the sign-in page says of it

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._apply()

    @property
    def minutes(self) -> float:
        """The minutes without a key or a click after which the desk signs out."""
        return minutes_from_environment() or saved_minutes(self._settings)

    @property
    def set_by_environment(self) -> bool:
        """Whether ``WAREHOUSE_SIGN_OUT_MINUTES`` decides, not Preferences."""
        return minutes_from_environment() is not None

    def choose(self, minutes: int) -> None:
        """Keep ``minutes`` as Preferences' choice, from now on."""
        self._settings.setValue(SETTINGS_KEY, minutes)
        self._apply()

    def start(self) -> None:
        """Watch from now on (someone signed in)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (nobody is signed in)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key or a click anywhere in the application starts the time again."""
        if event.type() in ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False

    def _apply(self) -> None:
        self._timer.setInterval(max(1, round(self.minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    @Slot()
    def _timed_out(self) -> None:
        minutes = self.minutes
        whole = int(minutes)
        if minutes == whole:
            said = translate(
                "IdleWatch",
                "Signed out after %n minute(s) without a key or a click: sign in again",
                None,
                whole,
            )
        else:  # a fraction of a minute, from WAREHOUSE_SIGN_OUT_MINUTES
            said = translate(
                "IdleWatch",
                "Signed out after {minutes} minutes without a key or a click: sign in again",
            ).format(minutes=f"{minutes:g}")
        self.idle.emit(said)
