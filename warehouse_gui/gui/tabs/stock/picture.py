"""What the stock picture shows of one SKU: a bar per batch, in allocation order, and
the SKU's totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from warehouse_gui.domain.model import preference_key
from warehouse_gui.gui.tabs.batches.entries import BatchEntry


@dataclass(frozen=True)
class BatchBar:
    """One batch as the chart draws it."""

    reference: str
    eta: date | None
    purchased: int
    allocated: int
    location: str | None = None  # the bin it stands in, if known

    @property
    def available(self) -> int:
        """Purchased minus allocated."""
        return self.purchased - self.allocated

    @property
    def arrival(self) -> str:
        """When the batch is (or was) in the warehouse, in words; a batch corrected to 0
        was cancelled."""
        if self.purchased == 0:
            return "cancelled"
        where = f" at {self.location}" if self.location else ""
        return f"in stock{where}" if self.eta is None else f"arrives {self.eta.isoformat()}{where}"


@dataclass(frozen=True)
class StockPicture:
    """A SKU's batches in the order the domain allocates from them, with its totals."""

    sku: str
    bars: tuple[BatchBar, ...]
    threshold: int = 0  # the low-stock warning's threshold; 0: none
    waiting_lines: int = 0  # order lines of the SKU waiting for stock
    waiting_units: int = 0  # and their units

    @classmethod
    def of(
        cls,
        sku: str,
        batches: Iterable[BatchEntry],
        threshold: int = 0,
        waiting: tuple[int, int] = (0, 0),
    ) -> StockPicture:
        """The picture of ``batches`` (all of ``sku``) in allocation order; ``waiting``
        counts the SKU's lines waiting for stock and their units."""
        bars = sorted(
            (BatchBar(b.reference, b.eta, b.purchased, b.allocated, b.location) for b in batches),
            key=lambda bar: preference_key(bar.eta, bar.reference),
        )
        return cls(sku, tuple(bars), threshold, *waiting)

    @property
    def purchased(self) -> int:
        """Units bought, in the warehouse or on their way."""
        return sum(bar.purchased for bar in self.bars)

    @property
    def allocated(self) -> int:
        """Units promised to order lines."""
        return sum(bar.allocated for bar in self.bars)

    @property
    def available(self) -> int:
        """Units not yet promised."""
        return sum(bar.available for bar in self.bars)

    @property
    def available_in_stock(self) -> int:
        """Units not yet promised that are already in the warehouse."""
        return sum(bar.available for bar in self.bars if bar.eta is None)

    def summary(self) -> str:
        """The totals in one sentence, the lines waiting for stock when some do, and the
        low-stock threshold when there is one."""
        count = len(self.bars)
        if not count:
            return f"{self.sku}: no batches"
        return self._totals() + self._waiting()

    def _waiting(self) -> str:
        if not self.waiting_lines:
            return ""
        lines = self.waiting_lines
        return (
            f"; {lines:,} line{'s' if lines != 1 else ''} ({self.waiting_units:,} units) "
            "waiting for stock"
        )

    def _totals(self) -> str:
        count = len(self.bars)
        arriving = self.available - self.available_in_stock
        totals = (
            f"{self.sku}: {count:,} batch{'es' if count != 1 else ''} — "
            f"{self.purchased:,} purchased, {self.allocated:,} allocated, "
            f"{self.available:,} available ({self.available_in_stock:,} in stock, "
            f"{arriving:,} arriving)"
        )
        if not self.threshold:
            return totals
        below = " — below it now" if self.available < self.threshold else ""
        return f"{totals}; warns when fewer than {self.threshold:,} are available{below}"
