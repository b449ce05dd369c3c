"""The rows the read side answers with (the questions are in ``queries``).

Plain Python, no SQLAlchemy: the rows cross from the bus thread to the GUI thread, where
they are shown without SQLAlchemy ever loading there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from warehouse_gui.domain import events


class BatchRow(NamedTuple):
    """One batch as the batch table and the CSV export show it.

    A named tuple: the start-up read makes 100,000 of them, and a tuple is built in C.
    """

    reference: str
    sku: str
    eta: date | None
    purchased: int
    allocated: int
    location: str | None = None  # the bin it stands in, if known

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
    """One line of an order, or one part of a line split across batches: which batch
    holds how much of which SKU, who allocated it (the log's latest ``Allocated`` entry
    of it) and who approved that; "" when not known."""

    sku: str
    qty: int
    batchref: str
    by: str = ""
    approver: str = ""
    picked: bool = False  # taken from its batch, checked by scan
    location: str | None = None  # where its batch stands


@dataclass(frozen=True)
class WaitingLine:
    """An order line waiting for stock, and since when."""

    orderid: str
    sku: str
    qty: int
    since: datetime


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
    approver: str = ""  # the supervisor who approved it at the operator's desk, if one did

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
            **({"approver": self.approver} if self.approver else {}),
            **self.fields,
        }


@dataclass(frozen=True)
class AlertEntries:
    """The alerts asked for, oldest first, and the highest id of the whole log then."""

    entries: list[LoggedEvent]
    high: int
