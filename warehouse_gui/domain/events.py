"""Domain events: facts about what happened, collected by the aggregate."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Event:
    """Base class for domain events."""


@dataclass(frozen=True)
class BatchCreated(Event):
    """Emitted when a batch is taken into stock; ``eta`` is ``YYYY-MM-DD`` or ``None``."""

    ref: str
    sku: str
    qty: int
    eta: str | None = None


@dataclass(frozen=True)
class Allocated(Event):
    """Emitted when an order line is allocated to a batch."""

    orderid: str
    sku: str
    qty: int
    batchref: str


@dataclass(frozen=True)
class OutOfStock(Event):
    """Emitted when allocation fails due to insufficient stock: no batch of the SKU can
    take the order line, which waits for stock.

    ``available`` is what the SKU's batches still had between them, in stock and arriving
    (a line is never split across batches). Entries logged before the order, quantity
    and availability were recorded rebuild with ``""`` and ``0``.
    """

    sku: str
    orderid: str = ""
    qty: int = 0
    available: int = 0


CANCELLED = "cancelled"
BATCH_SHRUNK = "batch shrunk"


@dataclass(frozen=True)
class Deallocated(Event):
    """Emitted when an order line leaves its batch.

    ``reason`` is ``CANCELLED`` when staff cancelled it (it stays unallocated) or
    ``BATCH_SHRUNK`` when its batch lost stock (it is reallocated to another batch).
    """

    orderid: str
    sku: str
    qty: int
    batchref: str = ""
    reason: str = CANCELLED


@dataclass(frozen=True)
class BatchQuantityChanged(Event):
    """Emitted when a batch's purchased quantity is corrected; ``previous`` is the quantity
    it replaced (what an undo sets back; 0 in entries logged before it was recorded)."""

    ref: str
    qty: int
    previous: int = 0


@dataclass(frozen=True)
class LowStockThresholdSet(Event):
    """Emitted when a SKU's low-stock threshold changes; 0 means no warning. ``previous``
    is the threshold it replaced (what an undo sets back)."""

    sku: str
    threshold: int
    previous: int = 0


@dataclass(frozen=True)
class LowStock(Event):
    """Emitted when an allocation or a smaller delivery takes the SKU's available
    quantity (in stock and arriving) from ``threshold`` or more to below it, and when a
    threshold is set above what the SKU has available (unless the one it replaced was too)."""

    sku: str
    available: int
    threshold: int


def _event_types() -> dict[str, type[Event]]:
    return {
        cls.__name__: cls
        for cls in globals().values()
        if isinstance(cls, type) and issubclass(cls, Event) and cls is not Event
    }


EVENT_TYPES = _event_types()


def rebuild(type_name: str, fields: dict[str, Any]) -> Event:
    """The event recorded as ``type_name`` with ``fields`` (in the event log, say)."""
    return EVENT_TYPES[type_name](**fields)
