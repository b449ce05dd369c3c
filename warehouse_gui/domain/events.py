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
    location: str | None = None


@dataclass(frozen=True)
class Allocated(Event):
    """Emitted when an order line is allocated to a batch."""

    orderid: str
    sku: str
    qty: int
    batchref: str


@dataclass(frozen=True)
class OutOfStock(Event):
    """Emitted when an order line finds too little stock: the SKU's batches together
    cannot take it (at allocation, or when a smaller delivery released it). The line
    waits for stock, and is allocated when stock arrives (``WaitingLineAllocated``).

    ``available`` is what the SKU's batches still had between them, in stock and arriving.
    Entries logged before the order, quantity and availability were recorded rebuild
    with ``""`` and ``0``.
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

    A line split across batches leaves each of them with its own event. ``reason`` is
    ``CANCELLED`` when staff cancelled the line (it stays unallocated) or
    ``BATCH_SHRUNK`` when a batch lost stock: the part is allocated elsewhere, or, when
    the other batches cannot take it, the whole line leaves its batches and waits.
    """

    orderid: str
    sku: str
    qty: int
    batchref: str = ""
    reason: str = CANCELLED


@dataclass(frozen=True)
class WaitingLineAllocated(Event):
    """Emitted when a waiting order line is allocated because stock arrived (a new batch,
    an import, a larger delivery, a cancelled allocation); its ``Allocated`` events come
    just before it. ``waited_since`` is the ISO time it started to wait."""

    orderid: str
    sku: str
    qty: int
    waited_since: str = ""


@dataclass(frozen=True)
class WaitingLineWithdrawn(Event):
    """Emitted when staff cancel an order line that was waiting for stock."""

    orderid: str
    sku: str
    qty: int


@dataclass(frozen=True)
class BatchQuantityChanged(Event):
    """Emitted when a batch's purchased quantity is corrected; ``previous`` is the quantity
    it replaced (what an undo sets back; 0 in entries logged before it was recorded).
    A batch corrected to 0 is cancelled."""

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


@dataclass(frozen=True)
class BatchMoved(Event):
    """Emitted when a batch is moved to another bin; ``previous`` is where it stood."""

    ref: str
    sku: str
    location: str
    previous: str | None = None


@dataclass(frozen=True)
class Picked(Event):
    """Emitted when a part of an order line is taken from its batch, checked by scan."""

    orderid: str
    sku: str
    batchref: str
    qty: int


@dataclass(frozen=True)
class PickReturned(Event):
    """Emitted when a picked part goes back to its batch (the undo of a pick)."""

    orderid: str
    sku: str
    batchref: str
    qty: int


@dataclass(frozen=True)
class ShortageReported(Event):
    """Emitted when a picker finds fewer units in a batch than it should hold: a
    supervisor approves a correction to ``counted``."""

    ref: str
    sku: str
    counted: int
    expected: int
    location: str | None = None


@dataclass(frozen=True)
class BatchesImported(Event):
    """Emitted once by an import, after its batches' ``BatchCreated``: how many batches the
    file gave. On PostgreSQL only a supervisor's or admin's session may log it."""

    batches: int


@dataclass(frozen=True)
class PersonAdded(Event):
    """Emitted when a person is added (never their PIN); the first turns sign-in on."""

    login: str
    name: str
    role: str


@dataclass(frozen=True)
class PersonRoleChanged(Event):
    """Emitted when a person's role changes; ``previous`` is the role it replaced."""

    login: str
    role: str
    previous: str


@dataclass(frozen=True)
class PersonDisabled(Event):
    """Emitted when a person may no longer sign in."""

    login: str


PEOPLE_EVENTS = (PersonAdded, PersonRoleChanged, PersonDisabled)


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
