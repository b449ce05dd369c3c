"""Following the event log from a thread of its own: what other workstations did, and
whether the database can be reached at all.

The follower has its own engine (its connections never meet the bus thread's), waits for
changes the cheapest way the database offers (``LISTEN/NOTIFY`` on PostgreSQL, a read at
a steady pace behind a connection pooler, ``PRAGMA data_version`` on SQLite), reads what
is new (at most every ``READ_INTERVAL_SECONDS``, however many desks commit), and when
the database goes away says so in words and tries again every ``RECONNECT_SECONDS``,
until it is told to stop. On PostgreSQL it holds one connection, which both watches and
reads: an idle desk takes one slot of the server's.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from warehouse_gui.adapters import database, database_errors
from warehouse_gui.adapters.event_feed import (
    ChangeWatcher,
    EventFeed,
    SqliteDataVersionWatcher,
    server_watcher,
)
from warehouse_gui.read_model import LoggedEvent, LogPosition
from warehouse_gui.redaction import password_of, redact

logger = logging.getLogger(__name__)

POLL_SECONDS = 0.2
SAFETY_READ_SECONDS = 5.0
# At most one read in this long: when many desks commit, the notifications that arrive
# meanwhile fold into the next read, so a desk reads at most five times a second however
# many others commit (instead of once for every commit of every desk).
READ_INTERVAL_SECONDS = 0.2
RECONNECT_SECONDS = 1.0

DRIVER_ERRORS = (SQLAlchemyError, psycopg.Error)


class LogFollower:
    """Follows the log at ``db_url`` from ``start`` for entries of origins other than
    ``origin``."""

    def __init__(self, db_url: str, origin: str, start: LogPosition) -> None:
        self._db_url = db_url
        self._origin = origin
        self._start = start
        self._said: tuple[bool, str] | None = None  # what connection_changed last heard

    def run(
        self,
        stop: threading.Event,
        entries_arrived: Callable[[list[LoggedEvent]], None],
        connection_changed: Callable[[bool, str], None],
    ) -> None:
        """Hand over new entries and changes of the connection until ``stop`` is set."""
        engine = database.make_engine(self._db_url, idle_connections=False)
        feed = EventFeed(engine, self._origin, self._start)
        watcher: ChangeWatcher | None = None
        last_read = 0.0
        try:
            while not stop.is_set():
                try:
                    if watcher is None:
                        watcher = self._watch(engine, stop)
                        changed = True
                    else:
                        changed = watcher.wait(POLL_SECONDS)
                    since = time.monotonic() - last_read
                    if changed and since < READ_INTERVAL_SECONDS:
                        stop.wait(READ_INTERVAL_SECONDS - since)
                    if changed or since > SAFETY_READ_SECONDS:
                        entries = feed.read_new(watcher.connection)
                        last_read = time.monotonic()
                        self._report(connection_changed, True, watcher.way)
                        if entries:
                            entries_arrived(entries)
                except DRIVER_ERRORS as error:
                    if watcher is not None:
                        _close_quietly(watcher)
                        watcher = None
                    self._report(connection_changed, False, self._describe(error))
                    stop.wait(RECONNECT_SECONDS)
        finally:
            if watcher is not None:
                _close_quietly(watcher)
            engine.dispose()

    def _watch(self, engine: Engine, stop: threading.Event) -> ChangeWatcher:
        if engine.dialect.name == "postgresql":
            return server_watcher(engine, sleep=stop.wait)
        return SqliteDataVersionWatcher(engine, sleep=stop.wait)

    def _report(
        self, connection_changed: Callable[[bool, str], None], connected: bool, detail: str
    ) -> None:
        """Say a change of the connection: ``detail`` is how the log is followed when
        connected, and why the database cannot be reached when not (said again whenever
        the reason changes: a lost connection, then a server with no free slot)."""
        said = (connected, "" if connected else detail)
        if said == self._said:
            return
        self._said = said
        if connected:
            logger.info("Following the event log, %s", detail)
        else:
            logger.warning("The database cannot be reached: %s", detail)
        connection_changed(*said)

    def _describe(self, error: BaseException) -> str:
        words = database_errors.why_unreachable(error, self._db_url)
        return redact(words, [password_of(self._db_url) or ""])


def _close_quietly(watcher: ChangeWatcher) -> None:
    try:
        watcher.close()
    except DRIVER_ERRORS:
        logger.debug("Closing the watcher failed", exc_info=True)
