"""The Orders tab: look up an order's lines and cancel one, by keyboard.

Each line shows as the batches hold it: a line split across batches has a row per part
(its SKU, the part's quantity, the batch), and a line waiting for stock a row that says
since when. Delete cancels the selected line, every part of it, or withdraws the waiting
one, after a question.

A look-up asks the read side for the order's allocations and its waiting lines, each
question with its own continuation; any event of the order shown, here or at another
desk, asks both again (one reading on its way at a time), so the lines shown are always
the ones stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any, NamedTuple

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
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
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.appearance import colours_for
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.gui.tabs import stamp
from warehouse_gui.gui.tabs.confirm import ask_first
from warehouse_gui.queries import OrderLines, WaitingLines
from warehouse_gui.read_model import OrderAllocation, WaitingLine
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("Orders", "SKU"),
    QT_TRANSLATE_NOOP("Orders", "Quantity"),
    QT_TRANSLATE_NOOP("Orders", "Batch"),
    QT_TRANSLATE_NOOP("Orders", "By"),
    QT_TRANSLATE_NOOP("Orders", "Location"),
    QT_TRANSLATE_NOOP("Orders", "Picked"),
)
SKU, QUANTITY, BATCH, BY, LOCATION, PICKED = range(len(COLUMNS))
PICKED_MARK = QT_TRANSLATE_NOOP("Orders", "✓ picked")


class OrderRow(NamedTuple):
    """One row of the table: a part of an allocated line (``part`` of ``parts``, the
    line ``line_qty`` units in all), or a line waiting for stock (``waiting``)."""

    sku: str
    qty: int
    batchref: str
    part: int = 1
    parts: int = 1
    line_qty: int = 0
    waiting: WaitingLine | None = None
    by: str = ""  # who allocated it (and who approved, if anyone had to)
    picked: bool = False  # taken from its batch, checked by scan
    location: str | None = None  # where its batch stands

    @property
    def batch_text(self) -> str:
        """What the Batch column says."""
        if self.waiting is not None:
            return translate("OrderRow", "waiting for stock since {since}").format(
                since=messages.since(self.waiting.since)
            )
        if self.parts > 1:
            return translate("OrderRow", "{batch} · part {part} of {parts}").format(
                batch=self.batchref, part=number(self.part), parts=number(self.parts)
            )
        return self.batchref


def order_rows(lines: Sequence[OrderAllocation], waiting: Sequence[WaitingLine]) -> list[OrderRow]:
    """The table's rows: by SKU, a split line's parts in allocation order."""
    by_sku: dict[str, list[OrderAllocation]] = {}
    for part in lines:
        by_sku.setdefault(part.sku, []).append(part)
    rows = [
        OrderRow(
            part.sku,
            part.qty,
            part.batchref,
            n,
            len(parts),
            sum(p.qty for p in parts),
            by=allocated_by(part),
            picked=part.picked,
            location=part.location,
        )
        for parts in by_sku.values()
        for n, part in enumerate(parts, 1)
    ]
    rows += [OrderRow(w.sku, w.qty, "", line_qty=w.qty, waiting=w) for w in waiting]
    return sorted(rows, key=lambda row: (row.sku, row.part))


def allocated_by(part: OrderAllocation) -> str:
    """Who allocated ``part``: ``anna``, or ``anna, approved by sam``."""
    if part.by and part.approver:
        return translate("Orders", "{by}, approved by {approver}").format(
            by=part.by, approver=part.approver
        )
    return part.by


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
    """An order id box, the order's lines, and cancellation with confirmation."""

    said = Signal(str)  # the status bar's line about a look-up or a cancellation

    def __init__(self, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.orderid = ""
        self._lines: list[OrderAllocation] = []
        self._waiting: list[WaitingLine] = []
        self._rows: list[OrderRow] = []
        self._reading = 0  # which reading is the latest (answers of older ones are dropped)
        self._read_again = False  # an event of the order came while a reading was on its way
        self._on_its_way = False
        self.confirmation: QMessageBox | None = None

        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("orderLookup")
        self.order_edit.setAccessibleName(translate("OrdersView", "Order to look up"))
        self.order_edit.setAccessibleDescription(
            translate("OrdersView", "Type or scan an order ID; Enter shows the order's lines")
        )
        self.order_edit.setPlaceholderText(translate("OrdersView", "Order ID, then Enter"))
        self.order_edit.returnPressed.connect(self._look_up)
        ScanKeys(self).watch(self.order_edit)
        label = QLabel(translate("OrdersView", "Find or&der"), self)
        label.setBuddy(self.order_edit)
        lookup_row = QHBoxLayout()
        lookup_row.addWidget(label)
        lookup_row.addWidget(self.order_edit, 1)

        self.summary_label = QLabel(
            translate("OrdersView", "Type an order ID and press Enter"), self
        )
        self.summary_label.setObjectName("orderSummary")
        self.summary_label.setWordWrap(True)
        self.table = AllocationsTable(0, len(COLUMNS), self)
        self.table.setObjectName("orderAllocations")
        self.table.setAccessibleName(translate("OrdersView", "Order lines"))
        self.table.setAccessibleDescription(
            translate(
                "OrdersView",
                "The order's lines by SKU: quantity, batch, who allocated it, location and "
                "whether it is picked. Delete cancels the selected line",
            )
        )
        self.table.setHorizontalHeaderLabels([translate("Orders", title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SKU, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUANTITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BATCH, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCATION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PICKED, QHeaderView.ResizeMode.ResizeToContents)
        self.table.delete_pressed.connect(self._confirm_cancel)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName(translate("OrdersView", "Orders error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            translate(
                "OrdersView",
                "↓ moves to the lines; Delete cancels the selected line (every part of it) or "
                "withdraws a waiting one; Ctrl+P prints the pick list, Ctrl+Shift+P saves it "
                "as PDF",
            ),
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

    def look_up(self, orderid: str) -> None:
        """Show ``orderid``'s lines, as if it had been typed into the box."""
        self.order_edit.setText(orderid)
        self._look_up()

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
        """The shown order's allocations, by SKU, a split line's parts in allocation order."""
        return list(self._lines)

    @property
    def waiting(self) -> list[WaitingLine]:
        """The shown order's lines waiting for stock."""
        return list(self._waiting)

    @property
    def rows(self) -> list[OrderRow]:
        """What the table shows, row by row."""
        return list(self._rows)

    def show_order(
        self,
        orderid: str,
        lines: Sequence[OrderAllocation],
        waiting: Sequence[WaitingLine] = (),
    ) -> None:
        """Show the allocations and waiting lines read for ``orderid``."""
        if orderid != self.orderid:
            self.table.setCurrentCell(-1, -1)
        self.orderid = orderid
        self._lines = list(lines)
        self._waiting = list(waiting)
        self.error_label.hide()
        self._refresh()

    def show_error(self, message: str) -> None:
        """Explain why a cancellation or look-up did not happen."""
        self.error_label.setText(message)
        self.error_label.show()

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Read the shown order again when one of its lines changed: allocated, released,
        waiting, allocated after waiting or withdrawn."""
        if not self.orderid or getattr(event, "orderid", None) != self.orderid:
            return
        if self._on_its_way:
            self._read_again = True
        else:
            self._read(self.orderid)

    @Slot()
    def _look_up(self) -> None:
        orderid = self.order_edit.text().strip()
        if orderid:
            self._read(orderid)
        self.order_edit.selectAll()  # the next scan replaces it

    def _read(self, orderid: str) -> None:
        """Ask for the order's allocations and waiting lines; show them once both came."""
        self._reading += 1
        self._on_its_way = True
        self._read_again = False
        reading = self._reading
        answers: dict[str, list[Any]] = {}

        def answered(kind: str, rows: list[Any]) -> None:
            if reading != self._reading:
                return
            answers[kind] = rows
            if len(answers) < 2:
                return
            self._on_its_way = False
            self.show_order(orderid, answers["lines"], answers["waiting"])
            if self._read_again:
                self._read(orderid)

        self.bus.ask(OrderLines(orderid), partial(answered, "lines"), self._unread)
        self.bus.ask(WaitingLines(orderid=orderid), partial(answered, "waiting"), self._unread)

    def _unread(self, refused: Refused) -> None:
        self._on_its_way = self._read_again = False
        self.show_error(refused.message)
        self.said.emit(refused.message)
        announce(self, refused.message, urgent=True)

    def _cancel(self, orderid: str, sku: str) -> None:
        command = commands.Deallocate(orderid, sku)
        self.bus.send(command, lambda done: self._cancelled(command, done), self._refused)

    def _cancelled(self, command: commands.Deallocate, done: Done) -> None:
        self.error_label.hide()
        said = messages.carried_out(command, done.result, done.events)
        self.said.emit(said)
        announce(self, said)

    def _refused(self, refused: Refused) -> None:
        self.show_error(refused.message)
        self.said.emit(messages.refused(refused.message))
        announce(self, refused.message, urgent=True)

    def _refresh(self) -> None:
        current = self.table.currentRow()
        kept = self._rows[current][:3] if 0 <= current < len(self._rows) else None
        self._rows = order_rows(self._lines, self._waiting)
        self.table.setRowCount(len(self._rows))
        colours = colours_for(self.table.palette())
        for row, line in enumerate(self._rows):
            cells = (
                line.sku,
                number(line.qty),
                line.batch_text,
                line.by,
                line.location or "",
                translate("Orders", PICKED_MARK) if line.picked else "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == QUANTITY:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if line.waiting is not None:
                    font = QFont(item.font())
                    font.setItalic(True)
                    item.setFont(font)
                    item.setBackground(QBrush(QColor(colours.banner_background)))
                    item.setForeground(QBrush(QColor(colours.banner_text)))
                item.setToolTip(_tooltip(self.orderid, line))
                self.table.setItem(row, column, item)
        if self._rows:
            same = [n for n, line in enumerate(self._rows) if line[:3] == kept]
            self.table.selectRow(same[0] if same else min(max(current, 0), len(self._rows) - 1))
        self.summary_label.setText(_summary(self.orderid, self._lines, self._waiting))

    @Slot(int)
    def _confirm_cancel(self, row: int) -> None:
        line = self._rows[row]
        orderid, sku = self.orderid, line.sku
        if any(part.picked for part in self._rows if part.sku == sku and part.waiting is None):
            # Nothing to ask: the desk refuses a picked line, and says what to do first.
            self._cancel(orderid, sku)
            return
        if line.waiting is not None:
            title = translate("OrdersView", "Withdraw waiting line")
            yes = translate("OrdersView", "Withdraw line")
            no = translate("OrdersView", "Keep waiting")
            text = translate(
                "OrdersView",
                "Withdraw {orderid}'s {qty} × {sku}, waiting for stock since {since}?\n\n"
                "It is no longer allocated when stock arrives.",
            ).format(
                orderid=orderid,
                qty=number(line.qty),
                sku=sku,
                since=messages.since(line.waiting.since),
            )
        else:
            title = translate("OrdersView", "Cancel order line")
            yes = translate("OrdersView", "Cancel line")
            no = translate("OrdersView", "Keep it")
            parts = [part for part in self._rows if part.sku == sku and part.waiting is None]
            if len(parts) == 1:
                text = translate(
                    "OrdersView",
                    "Cancel {orderid}'s {qty} × {sku} from batch {batch}?\n\n"
                    "The stock becomes available again (to lines waiting for it first); "
                    "the line is not allocated elsewhere.",
                )
            else:
                text = translate(
                    "OrdersView",
                    "Cancel {orderid}'s {qty} × {sku} ({parts})?\n\n"
                    "The stock becomes available again (to lines waiting for it first); "
                    "the line is not allocated elsewhere.",
                )
            text = text.format(
                orderid=orderid,
                qty=number(line.line_qty),
                sku=sku,
                batch=line.batchref,
                parts=messages.parts_text((p.qty, p.batchref) for p in parts),
            )
        self.confirmation = ask_first(
            self, title, text, yes, no, lambda chosen: self._confirmed(chosen, orderid, sku)
        )

    def _confirmed(self, chosen: bool, orderid: str, sku: str) -> None:
        self.confirmation = None
        if chosen:
            self._cancel(orderid, sku)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)


def _summary(orderid: str, lines: Sequence[OrderAllocation], waiting: Sequence[WaitingLine]) -> str:
    """``order-1008: 2 lines allocated (1 split across 2 batches), 1 waiting for stock``."""
    counts: dict[str, int] = {}
    for part in lines:
        counts[part.sku] = counts.get(part.sku, 0) + 1
    if not counts and not waiting:
        return translate("Orders", "{orderid}: no lines allocated or waiting for stock").format(
            orderid=orderid
        )
    allocated = ""
    if counts:
        lines_allocated = len(counts)
        split = [parts for parts in counts.values() if parts > 1]
        if len(split) == 1:
            allocated = translate(
                "Orders",
                "%Ln line(s) allocated (1 split across {batches} batches)",
                None,
                lines_allocated,
            ).format(batches=number(split[0]))
        elif split:
            allocated = translate(
                "Orders",
                "%Ln line(s) allocated ({split} split across batches)",
                None,
                lines_allocated,
            ).format(split=number(len(split)))
        else:
            allocated = translate("Orders", "%Ln line(s) allocated", None, lines_allocated)
    waiting_lines = len(waiting)
    waits = translate("Orders", "%Ln waiting for stock", None, waiting_lines) if waiting else ""
    if allocated and waits:
        return translate("Orders", "{orderid}: {allocated}, {waiting}").format(
            orderid=orderid, allocated=allocated, waiting=waits
        )
    return translate("Orders", "{orderid}: {lines}").format(
        orderid=orderid, lines=allocated or waits
    )


def _tooltip(orderid: str, row: OrderRow) -> str:
    if row.waiting is not None:
        return translate(
            "Orders",
            "{orderid}'s {qty} × {sku} waits for stock since {since}: it is allocated when "
            "stock arrives",
        ).format(orderid=orderid, qty=number(row.qty), sku=row.sku, since=stamp(row.waiting.since))
    if row.parts > 1 and row.location:
        text = translate(
            "Orders",
            "{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch "
            "{batch} at {location}",
        )
    elif row.parts > 1:
        text = translate(
            "Orders",
            "{qty} of {orderid}'s {line_qty} × {sku} (part {part} of {parts}), from batch {batch}",
        )
    elif row.location:
        text = translate("Orders", "{orderid}'s {qty} × {sku}, from batch {batch} at {location}")
    else:
        text = translate("Orders", "{orderid}'s {qty} × {sku}, from batch {batch}")
    text = text.format(
        orderid=orderid,
        qty=number(row.qty),
        line_qty=number(row.line_qty),
        sku=row.sku,
        part=number(row.part),
        parts=number(row.parts),
        batch=row.batchref,
        location=row.location,
    )
    if row.picked:
        return translate(
            "Orders", "{line} — picked: it goes back to its batch before it can be cancelled"
        ).format(line=text)
    return text
