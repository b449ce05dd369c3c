"""What the read side answers: the questions a view asks and the rows it gets back.

Plain Python, no SQLAlchemy: the window asks its first question before SQLAlchemy has
loaded, and the rows cross from the bus thread to the GUI thread. ``views`` answers each
question on the bus thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from warehouse_gui.domain import events


class Query:
    """Base class for questions to the read side."""


@dataclass(frozen=True)
class BatchTable(Query):
    """Every batch, with the event log position it was read at (a ``BatchSnapshot``)."""


@dataclass(frozen=True)
class OrderLines(Query):
    """The allocations of one order, by SKU (a list of ``OrderAllocation``)."""

    orderid: str


@dataclass(frozen=True)
class History(Query):
    """The newest ``limit`` log entries, newest first, of one SKU and/or order when given
    (a list of ``LoggedEvent``)."""

    sku: str = ""
    orderid: str = ""
    limit: int = 1000


ALERT_TYPES = ("OutOfStock", "LowStock")


@dataclass(frozen=True)
class Alerts(Query):
    """The log entries that raise an alert (``ALERT_TYPES``), oldest first, with an id
    above ``after`` (``None``: none, only the log's highest id), at most the newest
    ``limit`` (an ``AlertEntries``)."""

    after: int | None
    limit: int = 1000


class BatchRow(NamedTuple):
    """One batch as the batch table and the CSV export show it.

    A named tuple: the start-up read makes 100,000 of them, and a tuple is built in C.
    """

    reference: str
    sku: str
    eta: date | None
    purchased: int
    allocated: int

    @property
    def available(self) -> int:
        """Purchased minus allocated."""
        return self.purchased - self.allocated


@dataclass(frozen=True)
class LogPosition:
    """Where a reader stands in the event log: the highest id it has seen, and which of
    the ids just below it were present (the missing ones may still be committing)."""

    high: int
    recent: frozenset[int]


@dataclass(frozen=True)
class BatchSnapshot:
    """The batch table, unsorted (the table sorts it), and the log position it was read
    at: following the log from there applies every later change exactly once."""

    rows: list[BatchRow]
    position: LogPosition


@dataclass(frozen=True)
class OrderAllocation:
    """One line of an order: which batch holds how much of which SKU."""

    sku: str
    qty: int
    batchref: str


@dataclass(frozen=True)
class LoggedEvent:
    """One entry of the event log: the event's type and fields, who raised it when, and
    the ``origin`` of the running copy of the program that logged it."""

    id: int
    time: datetime
    type: str
    sku: str
    orderid: str
    station: str
    operator: str
    fields: dict[str, Any]
    origin: str = ""

    @property
    def event(self) -> events.Event:
        """The domain event this entry records."""
        return events.rebuild(self.type, self.fields)

    def as_json_object(self) -> dict[str, Any]:
        """The entry as ``export-events`` writes it: metadata first, then the fields."""
        stamp = self.time.astimezone(UTC).isoformat().replace("+00:00", "Z")
        return {
            "id": self.id,
            "time": stamp,
            "type": self.type,
            "station": self.station,
            "operator": self.operator,
            **self.fields,
        }


@dataclass(frozen=True)
class AlertEntries:
    """The alerts asked for, oldest first, and the highest id of the whole log then."""

    entries: list[LoggedEvent]
    high: int
