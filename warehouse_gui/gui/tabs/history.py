"""The History tab: the event log, newest first, filtered by SKU and order, kept live by
the same event signals that update the batch table.

The model reads the log itself, asking the read side with its filters, and applies every
event of this workstation and every entry of another one as it arrives.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, date, datetime
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
from warehouse_gui.gui.tabs import clock, stamp
from warehouse_gui.queries import History
from warehouse_gui.translation import QT_TRANSLATE_NOOP, day, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.read_model import LoggedEvent

COLUMNS = (
    QT_TRANSLATE_NOOP("History", "Time"),
    QT_TRANSLATE_NOOP("History", "Event"),
    QT_TRANSLATE_NOOP("History", "SKU"),
    QT_TRANSLATE_NOOP("History", "Order"),
    QT_TRANSLATE_NOOP("History", "Details"),
    QT_TRANSLATE_NOOP("History", "By"),
)
TIME, EVENT, SKU, ORDER, DETAILS, BY = range(len(COLUMNS))
MAX_ROWS = 5000
EVENT_NAMES = {
    "BatchCreated": QT_TRANSLATE_NOOP("History", "Batch created"),
    "Allocated": QT_TRANSLATE_NOOP("History", "Allocated"),
    "Deallocated": QT_TRANSLATE_NOOP("History", "Deallocated"),
    "BatchQuantityChanged": QT_TRANSLATE_NOOP("History", "Quantity changed"),
    "OutOfStock": QT_TRANSLATE_NOOP("History", "Out of stock"),
    "WaitingLineAllocated": QT_TRANSLATE_NOOP("History", "Wait ended"),
    "WaitingLineWithdrawn": QT_TRANSLATE_NOOP("History", "Withdrawn"),
    "LowStockThresholdSet": QT_TRANSLATE_NOOP("History", "Threshold set"),
    "LowStock": QT_TRANSLATE_NOOP("History", "Low stock"),
    "BatchesImported": QT_TRANSLATE_NOOP("History", "Imported"),
    "PersonAdded": QT_TRANSLATE_NOOP("History", "Person added"),
    "PersonRoleChanged": QT_TRANSLATE_NOOP("History", "Role changed"),
    "PersonDisabled": QT_TRANSLATE_NOOP("History", "Person disabled"),
    "BatchMoved": QT_TRANSLATE_NOOP("History", "Moved"),
    "Picked": QT_TRANSLATE_NOOP("History", "Picked"),
    "PickReturned": QT_TRANSLATE_NOOP("History", "Put back"),
    "ShortageReported": QT_TRANSLATE_NOOP("History", "Shortage"),
}
# Why a line was released (``events.Deallocated.reason``) and a person's role, as the
# Details column says them; a value not listed is shown as it was logged.
REASONS = {
    "cancelled": QT_TRANSLATE_NOOP("History", "cancelled"),
    "batch shrunk": QT_TRANSLATE_NOOP("History", "batch shrunk"),
}
ROLES = {
    "clerk": QT_TRANSLATE_NOOP("History", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("History", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("History", "admin"),
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
        qty = fields["qty"]
        if fields.get("eta") and fields.get("location"):
            text = translate(
                "History", "{ref}: %Ln unit(s), arriving {eta} at {location}", None, qty
            )
        elif fields.get("eta"):
            text = translate("History", "{ref}: %Ln unit(s), arriving {eta}", None, qty)
        elif fields.get("location"):
            text = translate("History", "{ref}: %Ln unit(s), in stock at {location}", None, qty)
        else:
            text = translate("History", "{ref}: %Ln unit(s), in stock", None, qty)
        return text.format(
            ref=fields["ref"], eta=_day(fields.get("eta")), location=fields.get("location")
        )
    if type_name == "BatchMoved":
        if fields.get("previous"):
            text = translate("History", "{ref} moved to {location} (from {previous})")
        else:
            text = translate("History", "{ref} moved to {location}")
        return text.format(
            ref=fields["ref"], location=fields["location"], previous=fields.get("previous")
        )
    if type_name == "Picked":
        return translate("History", "{qty} picked from {batch}").format(
            qty=number(fields["qty"]), batch=fields["batchref"]
        )
    if type_name == "PickReturned":
        return translate("History", "{qty} put back into {batch}").format(
            qty=number(fields["qty"]), batch=fields["batchref"]
        )
    if type_name == "ShortageReported":
        if fields.get("location"):
            text = translate(
                "History", "{ref} at {location}: {counted} counted, {expected} expected"
            )
        else:
            text = translate("History", "{ref}: {counted} counted, {expected} expected")
        return text.format(
            ref=fields["ref"],
            location=fields.get("location"),
            counted=number(fields["counted"]),
            expected=number(fields["expected"]),
        )
    if type_name == "Allocated":
        return translate("History", "{qty} from {batch}").format(
            qty=number(fields["qty"]), batch=fields["batchref"]
        )
    if type_name == "Deallocated":
        reason = str(fields.get("reason", events.CANCELLED))
        return translate("History", "{qty} released from {batch} ({reason})").format(
            qty=number(fields["qty"]),
            batch=fields["batchref"],
            reason=translate("History", REASONS[reason]) if reason in REASONS else reason,
        )
    if type_name == "BatchQuantityChanged":
        if not fields["qty"] and fields.get("previous"):
            return translate(
                "History", "{ref} cancelled: purchased quantity 0 (was {previous})"
            ).format(ref=fields["ref"], previous=number(fields["previous"]))
        if not fields["qty"]:
            return translate("History", "{ref} cancelled: purchased quantity 0").format(
                ref=fields["ref"]
            )
        qty = fields["qty"]
        return translate("History", "{ref} now holds %Ln unit(s)", None, qty).format(
            ref=fields["ref"]
        )
    if type_name == "OutOfStock":
        if not fields.get("orderid"):
            return translate("History", "no batch could take the order line")
        return translate(
            "History", "{qty} wanted, {available} available: the line waits for stock"
        ).format(qty=number(fields["qty"]), available=number(fields["available"]))
    if type_name == "WaitingLineAllocated":
        since = fields.get("waited_since", "")
        try:
            begun = messages.since(datetime.fromisoformat(since)) if since else ""
        except ValueError:
            begun = ""
        if begun:
            text = translate("History", "{qty} allocated after waiting for stock since {since}")
        else:
            text = translate("History", "{qty} allocated after waiting for stock")
        return text.format(qty=number(fields["qty"]), since=begun)
    if type_name == "WaitingLineWithdrawn":
        return translate("History", "{qty} no longer waits for stock (withdrawn)").format(
            qty=number(fields["qty"])
        )
    if type_name == "LowStockThresholdSet":
        if not fields["threshold"]:
            return translate("History", "low-stock warning turned off")
        return translate("History", "warn when fewer than {threshold} are available").format(
            threshold=number(fields["threshold"])
        )
    if type_name == "LowStock":
        return translate(
            "History", "{available} available, below the threshold of {threshold}"
        ).format(available=number(fields["available"]), threshold=number(fields["threshold"]))
    if type_name == "BatchesImported":
        batches = fields["batches"]
        return translate("History", "%Ln batch(es) from a file", None, batches)
    if type_name == "PersonAdded":
        return translate("History", "{login}: {name}, {role}").format(
            login=fields["login"], name=fields["name"], role=_role(fields["role"])
        )
    if type_name == "PersonRoleChanged":
        return translate("History", "{login} is {role} now (was {previous})").format(
            login=fields["login"], role=_role(fields["role"]), previous=_role(fields["previous"])
        )
    if type_name == "PersonDisabled":
        return translate("History", "{login} may no longer sign in").format(login=fields["login"])
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
            return translate("HistoryModel", "{time} — {details}").format(
                time=stamp(entry.time), details=describe(entry.type, entry.fields)
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        title = column_title(COLUMNS, section, orientation, role)
        return None if title is None else translate("History", title)

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
        self.sku_edit.setAccessibleName(translate("HistoryView", "History SKU filter"))
        self.sku_edit.setAccessibleDescription(
            translate("HistoryView", "Enter shows this SKU's history; empty: every SKU")
        )
        self.sku_edit.setPlaceholderText(translate("HistoryView", "any SKU"))
        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("historyOrder")
        self.order_edit.setAccessibleName(translate("HistoryView", "History order filter"))
        self.order_edit.setAccessibleDescription(
            translate("HistoryView", "Enter shows this order's history; empty: every order")
        )
        self.order_edit.setPlaceholderText(translate("HistoryView", "any order"))
        row = QHBoxLayout()
        scan_keys = ScanKeys(self)
        for text, edit in (
            (translate("HistoryView", "Fi&lter SKU"), self.sku_edit),
            (translate("HistoryView", "Or&der"), self.order_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(edit)
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self._apply_filters)
            scan_keys.watch(edit)
            row.addWidget(label)
            row.addWidget(edit, 1)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(translate("HistoryView", "History"))
        self.table.setAccessibleDescription(
            translate(
                "HistoryView",
                "The event log, newest first: time, event, SKU, order, details and who did it",
            )
        )
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        one_line_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TIME, 70), (EVENT, 120), (SKU, 110), (ORDER, 100), (BY, 150)):
            self.table.setColumnWidth(column, width)
        hint = QLabel(
            translate(
                "HistoryView", "Enter in a filter box applies it; empty boxes show everything"
            ),
            self,
        )
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


def _day(value: object) -> str:
    """A logged day (a date, or its ISO text in the log) as the desk writes it."""
    if isinstance(value, date):
        return day(value)
    try:
        return day(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def _role(value: object) -> str:
    """A logged role as the Details column says it."""
    role = str(value)
    return translate("History", ROLES[role]) if role in ROLES else role


def _cell(entry: HistoryEntry, column: int) -> str:
    if column == TIME:
        return clock(entry.time)
    if column == EVENT:
        name = EVENT_NAMES.get(entry.type)
        return entry.type if name is None else translate("History", name)
    if column == SKU:
        return entry.sku
    if column == ORDER:
        return entry.orderid
    if column == DETAILS:
        return describe(entry.type, entry.fields)
    if entry.approver:
        return translate("History", "{operator}, approved by {approver} @ {station}").format(
            operator=entry.operator, approver=entry.approver, station=entry.station
        )
    return translate("History", "{operator} @ {station}").format(
        operator=entry.operator, station=entry.station
    )
