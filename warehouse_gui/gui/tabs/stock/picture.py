"""What the stock picture shows of one SKU: a bar per batch, in allocation order, and
the SKU's totals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from warehouse_gui.domain.model import preference_key
from warehouse_gui.gui.tabs.batches.entries import BatchEntry
from warehouse_gui.translation import day, number, translate


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
            return translate("BatchBar", "cancelled")
        if self.eta is None:
            if self.location:
                return translate("BatchBar", "in stock at {location}").format(
                    location=self.location
                )
            return translate("BatchBar", "in stock")
        if self.location:
            return translate("BatchBar", "arrives {day} at {location}").format(
                day=day(self.eta), location=self.location
            )
        return translate("BatchBar", "arrives {day}").format(day=day(self.eta))


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
        if not self.bars:
            return translate("StockPicture", "{sku}: no batches").format(sku=self.sku)
        summary = self._totals()
        # Each clause is translated whole; the translation also says how they are joined.
        for clause in (self._waiting(), self._warning()):
            if clause:
                summary = translate("StockPicture", "{summary}; {clause}").format(
                    summary=summary, clause=clause
                )
        return summary

    def _waiting(self) -> str:
        lines = self.waiting_lines
        if not lines:
            return ""
        return translate(
            "StockPicture", "%Ln line(s) ({units} units) waiting for stock", None, lines
        ).format(units=number(self.waiting_units))

    def _totals(self) -> str:
        arriving = self.available - self.available_in_stock
        batches = len(self.bars)
        return translate(
            "StockPicture",
            "{sku}: %Ln batch(es) — {purchased} purchased, {allocated} allocated, "
            "{available} available ({in_stock} in stock, {arriving} arriving)",
            None,
            batches,
        ).format(
            sku=self.sku,
            purchased=number(self.purchased),
            allocated=number(self.allocated),
            available=number(self.available),
            in_stock=number(self.available_in_stock),
            arriving=number(arriving),
        )

    def _warning(self) -> str:
        threshold = self.threshold
        if not threshold:
            return ""
        if self.available < threshold:
            return translate(
                "StockPicture",
                "warns when fewer than %Ln are available — below it now",
                None,
                threshold,
            )
        return translate("StockPicture", "warns when fewer than %Ln are available", None, threshold)
