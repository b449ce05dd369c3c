"""Whether a PostgreSQL connection passes through a transaction pooler such as PgBouncer.

Behind transaction pooling, each transaction may run on another server connection: a
``LISTEN`` is heard by nobody, and a statement prepared in one transaction is missing
(or already taken) in the next. The feed then reads new log ids at a steady pace, and no
statement is prepared on the server.

``WAREHOUSE_FEED`` chooses: ``listen`` (a direct connection), ``poll`` (a pooler), or
``auto``, the default, which assumes a pooler when the server listens on another port
than the one dialed: something between them relays the connection.
"""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from typing import Any

logger = logging.getLogger(__name__)

FEED_VARIABLE = "WAREHOUSE_FEED"


class FeedMode(StrEnum):
    """How the feed learns that the log grew."""

    LISTEN = "listen"
    POLL = "poll"
    AUTO = "auto"


def configured_mode() -> FeedMode:
    """The mode ``WAREHOUSE_FEED`` names (``auto`` when unset; an unknown value is logged
    and taken as ``auto``)."""
    value = os.environ.get(FEED_VARIABLE, "").strip().lower() or FeedMode.AUTO
    try:
        return FeedMode(value)
    except ValueError:
        choices = ", ".join(mode.value for mode in FeedMode)
        logger.warning("%s=%s is not one of %s: taken as auto", FEED_VARIABLE, value, choices)
        return FeedMode.AUTO


def server_port(driver_connection: Any) -> int:
    """The port the PostgreSQL server says it listens on (outside any open transaction:
    the connection is left as it was found)."""
    opened_here = not driver_connection.autocommit
    with driver_connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('port')")
        row = cursor.fetchone()
    if opened_here:
        driver_connection.rollback()
    return int(row[0])


def behind_pooler(driver_connection: Any) -> bool:
    """Whether the psycopg connection ``driver_connection`` passes through a pooler, as
    configured or, by default, as its ports say."""
    mode = configured_mode()
    if mode is not FeedMode.AUTO:
        return mode is FeedMode.POLL
    dialed, served = driver_connection.info.port, server_port(driver_connection)
    if dialed != served:
        logger.info(
            "The database server listens on port %d, not %d as dialed: taking it that a "
            "connection pooler relays the connection (%s=listen says otherwise)",
            served,
            dialed,
            FEED_VARIABLE,
        )
        return True
    return False


def unprepared_behind_pooler(driver_connection: Any, _record: Any) -> None:
    """On a new connection (an engine's ``connect`` event): prepare no statement on the
    server when the connection passes through a pooler."""
    if behind_pooler(driver_connection):
        driver_connection.prepare_threshold = None
