"""The read side: plain queries that return rows for tables and exports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select

from warehouse_gui.adapters import orm
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


@dataclass(frozen=True)
class BatchRow:
    """One batch as the batch table and the CSV export show it."""

    reference: str
    sku: str
    eta: date | None
    purchased: int
    allocated: int

    @property
    def available(self) -> int:
        """Purchased minus allocated."""
        return self.purchased - self.allocated


def batches(uow: SqlAlchemyUnitOfWork) -> list[BatchRow]:
    """Every batch with its purchased and allocated quantities, by SKU then reference."""
    allocated = (
        select(orm.allocations.c.batch_id, func.sum(orm.allocations.c.qty).label("allocated"))
        .group_by(orm.allocations.c.batch_id)
        .subquery()
    )
    query = (
        select(
            orm.batches.c.reference,
            orm.batches.c.sku,
            orm.batches.c.eta,
            orm.batches.c.purchased_quantity,
            func.coalesce(allocated.c.allocated, 0),
        )
        .outerjoin(allocated, allocated.c.batch_id == orm.batches.c.id)
        .order_by(orm.batches.c.sku, orm.batches.c.reference)
    )
    with uow:
        return [BatchRow(*row) for row in uow.session.execute(query)]


@dataclass(frozen=True)
class OrderAllocation:
    """One line of an order: which batch holds how much of which SKU."""

    sku: str
    qty: int
    batchref: str


def order_allocations(uow: SqlAlchemyUnitOfWork, orderid: str) -> list[OrderAllocation]:
    """The allocations of one order, by SKU."""
    query = (
        select(orm.allocations.c.sku, orm.allocations.c.qty, orm.batches.c.reference)
        .join(orm.batches, orm.batches.c.id == orm.allocations.c.batch_id)
        .where(orm.allocations.c.orderid == orderid)
        .order_by(orm.allocations.c.sku)
    )
    with uow:
        return [OrderAllocation(*row) for row in uow.session.execute(query)]


@dataclass(frozen=True)
class LoggedEvent:
    """One entry of the event log: the event's type and fields, and who raised it when."""

    id: int
    time: datetime
    type: str
    sku: str
    orderid: str
    station: str
    operator: str
    fields: dict[str, Any]

    def as_json_object(self) -> dict[str, Any]:
        """The entry as ``export-events`` writes it: metadata first, then the fields."""
        stamp = self.time.isoformat().replace("+00:00", "Z")
        return {
            "id": self.id,
            "time": stamp,
            "type": self.type,
            "station": self.station,
            "operator": self.operator,
            **self.fields,
        }


def history(
    uow: SqlAlchemyUnitOfWork,
    sku: str | None = None,
    orderid: str | None = None,
    limit: int = 1000,
) -> list[LoggedEvent]:
    """The newest ``limit`` log entries, newest first, optionally of one SKU and/or order."""
    query = select(*_LOG_COLUMNS).order_by(orm.event_log.c.id.desc()).limit(limit)
    if sku:
        query = query.where(orm.event_log.c.sku == sku)
    if orderid:
        query = query.where(orm.event_log.c.orderid == orderid)
    with uow:
        return [_logged_event(row) for row in uow.session.execute(query)]


def events_since(uow: SqlAlchemyUnitOfWork, since_id: int = 0) -> Iterator[LoggedEvent]:
    """Every log entry with an id above ``since_id``, oldest first, read in chunks."""
    query = (
        select(*_LOG_COLUMNS)
        .where(orm.event_log.c.id > since_id)
        .order_by(orm.event_log.c.id)
        .execution_options(yield_per=1000)
    )
    with uow:
        for row in uow.session.execute(query):
            yield _logged_event(row)


_LOG_COLUMNS = (
    orm.event_log.c.id,
    orm.event_log.c.time,
    orm.event_log.c.type,
    orm.event_log.c.sku,
    orm.event_log.c.orderid,
    orm.event_log.c.station,
    orm.event_log.c.operator,
    orm.event_log.c.fields,
)


def _logged_event(row: Any) -> LoggedEvent:
    time = row.time if row.time.tzinfo else row.time.replace(tzinfo=UTC)
    return LoggedEvent(
        row.id,
        time,
        row.type,
        row.sku or "",
        row.orderid or "",
        row.station,
        row.operator,
        json.loads(row.fields),
    )
