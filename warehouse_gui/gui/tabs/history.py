"""The History tab: the event log, newest first, filtered by SKU and order, kept live by
the same event signals that update the batch table.

The model reads the log itself, asking the read side with its filters, and applies every
event of this workstation and every entry of another one as it arrives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui import messages
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Refused
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.gui.table_rows import column_title, one_line_rows
from warehouse_gui.queries import History

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.read_model import LoggedEvent

COLUMNS = ("Time", "Event", "SKU", "Order", "Details", "By")
TIME, EVENT, SKU, ORDER, DETAILS, BY = range(len(COLUMNS))
MAX_ROWS = 5000
EVENT_NAMES = {
    "BatchCreated": "Batch created",
    "Allocated": "Allocated",
    "Deallocated": "Deallocated",
    "BatchQuantityChanged": "Quantity changed",
    "OutOfStock": "Out of stock",
    "WaitingLineAllocated": "Wait ended",
    "WaitingLineWithdrawn": "Withdrawn",
    "LowStockThresholdSet": "Threshold set",
    "LowStock": "Low stock",
    "BatchesImported": "Imported",
    "PersonAdded": "Person added",
    "PersonRoleChanged": "Role changed",
    "PersonDisabled": "Person disabled",
    "BatchMoved": "Moved",
    "Picked": "Picked",
    "PickReturned": "Put back",
    "ShortageReported": "Shortage",
}
# Live, the batches an import created are shown one by one; the line that sums the import
# up is shown once the log is read again.
NOT_ADDED_LIVE = frozenset({"BatchesImported"})

Index = QModelIndex | QPersistentModelIndex


class HistoryEntry(NamedTuple):
    """One line of history: what happened, to which SKU and order, who did it and when."""

    time: datetime
    type: str
    sku: str
    orderid: str
    fields: dict[str, Any]
    station: str
    operator: str
    approver: str = ""  # who approved it at the operator's desk, if anyone had to


def describe(type_name: str, fields: dict[str, Any]) -> str:
    """What happened, in a few words; the SKU and order have columns of their own."""
    from warehouse_gui.domain import events

    if type_name == "BatchCreated":
        where = f"arriving {fields['eta']}" if fields.get("eta") else "in stock"
        if fields.get("location"):
            where += f" at {fields['location']}"
        return f"{fields['ref']}: {fields['qty']:,} units, {where}"
    if type_name == "BatchMoved":
        came_from = f" (from {fields['previous']})" if fields.get("previous") else ""
        return f"{fields['ref']} moved to {fields['location']}{came_from}"
    if type_name == "Picked":
        return f"{fields['qty']:,} picked from {fields['batchref']}"
    if type_name == "PickReturned":
        return f"{fields['qty']:,} put back into {fields['batchref']}"
    if type_name == "ShortageReported":
        where = f" at {fields['location']}" if fields.get("location") else ""
        return (
            f"{fields['ref']}{where}: {fields['counted']:,} counted, "
            f"{fields['expected']:,} expected"
        )
    if type_name == "Allocated":
        return f"{fields['qty']:,} from {fields['batchref']}"
    if type_name == "Deallocated":
        reason = fields.get("reason", events.CANCELLED)
        return f"{fields['qty']:,} released from {fields['batchref']} ({reason})"
    if type_name == "BatchQuantityChanged":
        was = f" (was {fields['previous']:,})" if fields.get("previous") else ""
        if not fields["qty"]:
            return f"{fields['ref']} cancelled: purchased quantity 0{was}"
        return f"{fields['ref']} now holds {fields['qty']:,} units"
    if type_name == "OutOfStock":
        if not fields.get("orderid"):
            return "no batch could take the order line"
        return (
            f"{fields['qty']:,} wanted, {fields['available']:,} available: the line waits for stock"
        )
    if type_name == "WaitingLineAllocated":
        since = fields.get("waited_since", "")
        try:
            waited = f" since {messages.since(datetime.fromisoformat(since))}" if since else ""
        except ValueError:
            waited = ""
        return f"{fields['qty']:,} allocated after waiting for stock{waited}"
    if type_name == "WaitingLineWithdrawn":
        return f"{fields['qty']:,} no longer waits for stock (withdrawn)"
    if type_name == "LowStockThresholdSet":
        if not fields["threshold"]:
            return "low-stock warning turned off"
        return f"warn when fewer than {fields['threshold']:,} are available"
    if type_name == "LowStock":
        return f"{fields['available']:,} available, below the threshold of {fields['threshold']:,}"
    if type_name == "BatchesImported":
        return f"{fields['batches']:,} batches from a file"
    if type_name == "PersonAdded":
        return f"{fields['login']}: {fields['name']}, {fields['role']}"
    if type_name == "PersonRoleChanged":
        return f"{fields['login']} is {fields['role']} now (was {fields['previous']})"
    if type_name == "PersonDisabled":
        return f"{fields['login']} may no longer sign in"
    return ", ".join(f"{key}={value}" for key, value in fields.items())


class HistoryModel(QAbstractTableModel):
    """History rows, newest first; live events are added at the top when they match."""

    said = Signal(str)  # why the log could not be read

    def __init__(
        self,
        bus: Bus,
        station: str,
        operator: str,
        sku_of_batch: Callable[[str], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._sku_of_batch = sku_of_batch
        self._station = station
        self.operator = operator  # who is named for this desk's events as they happen
        self._rows: list[HistoryEntry] = []
        self._sku = ""
        self._orderid = ""
        bus.own_event_published.connect(self.apply_event)
        bus.remote_event_logged.connect(self.apply_logged)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Entries shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The six columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of one cell; the full time as a tooltip."""
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            stamp = f"{entry.time.astimezone():%Y-%m-%d %H:%M:%S %Z}"
            return f"{stamp} — {describe(entry.type, entry.fields)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(COLUMNS, section, orientation, role)

    def entry(self, row: int) -> HistoryEntry:
        """The entry at ``row``."""
        return self._rows[row]

    @property
    def filters(self) -> tuple[str, str]:
        """The SKU and order id the rows are limited to (empty: any)."""
        return self._sku, self._orderid

    def read(self, sku: str = "", orderid: str = "") -> None:
        """Read the log again, limited to ``sku`` and ``orderid`` (empty: any)."""
        self._bus.ask(
            History(sku, orderid), lambda logged: self.load(sku, orderid, logged), self._unread
        )

    def _unread(self, refused: Refused) -> None:
        self.said.emit(refused.message)

    def load(self, sku: str, orderid: str, logged: list[LoggedEvent]) -> None:
        """Show ``logged`` (newest first), the result of reading with these filters."""
        self.beginResetModel()
        self._sku, self._orderid = sku, orderid
        self._rows = [_from_log(entry) for entry in logged]
        self.endResetModel()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Add a just-committed event of this workstation at the top, if it matches."""
        if type(event).__name__ in NOT_ADDED_LIVE:
            return
        fields = dataclasses.asdict(event)  # type: ignore[call-overload]
        sku = fields.get("sku") or self._sku_of_batch(str(fields.get("ref", ""))) or ""
        self._add(
            HistoryEntry(
                datetime.now(UTC),
                type(event).__name__,
                str(sku),
                str(fields.get("orderid", "")),
                fields,
                self._station,
                self.operator,
            )
        )

    @Slot(object)
    def apply_logged(self, logged: LoggedEvent) -> None:
        """Add another workstation's logged event at the top, if it matches."""
        self._add(_from_log(logged))

    def _add(self, entry: HistoryEntry) -> None:
        if (self._sku and entry.sku != self._sku) or (
            self._orderid and entry.orderid != self._orderid
        ):
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, entry)
        self.endInsertRows()
        if len(self._rows) > MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), MAX_ROWS, len(self._rows) - 1)
            del self._rows[MAX_ROWS:]
            self.endRemoveRows()


class HistoryView(QWidget):
    """Filter boxes for SKU and order id above the history table."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.sku_edit = QLineEdit(self)
        self.sku_edit.setObjectName("historySku")
        self.sku_edit.setAccessibleName("History SKU filter")
        self.sku_edit.setPlaceholderText("any SKU")
        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("historyOrder")
        self.order_edit.setAccessibleName("History order filter")
        self.order_edit.setPlaceholderText("any order")
        row = QHBoxLayout()
        scan_keys = ScanKeys(self)
        for text, edit in (("Fi&lter SKU", self.sku_edit), ("Or&der", self.order_edit)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self._apply_filters)
            scan_keys.watch(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName("History")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        one_line_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 70), (EVENT, 120), (SKU, 110), (ORDER, 100), (BY, 150)):
            self.table.setColumnWidth(column, width)
        hint = QLabel("Enter in a filter box applies it; empty boxes show everything", self)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    @Slot()
    def focus_filter(self) -> None:
        """Put the cursor in the SKU filter."""
        self.sku_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sku_edit.selectAll()

    @Slot()
    def _apply_filters(self) -> None:
        self.model.read(self.sku_edit.text().strip(), self.order_edit.text().strip())
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            sender.selectAll()  # the next scan replaces it


def _from_log(logged: LoggedEvent) -> HistoryEntry:
    return HistoryEntry(
        logged.time,
        logged.type,
        logged.sku,
        logged.orderid,
        logged.fields,
        logged.station,
        logged.operator,
        logged.approver,
    )


def _cell(entry: HistoryEntry, column: int) -> str:
    if column == TIME:
        return f"{entry.time.astimezone():%H:%M:%S}"
    if column == EVENT:
        return EVENT_NAMES.get(entry.type, entry.type)
    if column == SKU:
        return entry.sku
    if column == ORDER:
        return entry.orderid
    if column == DETAILS:
        return describe(entry.type, entry.fields)
    approved = f", approved by {entry.approver}" if entry.approver else ""
    return f"{entry.operator}{approved} @ {entry.station}"
