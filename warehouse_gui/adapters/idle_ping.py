"""A database server's pooled connection is checked before use only when it may be dead:
when it sat idle, or when the server wrote to it while it sat in the pool.

SQLAlchemy's ``pool_pre_ping`` sends a round trip before every command; measured on
PostgreSQL, that was a tenth of an Allocate's time and CPU. A healthy connection between
two commands has nothing to read; one the server closed (a restart, an administrator, an
idle timeout) has its end-of-file waiting on the socket, which one non-blocking ``select``
sees without a round trip. That one, and one idle for ``PING_AFTER_IDLE_S`` (a firewall
may drop it without a word), is pinged, and replaced unnoticed when the ping fails.
"""

from __future__ import annotations

import select
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

PING_AFTER_IDLE_S = 5.0
_CHECKED_IN = "warehouse_checked_in"


def ping_when_idle(engine: Engine) -> None:
    """Ping ``engine``'s pooled connections that were idle for ``PING_AFTER_IDLE_S`` or
    that the server wrote to while they were in the pool."""

    @event.listens_for(engine, "checkin")
    def _remember_when(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_doubtful(
        dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        checked_in = record.info.get(_CHECKED_IN)
        if checked_in is None:
            return  # opened just now
        idle = time.monotonic() - checked_in >= PING_AFTER_IDLE_S
        if not idle and not _has_unread_data(dbapi_connection):
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            # The pool discards this connection and checks out a new one.
            raise DisconnectionError(f"A pooled connection was gone: {error}") from error


def _has_unread_data(dbapi_connection: Any) -> bool:
    """Whether the server wrote to the connection since its last answer (or we cannot tell)."""
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except (AttributeError, OSError, ValueError):
        return True
    return bool(readable)
