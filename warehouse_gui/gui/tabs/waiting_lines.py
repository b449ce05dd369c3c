"""The Waiting tab: every order line waiting for stock, by SKU, oldest first.

A line waits when the SKU's batches together could not take it (when it was allocated, or
when a smaller delivery or a cancelled batch released it); arriving stock allocates the
waiting lines of its SKU oldest first. The model is made with the window and reads the
lines at start, so the tab's title can say how many wait; it reads them again whenever a
line starts or stops waiting, here or at another desk (one reading on its way at a time).
The view is made when the tab is first shown: Enter opens the selected line's order in
the Orders tab, Delete withdraws the line after a question.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui import messages
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.table_rows import column_title, one_line_rows
from warehouse_gui.gui.tabs import stamp
from warehouse_gui.gui.tabs.confirm import ask_first
from warehouse_gui.queries import WaitingLines
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import events
    from warehouse_gui.read_model import WaitingLine

COLUMNS = (
    QT_TRANSLATE_NOOP("WaitingLines", "SKU"),
    QT_TRANSLATE_NOOP("WaitingLines", "Order"),
    QT_TRANSLATE_NOOP("WaitingLines", "Quantity"),
    QT_TRANSLATE_NOOP("WaitingLines", "Waiting since"),
    QT_TRANSLATE_NOOP("WaitingLines", "Waited"),
)
SKU, ORDER, QUANTITY, SINCE, WAITED = range(len(COLUMNS))
# The events after which a line may have started or stopped waiting.
CHANGES = ("OutOfStock", "WaitingLineAllocated", "WaitingLineWithdrawn")
AGE_REFRESH_MS = 30_000

Index = QModelIndex | QPersistentModelIndex


def waited(since: datetime, now: datetime | None = None) -> str:
    """How long a line has waited: ``4 min``, ``2 h 05 min``, ``3 days 2 h``."""
    minutes = max(int(((now or datetime.now(UTC)) - since).total_seconds() // 60), 0)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    if days:
        return translate("WaitingLines", "%n day(s) {hours} h", None, days).format(
            hours=number(hours)
        )
    if hours:
        return translate("WaitingLines", "{hours} h {minutes} min").format(
            hours=number(hours), minutes=f"{minutes:02d}"
        )
    return translate("WaitingLines", "{minutes} min").format(minutes=number(minutes))


class WaitingLinesModel(QAbstractTableModel):
    """The lines waiting for stock, by SKU and then oldest first."""

    said = Signal(str)  # why the waiting lines could not be read
    counted = Signal(int)  # how many lines wait, after each reading

    def __init__(self, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._rows: list[WaitingLine] = []
        self._on_its_way = False
        self._read_again = False
        bus.event_published.connect(self.apply_event)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Lines waiting."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The five columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text and alignment of one cell; the whole time as a tooltip."""
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if column in (QUANTITY, WAITED)
                else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate(
                "WaitingLinesModel", "{orderid}'s {qty} × {sku} waits for stock since {since}"
            ).format(
                orderid=line.orderid, qty=number(line.qty), sku=line.sku, since=stamp(line.since)
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        title = column_title(COLUMNS, section, orientation, role)
        return None if title is None else translate("WaitingLines", title)

    def line(self, row: int) -> WaitingLine:
        """The waiting line at ``row``."""
        return self._rows[row]

    def row_of(self, orderid: str, sku: str) -> int | None:
        """The row of the order's line of ``sku``, if it waits."""
        return next(
            (n for n, line in enumerate(self._rows) if (line.orderid, line.sku) == (orderid, sku)),
            None,
        )

    @property
    def lines(self) -> list[WaitingLine]:
        """Every line waiting, as shown."""
        return list(self._rows)

    def summary(self) -> str:
        """How many lines, units and SKUs wait."""
        if not self._rows:
            return translate("WaitingLinesModel", "No order line is waiting for stock")
        count = len(self._rows)
        units = sum(line.qty for line in self._rows)
        skus = len({line.sku for line in self._rows})
        return translate(
            "WaitingLinesModel",
            "%Ln line(s) ({units} units) of {skus} waiting for stock; each SKU's oldest are "
            "allocated first when stock arrives",
            None,
            count,
        ).format(units=number(units), skus=translate("WaitingLinesModel", "%Ln SKU(s)", None, skus))

    def read(self) -> None:
        """Read the waiting lines again (one reading on its way at a time)."""
        if self._on_its_way:
            self._read_again = True
            return
        self._on_its_way = True
        self._bus.ask(WaitingLines(), self.load, self._unread)

    def load(self, lines: list[WaitingLine]) -> None:
        """Show ``lines``, by SKU and then oldest first."""
        self._on_its_way = False
        self.beginResetModel()
        self._rows = sorted(lines, key=lambda line: (line.sku, line.since, line.orderid))
        self.endResetModel()
        self.counted.emit(len(self._rows))
        if self._read_again:
            self._read_again = False
            self.read()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Read again when a line may have started or stopped waiting."""
        if type(event).__name__ in CHANGES:
            self.read()

    @Slot()
    def refresh_ages(self) -> None:
        """Time passed: the Waited column says so."""
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, WAITED), self.index(last, WAITED))

    def _unread(self, refused: Refused) -> None:
        self._on_its_way = self._read_again = False
        self.said.emit(refused.message)


class WaitingLinesTable(QTableView):
    """Enter asks to open the current line's order, Delete to withdraw the line."""

    open_pressed = Signal(int)  # row
    delete_pressed = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the order; Delete or Backspace withdraws the line."""
        row = self.currentIndex().row()
        if row >= 0 and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_pressed.emit(row)
            return
        if row >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit(row)
            return
        super().keyPressEvent(event)


class WaitingLinesView(QWidget):
    """How many wait, the waiting lines, and withdrawing one with confirmation."""

    said = Signal(str)  # the status bar's line about a withdrawal
    open_order = Signal(str)  # Enter on a line: show this order in the Orders tab

    def __init__(self, model: WaitingLinesModel, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.bus = bus
        self.confirmation: QMessageBox | None = None
        self._kept: tuple[str, str] | None = None  # the selected line, across a reading
        self._kept_row = 0

        self.summary_label = QLabel(model.summary(), self)
        self.summary_label.setObjectName("waitingSummary")
        self.summary_label.setWordWrap(True)
        self.table = WaitingLinesTable(self)
        self.table.setObjectName("waitingLines")
        self.table.setAccessibleName(translate("WaitingLinesView", "Order lines waiting for stock"))
        self.table.setAccessibleDescription(
            translate(
                "WaitingLinesView",
                "By SKU, oldest first. Enter opens the selected line's order; Delete "
                "withdraws the line",
            )
        )
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        one_line_rows(self.table)
        header = self.table.horizontalHeader()
        for column in (SKU, ORDER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (QUANTITY, SINCE, WAITED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.open_pressed.connect(self._open)
        self.table.delete_pressed.connect(self._confirm_withdraw)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName(translate("WaitingLinesView", "Waiting lines error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            translate(
                "WaitingLinesView",
                "Enter opens the selected line's order in the Orders tab; "
                "Delete withdraws the line (it is no longer allocated when stock arrives)",
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)

        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._loaded)
        self._ages = QTimer(self)
        self._ages.setInterval(AGE_REFRESH_MS)
        self._ages.timeout.connect(model.refresh_ages)
        self._ages.start()

    @Slot()
    def focus_table(self) -> None:
        """Move to the waiting lines, on the first one when none is current yet."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            # Qt makes the first cell current on focus, without selecting its row.
            self.table.selectRow(max(self.table.currentIndex().row(), 0))

    @Slot()
    def _remember_current(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount() and self.table.selectionModel().hasSelection():
            line = self.model.line(row)
            self._kept, self._kept_row = (line.orderid, line.sku), row
        else:
            self._kept = None

    @Slot()
    def _loaded(self) -> None:
        self.summary_label.setText(self.model.summary())
        if not self.model.rowCount():
            return
        row = self.model.row_of(*self._kept) if self._kept else None
        if row is None and self._kept is not None:
            row = min(self._kept_row, self.model.rowCount() - 1)  # the line left: next one
        if row is not None:
            self.table.selectRow(row)

    @Slot(int)
    def _open(self, row: int) -> None:
        self.open_order.emit(self.model.line(row).orderid)

    @Slot(int)
    def _confirm_withdraw(self, row: int) -> None:
        line = self.model.line(row)
        text = translate(
            "WaitingLinesView",
            "Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?\n\n"
            "It is no longer allocated when stock arrives.",
        ).format(
            orderid=line.orderid,
            qty=number(line.qty),
            sku=line.sku,
            since=messages.since(line.since),
        )
        orderid, sku = line.orderid, line.sku
        self.confirmation = ask_first(
            self,
            translate("WaitingLinesView", "Withdraw waiting line"),
            text,
            translate("WaitingLinesView", "Withdraw line"),
            translate("WaitingLinesView", "Keep waiting"),
            lambda chosen: self._confirmed(chosen, orderid, sku),
        )

    def _confirmed(self, chosen: bool, orderid: str, sku: str) -> None:
        from warehouse_gui.domain import commands

        self.confirmation = None
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not chosen:
            return
        command = commands.Deallocate(orderid, sku)
        self.bus.send(command, lambda done: self._withdrawn(command, done), self._refused)

    def _withdrawn(self, command: Any, done: Done) -> None:
        self.error_label.hide()
        said = messages.carried_out(command, done.result, done.events)
        self.said.emit(said)
        announce(self, said)

    def _refused(self, refused: Refused) -> None:
        self.error_label.setText(refused.message)
        self.error_label.show()
        self.said.emit(messages.refused(refused.message))
        announce(self, refused.message, urgent=True)


def _cell(line: WaitingLine, column: int) -> str:
    if column == SKU:
        return line.sku
    if column == ORDER:
        return line.orderid
    if column == QUANTITY:
        return number(line.qty)
    if column == SINCE:
        return messages.since(line.since)
    return waited(line.since)
