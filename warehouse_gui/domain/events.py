"""Domain events: facts about what happened, collected by the aggregate."""

from __future__ import annotations

from dataclasses import dataclass


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
    """Emitted when allocation fails due to insufficient stock."""

    sku: str
