"""A pick list: an order's lines in walking order, with what the picker must know."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse_gui.read_model import OrderAllocation


@dataclass(frozen=True)
class PickLine:
    """One line to pick: which batch to take how much of which SKU from."""

    batchref: str
    sku: str
    qty: int
    eta: date | None  # None: the batch is in the warehouse

    @property
    def note(self) -> str:
        """What the picker must know beyond where and how much."""
        return "" if self.eta is None else f"not in yet — arrives {self.eta.isoformat()}"


@dataclass(frozen=True)
class PickList:
    """An order's lines in walking order (batches in the warehouse first, by reference)."""

    orderid: str
    printed_at: datetime
    station: str
    operator: str
    lines: tuple[PickLine, ...]

    @classmethod
    def of(
        cls,
        orderid: str,
        allocations: Iterable[OrderAllocation],
        eta_of: Callable[[str], date | None],
        station: str,
        operator: str,
        printed_at: datetime,
    ) -> PickList:
        """The pick list of ``orderid``; ``eta_of`` tells a batch's ETA by its reference."""
        lines = sorted(
            (PickLine(a.batchref, a.sku, a.qty, eta_of(a.batchref)) for a in allocations),
            key=lambda line: (line.eta is not None, line.batchref, line.sku),
        )
        return cls(orderid, printed_at, station, operator, tuple(lines))

    @property
    def units(self) -> int:
        """Units to pick in all."""
        return sum(line.qty for line in self.lines)

    @property
    def file_name(self) -> str:
        """``pick-list-<order>.pdf``, with anything a file name should not hold replaced."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.orderid).strip(".-") or "order"
        return f"pick-list-{safe}.pdf"
