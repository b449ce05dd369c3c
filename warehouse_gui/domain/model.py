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
from datetime import UTC, date, datetime

from warehouse_gui.domain import events
from warehouse_gui.domain.errors import AllocationConflict, DomainError, NotAllocated
from warehouse_gui.domain.events import (
    Allocated,
    BatchCreated,
    BatchMoved,
    Event,
    OutOfStock,
    Picked,
    PickReturned,
    ShortageReported,
    WaitingLineAllocated,
    WaitingLineWithdrawn,
)
from warehouse_gui.translation import number, translate

__all__ = [
    "AllocationBook",
    "Batch",
    "BatchCollection",
    "Holding",
    "InMemoryAllocations",
    "InMemoryBatches",
    "OrderLine",
    "PickRefused",
    "Product",
    "preference_key",
]


class PickRefused(DomainError):
    """A pick, a return of one, or a change that would undo one, refused: the message
    names what was expected."""


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
    """Stock of one SKU bought together; ``eta`` is ``None`` once it is in the warehouse,
    ``location`` the bin it stands in (``None``: not known).

    It keeps the total it has promised, not the list of promises: that list lives in the
    product's ``AllocationBook``.
    """

    def __init__(
        self,
        ref: str,
        sku: str,
        qty: int,
        eta: date | None = None,
        location: str | None = None,
    ) -> None:
        self.reference = ref
        self.sku = sku
        self.eta = eta
        self.location = location
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
    def open_batches(self) -> Iterator[Batch]:
        """The batches with units not yet promised, in preference order."""

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


@dataclass(frozen=True)
class Holding:
    """Where one order line of a SKU stands: the parts of it that batches hold, as
    ``(batch reference, quantity)`` in the order they took them, or none while the line
    waits for stock; ``picked`` names the batches whose part was taken from them."""

    line: OrderLine
    parts: tuple[tuple[str, int], ...] = ()
    picked: frozenset[str] = frozenset()

    @property
    def waiting(self) -> bool:
        """Whether the line waits for stock (no batch holds any of it)."""
        return not self.parts


class AllocationBook(abc.ABC):
    """The order lines of one SKU: which batches hold which part of each, and which lines
    wait for stock. A line is held whole, by one batch or split across several, or waits."""

    @abc.abstractmethod
    def find(self, orderid: str) -> Holding | None:
        """The order's line of this SKU and where it stands, if it has one."""

    @abc.abstractmethod
    def add(self, part: OrderLine, batch: Batch) -> None:
        """Record that ``batch`` holds ``part`` (of a line it held none of)."""

    @abc.abstractmethod
    def resize(self, part: OrderLine, batch: Batch) -> None:
        """Record that the part of the line ``batch`` holds is now ``part.qty``."""

    @abc.abstractmethod
    def remove(self, part: OrderLine, batch: Batch) -> None:
        """Forget the part of the line that ``batch`` holds."""

    @abc.abstractmethod
    def newest_in(self, reference: str) -> OrderLine | None:
        """The part a batch took most recently, of those not picked yet."""

    @abc.abstractmethod
    def mark_picked(self, part: OrderLine, batch: Batch, picked: bool) -> None:
        """Record that the part of the line ``batch`` holds was picked (or put back)."""

    @abc.abstractmethod
    def picked_in(self, reference: str) -> list[OrderLine]:
        """The parts picked from a batch, oldest first."""

    @abc.abstractmethod
    def wait(self, line: OrderLine) -> None:
        """Record that the line waits for stock, from now."""

    @abc.abstractmethod
    def stop_waiting(self, line: OrderLine) -> None:
        """Forget that the line waits."""

    @abc.abstractmethod
    def waiting(self) -> list[tuple[OrderLine, str]]:
        """The lines waiting for stock, oldest first, each with the ISO time it started to."""


class InMemoryBatches(list[Batch], BatchCollection):
    """A SKU's batches as a plain list."""

    def preferred_for(self, line: OrderLine) -> Batch | None:
        """The first batch in preference order with room for the line."""
        return next((b for b in sorted(self) if b.can_allocate(line)), None)

    def open_batches(self) -> Iterator[Batch]:
        """The batches with units left, in preference order."""
        return iter(sorted(b for b in list.__iter__(self) if b.available_quantity > 0))

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
    """Parts as a list, oldest first, and waiting lines as another."""

    def __init__(self, held: Iterable[tuple[OrderLine, str]] = ()) -> None:
        self._held = list(held)
        self._waiting: list[tuple[OrderLine, str]] = []
        self._picked: set[tuple[str, str]] = set()  # (orderid, batch reference)

    def find(self, orderid: str) -> Holding | None:
        """The order's parts, or its waiting line."""
        parts = tuple((ref, part.qty) for part, ref in self._held if part.orderid == orderid)
        if parts:
            sku = next(part.sku for part, _ in self._held if part.orderid == orderid)
            picked = frozenset(ref for ref, _ in parts if (orderid, ref) in self._picked)
            return Holding(OrderLine(orderid, sku, sum(qty for _, qty in parts)), parts, picked)
        return next((Holding(line) for line, _ in self._waiting if line.orderid == orderid), None)

    def add(self, part: OrderLine, batch: Batch) -> None:
        """Record the part as the newest of its batch."""
        self._held.append((part, batch.reference))

    def resize(self, part: OrderLine, batch: Batch) -> None:
        """Change the quantity of the part in place."""
        self._held = [
            (part if (held.orderid, ref) == (part.orderid, batch.reference) else held, ref)
            for held, ref in self._held
        ]

    def remove(self, part: OrderLine, batch: Batch) -> None:
        """Forget the part."""
        self._held = [
            (held, ref)
            for held, ref in self._held
            if (held.orderid, ref) != (part.orderid, batch.reference)
        ]
        self._picked.discard((part.orderid, batch.reference))

    def newest_in(self, reference: str) -> OrderLine | None:
        """The last part added for that batch, of those not picked."""
        return next(
            (
                part
                for part, ref in reversed(self._held)
                if ref == reference and (part.orderid, ref) not in self._picked
            ),
            None,
        )

    def mark_picked(self, part: OrderLine, batch: Batch, picked: bool) -> None:
        """Add the part to the picked ones, or take it out."""
        key = (part.orderid, batch.reference)
        if picked:
            self._picked.add(key)
        else:
            self._picked.discard(key)

    def picked_in(self, reference: str) -> list[OrderLine]:
        """The picked parts of that batch, in the order they were added."""
        return [
            part
            for part, ref in self._held
            if ref == reference and (part.orderid, ref) in self._picked
        ]

    def wait(self, line: OrderLine) -> None:
        """Add the line to the end of the queue."""
        self._waiting.append((line, datetime.now(UTC).isoformat()))

    def stop_waiting(self, line: OrderLine) -> None:
        """Take the line out of the queue."""
        self._waiting = [(held, since) for held, since in self._waiting if held != line]

    def waiting(self) -> list[tuple[OrderLine, str]]:
        """The queue, oldest first."""
        return list(self._waiting)


class Product:
    """Aggregate root that collects domain events.

    Every change to a SKU's batches goes through its Product, whose ``version`` lets the
    persistence layer detect concurrent writers. A line goes to the first batch that can
    take it; when none can but the batches together can, it is split across them in
    preference order; when they cannot, it waits, and lines that wait are allocated,
    oldest first, whenever stock arrives. With a ``low_stock_threshold`` above 0, a
    change that takes the available quantity from the threshold or more to below it
    raises ``LowStock``; 0 means no warning, and then nothing is summed.

    ``journal``, when set (by the repository), also receives every event with the SKU, so
    that a change to several products can be logged in the order its events happened.
    """

    journal: list[tuple[str, Event]] | None = None

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
        """Take a new batch of this SKU into stock, and allocate the lines waiting for it."""
        self.batches.add(batch)
        self.version += 1
        eta = batch.eta.isoformat() if batch.eta else None
        self._raise(
            BatchCreated(batch.reference, self.sku, batch.purchased_quantity, eta, batch.location)
        )
        self._allocate_waiting()

    def allocate(self, line: OrderLine) -> str | None:
        """Allocate the line whole and return the reference of the batch that took it (the
        first, when it was split), or ``None`` when the SKU's batches together cannot take
        it: the line then waits for stock (an ``OutOfStock`` event) and nothing is
        allocated.

        Allocating a line the product already holds, or that already waits, returns what
        the first time did and records nothing, so a scanner that sends Enter twice cannot
        allocate twice.
        """
        holding = self.allocations.find(line.orderid)
        if holding is not None:
            return self._same_line(holding, line)
        first = self._place(line)
        if first is None:
            self._wait(line)
        return first

    def deallocate(self, orderid: str) -> OrderLine:
        """Cancel the order's line of this SKU: release every part of it (the stock goes
        to lines waiting for it, if any), or withdraw it if it waits."""
        holding = self.allocations.find(orderid)
        if holding is None:
            raise NotAllocated(
                translate("Model", "{orderid} has no line of {sku} to cancel").format(
                    orderid=orderid, sku=self.sku
                ),
                "orderid",
            )
        if holding.picked:
            raise PickRefused(
                translate(
                    "Model",
                    "{orderid}'s {sku} is picked ({batches}): "
                    "put it back first (Ctrl+Z undoes a pick)",
                ).format(orderid=orderid, sku=self.sku, batches=_picked_batches(holding)),
                "orderid",
            )
        self.version += 1
        if holding.waiting:
            self.allocations.stop_waiting(holding.line)
            self._raise(WaitingLineWithdrawn(orderid, self.sku, holding.line.qty))
            return holding.line
        for reference, qty in holding.parts:
            batch = self._batch(reference)
            self._release(OrderLine(orderid, self.sku, qty), batch, events.CANCELLED)
        self._allocate_waiting()
        return holding.line

    def change_batch_quantity(self, ref: str, qty: int) -> None:
        """Correct a batch's quantity (0 cancels it). If it no longer covers what it holds,
        the newest parts leave it (each a ``Deallocated``) and go to other batches; a line
        the others cannot take leaves its other batches too and waits. More stock goes to
        the lines waiting for it."""
        batch = self._batch(ref)
        if batch.purchased_quantity == qty:
            return
        if qty < batch.allocated_quantity:
            self._refuse_below_picked(ref, qty)
        available = self._available_if_watched()
        batch_available = max(batch.available_quantity, 0)
        previous = batch.purchased_quantity
        batch.change_purchased_quantity(qty)
        self.version += 1
        self._raise(events.BatchQuantityChanged(ref, qty, previous))
        released = []
        while batch.available_quantity < 0:
            part = self.allocations.newest_in(ref)
            assert part is not None, f"batch {ref} is over-allocated without allocations"
            self._release(part, batch, events.BATCH_SHRUNK)
            released.append(part)
        if available is not None:
            self._warn_if_crossed(available, available - batch_available + batch.available_quantity)
        for part in released:
            self._reallocate(part)
        self._allocate_waiting()

    def set_low_stock_threshold(self, threshold: int) -> None:
        """Warn when the available quantity falls below ``threshold`` (0: never). A SKU
        already below the new threshold, and not below the one it replaces, warns at once."""
        if threshold == self.low_stock_threshold:
            return
        previous, self.low_stock_threshold = self.low_stock_threshold, threshold
        self.version += 1
        self._raise(events.LowStockThresholdSet(self.sku, threshold, previous))
        available = self._available_if_watched()
        if available is not None and previous <= available < threshold:
            self._raise(events.LowStock(self.sku, available, threshold))

    def move_batch(self, ref: str, location: str) -> None:
        """Record that a batch now stands at ``location``; where it stands already: nothing."""
        batch = self._batch(ref)
        if batch.location == location:
            return
        previous, batch.location = batch.location, location
        self.version += 1
        self._raise(BatchMoved(ref, self.sku, location, previous))

    def confirm_pick(self, orderid: str, batchref: str, qty: int) -> None:
        """Record that the order's part of this SKU held by ``batchref`` was taken from it,
        whole: refused, naming what was expected, when that batch holds no part of the
        line, the part is picked already, or ``qty`` is not the part's quantity."""
        holding = self._line_to_pick(orderid)
        held = dict(holding.parts)
        if batchref not in held:
            raise PickRefused(self._not_in_batch(holding, batchref), "batchref")
        if batchref in holding.picked:
            raise PickRefused(
                translate("Model", "{orderid}'s {sku} from {batch} is already picked").format(
                    orderid=orderid, sku=self.sku, batch=batchref
                ),
                "batchref",
            )
        if held[batchref] != qty:
            raise PickRefused(
                translate("Model", "{orderid}'s {sku} from {batch} is {held}, not {qty}").format(
                    orderid=orderid,
                    sku=self.sku,
                    batch=batchref,
                    held=number(held[batchref]),
                    qty=number(qty),
                ),
                "qty",
            )
        part = OrderLine(orderid, self.sku, qty)
        self.allocations.mark_picked(part, self._batch(batchref), True)
        self.version += 1
        self._raise(Picked(orderid, self.sku, batchref, qty))

    def return_pick(self, orderid: str, batchref: str) -> None:
        """Put a picked part back: the line may then be cancelled or corrected again."""
        holding = self.allocations.find(orderid)
        if holding is None or batchref not in holding.picked:
            raise PickRefused(
                translate(
                    "Model", "{orderid}'s {sku} from {batch} is not picked: nothing to put back"
                ).format(orderid=orderid, sku=self.sku, batch=batchref),
                "batchref",
            )
        qty = dict(holding.parts)[batchref]
        self.allocations.mark_picked(
            OrderLine(orderid, self.sku, qty), self._batch(batchref), False
        )
        self.version += 1
        self._raise(PickReturned(orderid, self.sku, batchref, qty))

    def report_shortage(self, ref: str, counted: int) -> None:
        """Report that a batch holds only ``counted`` units, fewer than it should: a
        ``ShortageReported`` for a supervisor to approve as a correction. Nothing changes."""
        batch = self._batch(ref)
        expected = batch.purchased_quantity
        if counted >= expected:
            raise DomainError(
                translate(
                    "Model",
                    "Counted {counted}, and batch {ref} holds {expected}: "
                    "a shortage is a count below what it holds",
                ).format(counted=number(counted), ref=ref, expected=number(expected)),
                "counted",
            )
        self._raise(ShortageReported(ref, self.sku, counted, expected, batch.location))

    def _line_to_pick(self, orderid: str) -> Holding:
        """The order's line of this SKU, held by batches, or a refusal."""
        holding = self.allocations.find(orderid)
        if holding is None:
            raise PickRefused(
                translate("Model", "{orderid} has no line of {sku} to pick").format(
                    orderid=orderid, sku=self.sku
                ),
                "sku",
            )
        if holding.waiting:
            raise PickRefused(
                translate(
                    "Model", "{orderid}'s {sku} waits for stock: no batch holds it yet"
                ).format(orderid=orderid, sku=self.sku),
                "orderid",
            )
        return holding

    def _not_in_batch(self, holding: Holding, batchref: str) -> str:
        """The refusal of a pick from a batch that holds no part of the line, with where
        the line's parts not picked yet stand: "... is in lamp-1 at A-03-2 and ..."."""
        orderid, sku = holding.line.orderid, self.sku
        left = [(ref, qty) for ref, qty in holding.parts if ref not in holding.picked]
        if not left:
            return translate(
                "Model",
                "Batch {batch} holds no part of {orderid}'s {sku}: "
                "its {sku} is picked already ({batches})",
            ).format(batch=batchref, orderid=orderid, sku=sku, batches=_picked_batches(holding))
        places = ""
        for ref, qty in left:
            location = self._batch(ref).location
            if len(left) == 1:
                place = (
                    translate("Model", "{batch} at {location}").format(batch=ref, location=location)
                    if location
                    else ref
                )
            elif location:
                place = translate("Model", "{batch} at {location} ({qty})").format(
                    batch=ref, location=location, qty=number(qty)
                )
            else:
                place = translate("Model", "{batch} ({qty})").format(batch=ref, qty=number(qty))
            places = (
                translate("Model", "{places} and {place}").format(places=places, place=place)
                if places
                else place
            )
        return translate(
            "Model", "Batch {batch} holds no part of {orderid}'s {sku}: its {sku} is in {places}"
        ).format(batch=batchref, orderid=orderid, sku=sku, places=places)

    def _refuse_below_picked(self, ref: str, qty: int) -> None:
        """Refuse to correct a batch below what was picked from it."""
        picked = self.allocations.picked_in(ref)
        total = sum(part.qty for part in picked)
        if qty < total:
            whose = ", ".join(
                translate("Model", "{orderid}: {qty}").format(
                    orderid=part.orderid, qty=number(part.qty)
                )
                for part in picked
            )
            if len(picked) == 1:
                refusal = translate(
                    "Model",
                    "Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it "
                    "({whose}); put it back first (Ctrl+Z undoes a pick)",
                    None,
                    total,
                )
            else:
                refusal = translate(
                    "Model",
                    "Batch {ref} cannot go down to {qty}: %Ln (was|were) picked from it "
                    "({whose}); put them back first (Ctrl+Z undoes a pick)",
                    None,
                    total,
                )
            raise PickRefused(refusal.format(ref=ref, qty=number(qty), whose=whose), "qty")

    def _same_line(self, holding: Holding, line: OrderLine) -> str | None:
        """What allocating a line the order already has gives: its first batch, or a
        refusal when the quantity differs."""
        held = holding.line.qty
        if held == line.qty:
            return holding.parts[0][0] if holding.parts else None
        if holding.waiting:
            raise AllocationConflict(
                translate(
                    "Model",
                    "{orderid} already waits for {held} of {sku}; "
                    "cancel that line before allocating {qty}",
                ).format(
                    orderid=line.orderid, held=number(held), sku=line.sku, qty=number(line.qty)
                ),
                "qty",
            )
        where = ", ".join(
            translate("Model", "{qty} from {batch}").format(qty=number(qty), batch=reference)
            for reference, qty in holding.parts
        )
        raise AllocationConflict(
            translate(
                "Model",
                "{orderid} already has {held} of {sku} allocated ({where}); "
                "cancel that line before allocating {qty}",
            ).format(
                orderid=line.orderid,
                held=number(held),
                sku=line.sku,
                where=where,
                qty=number(line.qty),
            ),
            "qty",
        )

    def _place(self, line: OrderLine, held: dict[str, int] | None = None) -> str | None:
        """Allocate ``line.qty`` of the order's line, whole: to the first batch with room
        for it, else split across the batches with stock in preference order. Parts the
        line already has (``held``: quantity by batch reference) grow rather than repeat.
        Return the first batch that took some, or ``None`` (nothing changed) when the
        batches together cannot take it."""
        before = self._available_if_watched()
        chosen = self.batches.preferred_for(line)
        takes = [(chosen, line.qty)] if chosen is not None else self._split(line)
        if not takes:
            return None
        held = held or {}
        for batch, qty in takes:
            part = OrderLine(line.orderid, self.sku, qty)
            batch.allocate(part)
            already = held.get(batch.reference, 0)
            if already:
                self.allocations.resize(OrderLine(line.orderid, self.sku, already + qty), batch)
            else:
                self.allocations.add(part, batch)
            self._raise(Allocated(line.orderid, self.sku, qty, batch.reference))
        self.version += 1
        if before is not None:
            self._warn_if_crossed(before, before - line.qty)
        return takes[0][0].reference

    def _split(self, line: OrderLine) -> list[tuple[Batch, int]]:
        """How the batches with stock would share the line in preference order, or ``[]``
        when they do not have enough between them."""
        if self.batches.available_quantity() < line.qty:
            return []
        takes, remaining = [], line.qty
        for batch in self.batches.open_batches():
            qty = min(batch.available_quantity, remaining)
            takes.append((batch, qty))
            remaining -= qty
            if not remaining:
                break
        return takes

    def _wait(self, line: OrderLine) -> None:
        """Record that the line waits, and say so with what the SKU has available."""
        self.allocations.wait(line)
        self.version += 1
        self._raise(OutOfStock(line.sku, line.orderid, line.qty, self.batches.available_quantity()))

    def _reallocate(self, part: OrderLine) -> None:
        """Find other batches for a part its batch could no longer hold; when they cannot
        take it, the line's other parts are released too and the whole line waits."""
        holding = self.allocations.find(part.orderid)
        held = dict(holding.parts) if holding else {}
        if holding is not None and holding.picked:
            # A picked part neither grows nor goes back to stock.
            raise PickRefused(
                translate(
                    "Model",
                    "The correction takes {qty} of {orderid}'s {sku} off its batch, and that "
                    "line is picked ({batches}): put it back first (Ctrl+Z undoes a pick)",
                ).format(
                    qty=number(part.qty),
                    orderid=part.orderid,
                    sku=self.sku,
                    batches=_picked_batches(holding),
                ),
                "qty",
            )
        if self._place(part, held) is not None:
            return
        for reference, qty in held.items():
            self._release(
                OrderLine(part.orderid, self.sku, qty), self._batch(reference), events.BATCH_SHRUNK
            )
        self._wait(OrderLine(part.orderid, self.sku, part.qty + sum(held.values())))

    def _allocate_waiting(self) -> None:
        """Allocate the lines waiting for stock, oldest first; a line the stock cannot
        take yet keeps its place (a younger, smaller one may be allocated before it)."""
        for line, since in self.allocations.waiting():
            if self._place(line) is not None:
                self.allocations.stop_waiting(line)
                self._raise(WaitingLineAllocated(line.orderid, self.sku, line.qty, since))

    def _batch(self, reference: str) -> Batch:
        batch = self.batches.get(reference)
        assert batch is not None, f"product {self.sku} has no batch {reference}"
        return batch

    def _available_if_watched(self) -> int | None:
        """The available quantity, asked for only when a threshold is set."""
        return self.batches.available_quantity() if self.low_stock_threshold > 0 else None

    def _warn_if_crossed(self, before: int, after: int) -> None:
        threshold = self.low_stock_threshold
        if before >= threshold > after:
            self._raise(events.LowStock(self.sku, after, threshold))

    def _release(self, part: OrderLine, batch: Batch, reason: str) -> None:
        batch.deallocate(part)
        self.allocations.remove(part, batch)
        self._raise(events.Deallocated(part.orderid, part.sku, part.qty, batch.reference, reason))

    def _raise(self, event: Event) -> None:
        self.events.append(event)
        if self.journal is not None:
            self.journal.append((self.sku, event))


def _picked_batches(holding: Holding) -> str:
    """The batches a line's picked parts came from, in the order they took them."""
    return ", ".join(ref for ref, _ in holding.parts if ref in holding.picked)
