"""The read side: plain queries that return rows for tables and exports, and the
answer to each question of ``read_model`` (``answer``, on the bus thread)."""

from __future__ import annotations

import json
import operator
from collections.abc import Callable, Collection, Iterator
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_gui import collector, queries
from warehouse_gui.adapters import database, event_feed, orm
from warehouse_gui.adapters.event_log import LOG_COLUMNS, logged_event
from warehouse_gui.domain.people import Person
from warehouse_gui.read_model import (
    AlertEntries,
    BatchRow,
    BatchSnapshot,
    LoggedEvent,
    OrderAllocation,
    WaitingLine,
)
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

_BATCH_ROWS = select(
    orm.batches.c.reference,
    orm.batches.c.sku,
    orm.batches.c.eta,
    orm.batches.c.purchased_quantity,
    orm.batches.c.allocated_quantity,
    orm.batches.c.location,
)


def batches(uow: SqlAlchemyUnitOfWork) -> list[BatchRow]:
    """Every batch with its purchased and allocated quantities, by SKU then reference."""
    with uow:
        return batch_rows(uow.session)


def batch_rows(session: Session) -> list[BatchRow]:
    """``batches`` inside a transaction that is already open."""
    query = _BATCH_ROWS.order_by(orm.batches.c.sku, orm.batches.c.reference)
    return list(map(BatchRow._make, session.execute(query).all()))


def unordered_batch_rows(session: Session) -> list[BatchRow]:
    """Every batch, for the batch table, which sorts them itself.

    The start-up read of the batch table: at 100,000 batches, SQLAlchemy's row objects
    and the database's sort were most of its time, so the rows come straight from the
    driver's cursor (SQLite returns dates as ISO text). They are still made in SKU order,
    in Python: the table then walks its rows through memory in the order they were made,
    which made a filter keystroke three times faster than rows made in storage order.
    """
    cursor = session.connection().connection.cursor()
    with collector.paused():
        try:
            cursor.execute(str(_BATCH_ROWS.compile(dialect=session.get_bind().dialect)))
            fetched = sorted(cursor.fetchall(), key=operator.itemgetter(1, 0))
        finally:
            cursor.close()
        return [
            BatchRow(
                reference,
                sku,
                date.fromisoformat(eta) if eta else None,
                purchased,
                allocated,
                location,
            )
            if isinstance(eta, str)
            else BatchRow(reference, sku, eta, purchased, allocated, location)
            for reference, sku, eta, purchased, allocated, location in fetched
        ]


def batch_snapshot(uow: SqlAlchemyUnitOfWork) -> BatchSnapshot:
    """The batch table (unsorted: the table sorts it) and the log position, from one
    snapshot of the database, so that following the log from there applies every later
    change exactly once."""
    with uow:
        if uow.session.get_bind().dialect.name == "postgresql":
            uow.session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        position = event_feed.log_position(uow.session)
        return BatchSnapshot(unordered_batch_rows(uow.session), position)


# As the repository's check at import: well below the bound-parameter limits of SQLite
# (32,766) and PostgreSQL (65,535).
_REFERENCES_PER_QUERY = 500


def existing_references(uow: SqlAlchemyUnitOfWork, references: Collection[str]) -> set[str]:
    """Which of ``references`` already name a batch (of any SKU): one indexed look-up per
    ``_REFERENCES_PER_QUERY`` of them."""
    wanted = list(dict.fromkeys(references))
    reference = orm.batches.c.reference
    found: set[str] = set()
    with uow:
        for start in range(0, len(wanted), _REFERENCES_PER_QUERY):
            chunk = wanted[start : start + _REFERENCES_PER_QUERY]
            found.update(uow.session.scalars(select(reference).where(reference.in_(chunk))))
    return found


def order_allocations(uow: SqlAlchemyUnitOfWork, orderid: str) -> list[OrderAllocation]:
    """The allocations of one order, by SKU; a split line's parts in allocation order;
    each with who allocated it (and who approved that), from the log's latest
    ``Allocated`` entry of its SKU and batch, whether it was picked and where its batch
    stands."""
    query = (
        select(
            orm.allocations.c.sku,
            orm.allocations.c.qty,
            orm.batches.c.reference,
            orm.allocations.c.picked,
            orm.batches.c.location,
        )
        .join(orm.batches, orm.batches.c.id == orm.allocations.c.batch_id)
        .where(orm.allocations.c.orderid == orderid)
        .order_by(orm.allocations.c.sku, orm.allocations.c.id)
    )
    log = orm.event_log.c
    allocated = (
        select(log.sku, log.fields, log.operator, log.approver)
        .where(log.orderid == orderid, log.type == "Allocated")
        .order_by(log.id)
    )
    with uow:
        rows = uow.session.execute(query).all()
        who = {
            (entry.sku, json.loads(entry.fields).get("batchref", "")): (
                entry.operator,
                entry.approver,
            )
            for entry in uow.session.execute(allocated)
        }
    return [
        OrderAllocation(
            sku, qty, batchref, *who.get((sku, batchref), ("", "")), bool(picked), location
        )
        for sku, qty, batchref, picked, location in rows
    ]


def history(
    uow: SqlAlchemyUnitOfWork,
    sku: str | None = None,
    orderid: str | None = None,
    limit: int = 1000,
) -> list[LoggedEvent]:
    """The newest ``limit`` log entries, newest first, optionally of one SKU and/or order."""
    query = select(*LOG_COLUMNS).order_by(orm.event_log.c.id.desc()).limit(limit)
    if sku:
        query = query.where(orm.event_log.c.sku == sku)
    if orderid:
        query = query.where(orm.event_log.c.orderid == orderid)
    with uow:
        return [logged_event(row) for row in uow.session.execute(query)]


def events_since(uow: SqlAlchemyUnitOfWork, since_id: int = 0) -> Iterator[LoggedEvent]:
    """Every log entry with an id above ``since_id``, oldest first, read in chunks."""
    query = (
        select(*LOG_COLUMNS)
        .where(orm.event_log.c.id > since_id)
        .order_by(orm.event_log.c.id)
        .execution_options(yield_per=1000)
    )
    with uow:
        for row in uow.session.execute(query):
            yield logged_event(row)


def alerts(uow: SqlAlchemyUnitOfWork, after: int | None, limit: int = 1000) -> AlertEntries:
    """The alert entries after the id ``after``, oldest first (the newest ``limit`` of
    them), and the log's highest id."""
    log = orm.event_log.c
    with uow:
        high = uow.session.execute(select(func.coalesce(func.max(log.id), 0))).scalar_one()
        if after is None:
            return AlertEntries([], high)
        query = (
            select(*LOG_COLUMNS)
            .where(log.id > after, log.type.in_(queries.ALERT_TYPES))
            .order_by(log.id.desc())
            .limit(limit)
        )
        newest_first = [logged_event(row) for row in uow.session.execute(query)]
    return AlertEntries(newest_first[::-1], high)


def low_stock_threshold(uow: SqlAlchemyUnitOfWork, sku: str) -> int:
    """The SKU's low-stock threshold; 0 when it has none, or is not known."""
    products = orm.products.c
    query = select(products.low_stock_threshold).where(products.sku == sku)
    with uow:
        threshold = uow.session.execute(query).scalar_one_or_none()
    return int(threshold or 0)


def people(uow: SqlAlchemyUnitOfWork) -> list[Person]:
    """Everyone who signs in (or did), by login; none: sign-in is off."""
    with uow:
        return sorted(uow.people.everyone(), key=operator.attrgetter("login"))


def waiting_lines(uow: SqlAlchemyUnitOfWork, sku: str = "", orderid: str = "") -> list[WaitingLine]:
    """The order lines waiting for stock, oldest first, of one SKU and/or order when given."""
    waiting = orm.waiting_lines.c
    query = select(waiting.orderid, waiting.sku, waiting.qty, waiting.since).order_by(waiting.id)
    if sku:
        query = query.where(waiting.sku == sku)
    if orderid:
        query = query.where(waiting.orderid == orderid)
    with uow:
        return [
            WaitingLine(row.orderid, row.sku, row.qty, database.stored_time(row.since))
            for row in uow.session.execute(query)
        ]


ANSWERS: dict[type[queries.Query], Callable[[Any, SqlAlchemyUnitOfWork], object]] = {
    queries.BatchTable: lambda _query, uow: batch_snapshot(uow),
    queries.OrderLines: lambda query, uow: order_allocations(uow, query.orderid),
    queries.History: lambda query, uow: history(uow, query.sku, query.orderid, query.limit),
    queries.Alerts: lambda query, uow: alerts(uow, query.after, query.limit),
    queries.LowStockThreshold: lambda query, uow: low_stock_threshold(uow, query.sku),
    queries.ExistingReferences: lambda query, uow: existing_references(uow, query.references),
    queries.WaitingLines: lambda query, uow: waiting_lines(uow, query.sku, query.orderid),
    queries.People: lambda _query, uow: people(uow),
}


def answer(query: queries.Query, uow: SqlAlchemyUnitOfWork) -> object:
    """What the read side says to ``query``."""
    return ANSWERS[type(query)](query, uow)
