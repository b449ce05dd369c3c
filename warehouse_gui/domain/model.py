"""The allocation model: order lines, batches and the Product aggregate that guards them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from warehouse_gui.domain import events
from warehouse_gui.domain.errors import AllocationConflict, NotAllocated, OutOfStockError
from warehouse_gui.domain.events import Allocated, BatchCreated, Event, OutOfStock

__all__ = ["Batch", "OrderLine", "OutOfStockError", "Product"]


@dataclass(unsafe_hash=True)
class OrderLine:
    """A value object: one SKU and quantity of a customer order."""

    orderid: str
    sku: str
    qty: int


class Batch:
    """Stock of one SKU bought together; ``eta`` is ``None`` once it is in the warehouse."""

    def __init__(self, ref: str, sku: str, qty: int, eta: date | None = None) -> None:
        self.reference = ref
        self.sku = sku
        self.eta = eta
        self._purchased_quantity = qty
        self._allocations: list[OrderLine] = []

    def __repr__(self) -> str:
        return f"<Batch {self.reference}>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Batch) and other.reference == self.reference

    def __hash__(self) -> int:
        return hash(self.reference)

    def preference_key(self) -> tuple[bool, date, str]:
        """Warehouse stock first, then the earliest ETA; the reference breaks ties."""
        return (self.eta is not None, self.eta or date.min, self.reference)

    def __lt__(self, other: Batch) -> bool:
        return self.preference_key() < other.preference_key()

    @property
    def purchased_quantity(self) -> int:
        """Units bought in this batch."""
        return self._purchased_quantity

    @property
    def allocated_quantity(self) -> int:
        """Units promised to order lines."""
        return sum(line.qty for line in self._allocations)

    @property
    def available_quantity(self) -> int:
        """Purchased minus allocated."""
        return self._purchased_quantity - self.allocated_quantity

    @property
    def allocations(self) -> tuple[OrderLine, ...]:
        """The order lines this batch holds, oldest first."""
        return tuple(self._allocations)

    def can_allocate(self, line: OrderLine) -> bool:
        """Whether the line is of this SKU and fits in what is left."""
        return self.sku == line.sku and self.available_quantity >= line.qty

    def allocate(self, line: OrderLine) -> None:
        """Promise the line's quantity from this batch."""
        if self.can_allocate(line) and line not in self._allocations:
            self._allocations.append(line)

    def deallocate(self, line: OrderLine) -> None:
        """Release the line's quantity."""
        self._allocations.remove(line)

    def deallocate_newest(self) -> OrderLine:
        """Release the most recent allocation: the last promise made is the first broken."""
        return self._allocations.pop()

    def change_purchased_quantity(self, qty: int) -> None:
        """Correct the units bought; may leave the batch over-allocated until lines leave."""
        self._purchased_quantity = qty


class Product:
    """Aggregate root that collects domain events.

    Every change to a SKU's batches goes through its Product, whose ``version`` lets the
    persistence layer detect concurrent writers.
    """

    def __init__(self, sku: str, batches: list[Batch], version: int = 0) -> None:
        self.sku = sku
        self.batches = batches
        self.version = version
        self.events: list[Event] = []

    def __repr__(self) -> str:
        return f"<Product {self.sku} v{self.version}>"

    def add_batch(self, batch: Batch) -> None:
        """Take a new batch of this SKU into stock."""
        self.batches.append(batch)
        self.version += 1
        eta = batch.eta.isoformat() if batch.eta else None
        self.events.append(BatchCreated(batch.reference, self.sku, batch.purchased_quantity, eta))

    def allocation_of(self, orderid: str) -> tuple[OrderLine, Batch] | None:
        """The order's existing line of this SKU and the batch that holds it, if any."""
        for batch in self.batches:
            for line in batch.allocations:
                if line.orderid == orderid:
                    return line, batch
        return None

    def allocate(self, line: OrderLine) -> str:
        """Allocate the line to the preferred batch and return that batch's reference.

        Allocating a line the product already holds returns its batch and records nothing,
        so a scanner that sends Enter twice cannot allocate twice.
        """
        existing = self.allocation_of(line.orderid)
        if existing is not None:
            held, batch = existing
            if held == line:
                return batch.reference
            raise AllocationConflict(
                f"Order {line.orderid} already has {held.qty} of {line.sku} allocated "
                f"(batch {batch.reference}); cancel that allocation before allocating {line.qty}",
                "qty",
            )
        chosen = next((b for b in sorted(self.batches) if b.can_allocate(line)), None)
        if chosen is None:
            self.events.append(OutOfStock(line.sku))
            raise OutOfStockError(f"Out of stock for sku {line.sku}", "qty")
        chosen.allocate(line)
        self.version += 1
        self.events.append(Allocated(line.orderid, line.sku, line.qty, chosen.reference))
        return chosen.reference

    def deallocate(self, orderid: str) -> OrderLine:
        """Cancel the order's allocation of this SKU; the line is not reallocated."""
        existing = self.allocation_of(orderid)
        if existing is None:
            raise NotAllocated(f"Order {orderid} has no allocation of {self.sku}", "orderid")
        line, batch = existing
        batch.deallocate(line)
        self.version += 1
        self.events.append(
            events.Deallocated(line.orderid, line.sku, line.qty, batch.reference, events.CANCELLED)
        )
        return line

    def change_batch_quantity(self, ref: str, qty: int) -> None:
        """Correct a batch's quantity; if it no longer covers its allocations, the newest
        lines leave it (each a ``Deallocated`` to be reallocated elsewhere)."""
        batch = next(b for b in self.batches if b.reference == ref)
        if batch.purchased_quantity == qty:
            return
        batch.change_purchased_quantity(qty)
        self.version += 1
        self.events.append(events.BatchQuantityChanged(ref, qty))
        while batch.available_quantity < 0:
            line = batch.deallocate_newest()
            self.events.append(
                events.Deallocated(line.orderid, line.sku, line.qty, ref, events.BATCH_SHRUNK)
            )
