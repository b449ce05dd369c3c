"""The feed thread: follows the event log for other workstations' events and watches
the connection, so the window can say whether the database is reachable."""

from __future__ import annotations

import logging
import threading
import time

import psycopg
from PySide6.QtCore import QObject, QThread, Signal, Slot
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from warehouse_gui.adapters import database
from warehouse_gui.adapters.event_feed import (
    ChangeWatcher,
    EventFeed,
    LogPosition,
    PostgresNotifyWatcher,
    SqliteDataVersionWatcher,
)
from warehouse_gui.redaction import password_of, redact

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.2
SAFETY_READ_SECONDS = 5.0
RECONNECT_SECONDS = 1.0


class FeedWorker(QObject):
    """Runs ``run()`` on its own thread until ``stop`` is set."""

    entries_arrived = Signal(object)  # list[LoggedEvent] written by other copies
    connection_changed = Signal(bool, str)  # reachable, why not

    def __init__(self, db_url: str, origin: str, start: LogPosition, stop: threading.Event) -> None:
        super().__init__()
        self._db_url = db_url
        self._origin = origin
        self._start = start
        self._stop = stop
        self._connected: bool | None = None

    @Slot()
    def run(self) -> None:
        """Wait for changes, read what is new, and reconnect when the database is back."""
        threading.current_thread().name = QThread.currentThread().objectName()
        engine = database.make_engine(self._db_url)
        feed = EventFeed(engine, self._origin, self._start)
        watcher: ChangeWatcher | None = None
        last_read = 0.0
        try:
            while not self._stop.is_set():
                try:
                    if watcher is None:
                        watcher = self._watch(engine)
                        changed = True
                    else:
                        changed = watcher.wait(POLL_SECONDS)
                    if changed or time.monotonic() - last_read > SAFETY_READ_SECONDS:
                        entries = feed.read_new()
                        last_read = time.monotonic()
                        self._report(True, "")
                        if entries:
                            self.entries_arrived.emit(entries)
                except (SQLAlchemyError, psycopg.Error) as error:
                    if watcher is not None:
                        _close_quietly(watcher)
                        watcher = None
                    self._report(False, self._describe(error))
                    self._stop.wait(RECONNECT_SECONDS)
        finally:
            if watcher is not None:
                _close_quietly(watcher)
            engine.dispose()

    def _watch(self, engine: Engine) -> ChangeWatcher:
        if engine.dialect.name == "postgresql":
            return PostgresNotifyWatcher(self._db_url)
        return SqliteDataVersionWatcher(engine, sleep=self._stop.wait)

    def _report(self, connected: bool, detail: str) -> None:
        if connected == self._connected:
            return
        self._connected = connected
        if connected:
            logger.info("Following the event log")
        else:
            logger.warning("The database cannot be reached: %s", detail)
        self.connection_changed.emit(connected, detail)

    def _describe(self, error: BaseException) -> str:
        original = getattr(error, "orig", None) or error
        lines = str(original).strip().splitlines() or [type(original).__name__]
        return redact(lines[0], [password_of(self._db_url) or ""])


def _close_quietly(watcher: ChangeWatcher) -> None:
    try:
        watcher.close()
    except (SQLAlchemyError, psycopg.Error):
        logger.debug("Closing the watcher failed", exc_info=True)
