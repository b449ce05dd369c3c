"""A pick list: an order's lines in walking order, with what the picker must know.

Walking order is the order of the bins (natural: ``A-2`` before ``A-10``), lines without a
location after them, and lines whose batch is not in yet last.

A line split across batches is picked from each of them: every part is a row of its own
(its batch, its quantity), and its note says which part of how much it is. Lines waiting
for stock are not picked: they are listed after the rest, so that nobody ships the order
thinking it complete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from warehouse_gui.domain.locations import walking_key
from warehouse_gui.translation import day, number, translate

if TYPE_CHECKING:
    from warehouse_gui.read_model import OrderAllocation, WaitingLine


@dataclass(frozen=True)
class PickLine:
    """One line to pick: which batch to take how much of which SKU from."""

    batchref: str
    sku: str
    qty: int
    eta: date | None  # None: the batch is in the warehouse
    part: int = 1  # of a line split across batches: which part, of how many,
    parts: int = 1
    line_qty: int = 0  # and the line's quantity in all
    location: str | None = None  # the bin its batch stands in
    picked: bool = False  # taken already, checked by scan

    @property
    def note(self) -> str:
        """What the picker must know beyond where and how much."""
        notes = [translate("PickList", "picked")] if self.picked else []
        if self.eta is not None:
            notes.append(
                translate("PickList", "not in yet — arrives {day}").format(day=day(self.eta))
            )
        if self.parts > 1:
            notes.append(
                translate("PickList", "part {part} of {parts}: {qty} in all").format(
                    part=number(self.part), parts=number(self.parts), qty=number(self.line_qty)
                )
            )
        return "; ".join(notes)


@dataclass(frozen=True)
class WaitingPick:
    """A line of the order that waits for stock: not to pick."""

    sku: str
    qty: int
    since: datetime

    @property
    def note(self) -> str:
        """Since when it waits, in local time (under the heading that says it waits)."""
        since = self.since.astimezone()
        return translate("PickList", "since {day} {time}").format(
            day=day(since.date()), time=f"{since:%H:%M}"
        )


@dataclass(frozen=True)
class PickList:
    """An order's lines in walking order: by location, then batch; lines without a
    location after those with one, lines whose batch is not in yet last."""

    orderid: str
    printed_at: datetime
    station: str
    operator: str
    lines: tuple[PickLine, ...]
    waiting: tuple[WaitingPick, ...] = ()

    @classmethod
    def of(
        cls,
        orderid: str,
        allocations: Iterable[OrderAllocation],
        eta_of: Callable[[str], date | None],
        station: str,
        operator: str,
        printed_at: datetime,
        waiting: Iterable[WaitingLine] = (),
    ) -> PickList:
        """The pick list of ``orderid``; ``eta_of`` tells a batch's ETA by its reference.
        ``allocations`` has a row per part of a split line, in allocation order."""
        parts: dict[str, list[OrderAllocation]] = {}
        for part in allocations:
            parts.setdefault(part.sku, []).append(part)
        lines = [
            PickLine(
                a.batchref,
                a.sku,
                a.qty,
                eta_of(a.batchref),
                n,
                len(of_sku),
                total,
                location=a.location,
                picked=a.picked,
            )
            for of_sku in parts.values()
            for total in [sum(p.qty for p in of_sku)]
            for n, a in enumerate(of_sku, 1)
        ]
        lines.sort(
            key=lambda line: (
                line.eta is not None,
                walking_key(line.location),
                line.batchref,
                line.sku,
            )
        )
        waits = tuple(
            WaitingPick(w.sku, w.qty, w.since) for w in sorted(waiting, key=lambda w: w.sku)
        )
        return cls(orderid, printed_at, station, operator, tuple(lines), waits)

    @property
    def title(self) -> str:
        """The page's title, its footer's and the print job's: "Pick list — order-1008"
        (the id as it is: staff give their orders ids that begin with "order")."""
        return translate("PickList", "Pick list — {order}").format(order=self.orderid)

    @property
    def picked(self) -> int:
        """Lines (parts of lines) picked already."""
        return sum(line.picked for line in self.lines)

    @property
    def units(self) -> int:
        """Units to pick in all."""
        return sum(line.qty for line in self.lines)

    @property
    def file_name(self) -> str:
        """``pick-list-<order>.pdf``, with anything a file name should not hold replaced."""
        safe = re.sub(r"[^A-Za-z0-9._-]+", "-", self.orderid).strip(".-") or "order"
        return f"pick-list-{safe}.pdf"
