"""The batch table's model: filters and sorts its own rows and applies domain events one row
at a time (a proxy model calls Python ``data()`` for every row, far too slow at 100k rows)."""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Iterable
from datetime import date
from itertools import compress, islice, repeat
from operator import attrgetter, contains
from typing import TYPE_CHECKING, Any

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

from warehouse_gui.gui.tabs.batches.entries import (
    ALLOCATED,
    CHANGING_COLUMNS,
    COLUMNS,
    ETA,
    HAYSTACK,
    LOCATION,
    NUMERIC_COLUMNS,
    PURCHASED,
    RANK_ATTRIBUTES,
    REFERENCE,
    REFERENCE_KEY,
    SKU,
    SKU_KEY,
    SORT_KEYS,
    BatchEntry,
    SortKey,
)
from warehouse_gui.translation import day, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.read_model import BatchRow

logger = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

# data() runs for every role of every painted cell: compare plain ints there.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
EDIT_ROLE = int(Qt.ItemDataRole.EditRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
FONT_ROLE = int(Qt.ItemDataRole.FontRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)


class BatchTableModel(QAbstractTableModel):
    """Every batch, filtered by a text and sorted by one column.

    ``_ordered`` holds every batch in ascending order of the sort column's key (unique,
    because the reference breaks ties) and ``_visible`` the ones the filter lets through,
    in the same order (the same list when there is no filter); a row is found and placed
    by bisection, and a descending view reads the lists backwards. The reference and SKU
    orders are kept at all times, so sorting by them costs nothing and every other
    column is sorted by one int, stably, from the reference order.

    The Purchased cell is editable, but an edit changes nothing here: it is announced by
    ``purchased_edit_requested`` and the row changes when ``BatchQuantityChanged`` arrives.
    """

    purchased_edit_requested = Signal(str, str)  # batch reference, the text typed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: dict[str, BatchEntry] = {}
        self._by_reference: list[BatchEntry] = []
        self._by_sku: list[BatchEntry] = []
        self._ordered: list[BatchEntry] = self._by_sku
        self._visible: list[BatchEntry] = self._ordered
        self._filter_terms: list[str] = []
        self._sort_column = SKU
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._descending = False
        self.editable = True  # whether Purchased may be edited (the person may correct it)

    # Qt's model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Visible batches (none under a parent: this is a flat table)."""
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The seven columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        """Text, alignment and the look of an exhausted or cancelled batch's cell."""
        if not index.isValid():
            return None
        row = index.row()
        entry = self._visible[-1 - row if self._descending else row]
        if role == DISPLAY_ROLE:
            return _display(entry, index.column())
        if role == ALIGNMENT_ROLE:
            return ALIGNMENTS[index.column()]
        if role == EDIT_ROLE and index.column() == PURCHASED:
            return str(entry.purchased)
        if entry.available <= 0:
            if role == FONT_ROLE:
                font = QFont()
                font.setItalic(True)
                # A cancelled batch's reference is struck through.
                font.setStrikeOut(entry.purchased == 0 and index.column() == REFERENCE)
                return font
            if role == FOREGROUND_ROLE:
                palette = QApplication.palette()
                return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            if role == TOOLTIP_ROLE:
                if entry.purchased == 0:
                    return translate(
                        "BatchTableModel",
                        "Batch {reference} is cancelled: its purchased quantity is 0 "
                        "(F2 corrects it, if it comes after all)",
                    ).format(reference=entry.reference)
                return translate(
                    "BatchTableModel", "Batch {reference} is exhausted: every unit is allocated"
                ).format(reference=entry.reference)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Every cell can be selected; Purchased can also be edited, by those who may."""
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() == PURCHASED:
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
        """Column titles, in the desk's language."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("BatchTableModel", COLUMNS[section])  # marked in entries.COLUMNS
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
        if column != self._sort_column:
            self._sort_column = column
            self._ordered = self._order_of(column)
            self._visible = self._filtered(self._ordered, self._filter_terms)
        self._sort_order = order
        self._descending = order == Qt.SortOrder.DescendingOrder
        moved = [self.index(self._row_of(self._entries[ref]), col) for ref, col in remembered]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # Reading

    def entry(self, row: int) -> BatchEntry:
        """The batch shown at ``row``."""
        return self._visible[-1 - row if self._descending else row]

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

    def batch(self, reference: str) -> BatchEntry | None:
        """The batch ``reference``, shown or filtered out, if the table knows it."""
        return self._entries.get(reference)

    def batches_of_sku(self, sku: str, ignore_case: bool = False) -> list[BatchEntry]:
        """Every batch of ``sku`` (or of any SKU that differs from it only in case),
        shown or filtered out, found by bisection in the SKU order the model always keeps:
        it costs the SKU's batches, not the table's."""
        prefix = f"{sku.casefold()}\0"
        start = bisect.bisect_left(self._by_sku, prefix, key=SKU_KEY)
        found: list[BatchEntry] = []
        for entry in islice(self._by_sku, start, None):
            if not entry.sku_key.startswith(prefix):
                break
            if ignore_case or entry.sku == sku:
                found.append(entry)
        return found

    def purchased_of(self, reference: str) -> int | None:
        """The purchased quantity of batch ``reference``, if the table knows it."""
        entry = self._entries.get(reference)
        return entry.purchased if entry else None

    @property
    def batch_count(self) -> int:
        """Every batch known, shown or filtered out."""
        return len(self._entries)

    # Changing

    def load(self, rows: Iterable[BatchRow]) -> None:
        """Replace everything with ``rows`` (the start-up read)."""
        self.beginResetModel()
        self._entries = {
            row.reference: BatchEntry(
                row.reference, row.sku, row.eta, row.purchased, row.allocated, row.location
            )
            for row in rows
        }
        entries = list(self._entries.values())
        self._by_reference = sorted(entries, key=REFERENCE_KEY)
        self._by_sku = sorted(entries, key=SKU_KEY)
        self._ordered = self._order_of(self._sort_column)
        self._visible = self._filtered(self._ordered, self._filter_terms)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only batches whose reference or SKU contains every word of ``text``."""
        terms = text.casefold().split()
        if terms == self._filter_terms:
            return
        # Typing on narrows the filter: what the new terms let through is among the rows
        # already shown, so only those need looking at.
        old = self._filter_terms
        narrower = bool(old) and all(any(term in new for new in terms) for term in old)
        self.beginResetModel()
        self._filter_terms = terms
        self._visible = self._filtered(self._visible if narrower else self._ordered, terms)
        self.endResetModel()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Bring the affected row up to date with one domain event."""
        from warehouse_gui.domain import events

        if isinstance(event, events.BatchCreated):
            eta = date.fromisoformat(event.eta) if event.eta else None
            self._add(BatchEntry(event.ref, event.sku, eta, event.qty, 0, event.location))
        elif isinstance(event, events.Allocated):
            self._change(event.batchref, lambda entry: entry.add_allocated(event.qty))
        elif isinstance(event, events.Deallocated):
            self._change(event.batchref, lambda entry: entry.add_allocated(-event.qty))
        elif isinstance(event, events.BatchQuantityChanged):
            self._change(event.ref, lambda entry: entry.set_purchased(event.qty))
        elif isinstance(event, events.BatchMoved):
            self._change(event.ref, lambda entry: entry.set_location(event.location))

    # Internals

    def _order_of(self, column: int) -> list[BatchEntry]:
        """Every batch in ascending order of ``column``; the reference and SKU orders are
        the kept lists themselves."""
        if column == REFERENCE:
            return self._by_reference
        if column == SKU:
            return self._by_sku
        return sorted(self._by_reference, key=attrgetter(RANK_ATTRIBUTES[column]))

    def _filtered(self, entries: list[BatchEntry], terms: list[str]) -> list[BatchEntry]:
        if not terms:
            return self._ordered
        for term in terms:
            entries = list(compress(entries, map(contains, map(HAYSTACK, entries), repeat(term))))
        return entries

    def _add(self, entry: BatchEntry) -> None:
        if entry.reference in self._entries:
            logger.debug("Batch %s is already in the table", entry.reference)
            return
        key = self._key
        kept: list[tuple[list[BatchEntry], Callable[[BatchEntry], SortKey]]] = [
            (self._by_reference, REFERENCE_KEY),
            (self._by_sku, SKU_KEY),
        ]
        if self._ordered is not self._by_reference and self._ordered is not self._by_sku:
            kept.append((self._ordered, key))
        if not self._matches(entry):
            self._entries[entry.reference] = entry
            for entries, entry_key in kept:
                bisect.insort_left(entries, entry, key=entry_key)
            return
        position = bisect.bisect_left(self._visible, key(entry), key=key)
        row = self._row_for_position(position, len(self._visible) + 1)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries[entry.reference] = entry
        for entries, entry_key in kept:
            bisect.insort_left(entries, entry, key=entry_key)
        if self._visible is not self._ordered:
            self._visible.insert(position, entry)
        self.endInsertRows()

    def _change(self, reference: str, mutate: Callable[[BatchEntry], None]) -> None:
        entry = self._entries.get(reference)
        if entry is None:
            logger.warning("An event names batch %s, which the table does not know", reference)
            return
        shown = self._matches(entry)
        if self._sort_column not in CHANGING_COLUMNS:
            # What changed is not part of the order: the row stays where it is.
            mutate(entry)
            if shown:
                row = self._row_of(entry)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        hidden = self._ordered if self._visible is not self._ordered else None
        hidden_position = self._position_in(hidden, entry) if hidden is not None else 0
        if not shown:
            mutate(entry)
            if hidden is not None:
                self._reposition(hidden, hidden_position, entry)
            return
        old_position = self._position_in(self._visible, entry)
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
            if hidden is not None:
                self._reposition(hidden, hidden_position, entry)
            self.endMoveRows()
        elif hidden is not None:
            self._reposition(hidden, hidden_position, entry)
        first, last = self.index(new_row, 0), self.index(new_row, len(COLUMNS) - 1)
        self.dataChanged.emit(first, last)

    def _reposition(self, entries: list[BatchEntry], old_position: int, entry: BatchEntry) -> None:
        del entries[old_position]
        bisect.insort_left(entries, entry, key=self._key)

    def _matches(self, entry: BatchEntry) -> bool:
        haystack = entry.haystack
        return all(term in haystack for term in self._filter_terms)

    def _key(self, entry: BatchEntry) -> SortKey:
        return SORT_KEYS[self._sort_column](entry)

    def _position_in(self, entries: list[BatchEntry], entry: BatchEntry) -> int:
        return bisect.bisect_left(entries, self._key(entry), key=self._key)

    def _row_of(self, entry: BatchEntry) -> int:
        return self._row_for_position(self._position_in(self._visible, entry), len(self._visible))

    def _row_for_position(self, position: int, length: int) -> int:
        return length - 1 - position if self._descending else position


def _alignment(column: int) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if column in NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


def _display(entry: BatchEntry, column: int) -> str:
    """The cell's text in the desk's language; the model sorts by the entry's values
    (``entries.SORT_KEYS``), never by this text."""
    if column == REFERENCE:
        return entry.reference
    if column == SKU:
        return entry.sku
    if column == ETA:
        return day(entry.eta) if entry.eta else translate("BatchTableModel", "in stock")
    if column == PURCHASED:
        return number(entry.purchased)
    if column == ALLOCATED:
        return number(entry.allocated)
    if column == LOCATION:
        return entry.location or ""
    if entry.purchased == 0:
        return translate("BatchTableModel", "{available} (cancelled)").format(
            available=number(entry.available)
        )
    if entry.available <= 0:
        return translate("BatchTableModel", "{available} (exhausted)").format(
            available=number(entry.available)
        )
    return number(entry.available)


ALIGNMENTS = tuple(_alignment(column) for column in range(len(COLUMNS)))
