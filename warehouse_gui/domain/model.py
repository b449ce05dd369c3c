"""The allocation model: order lines, batches and the Product aggregate that guards them.

A SKU's history only grows, so the aggregate never holds all of it: it asks its
``BatchCollection`` for the one batch an operation needs and its ``AllocationBook`` for
the one order line it concerns. Both are plain lists in memory (the unit tests build
products from lists) and indexed queries in the database (``adapters.repository``).
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from warehouse_gui.domain import events
from warehouse_gui.domain.errors import AllocationConflict, NotAllocated
from warehouse_gui.domain.events import Allocated, BatchCreated, Event, OutOfStock

__all__ = [
    "AllocationBook",
    "Batch",
    "BatchCollection",
    "InMemoryAllocations",
    "InMemoryBatches",
    "OrderLine",
    "Product",
    "preference_key",
]


def preference_key(eta: date | None, reference: str) -> tuple[bool, date, str]:
    """The order in which batches take order lines: warehouse stock first, then the
    earliest ETA; the reference breaks ties."""
    return (eta is not None, eta or date.min, reference)


@dataclass(unsafe_hash=True)
class OrderLine:
    """A value object: one SKU and quantity of a customer order."""

    orderid: str
    sku: str
    qty: int


class Batch:
    """Stock of one SKU bought together; ``eta`` is ``None`` once it is in the warehouse.

    It keeps the total it has promised, not the list of promises: that list lives in the
    product's ``AllocationBook``.
    """

    def __init__(self, ref: str, sku: str, qty: int, eta: date | None = None) -> None:
        self.reference = ref
        self.sku = sku
        self.eta = eta
        self._purchased_quantity = qty
        self._allocated_quantity = 0

    def __repr__(self) -> str:
        return f"<Batch {self.reference}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Batch) and other.reference == self.reference

    def __hash__(self) -> int:
        return hash(self.reference)

    def preference_key(self) -> tuple[bool, date, str]:
        """Warehouse stock first, then the earliest ETA; the reference breaks ties."""
        return preference_key(self.eta, self.reference)

    def __lt__(self, other: Batch) -> bool:
        return self.preference_key() < other.preference_key()

    @property
    def purchased_quantity(self) -> int:
        """Units bought in this batch."""
        return self._purchased_quantity

    @property
    def allocated_quantity(self) -> int:
        """Units promised to order lines."""
        return self._allocated_quantity

    @property
    def available_quantity(self) -> int:
        """Purchased minus allocated."""
        return self._purchased_quantity - self._allocated_quantity

    def can_allocate(self, line: OrderLine) -> bool:
        """Whether the line is of this SKU and fits in what is left."""
        return self.sku == line.sku and self.available_quantity >= line.qty

    def allocate(self, line: OrderLine) -> None:
        """Promise the line's quantity from this batch, if it fits."""
        if self.can_allocate(line):
            self._allocated_quantity += line.qty

    def deallocate(self, line: OrderLine) -> None:
        """Release the line's quantity."""
        self._allocated_quantity -= line.qty

    def change_purchased_quantity(self, qty: int) -> None:
        """Correct the units bought; may leave the batch over-allocated until lines leave."""
        self._purchased_quantity = qty


class BatchCollection(abc.ABC):
    """The batches of one SKU, asked for one at a time."""

    @abc.abstractmethod
    def preferred_for(self, line: OrderLine) -> Batch | None:
        """The first batch, in preference order, that can take the line."""

    @abc.abstractmethod
    def get(self, reference: str) -> Batch | None:
        """The batch with that reference."""

    @abc.abstractmethod
    def add(self, batch: Batch) -> None:
        """Take a new batch in."""

    @abc.abstractmethod
    def __iter__(self) -> Iterator[Batch]:
        """Every batch, in preference order (loads them all: for tests and tools)."""

    @abc.abstractmethod
    def available_quantity(self) -> int:
        """Units not yet promised, in stock and arriving, over every batch of the SKU."""


class AllocationBook(abc.ABC):
    """Which batch holds which order line of one SKU."""

    @abc.abstractmethod
    def find(self, orderid: str) -> tuple[OrderLine, str] | None:
        """The order's line and the reference of the batch holding it."""

    @abc.abstractmethod
    def add(self, line: OrderLine, batch: Batch) -> None:
        """Record that ``batch`` holds ``line``."""

    @abc.abstractmethod
    def remove(self, line: OrderLine) -> None:
        """Forget the line."""

    @abc.abstractmethod
    def newest_in(self, reference: str) -> OrderLine | None:
        """The most recently allocated line of a batch."""


class InMemoryBatches(list[Batch], BatchCollection):
    """A SKU's batches as a plain list."""

    def preferred_for(self, line: OrderLine) -> Batch | None:
        """The first batch in preference order with room for the line."""
        return next((b for b in sorted(self) if b.can_allocate(line)), None)

    def get(self, reference: str) -> Batch | None:
        """The batch with that reference."""
        return next((b for b in list.__iter__(self) if b.reference == reference), None)

    def add(self, batch: Batch) -> None:
        """Append the batch."""
        self.append(batch)

    def __iter__(self) -> Iterator[Batch]:
        """The batches in the order they were added."""
        return list.__iter__(self)

    def available_quantity(self) -> int:
        """The units left in the batches that have any (an over-allocated one adds nothing)."""
        return sum(b.available_quantity for b in list.__iter__(self) if b.available_quantity > 0)


class InMemoryAllocations(AllocationBook):
    """Allocations as a list, oldest first."""

    def __init__(self, held: Iterable[tuple[OrderLine, str]] = ()) -> None:
        self._held = list(held)

    def find(self, orderid: str) -> tuple[OrderLine, str] | None:
        """The order's line and its batch reference."""
        return next(((line, ref) for line, ref in self._held if line.orderid == orderid), None)

    def add(self, line: OrderLine, batch: Batch) -> None:
        """Record the line as the newest of its batch."""
        self._held.append((line, batch.reference))

    def remove(self, line: OrderLine) -> None:
        """Forget the line."""
        self._held = [(held, ref) for held, ref in self._held if held != line]

    def newest_in(self, reference: str) -> OrderLine | None:
        """The last line added for that batch."""
        return next((line for line, ref in reversed(self._held) if ref == reference), None)


class Product:
    """Aggregate root that collects domain events.

    Every change to a SKU's batches goes through its Product, whose ``version`` lets the
    persistence layer detect concurrent writers. With a ``low_stock_threshold`` above 0,
    a change that takes the available quantity from the threshold or more to below it
    raises ``LowStock``; 0 means no warning, and then nothing is summed.
    """

    def __init__(
        self,
        sku: str,
        batches: Iterable[Batch] | BatchCollection,
        version: int = 0,
        allocations: AllocationBook | None = None,
        low_stock_threshold: int = 0,
    ) -> None:
        self.sku = sku
        self.batches: BatchCollection = (
            batches if isinstance(batches, BatchCollection) else InMemoryBatches(batches)
        )
        self.allocations: AllocationBook = allocations or InMemoryAllocations()
        self.version = version
        self.low_stock_threshold = low_stock_threshold
        self.events: list[Event] = []

    def __repr__(self) -> str:
        return f"<Product {self.sku} v{self.version}>"

    def add_batch(self, batch: Batch) -> None:
        """Take a new batch of this SKU into stock."""
        self.batches.add(batch)
        self.version += 1
        eta = batch.eta.isoformat() if batch.eta else None
        self.events.append(BatchCreated(batch.reference, self.sku, batch.purchased_quantity, eta))

    def allocation_of(self, orderid: str) -> tuple[OrderLine, Batch] | None:
        """The order's existing line of this SKU and the batch that holds it, if any."""
        found = self.allocations.find(orderid)
        if found is None:
            return None
        line, reference = found
        batch = self.batches.get(reference)
        assert batch is not None, f"allocation of {orderid} names unknown batch {reference}"
        return line, batch

    def allocate(self, line: OrderLine) -> str | None:
        """Allocate the line to the preferred batch and return that batch's reference, or
        ``None`` when no batch can take it: out of stock is an outcome, recorded as an
        ``OutOfStock`` event, and nothing changes.

        Allocating a line the product already holds returns its batch and records nothing,
        so a scanner that sends Enter twice cannot allocate twice.
        """
        existing = self.allocations.find(line.orderid)
        if existing is not None:
            held, reference = existing
            if held == line:
                return reference
            raise AllocationConflict(
                f"Order {line.orderid} already has {held.qty} of {line.sku} allocated "
                f"(batch {reference}); cancel that allocation before allocating {line.qty}",
                "qty",
            )
        chosen = self.batches.preferred_for(line)
        if chosen is None:
            left = self.batches.available_quantity()
            self.events.append(OutOfStock(line.sku, line.orderid, line.qty, left))
            return None
        available = self._available_if_watched()
        chosen.allocate(line)
        self.allocations.add(line, chosen)
        self.version += 1
        self.events.append(Allocated(line.orderid, line.sku, line.qty, chosen.reference))
        if available is not None:
            self._warn_if_crossed(available, available - line.qty)
        return chosen.reference

    def deallocate(self, orderid: str) -> OrderLine:
        """Cancel the order's allocation of this SKU; the line is not reallocated."""
        existing = self.allocation_of(orderid)
        if existing is None:
            raise NotAllocated(f"Order {orderid} has no allocation of {self.sku}", "orderid")
        line, batch = existing
        self._release(line, batch, events.CANCELLED)
        self.version += 1
        return line

    def change_batch_quantity(self, ref: str, qty: int) -> None:
        """Correct a batch's quantity; if it no longer covers its allocations, the newest
        lines leave it (each a ``Deallocated`` to be reallocated elsewhere)."""
        batch = self.batches.get(ref)
        assert batch is not None, f"product {self.sku} has no batch {ref}"
        if batch.purchased_quantity == qty:
            return
        available = self._available_if_watched()
        batch_available = max(batch.available_quantity, 0)
        previous = batch.purchased_quantity
        batch.change_purchased_quantity(qty)
        self.version += 1
        self.events.append(events.BatchQuantityChanged(ref, qty, previous))
        while batch.available_quantity < 0:
            line = self.allocations.newest_in(ref)
            assert line is not None, f"batch {ref} is over-allocated without allocations"
            self._release(line, batch, events.BATCH_SHRUNK)
        if available is not None:
            self._warn_if_crossed(available, available - batch_available + batch.available_quantity)

    def set_low_stock_threshold(self, threshold: int) -> None:
        """Warn when the available quantity falls below ``threshold`` (0: never). A SKU
        already below the new threshold, and not below the one it replaces, warns at once."""
        if threshold == self.low_stock_threshold:
            return
        previous, self.low_stock_threshold = self.low_stock_threshold, threshold
        self.version += 1
        self.events.append(events.LowStockThresholdSet(self.sku, threshold, previous))
        available = self._available_if_watched()
        if available is not None and previous <= available < threshold:
            self.events.append(events.LowStock(self.sku, available, threshold))

    def _available_if_watched(self) -> int | None:
        """The available quantity, asked for only when a threshold is set."""
        return self.batches.available_quantity() if self.low_stock_threshold > 0 else None

    def _warn_if_crossed(self, before: int, after: int) -> None:
        threshold = self.low_stock_threshold
        if before >= threshold > after:
            self.events.append(events.LowStock(self.sku, after, threshold))

    def _release(self, line: OrderLine, batch: Batch, reason: str) -> None:
        batch.deallocate(line)
        self.allocations.remove(line)
        self.events.append(
            events.Deallocated(line.orderid, line.sku, line.qty, batch.reference, reason)
        )
