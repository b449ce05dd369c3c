"""The event log: every domain event, stored with who, where and when, in the transaction
of the change it describes. It is the audit trail and the feed other workstations read."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm
from warehouse_gui.adapters.database import stored_time
from warehouse_gui.adapters.driver_statements import DriverStatement
from warehouse_gui.domain import events
from warehouse_gui.read_model import LoggedEvent


def event_fields(event: events.Event) -> dict[str, Any]:
    """The event's own fields, as JSON-ready values (every field of an event is a plain
    value, so a shallow copy does what ``dataclasses.asdict`` does, in a tenth of the time)."""
    return dict(vars(event))


NOTIFY_CHANNEL = "warehouse_events"
_APPEND = DriverStatement(
    insert(orm.event_log).inline(),
    column_keys=(
        "time",
        "type",
        "sku",
        "orderid",
        "fields",
        "station",
        "operator",
        "origin",
        "approver",
    ),
)


def append(
    session: Session,
    new_events: Iterable[tuple[str | None, events.Event]],
    *,
    station: str,
    operator: str,
    origin: str,
    approver: str = "",
) -> None:
    """Add log rows for ``new_events``, each with its product's SKU (``None``: of no
    product), to the session's transaction, in the order given; ``approver`` names the
    supervisor who approved the command at the operator's desk ("" when none did).

    On PostgreSQL a trigger on the table queues a notification in the same transaction
    (migration 0005), so listeners wake exactly when the rows become visible. The rows are
    sent as SQL text compiled once (``adapters.driver_statements``): this runs while the
    product's lock is held.
    """
    now = datetime.now(UTC)
    rows = [
        {
            "time": now,
            "type": type(event).__name__,
            "sku": sku,
            "orderid": getattr(event, "orderid", None),
            "fields": json.dumps(event_fields(event), ensure_ascii=False, sort_keys=True),
            "station": station,
            "operator": operator,
            "origin": origin,
            "approver": approver,
        }
        for sku, event in new_events
    ]
    if rows:
        _APPEND.run(session, rows)


LOG_COLUMNS = (
    orm.event_log.c.id,
    orm.event_log.c.time,
    orm.event_log.c.type,
    orm.event_log.c.sku,
    orm.event_log.c.orderid,
    orm.event_log.c.station,
    orm.event_log.c.operator,
    orm.event_log.c.fields,
    orm.event_log.c.origin,
    orm.event_log.c.approver,
)


def logged_event(row: Any) -> LoggedEvent:
    """A log entry from a row selected with ``LOG_COLUMNS``."""
    time = stored_time(row.time)
    return LoggedEvent(
        row.id,
        time,
        row.type,
        row.sku or "",
        row.orderid or "",
        row.station,
        row.operator,
        json.loads(row.fields),
        row.origin,
        row.approver,
    )
