"""The event log: every domain event, stored with who, where and when, in the transaction
of the change it describes. It is the audit trail and the feed other workstations read."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm
from warehouse_gui.domain import events

EVENT_TYPES: dict[str, type[events.Event]] = {
    cls.__name__: cls
    for cls in vars(events).values()
    if isinstance(cls, type) and issubclass(cls, events.Event) and cls is not events.Event
}


def event_fields(event: events.Event) -> dict[str, Any]:
    """The event's own fields, as JSON-ready values."""
    return dataclasses.asdict(event)  # type: ignore[call-overload, no-any-return]


def rebuild_event(type_name: str, fields_json: str) -> events.Event:
    """The domain event stored as ``type_name`` with ``fields_json``."""
    return EVENT_TYPES[type_name](**json.loads(fields_json))


def append(
    session: Session,
    sku: str,
    new_events: Iterable[events.Event],
    station: str,
    operator: str,
) -> None:
    """Add log rows for ``new_events`` of product ``sku`` to the session's transaction."""
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
        }
        for event in new_events
    ]
    if rows:
        session.execute(insert(orm.event_log), rows)
