"""Repositories: collections of Product aggregates that remember which ones were used."""

from __future__ import annotations

import abc
import functools
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast, overload

from sqlalchemy import (
    Select,
    TextClause,
    bindparam,
    delete,
    false,
    func,
    insert,
    null,
    nulls_first,
    select,
    text,
    update,
)
from sqlalchemy.engine import Result, Row
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm
from warehouse_gui.adapters.database import stored_time
from warehouse_gui.adapters.driver_statements import DriverStatement
from warehouse_gui.adapters.stored_counters import StoredCounters, row_id
from warehouse_gui.domain import model
from warehouse_gui.domain.events import Event

# Statements are built once: SQLAlchemy then reuses their compiled form and cache key,
# which is most of the cost of a small query. Built on first use, after the mapping.
_batches, _allocations, _waiting = orm.batches.c, orm.allocations.c, orm.waiting_lines.c


@dataclass(frozen=True)
class _Statements:
    product_for_update: Select[tuple[model.Product, int]]
    product_of_batch_for_update: Select[tuple[model.Product, int]]
    preferred_batch: Select[tuple[model.Batch, int]]
    batch: Select[tuple[model.Batch, int]]
    all_batches: Select[tuple[model.Batch, int]]
    available: Select[tuple[int]]
    available_on_sqlite: TextClause
    existing_references: Select[tuple[str]]
    newest_allocation: Select[tuple[str, int]]
    picked_in: Select[tuple[str, int]]
    open_batches: Select[tuple[model.Batch, int]]
    waiting: Select[tuple[str, int, datetime]]


@functools.cache
def _statements() -> _Statements:
    in_allocation_order = (nulls_first(_batches.eta), _batches.reference)
    product = select(model.Product, orm.products.c.version_number)
    batch = select(model.Batch, _batches.allocated_quantity)
    return _Statements(
        product_for_update=product.where(orm.products.c.sku == bindparam("sku")).with_for_update(),
        product_of_batch_for_update=product.join(orm.batches, _batches.sku == orm.products.c.sku)
        .where(_batches.reference == bindparam("reference"))
        .with_for_update(of=orm.products),
        preferred_batch=batch.where(
            _batches.sku == bindparam("sku"),
            text(orm.OPEN_BATCH),
            _batches.purchased_quantity - _batches.allocated_quantity >= bindparam("qty"),
        )
        .order_by(*in_allocation_order)
        .limit(1),
        batch=batch.where(
            _batches.reference == bindparam("reference"), _batches.sku == bindparam("sku")
        ),
        all_batches=batch.where(_batches.sku == bindparam("sku")).order_by(*in_allocation_order),
        # Full batches add nothing: only the open ones are summed, from the partial index
        # of open batches, so a SKU's long past of full batches costs nothing here.
        available=select(
            func.coalesce(func.sum(_batches.purchased_quantity - _batches.allocated_quantity), 0)
        ).where(_batches.sku == bindparam("sku"), text(orm.OPEN_BATCH)),
        # SQLite, without statistics, would pick the plain SKU index and walk every batch.
        available_on_sqlite=text(
            "SELECT COALESCE(SUM(purchased_quantity - allocated_quantity), 0) "
            f"FROM batches INDEXED BY ix_batches_open WHERE sku = :sku AND {orm.OPEN_BATCH}"
        ),
        existing_references=select(_batches.reference).where(
            _batches.reference.in_(bindparam("references", expanding=True))
        ),
        # A picked part stays where it was taken from: only the others leave a batch.
        newest_allocation=select(_allocations.orderid, _allocations.qty)
        .join(orm.batches, _batches.id == _allocations.batch_id)
        .where(_batches.reference == bindparam("reference"), _allocations.picked == false())
        .order_by(_allocations.id.desc())
        .limit(1),
        picked_in=select(_allocations.orderid, _allocations.qty)
        .join(orm.batches, _batches.id == _allocations.batch_id)
        .where(_batches.reference == bindparam("reference"), _allocations.picked)
        .order_by(_allocations.id),
        open_batches=batch.where(_batches.sku == bindparam("sku"), text(orm.OPEN_BATCH)).order_by(
            *in_allocation_order
        ),
        waiting=select(_waiting.orderid, _waiting.qty, _waiting.since)
        .where(_waiting.sku == bindparam("sku"))
        .order_by(_waiting.id),
    )


@dataclass(frozen=True)
class _DriverStatements:
    holding: DriverStatement
    add_allocation: DriverStatement
    resize_allocation: DriverStatement
    remove_allocation: DriverStatement
    mark_picked: DriverStatement
    add_waiting: DriverStatement
    remove_waiting: DriverStatement


@functools.cache
def _driver_statements() -> _DriverStatements:
    """The statements an Allocate sends under the product's lock besides the ORM's, and
    those of the lines it splits or sets waiting."""
    order_line = (
        _allocations.orderid == bindparam("orderid"),
        _allocations.sku == bindparam("sku"),
    )
    part = (*order_line, _allocations.batch_id == bindparam("batch_id"))
    waiting_line = (_waiting.orderid == bindparam("orderid"), _waiting.sku == bindparam("sku"))
    parts = (
        select(_allocations.id, _allocations.qty, _batches.reference, _allocations.picked)
        .join(orm.batches, _batches.id == _allocations.batch_id)
        .where(*order_line)
    )
    return _DriverStatements(
        # A line's parts, or its waiting row (without a batch): one statement, as the
        # single look-up an Allocate made before lines could wait.
        holding=DriverStatement(
            parts.union_all(select(_waiting.id, _waiting.qty, null(), false()).where(*waiting_line))
        ),
        add_allocation=DriverStatement(
            insert(orm.allocations).inline(), column_keys=("batch_id", "orderid", "sku", "qty")
        ),
        resize_allocation=DriverStatement(
            update(orm.allocations)
            .where(*part)
            .values(qty=bindparam("qty", type_=_allocations.qty.type))
        ),
        remove_allocation=DriverStatement(delete(orm.allocations).where(*part)),
        mark_picked=DriverStatement(
            update(orm.allocations)
            .where(*part)
            .values(picked=bindparam("picked", type_=_allocations.picked.type))
        ),
        add_waiting=DriverStatement(
            insert(orm.waiting_lines).inline(), column_keys=("orderid", "sku", "qty", "since")
        ),
        remove_waiting=DriverStatement(delete(orm.waiting_lines).where(*waiting_line)),
    )


# Well below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535).
REFERENCES_PER_QUERY = 500


class AbstractRepository(abc.ABC):
    """Tracks every aggregate it hands out in ``seen`` so their events can be collected."""

    def __init__(self) -> None:
        self.seen: set[model.Product] = set()
        # Events of no product (an import's, a person's), in the order they were recorded.
        self.recorded: list[Event] = []

    def record(self, event: Event) -> None:
        """Note an event of no product (an import's, a person's): it is logged without a
        SKU, after the events that happened before it."""
        self.recorded.append(event)

    def add(self, product: model.Product) -> None:
        """Store a new product."""
        self._add(product)
        self.seen.add(product)

    def get(self, sku: str) -> model.Product | None:
        """The product with that SKU, or ``None``."""
        product = self._get(sku)
        if product is not None:
            self.seen.add(product)
        return product

    def get_by_batchref(self, batchref: str) -> model.Product | None:
        """The product owning the batch with that reference, or ``None``."""
        product = self._get_by_batchref(batchref)
        if product is not None:
            self.seen.add(product)
        return product

    def existing_references(self, references: Collection[str]) -> set[str]:
        """Which of ``references`` already name a batch (of any SKU)."""
        return {reference for reference in references if self._get_by_batchref(reference)}

    @abc.abstractmethod
    def _add(self, product: model.Product) -> None: ...

    @abc.abstractmethod
    def _get(self, sku: str) -> model.Product | None: ...

    @abc.abstractmethod
    def _get_by_batchref(self, batchref: str) -> model.Product | None: ...


class SqlAlchemyRepository(AbstractRepository):
    """Products stored through a SQLAlchemy session.

    A product is read with ``SELECT ... FOR UPDATE`` (PostgreSQL; SQLite's ``BEGIN
    IMMEDIATE`` already holds the write lock), so concurrent writers of one SKU queue
    behind each other instead of failing their version check. Its batches and
    allocations stay in the database until asked for, one indexed query at a time.
    What waits for the commit: ``counters`` (versions and allocated quantities) and
    ``unwritten_allocations``.
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.counters = StoredCounters(session)
        self.unwritten_allocations = UnwrittenAllocations(session)
        # Every event with its product's SKU (``None``: of no product), in the order
        # they happened.
        self.journal: list[tuple[str | None, Event]] = []

    def _add(self, product: model.Product) -> None:
        self.session.add(product)
        # Batches are not a mapped relationship, so the product row must exist first.
        self.session.flush([product])
        self.counters.product_added(product)
        new_batches = list(product.batches)
        self._attach(product)
        for batch in new_batches:
            product.batches.add(batch)

    def existing_references(self, references: Collection[str]) -> set[str]:
        """One indexed look-up per ``REFERENCES_PER_QUERY`` references."""
        wanted = list(references)
        found: set[str] = set()
        for start in range(0, len(wanted), REFERENCES_PER_QUERY):
            chunk = wanted[start : start + REFERENCES_PER_QUERY]
            found.update(
                self.session.scalars(_statements().existing_references, {"references": chunk})
            )
        return found

    def record(self, event: Event) -> None:
        """Note an event of no product: it is logged without a SKU, in its place among
        the products' events."""
        self.journal.append((None, event))

    def send_unwritten(self) -> None:
        """Send the changed allocated quantities and the new allocation rows."""
        self.counters.write_allocated()
        self.unwritten_allocations.write()

    def _get(self, sku: str) -> model.Product | None:
        return self._read(self.session.execute(_statements().product_for_update, {"sku": sku}))

    def _get_by_batchref(self, batchref: str) -> model.Product | None:
        found = self.session.execute(
            _statements().product_of_batch_for_update, {"reference": batchref}
        )
        return self._read(found)

    def _read(self, result: Result[tuple[model.Product, int]]) -> model.Product | None:
        row = result.first()
        if row is None:
            return None
        product, version = row._tuple()
        self.counters.product_read(product, version)
        self._attach(product)
        return product

    def _attach(self, product: model.Product) -> None:
        product.batches = SqlBatches(self.session, product.sku, self.counters)
        product.allocations = SqlAllocations(self.session, product.sku, self.unwritten_allocations)
        if product.journal is not self.journal:
            self.journal.extend((product.sku, event) for event in product.events)
            # A product only appends its own SKU's entries.
            product.journal = cast("list[tuple[str, Event]]", self.journal)


class SqlBatches(model.BatchCollection):
    """A SKU's batches, read from the database one at a time."""

    def __init__(self, session: Session, sku: str, counters: StoredCounters) -> None:
        self.session = session
        self.sku = sku
        self.counters = counters

    def preferred_for(self, line: model.OrderLine) -> model.Batch | None:
        """One probe of the open-batches index, in allocation order."""
        self.counters.write_allocated()
        found = self.session.execute(
            _statements().preferred_batch, {"sku": self.sku, "qty": line.qty}
        )
        return self._read(found.first())

    def open_batches(self) -> Iterator[model.Batch]:
        """The SKU's open batches, from the index of open batches, in allocation order."""
        self.counters.write_allocated()
        rows = self.session.execute(_statements().open_batches, {"sku": self.sku}).all()
        return iter([self._read(row) for row in rows])

    def get(self, reference: str) -> model.Batch | None:
        """The batch with that reference, if it is of this SKU."""
        found = self.session.execute(_statements().batch, {"reference": reference, "sku": self.sku})
        return self._read(found.first())

    def add(self, batch: model.Batch) -> None:
        """Store a new batch."""
        self.session.add(batch)
        self.counters.batch_added(batch)

    def __iter__(self) -> Iterator[model.Batch]:
        """Every batch of the SKU, in allocation order."""
        rows = self.session.execute(_statements().all_batches, {"sku": self.sku}).all()
        return iter([self._read(row) for row in rows])

    def available_quantity(self) -> int:
        """One sum over the SKU's open batches, in the database."""
        self.session.flush()
        self.counters.write_allocated()
        statements = _statements()
        on_sqlite = self.session.get_bind().dialect.name == "sqlite"
        statement = statements.available_on_sqlite if on_sqlite else statements.available
        return int(self.session.execute(statement, {"sku": self.sku}).scalar_one())

    @overload
    def _read(self, row: Row[tuple[model.Batch, int]]) -> model.Batch: ...

    @overload
    def _read(self, row: None) -> None: ...

    def _read(self, row: Row[tuple[model.Batch, int]] | None) -> model.Batch | None:
        if row is None:
            return None
        batch, allocated = row._tuple()
        self.counters.batch_read(batch, allocated)
        return batch


class UnwrittenAllocations:
    """Allocation rows added in this unit of work and not sent yet.

    They are sent with the commit, where PostgreSQL takes them, the log rows and COMMIT in
    one round trip (``database.pipeline``), or before anything reads allocations again.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.rows: list[dict[str, Any]] = []

    def write(self) -> None:
        """Send the rows, in this transaction."""
        if self.rows:
            rows, self.rows = self.rows, []
            _driver_statements().add_allocation.run(self.session, rows)


class SqlAllocations(model.AllocationBook):
    """A SKU's allocations and waiting lines, read and written row by row.

    Allocations are not mapped objects. The statements of an Allocate are sent as SQL text
    compiled once (``adapters.driver_statements``): they are sent while the product's lock
    is held, where the compiled cache's work around each one cost more than the statement.
    """

    def __init__(self, session: Session, sku: str, unwritten: UnwrittenAllocations) -> None:
        self.session = session
        self.sku = sku
        self.unwritten = unwritten

    def find(self, orderid: str) -> model.Holding | None:
        """One statement over the (order, SKU, batch) and (order, SKU) unique indexes."""
        self.unwritten.write()
        rows = _driver_statements().holding.all(self.session, {"orderid": orderid, "sku": self.sku})
        if not rows:
            return None
        rows.sort(key=lambda row: row[0])
        parts = tuple((reference, qty) for _, qty, reference, _ in rows if reference is not None)
        picked = frozenset(reference for _, _, reference, taken in rows if taken and reference)
        total = sum(row[1] for row in rows)
        return model.Holding(model.OrderLine(orderid, self.sku, total), parts, picked)

    def add(self, part: model.OrderLine, batch: model.Batch) -> None:
        """Add the allocation row to this transaction (sent with the commit)."""
        row = {"batch_id": row_id(self.session, batch), "orderid": part.orderid}
        self.unwritten.rows.append(row | {"sku": part.sku, "qty": part.qty})

    def resize(self, part: model.OrderLine, batch: model.Batch) -> None:
        """Update the part's row in this transaction."""
        self.unwritten.write()
        _driver_statements().resize_allocation.run(self.session, [self._part(part, batch)])

    def remove(self, part: model.OrderLine, batch: model.Batch) -> None:
        """Delete the part's row in this transaction."""
        self.unwritten.write()
        _driver_statements().remove_allocation.run(self.session, [self._part(part, batch)])

    def newest_in(self, reference: str) -> model.OrderLine | None:
        """The batch's allocation not picked with the highest id."""
        self.unwritten.write()
        row = self.session.execute(
            _statements().newest_allocation, {"reference": reference}
        ).first()
        return None if row is None else model.OrderLine(row.orderid, self.sku, row.qty)

    def mark_picked(self, part: model.OrderLine, batch: model.Batch, picked: bool) -> None:
        """Set the part's picked flag in this transaction."""
        self.unwritten.write()
        row = self._part(part, batch)
        del row["qty"]
        _driver_statements().mark_picked.run(self.session, [row | {"picked": picked}])

    def picked_in(self, reference: str) -> list[model.OrderLine]:
        """The batch's picked allocations, oldest first."""
        self.unwritten.write()
        rows = self.session.execute(_statements().picked_in, {"reference": reference}).all()
        return [model.OrderLine(orderid, self.sku, qty) for orderid, qty in rows]

    def wait(self, line: model.OrderLine) -> None:
        """Insert the waiting row, stamped now."""
        row = {"orderid": line.orderid, "sku": line.sku, "qty": line.qty}
        _driver_statements().add_waiting.run(self.session, [row | {"since": datetime.now(UTC)}])

    def stop_waiting(self, line: model.OrderLine) -> None:
        """Delete the waiting row."""
        row = {"orderid": line.orderid, "sku": line.sku}
        _driver_statements().remove_waiting.run(self.session, [row])

    def waiting(self) -> list[tuple[model.OrderLine, str]]:
        """One probe of the SKU's waiting lines, in the order they started to wait."""
        rows = self.session.execute(_statements().waiting, {"sku": self.sku}).all()
        return [
            (model.OrderLine(orderid, self.sku, qty), stored_time(since).isoformat())
            for orderid, qty, since in rows
        ]

    def _part(self, part: model.OrderLine, batch: model.Batch) -> dict[str, Any]:
        return {
            "orderid": part.orderid,
            "sku": part.sku,
            "batch_id": row_id(self.session, batch),
            "qty": part.qty,
        }
