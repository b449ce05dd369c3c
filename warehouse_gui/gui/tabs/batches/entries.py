"""One batch as the batch table holds it, and the keys that filter and sort it.

Plain Python: what filtering and sorting compare is worked out once per batch, as plain
strings or ints, which Python compares in C.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from warehouse_gui.domain.locations import walking_key
from warehouse_gui.translation import QT_TRANSLATE_NOOP

# The column titles, translated where the header shows them (BatchTableModel.headerData).
COLUMNS = (
    QT_TRANSLATE_NOOP("BatchTableModel", "Reference"),
    QT_TRANSLATE_NOOP("BatchTableModel", "SKU"),
    QT_TRANSLATE_NOOP("BatchTableModel", "ETA"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Purchased"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Allocated"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Available"),
    QT_TRANSLATE_NOOP("BatchTableModel", "Location"),
)
REFERENCE, SKU, ETA, PURCHASED, ALLOCATED, AVAILABLE, LOCATION = range(len(COLUMNS))
NUMERIC_COLUMNS = frozenset({PURCHASED, ALLOCATED, AVAILABLE})

SortKey = Any  # a str, or a tuple (int, str)


class BatchEntry:
    """One batch as the table holds it; its quantities change in place as events arrive.

    What filtering and sorting compare is computed once, when the entry is made: the
    casefolded text the filter searches, and sort keys that are plain strings or ints,
    which Python compares far faster than tuples.
    """

    __slots__ = (
        "allocated",
        "available",
        "eta",
        "eta_rank",
        "haystack",
        "location",
        "location_rank",
        "purchased",
        "reference",
        "reference_key",
        "sku",
        "sku_key",
    )

    def __init__(
        self,
        reference: str,
        sku: str,
        eta: date | None,
        purchased: int,
        allocated: int,
        location: str | None = None,
    ) -> None:
        self.reference = reference
        self.sku = sku
        self.eta = eta
        self.purchased = purchased
        self.allocated = allocated
        self.available = purchased - allocated
        self.location = location
        self.location_rank = walking_key(location)
        folded_reference = reference.casefold()
        folded_sku = sku.casefold()
        self.haystack = f"{folded_reference}\n{folded_sku}"
        # "\0" sorts before every character a validated reference or SKU may hold, so
        # these strings order exactly as the tuples (casefolded text, tie-breakers) would.
        self.reference_key = reference_key = f"{folded_reference}\0{reference}"
        rank, text = _ETA_FORMS.get(eta) or _eta_forms(eta)
        self.eta_rank = rank
        self.sku_key = f"{folded_sku}\0{text}\0{reference_key}"

    def __repr__(self) -> str:
        return (
            f"BatchEntry({self.reference!r}, {self.sku!r}, {self.eta!r}, "
            f"purchased={self.purchased}, allocated={self.allocated}, location={self.location!r})"
        )

    @property
    def cancelled(self) -> bool:
        """Whether the batch was cancelled: its purchased quantity corrected to 0."""
        return self.purchased == 0

    @property
    def exhausted(self) -> bool:
        """Whether nothing is left to allocate."""
        return self.available <= 0

    def add_allocated(self, qty: int) -> None:
        """Promise (or, negative, release) ``qty`` units."""
        self.allocated += qty
        self.available = self.purchased - self.allocated

    def set_purchased(self, qty: int) -> None:
        """Correct the units bought."""
        self.purchased = qty
        self.available = self.purchased - self.allocated

    def set_location(self, location: str | None) -> None:
        """The batch was moved to the bin ``location``."""
        self.location = location
        self.location_rank = walking_key(location)


_ETA_FORMS: dict[date | None, tuple[int, str]] = {None: (0, "")}


def _eta_forms(eta: date | None) -> tuple[int, str]:
    """The ETA as a rank (in stock first, then by date) and as sortable text; there are
    few distinct ETAs, so each is worked out once."""
    assert eta is not None
    forms = _ETA_FORMS[eta] = (eta.toordinal(), eta.isoformat())
    return forms


REFERENCE_KEY = attrgetter("reference_key")
SKU_KEY = attrgetter("sku_key")
HAYSTACK = attrgetter("haystack")

# The key that orders each column, ties broken by reference (as the Reference column
# orders it). Bisection uses these; whole sorts take faster routes to the same order.
SORT_KEYS: dict[int, Callable[[BatchEntry], SortKey]] = {
    REFERENCE: REFERENCE_KEY,
    SKU: SKU_KEY,
    ETA: lambda e: (e.eta_rank, e.reference_key),
    PURCHASED: lambda e: (e.purchased, e.reference_key),
    ALLOCATED: lambda e: (e.allocated, e.reference_key),
    AVAILABLE: lambda e: (e.available, e.reference_key),
    LOCATION: lambda e: (e.location_rank, e.reference_key),  # walking order, none last
}
# Columns sorted by one int, stably, starting from the reference order.
RANK_ATTRIBUTES = {
    ETA: "eta_rank",
    PURCHASED: "purchased",
    ALLOCATED: "allocated",
    AVAILABLE: "available",
    LOCATION: "location_rank",
}
QUANTITY_COLUMNS = frozenset({PURCHASED, ALLOCATED, AVAILABLE})
# Columns whose values change as events arrive: a row sorted by one of them may move.
CHANGING_COLUMNS = QUANTITY_COLUMNS | {LOCATION}
