"""The Orders tab: look up an order's allocations and cancel one, by keyboard.

A look-up and a cancellation each go to the bus with their own continuation; the lines
shown stay current with every allocation event of the order, here or at another desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.domain import commands, events
from warehouse_gui.gui import messages
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.queries import OrderLines
from warehouse_gui.read_model import OrderAllocation

COLUMNS = ("SKU", "Quantity", "Batch")


class AllocationsTable(QTableWidget):
    """The order's lines; Delete asks to cancel the current one."""

    delete_pressed = Signal(int)  # row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace on a row asks to cancel it."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentRow() >= 0:
            self.delete_pressed.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class OrdersView(QWidget):
    """An order id box, the order's allocations, and cancellation with confirmation."""

    said = Signal(str)  # the status bar's line about a look-up or a cancellation

    def __init__(self, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.orderid = ""
        self._lines: list[OrderAllocation] = []
        self.confirmation: QMessageBox | None = None

        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("orderLookup")
        self.order_edit.setAccessibleName("Order to look up")
        self.order_edit.setPlaceholderText("Order ID, then Enter")
        self.order_edit.returnPressed.connect(self._look_up)
        ScanKeys(self).watch(self.order_edit)
        label = QLabel("Find or&der", self)
        label.setBuddy(self.order_edit)
        lookup_row = QHBoxLayout()
        lookup_row.addWidget(label)
        lookup_row.addWidget(self.order_edit, 1)

        self.summary_label = QLabel("Type an order ID and press Enter", self)
        self.summary_label.setObjectName("orderSummary")
        self.table = AllocationsTable(0, len(COLUMNS), self)
        self.table.setObjectName("orderAllocations")
        self.table.setAccessibleName("Order allocations")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.delete_pressed.connect(self._confirm_cancel)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName("Orders error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            "↓ moves to the lines; Delete cancels the selected line; "
            "Ctrl+P prints the pick list, Ctrl+Shift+P saves it as PDF",
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(lookup_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        self.order_edit.installEventFilter(self)

    @Slot()
    def focus_lookup(self) -> None:
        """Put the cursor in the order id box."""
        self.order_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.order_edit.selectAll()

    def eventFilter(self, watched: object, event: object) -> bool:
        """Down in the order id box moves to the first line."""
        if (
            watched is self.order_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.table.rowCount()
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            self.table.selectRow(max(self.table.currentRow(), 0))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    @property
    def lines(self) -> list[OrderAllocation]:
        """The shown order's allocations, by SKU."""
        return list(self._lines)

    def show_order(self, orderid: str, lines: list[OrderAllocation]) -> None:
        """Show the allocations read for ``orderid``."""
        self.orderid = orderid
        self._lines = list(lines)
        self.error_label.hide()
        self._refresh()

    def show_error(self, message: str) -> None:
        """Explain why a cancellation or look-up did not happen."""
        self.error_label.setText(message)
        self.error_label.show()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Keep the shown order current as its lines are allocated and released."""
        if getattr(event, "orderid", None) != self.orderid or not self.orderid:
            return
        if isinstance(event, events.Allocated):
            self._lines = [line for line in self._lines if line.sku != event.sku]
            self._lines.append(OrderAllocation(event.sku, event.qty, event.batchref))
            self._lines.sort(key=lambda line: line.sku)
        elif isinstance(event, events.Deallocated):
            self._lines = [line for line in self._lines if line.sku != event.sku]
        else:
            return
        self._refresh()

    @Slot()
    def _look_up(self) -> None:
        orderid = self.order_edit.text().strip()
        if orderid:
            self.bus.ask(
                OrderLines(orderid), lambda lines: self.show_order(orderid, lines), self._unread
            )
        self.order_edit.selectAll()  # the next scan replaces it

    def _cancel(self, orderid: str, sku: str) -> None:
        command = commands.Deallocate(orderid, sku)
        self.bus.send(command, lambda done: self._cancelled(command, done), self._refused)

    def _cancelled(self, command: commands.Deallocate, done: Done) -> None:
        self.said.emit(messages.carried_out(command, done.result))

    def _refused(self, refused: Refused) -> None:
        self.show_error(refused.message)
        self.said.emit(messages.refused(refused.message))

    def _unread(self, refused: Refused) -> None:
        self.show_error(refused.message)
        self.said.emit(refused.message)

    def _refresh(self) -> None:
        current = self.table.currentRow()
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            for column, text in enumerate((line.sku, f"{line.qty:,}", line.batchref)):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self._lines:
            self.table.selectRow(min(max(current, 0), len(self._lines) - 1))
            count = len(self._lines)
            self.summary_label.setText(
                f"Order {self.orderid}: {count} line{'s' if count != 1 else ''} allocated"
            )
        else:
            self.summary_label.setText(f"Order {self.orderid} has no allocations")

    @Slot(int)
    def _confirm_cancel(self, row: int) -> None:
        line = self._lines[row]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Cancel allocation",
            f"Cancel order {self.orderid}'s allocation of {line.qty:,} × {line.sku} "
            f"from batch {line.batchref}?\n\nThe stock becomes available again; "
            "the line is not allocated elsewhere.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText("Cancel allocation")
        box.button(QMessageBox.StandardButton.No).setText("Keep it")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        orderid, sku = self.orderid, line.sku
        box.finished.connect(lambda _result: self._confirmed(box, orderid, sku))
        self.confirmation = box
        box.open()

    def _confirmed(self, box: QMessageBox, orderid: str, sku: str) -> None:
        self.confirmation = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._cancel(orderid, sku)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        box.deleteLater()
