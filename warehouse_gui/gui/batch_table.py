"""The batch table's model: filters and sorts its own rows and applies domain events one row
at a time (a proxy model calls Python ``data()`` for every row, far too slow at 100k rows)."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from warehouse_gui.domain import events
from warehouse_gui.views import BatchRow

logger = logging.getLogger(__name__)

COLUMNS = ("Reference", "SKU", "ETA", "Purchased", "Allocated", "Available")
REFERENCE, SKU, ETA, PURCHASED, ALLOCATED, AVAILABLE = range(len(COLUMNS))
NUMERIC_COLUMNS = frozenset({PURCHASED, ALLOCATED, AVAILABLE})

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[Any, ...]


@dataclass(slots=True)
class BatchEntry:
    """One batch as the table holds it; mutated in place as events arrive."""

    reference: str
    sku: str
    eta: date | None
    purchased: int
    allocated: int

    @property
    def available(self) -> int:
        """Purchased minus allocated."""
        return self.purchased - self.allocated

    @property
    def exhausted(self) -> bool:
        """Whether nothing is left to allocate."""
        return self.available <= 0


SORT_KEYS: dict[int, Callable[[BatchEntry], SortKey]] = {
    REFERENCE: lambda e: (e.reference.casefold(), e.reference),
    SKU: lambda e: (e.sku.casefold(), e.eta is not None, e.eta or date.min, e.reference),
    ETA: lambda e: (e.eta is not None, e.eta or date.min, e.reference),
    PURCHASED: lambda e: (e.purchased, e.reference),
    ALLOCATED: lambda e: (e.allocated, e.reference),
    AVAILABLE: lambda e: (e.available, e.reference),
}


class BatchTableModel(QAbstractTableModel):
    """Every batch, filtered by a text and sorted by one column.

    ``_visible`` is always kept in ascending order of the sort key (unique, because the
    reference breaks ties), so a row is found and placed by bisection; a descending view
    reads the list backwards.

    The Purchased cell is editable, but an edit changes nothing here: it is announced by
    ``purchased_edit_requested`` and the row changes when ``BatchQuantityChanged`` arrives.
    """

    purchased_edit_requested = Signal(str, str)  # batch reference, the text typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, BatchEntry] = {}
        self._visible: list[BatchEntry] = []
        self._filter_terms: list[str] = []
        self._sort_column = SKU
        self._sort_order = Qt.SortOrder.AscendingOrder

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Visible batches (none under a parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The six columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment and the exhausted look of one cell."""
        if not index.isValid():
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(entry, column)
        if role == Qt.ItemDataRole.EditRole and column == PURCHASED:
            return str(entry.purchased)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if entry.exhausted:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                palette = QApplication.palette()
                return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Batch {entry.reference} is exhausted: every unit is allocated"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell can be selected; Purchased can also be edited."""
        flags = super().flags(index)
        if index.isValid() and index.column() == PURCHASED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the batch's purchased quantity to become ``value``."""
        if not index.isValid() or index.column() != PURCHASED or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.entry(index.row())
        text = str(value).strip()
        if text != str(entry.purchased):
            self.purchased_edit_requested.emit(entry.reference, text)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(section)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-order the visible rows, keeping selections on the same batches."""
        if column not in SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        remembered = [(self.entry(index.row()).reference, index.column()) for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._visible.sort(key=SORT_KEYS[column])
        moved = [self.index(self._row_of(self._entries[ref]), col) for ref, col in remembered]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # Reading

    def entry(self, row: int) -> BatchEntry:
        """The batch shown at ``row``."""
        return self._visible[self._list_index(row)]

    def row_of(self, reference: str) -> int | None:
        """The row showing the batch ``reference``, or ``None`` when filtered out or unknown."""
        entry = self._entries.get(reference)
        if entry is None or not self._matches(entry):
            return None
        return self._row_of(entry)

    def sku_of(self, reference: str) -> str | None:
        """The SKU of batch ``reference``, if the table knows it."""
        entry = self._entries.get(reference)
        return entry.sku if entry else None

    def skus(self) -> list[str]:
        """Every SKU with a batch, sorted."""
        return sorted({entry.sku for entry in self._entries.values()})

    @property
    def batch_count(self) -> int:
        """Every batch known, shown or filtered out."""
        return len(self._entries)

    # Changing

    def load(self, rows: Iterable[BatchRow]) -> None:
        """Replace everything with ``rows`` (the start-up read)."""
        self.beginResetModel()
        self._entries = {
            row.reference: BatchEntry(row.reference, row.sku, row.eta, row.purchased, row.allocated)
            for row in rows
        }
        self._rebuild_visible()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only batches whose reference or SKU contains every word of ``text``."""
        terms = text.casefold().split()
        if terms == self._filter_terms:
            return
        self.beginResetModel()
        self._filter_terms = terms
        self._rebuild_visible()
        self.endResetModel()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Bring the affected row up to date with one domain event."""
        if isinstance(event, events.BatchCreated):
            eta = date.fromisoformat(event.eta) if event.eta else None
            self._add(BatchEntry(event.ref, event.sku, eta, event.qty, 0))
        elif isinstance(event, events.Allocated):
            self._change(event.batchref, lambda entry: _add_allocated(entry, event.qty))
        elif isinstance(event, events.Deallocated):
            self._change(event.batchref, lambda entry: _add_allocated(entry, -event.qty))
        elif isinstance(event, events.BatchQuantityChanged):
            self._change(event.ref, lambda entry: _set_purchased(entry, event.qty))

    # Internals

    def _add(self, entry: BatchEntry) -> None:
        if entry.reference in self._entries:
            logger.debug("Batch %s is already in the table", entry.reference)
            return
        self._entries[entry.reference] = entry
        if not self._matches(entry):
            return
        position = bisect.bisect_left(self._visible, self._key(entry), key=self._key)
        row = self._row_for_position(position, len(self._visible) + 1)
        self.beginInsertRows(QModelIndex(), row, row)
        self._visible.insert(position, entry)
        self.endInsertRows()

    def _change(self, reference: str, mutate: Callable[[BatchEntry], None]) -> None:
        entry = self._entries.get(reference)
        if entry is None:
            logger.warning("An event names batch %s, which the table does not know", reference)
            return
        if not self._matches(entry):
            mutate(entry)
            return
        old_position = self._position_of(entry)
        old_row = self._row_for_position(old_position, len(self._visible))
        del self._visible[old_position]
        mutate(entry)
        new_position = bisect.bisect_left(self._visible, self._key(entry), key=self._key)
        self._visible.insert(old_position, entry)
        new_row = self._row_for_position(new_position, len(self._visible))
        if new_row != old_row:
            # Qt wants the destination in the numbering from before the move.
            destination = new_row if new_row < old_row else new_row + 1
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            self._visible.insert(new_position, self._visible.pop(old_position))
            self.endMoveRows()
        first, last = self.index(new_row, 0), self.index(new_row, len(COLUMNS) - 1)
        self.dataChanged.emit(first, last)

    def _matches(self, entry: BatchEntry) -> bool:
        haystack = f"{entry.reference}\n{entry.sku}".casefold()
        return all(term in haystack for term in self._filter_terms)

    def _rebuild_visible(self) -> None:
        self._visible = sorted(filter(self._matches, self._entries.values()), key=self._key)

    def _key(self, entry: BatchEntry) -> SortKey:
        return SORT_KEYS[self._sort_column](entry)

    def _position_of(self, entry: BatchEntry) -> int:
        return bisect.bisect_left(self._visible, self._key(entry), key=self._key)

    def _row_of(self, entry: BatchEntry) -> int:
        return self._row_for_position(self._position_of(entry), len(self._visible))

    def _row_for_position(self, position: int, length: int) -> int:
        if self._sort_order == Qt.SortOrder.AscendingOrder:
            return position
        return length - 1 - position

    def _list_index(self, row: int) -> int:
        return self._row_for_position(row, len(self._visible))


def _alignment(column: int) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def _add_allocated(entry: BatchEntry, qty: int) -> None:
    entry.allocated += qty


def _set_purchased(entry: BatchEntry, qty: int) -> None:
    entry.purchased = qty


def _display(entry: BatchEntry, column: int) -> str:
    if column == REFERENCE:
        return entry.reference
    if column == SKU:
        return entry.sku
    if column == ETA:
        return entry.eta.isoformat() if entry.eta else "in stock"
    if column == PURCHASED:
        return f"{entry.purchased:,}"
    if column == ALLOCATED:
        return f"{entry.allocated:,}"
    return f"{entry.available:,}" + (" (exhausted)" if entry.exhausted else "")
