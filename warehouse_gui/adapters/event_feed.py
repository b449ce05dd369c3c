"""Following the event log for what other copies of the app did.

``EventFeed`` hands out each new log entry written by another copy exactly once, in id
order, and keeps looking back at ids that were skipped, because on PostgreSQL ids are
taken when a transaction inserts and become visible when it commits, which may be out of
order. A ``ChangeWatcher`` says cheaply when it is worth looking: PostgreSQL
``LISTEN/NOTIFY`` or SQLite's ``PRAGMA data_version``.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Callable

import psycopg
from sqlalchemy import Engine, func, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm
from warehouse_gui.adapters.event_log import LOG_COLUMNS, NOTIFY_CHANNEL, logged_event
from warehouse_gui.read_model import LoggedEvent, LogPosition

RECENT_WINDOW = 1000
GAP_TIMEOUT_SECONDS = 120.0


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

    def read_new(self) -> list[LoggedEvent]:
        """Entries committed since the last call by other copies of the app."""
        self._forget_old_gaps()
        log = orm.event_log.c
        condition = log.id > self._high
        if self._gaps:
            condition = or_(condition, log.id.in_(sorted(self._gaps)))
        query = select(*LOG_COLUMNS).where(condition).order_by(log.id)
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

    @abc.abstractmethod
    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; ``True`` when something was committed."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the connection."""


class SqliteDataVersionWatcher(ChangeWatcher):
    """Polls ``PRAGMA data_version``, which changes when another connection commits."""

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


class PostgresNotifyWatcher(ChangeWatcher):
    """Listens on the channel that every committed log write notifies."""

    def __init__(self, url: str) -> None:
        parsed = make_url(url).set(drivername="postgresql")
        conninfo = parsed.render_as_string(hide_password=False)
        self._connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
        self._connection.execute(f"LISTEN {NOTIFY_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Wait for a notification, then take any others already queued."""
        woken = any(True for _ in self._connection.notifies(timeout=timeout, stop_after=1))
        if woken:
            for _ in self._connection.notifies(timeout=0):
                pass
        else:
            self._connection.execute("SELECT 1")
        return woken

    def close(self) -> None:
        """Close the listening connection."""
        self._connection.close()
