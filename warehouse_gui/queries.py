"""The questions a view asks the read side; ``views`` answers each on the bus thread.

Plain Python, and small: the window asks its first questions before it is shown, long
before SQLAlchemy has loaded (the rows they get back are in ``read_model``).
"""

from __future__ import annotations

from dataclasses import dataclass


class Query:
    """Base class for questions to the read side."""


@dataclass(frozen=True)
class BatchTable(Query):
    """Every batch, with the event log position it was read at (a ``BatchSnapshot``)."""


@dataclass(frozen=True)
class OrderLines(Query):
    """The allocations of one order, by SKU, a line split across batches as one
    ``OrderAllocation`` per batch in allocation order (a list of ``OrderAllocation``)."""

    orderid: str


@dataclass(frozen=True)
class History(Query):
    """The newest ``limit`` log entries, newest first, of one SKU and/or order when given
    (a list of ``LoggedEvent``)."""

    sku: str = ""
    orderid: str = ""
    limit: int = 1000


@dataclass(frozen=True)
class LowStockThreshold(Query):
    """The low-stock threshold of one SKU (an ``int``; 0: no warning, or no such SKU)."""

    sku: str


@dataclass(frozen=True)
class WaitingLines(Query):
    """The order lines waiting for stock, oldest first, of one SKU and/or order when given
    (a list of ``WaitingLine``)."""

    sku: str = ""
    orderid: str = ""


ALERT_TYPES = ("OutOfStock", "LowStock", "WaitingLineAllocated", "ShortageReported")


@dataclass(frozen=True)
class Alerts(Query):
    """The log entries that raise an alert (``ALERT_TYPES``), oldest first, with an id
    above ``after`` (``None``: none, only the log's highest id), at most the newest
    ``limit`` (an ``AlertEntries``)."""

    after: int | None
    limit: int = 1000


@dataclass(frozen=True)
class ExistingReferences(Query):
    """Which of ``references`` already name a stored batch, of any SKU (a ``set`` of
    them): the import preview lists those lines among the file's problems."""

    references: tuple[str, ...]


@dataclass(frozen=True)
class People(Query):
    """Everyone who signs in (or did: the disabled too), by login (a list of ``Person``);
    an empty list: sign-in is off."""
