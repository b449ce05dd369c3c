"""Keeps the status bar's "Backup: today 08:02" up to date.

What the backups folder says is read by a function the composition point (``app``) hands
over: a directory listing and a small file, never the database, so the GUI thread may call
it; the window knows nothing of where the folder is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot

from warehouse_gui.gui.status_bar import StatusBar
from warehouse_gui.translation import translate

logger = logging.getLogger(__name__)

FIRST_LOOK_MS = 3_000  # the daily backup at start has usually finished by then
LOOK_EVERY_MS = 30_000

# The status bar's text, whether it is a warning, and its detail; ``None``: nothing to say.
BackupReader = Callable[[], tuple[str, bool, str] | None]


class BackupWatch(QObject):
    """Looks at the backups every half minute and shows what it found in ``status``."""

    def __init__(self, status: StatusBar, read: BackupReader) -> None:
        super().__init__(status)
        self._status = status
        self._read = read
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.look)
        self._timer.start(LOOK_EVERY_MS)
        QTimer.singleShot(FIRST_LOOK_MS, self, self.look)

    @Slot()
    def look(self) -> None:
        """Read the backups folder now and show it."""
        try:
            found = self._read()
        except Exception:  # a folder that cannot be read must not disturb the window
            logger.warning("Cannot read the backups folder", exc_info=True)
            found = (
                translate("BackupWatch", "⚠ Backup: unknown"),
                True,
                translate("BackupWatch", "The backups folder cannot be read (see the log)"),
            )
        if found is not None:
            self._status.show_backup(*found)
