"""The feed thread: follows the event log for other workstations' events and watches the
connection, so the window can say whether the database is reachable.

How the log is followed (the engine, LISTEN/NOTIFY or SQLite's data version, reconnecting)
is the storage's business: ``follow_log`` does it, given by the composition point.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from warehouse_gui.read_model import LoggedEvent, LogPosition

FollowLog = Callable[
    [
        "LogPosition",
        threading.Event,
        Callable[[list["LoggedEvent"]], None],
        Callable[[bool, str], None],
    ],
    None,
]
"""Follows the log from a position until the event is set, handing over each batch of
other workstations' entries and each change of the connection (reachable, why not)."""


class FeedWorker(QObject):
    """Runs ``follow_log`` on its own thread until ``stop`` is set."""

    entries_arrived = Signal(object)  # list[LoggedEvent] written by other workstations
    connection_changed = Signal(bool, str)  # reachable, why not

    def __init__(self, follow_log: FollowLog, start: LogPosition, stop: threading.Event) -> None:
        super().__init__()
        self._follow_log = follow_log
        self._start = start
        self._stop = stop

    @Slot()
    def run(self) -> None:
        """Follow the log until asked to stop."""
        threading.current_thread().name = QThread.currentThread().objectName()
        self._follow_log(
            self._start, self._stop, self.entries_arrived.emit, self.connection_changed.emit
        )
