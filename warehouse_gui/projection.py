"""The event log folded, oldest first, into what the tables should hold: the batches and
where they stand, the parts of order lines each batch holds and which of them were picked,
the lines waiting for stock, each product's version and low-stock threshold. Pure:
``verification`` feeds it the log of a database, the tests the events a bus dispatched.

A product's version counts its changes (``Product.version += 1`` in ``domain.model``): a
batch created, a quantity corrected, a threshold set, a line set waiting (``OutOfStock``), a
waiting line withdrawn, a batch moved, a part picked or put back, one per cancelled line
(its ``Deallocated`` parts, consecutive) and one per placement of a line (its ``Allocated``
parts, consecutive, of one order). Two placements of the same order's line never follow one
another without another event of the SKU between them, nor two cancellations of it, so the
runs are the changes.

Entries logged by older versions may lack fields: an ``OutOfStock`` without an order (no
line waited then) changes nothing, and a ``Deallocated`` without a batch releases every
part of its line.
An ``OutOfStock`` logged before lines waited (before schema revision 0006, whose first
entry the database records) changed nothing either: ``lines_wait`` is false while those
entries are applied.

An import's count (``BatchesImported``), a shortage reported (``ShortageReported``, until a
supervisor corrects the batch) and the people's events change no table: they are skipped,
and not counted among the events replayed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from warehouse_gui.domain import events

__all__ = ["BatchState", "Projection"]

# Events that change no table: skipped by the replay.
NOTHING_STORED = (events.BatchesImported, events.ShortageReported, *events.PEOPLE_EVENTS)


@dataclass
class BatchState:
    """A batch as the log tells it: its SKU, units bought and promised, ETA and location."""

    sku: str
    purchased: int
    allocated: int = 0
    eta: str | None = None
    location: str | None = None


class Projection:
    """What the events applied so far leave in the tables."""

    def __init__(self) -> None:
        self.batches: dict[str, BatchState] = {}
        # (orderid, sku) -> {batch reference: quantity}, parts in the order taken.
        self._lines: dict[tuple[str, str], dict[str, int]] = {}
        # (orderid, sku) -> quantity, oldest first.
        self.waiting: dict[tuple[str, str], int] = {}
        # (orderid, sku, batch reference) of the parts picked.
        self.picked: set[tuple[str, str, str]] = set()
        self.versions: dict[str, int] = {}
        self.thresholds: dict[str, int] = {}
        self.events = 0
        # Whether an OutOfStock leaves its line waiting (not in entries before 0006).
        self.lines_wait = True
        # What the log cannot explain (an allocation of a batch it never created, ...).
        self.anomalies: list[str] = []
        # The run of Allocated or cancelling Deallocated each SKU is in: (type, orderid).
        self._run: dict[str, tuple[str, str]] = {}

    @property
    def parts(self) -> dict[tuple[str, str, str], int]:
        """(orderid, sku, batch reference) -> the quantity of the line that batch holds."""
        return {
            (orderid, sku, reference): qty
            for (orderid, sku), parts in self._lines.items()
            for reference, qty in parts.items()
        }

    def apply_all(self, logged: Iterable[tuple[str | None, events.Event]]) -> Projection:
        """Apply each ``(sku, event)`` in turn (the SKU of the log row, or ``None``)."""
        for sku, event in logged:
            self.apply(event, sku)
        return self

    def apply(self, event: events.Event, sku: str | None = None) -> None:
        """Fold one event in; ``sku`` is the log row's (the event's own when it has one)."""
        if isinstance(event, NOTHING_STORED):
            return
        self.events += 1
        sku = getattr(event, "sku", None) or sku or ""
        run = self._run.pop(sku, None)
        if isinstance(event, events.Allocated):
            key = ("A", event.orderid)
            if run != key:
                self._bump(sku)
            self._run[sku] = key
            self._take(event.orderid, sku, event.batchref, event.qty)
        elif isinstance(event, events.Deallocated):
            if event.reason == events.CANCELLED:
                key = ("D", event.orderid)
                if run != key:
                    self._bump(sku)
                self._run[sku] = key
            self._release(event.orderid, sku, event.batchref, event.qty)
        elif isinstance(event, events.BatchCreated):
            if event.ref in self.batches:
                self.anomalies.append(f"batch {event.ref}: created twice in the log")
            self.batches[event.ref] = BatchState(event.sku, event.qty, 0, event.eta, event.location)
            self._bump(sku)
        elif isinstance(event, events.BatchMoved):
            batch = self._batch(event.ref, "a move")
            if batch is not None:
                batch.location = event.location
            self._bump(sku)
        elif isinstance(event, events.Picked):
            self._pick(event.orderid, sku, event.batchref, event.qty)
            self._bump(sku)
        elif isinstance(event, events.PickReturned):
            part = (event.orderid, sku, event.batchref)
            if part not in self.picked:
                self.anomalies.append(
                    f"order {event.orderid}: its {sku} from batch {event.batchref} put back, "
                    "never picked"
                )
            self.picked.discard(part)
            self._bump(sku)
        elif isinstance(event, events.BatchQuantityChanged):
            batch = self._batch(event.ref, "a quantity correction")
            if batch is not None:
                batch.purchased = event.qty
                sku = batch.sku
            self._bump(sku)
        elif isinstance(event, events.OutOfStock):
            if event.orderid and self.lines_wait:
                self.waiting[(event.orderid, sku)] = event.qty
                self._bump(sku)
        elif isinstance(event, events.WaitingLineAllocated):
            self._stop_waiting(event.orderid, sku, "allocated")
        elif isinstance(event, events.WaitingLineWithdrawn):
            self._stop_waiting(event.orderid, sku, "withdrawn")
            self._bump(sku)
        elif isinstance(event, events.LowStockThresholdSet):
            self.thresholds[sku] = event.threshold
            self._bump(sku)
        # LowStock changes nothing stored.

    def _bump(self, sku: str) -> None:
        self.versions[sku] = self.versions.get(sku, 0) + 1

    def _batch(self, reference: str, what: str) -> BatchState | None:
        batch = self.batches.get(reference)
        if batch is None:
            self.anomalies.append(f"batch {reference}: {what} before the batch was created")
        return batch

    def _pick(self, orderid: str, sku: str, reference: str, qty: int) -> None:
        held = self._lines.get((orderid, sku), {}).get(reference, 0)
        if held != qty:
            self.anomalies.append(
                f"order {orderid}: {qty:,} × {sku} picked from batch {reference}, "
                f"which held {held:,} of it"
            )
        self.picked.add((orderid, sku, reference))

    def _take(self, orderid: str, sku: str, reference: str, qty: int) -> None:
        parts = self._lines.setdefault((orderid, sku), {})
        parts[reference] = parts.get(reference, 0) + qty
        batch = self._batch(reference, f"an allocation to order {orderid}")
        if batch is not None:
            batch.allocated += qty

    def _release(self, orderid: str, sku: str, reference: str, qty: int) -> None:
        parts = self._lines.get((orderid, sku), {})
        released = {reference: qty} if reference else dict(parts)
        for ref, units in released.items():
            if (orderid, sku, ref) in self.picked:
                self.anomalies.append(
                    f"order {orderid}: its {sku} from batch {ref} released while picked"
                )
                self.picked.discard((orderid, sku, ref))
            held = parts.get(ref, 0)
            if held < units:
                self.anomalies.append(
                    f"order {orderid}: {units:,} × {sku} released from batch {ref or '?'}, "
                    f"which held {held:,} of it"
                )
            if held <= units:
                parts.pop(ref, None)
            else:
                parts[ref] = held - units
            batch = self.batches.get(ref)
            if batch is not None:
                batch.allocated -= units
        if not parts:
            self._lines.pop((orderid, sku), None)

    def _stop_waiting(self, orderid: str, sku: str, how: str) -> None:
        if self.waiting.pop((orderid, sku), None) is None:
            self.anomalies.append(f"order {orderid}: a line of {sku} {how} that was not waiting")
