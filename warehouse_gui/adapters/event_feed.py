"""Following the event log for what other copies of the app did.

``EventFeed`` hands out each new log entry written by another copy exactly once, in id
order, and keeps looking back at ids that were skipped, because on PostgreSQL ids are
taken when a transaction inserts and become visible when it commits, which may be out of
order. A ``ChangeWatcher`` says cheaply when it is worth looking: SQLite's ``PRAGMA
data_version``, or on PostgreSQL one held connection that both watches and reads:
``LISTEN/NOTIFY`` on a direct connection, a read at a steady pace behind a transaction
pooler (``adapters.pooler``), which ``LISTEN`` does not pass.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, func, or_, select
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm, pooler
from warehouse_gui.adapters.event_log import LOG_COLUMNS, NOTIFY_CHANNEL, logged_event
from warehouse_gui.read_model import LoggedEvent, LogPosition

RECENT_WINDOW = 1000
GAP_TIMEOUT_SECONDS = 120.0
# Behind a pooler: how often the log is read. Every desk reads this often, so it is the
# server's steady load (about three cheap indexed reads a second a desk) against the lag.
POLL_PACE_SECONDS = 0.3


def log_position(session: Session) -> LogPosition:
    """The log position inside the session's current transaction."""
    log = orm.event_log.c
    high = session.execute(select(func.coalesce(func.max(log.id), 0))).scalar_one()
    recent = session.execute(select(log.id).where(log.id > high - RECENT_WINDOW)).scalars()
    return LogPosition(high, frozenset(recent))


class EventFeed:
    """New log entries of other origins, each exactly once, in id order."""

    def __init__(
        self,
        engine: Engine,
        origin: str,
        start: LogPosition,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._engine = engine
        self._origin = origin
        self._clock = clock
        self._high = start.high
        now = clock()
        first = max(start.high - RECENT_WINDOW + 1, 1)
        self._gaps = {i: now for i in range(first, start.high + 1) if i not in start.recent}

    @property
    def high(self) -> int:
        """The highest id seen so far."""
        return self._high

    @property
    def gaps(self) -> frozenset[int]:
        """Ids below ``high`` not seen yet (still committing, or rolled back)."""
        return frozenset(self._gaps)

    def read_new(self, over: Connection | None = None) -> list[LoggedEvent]:
        """Entries committed since the last call by other copies of the app, read over
        the connection ``over`` (one of the engine's, by default)."""
        self._forget_old_gaps()
        log = orm.event_log.c
        condition = log.id > self._high
        if self._gaps:
            condition = or_(condition, log.id.in_(sorted(self._gaps)))
        query = select(*LOG_COLUMNS).where(condition).order_by(log.id)
        if over is not None:
            rows = over.execute(query).all()
        else:
            with self._engine.connect() as connection:
                rows = connection.execute(query).all()
        new: list[LoggedEvent] = []
        now = self._clock()
        for row in rows:
            if row.id in self._gaps:
                del self._gaps[row.id]
            elif row.id > self._high:
                self._gaps.update(dict.fromkeys(range(self._high + 1, row.id), now))
                self._high = row.id
            else:
                continue
            if row.origin != self._origin:
                new.append(logged_event(row))
        return new

    def _forget_old_gaps(self) -> None:
        oldest = self._clock() - GAP_TIMEOUT_SECONDS
        self._gaps = {i: since for i, since in self._gaps.items() if since >= oldest}


class ChangeWatcher(abc.ABC):
    """Waits until the log may have grown; raises the driver's error if the database
    cannot be reached."""

    # The connection the feed reads over, when the watcher holds one.
    connection: Connection | None = None
    # How it watches, in words for the log.
    way: str

    @abc.abstractmethod
    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; ``True`` when something was committed."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection."""


class SqliteDataVersionWatcher(ChangeWatcher):
    """Polls ``PRAGMA data_version``, which changes when another connection commits."""

    way = "watching SQLite's data version"

    def __init__(self, engine: Engine, sleep: Callable[[float], object]) -> None:
        self._connection = engine.raw_connection()
        self._sleep = sleep
        self._version = self._read()

    def wait(self, timeout: float) -> bool:
        """Sleep, then compare the data version with the last one seen."""
        self._sleep(timeout)
        version = self._read()
        changed = version != self._version
        self._version = version
        return changed

    def close(self) -> None:
        """Close the watching connection."""
        self._connection.close()

    def _read(self) -> int:
        cursor = self._connection.cursor()
        cursor.execute("PRAGMA data_version")
        row = cursor.fetchone()
        cursor.close()
        assert row is not None
        return int(row[0])


def server_watcher(engine: Engine, sleep: Callable[[float], object]) -> ChangeWatcher:
    """A watcher on one new connection of ``engine`` (PostgreSQL), which the feed also
    reads over: it listens on a direct connection and reads at a steady pace behind a
    pooler."""
    connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    try:
        if pooler.behind_pooler(_driver(connection)):
            return LogPoller(connection, sleep)
        return NotifyListener(connection)
    except BaseException:
        connection.close()
        raise


class _HeldConnection(ChangeWatcher):
    """A watcher holding the one connection the feed reads over (autocommit: every read
    sees what was committed before it)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def close(self) -> None:
        """Close the held connection."""
        if self.connection is not None:
            self.connection.close()


class NotifyListener(_HeldConnection):
    """Listens on the channel that every committed log write notifies."""

    way = "listening for the server's notifications"

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._driver = _driver(connection)
        self._driver.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Wait for a notification, then take any others already queued."""
        woken = any(True for _ in self._driver.notifies(timeout=timeout, stop_after=1))
        if woken:
            for _ in self._driver.notifies(timeout=0):
                pass
        return woken


class LogPoller(_HeldConnection):
    """Says it is time to read every ``POLL_PACE_SECONDS``: behind a transaction pooler,
    where no notification arrives. One read takes whatever many desks committed since
    the last."""

    way = f"reading new entries every {POLL_PACE_SECONDS:g} s (a connection pooler is between)"

    def __init__(self, connection: Connection, sleep: Callable[[float], object]) -> None:
        super().__init__(connection)
        self._sleep = sleep
        self._next = time.monotonic()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout``; ``True`` once the pace says to read again."""
        self._sleep(max(0.0, min(timeout, self._next - time.monotonic())))
        if time.monotonic() < self._next:
            return False
        self._next = time.monotonic() + POLL_PACE_SECONDS
        return True


def _driver(connection: Connection) -> Any:
    """The psycopg connection under ``connection``."""
    return connection.connection.driver_connection
