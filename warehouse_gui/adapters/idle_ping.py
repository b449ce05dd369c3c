"""A database server's pooled connection is checked before use only after it sat idle.

SQLAlchemy's ``pool_pre_ping`` sends a round trip before every command; measured on
PostgreSQL, that was a tenth of an Allocate's time and CPU. A connection used moments ago
is almost surely alive, and if the server went away since, SQLAlchemy sees the lost
connection, replaces the whole pool, and the command is refused with "try again". One
that sat idle (a workstation between scans, a server restarted overnight) is pinged as
before, and replaced without anyone noticing when the ping fails.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

PING_AFTER_IDLE_S = 5.0
_CHECKED_IN = "warehouse_checked_in"


def ping_when_idle(engine: Engine) -> None:
    """Ping ``engine``'s pooled connections that were idle for ``PING_AFTER_IDLE_S``."""

    @event.listens_for(engine, "checkin")
    def _remember_when(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(
        dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        checked_in = record.info.get(_CHECKED_IN)
        if checked_in is None or time.monotonic() - checked_in < PING_AFTER_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            # The pool discards this connection and checks out a new one.
            raise DisconnectionError(f"An idle connection was gone: {error}") from error
