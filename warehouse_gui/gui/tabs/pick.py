"""The Pick tab: an order picked by scan, line by line in walking order.

Scan the order id (the barcode at the top of its pick list); its parts come up in the
order a picker meets their bins (``walking_key``: ``A-2`` before ``A-10``, no bin last).
For each part: scan the bin's label or the batch's label, then the product's SKU, then
Enter confirms the quantity shown, and ``ConfirmPick`` records it. A wrong bin, batch,
SKU or quantity is refused here, before anything is sent: the frame turns red, the bell
rings twice and the words name what was expected. F8 reports a shortage of the part's
batch: the number counted, then Enter sends ``ReportShortage``; Esc goes back.

The scan field keeps the cursor throughout. A confirmed part is shown as on its way at
once and the next part is asked for, so the picker scans on while the desk answers; a
refusal brings the refused part back, with the desk's words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.domain.locations import walking_key
from warehouse_gui.gui import messages
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.queries import OrderLines

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events
    from warehouse_gui.read_model import OrderAllocation

COLUMNS = ("Location", "Batch", "SKU", "Quantity", "Picked")
LOCATION, BATCH, SKU, QUANTITY, PICKED = range(len(COLUMNS))
PLACE, PRODUCT, COUNT, SHORTAGE = "place", "sku", "qty", "counted"
PROMPTS = {
    PLACE: "Bin or batch",
    PRODUCT: "SKU",
    COUNT: "Quantity",
    SHORTAGE: "Counted",
}
NO_ORDER = "Scan the order ID at the top of its pick list, or type it and press Enter"
SHORTAGE_KEY = "F8"


@dataclass(frozen=True)
class PickPart:
    """One part of an order line to pick: ``qty`` of ``sku`` from batch ``batchref``."""

    sku: str
    batchref: str
    qty: int
    location: str | None
    picked: bool

    @property
    def key(self) -> tuple[str, str]:
        """What names the part in the order: its SKU and batch."""
        return self.sku, self.batchref


def walking_order(lines: list[OrderAllocation]) -> list[PickPart]:
    """The order's parts in the order a picker meets their bins (no bin last)."""
    parts = [PickPart(p.sku, p.batchref, p.qty, p.location, p.picked) for p in lines]
    return sorted(parts, key=lambda part: (walking_key(part.location), part.sku, part.batchref))


class PickView(QWidget):
    """The order box, the parts in walking order, and the scan field with what to scan."""

    said = Signal(str)  # the status bar's line about a pick

    def __init__(self, bus: Bus, feedback: ScanFeedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.feedback = feedback
        self.orderid = ""
        self.parts: list[PickPart] = []
        self.step = PLACE
        self._current: tuple[str, str] | None = None  # the part being picked
        self._sending: set[tuple[str, str]] = set()  # confirmed, the desk not answered yet
        self._reading = 0
        self._on_its_way = False
        self._read_again = False

        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("pickOrder")
        self.order_edit.setAccessibleName("Order to pick")
        self.order_edit.setPlaceholderText("scan the pick list's barcode")
        self.order_edit.returnPressed.connect(self._order_entered)
        order_label = QLabel("Order", self)
        order_label.setBuddy(self.order_edit)
        self.summary_label = QLabel(NO_ORDER, self)
        self.summary_label.setObjectName("pickSummary")
        self.summary_label.setWordWrap(True)
        order_row = QHBoxLayout()
        order_row.addWidget(order_label)
        order_row.addWidget(self.order_edit, 1)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("pickLines")
        self.table.setAccessibleName("Parts to pick, in walking order")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the cursor
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (LOCATION, QUANTITY, PICKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (BATCH, SKU):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        # The step: what to do now, in large type, and the one scan field.
        self.step_box = QGroupBox("Scan", self)
        self.step_box.setObjectName("pickStep")
        self.instruction = QLabel(self.step_box)
        self.instruction.setObjectName("pickInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAccessibleName("What to scan")
        big = QFont(self.instruction.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.instruction.setFont(big)
        self.scan_edit = QLineEdit(self.step_box)
        self.scan_edit.setObjectName("pickScan")
        self.scan_edit.setAccessibleName("Pick scan")
        self.scan_edit.setFont(big)
        self.scan_edit.returnPressed.connect(self._scanned)
        ScanKeys(self).watch(self.order_edit, self.scan_edit)
        self.prompt_label = QLabel(PROMPTS[PLACE], self.step_box)
        self.prompt_label.setBuddy(self.scan_edit)
        self.prompt_label.setFont(big)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.prompt_label)
        scan_row.addWidget(self.scan_edit, 1)
        self.error_label = QLabel(self.step_box)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName("Pick error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        step_layout = QVBoxLayout(self.step_box)
        step_layout.addWidget(self.instruction)
        step_layout.addLayout(scan_row)
        step_layout.addWidget(self.error_label)

        hint = QLabel(
            "Each part: the bin's or the batch's label, then the SKU, then Enter confirms the "
            f"quantity. {SHORTAGE_KEY}: the bin holds fewer (report a shortage); Esc: back; "
            "Ctrl+Z puts the last pick back",
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(order_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.step_box)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.scan_edit)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.back)
        self._show_step()

    # What a person does

    @Slot()
    def focus_order(self) -> None:
        """Put the cursor in the order box, ready for a pick list's barcode."""
        self.order_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.order_edit.selectAll()

    def focus_scan(self) -> None:
        """Put the cursor in the scan field, its text selected (the next scan replaces it)."""
        self.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_edit.selectAll()

    def look_up(self, orderid: str) -> None:
        """Start picking ``orderid``, as if its pick list had been scanned."""
        self.order_edit.setText(orderid)
        self._order_entered()

    def reset(self) -> None:
        """Forget the order being picked (the picker signed out)."""
        self._reading += 1  # answers on their way are dropped
        self._on_its_way = self._read_again = False
        self.orderid = ""
        self.parts = []
        self._current = None
        self._sending.clear()
        self.order_edit.clear()
        self.step = PLACE
        self.scan_edit.clear()
        self.error_label.hide()
        self._show_step()
        self._show_parts()

    @property
    def current(self) -> PickPart | None:
        """The part being picked now, if any is left."""
        return next((p for p in self.parts if p.key == self._current), None)

    @Slot()
    def report_shortage(self) -> None:
        """F8: the current part's bin holds fewer than its batch should: ask what was
        counted."""
        part = self.current
        if part is None:
            self._say_wrong("No part to report a shortage of: scan an order's pick list first")
            return
        self.step = SHORTAGE
        self.scan_edit.clear()
        self._show_step()
        self.focus_scan()

    @Slot()
    def back(self) -> None:
        """Esc: give up the current part's scans (or the shortage being reported) and
        start it again from its bin."""
        self.step = PLACE
        self.scan_edit.clear()
        self.error_label.hide()
        self._show_step()

    @Slot()
    def _order_entered(self) -> None:
        orderid = self.order_edit.text().strip()
        if not orderid:
            return
        if orderid != self.orderid:
            self.orderid = orderid
            self.parts = []
            self._current = None
            self._sending.clear()
            self.step = PLACE
            self.summary_label.setText(f"Reading {orderid}…")
        self._read(move_on=True)

    @Slot()
    def _scanned(self) -> None:
        text = self.scan_edit.text().strip()
        part = self.current
        if part is None:
            if self.orderid and text:
                self._say_wrong(f"{self.orderid} has nothing left to pick: scan the next pick list")
            self.focus_order()
            return
        if not text:
            return
        if self.step == PLACE:
            self._check_place(part, text)
        elif self.step == PRODUCT:
            self._check_product(part, text)
        elif self.step == COUNT:
            self._check_count(part, text)
        else:
            self._send_shortage(part, text)

    def _check_place(self, part: PickPart, text: str) -> None:
        at_bin = part.location is not None and text.upper() == part.location
        if not at_bin and text != part.batchref:
            self._wrong(f"Wrong bin or batch: {text} — expected {_place(part)}")
            return
        self._next_step(PRODUCT)

    def _check_product(self, part: PickPart, text: str) -> None:
        if text.casefold() != part.sku.casefold():
            self._wrong(f"Wrong product: {text} — expected SKU {part.sku} from {part.batchref}")
            return
        self._next_step(COUNT)
        self.scan_edit.setText(str(part.qty))
        self.scan_edit.selectAll()

    def _check_count(self, part: PickPart, text: str) -> None:
        if text.replace(",", "") != str(part.qty):
            self._wrong(
                f"Take all {part.qty:,} × {part.sku} from {part.batchref}, not {text}: this part "
                f"is {part.qty:,}. Fewer there? {SHORTAGE_KEY} reports a shortage"
            )
            self.scan_edit.setText(str(part.qty))
            self.scan_edit.selectAll()
            return
        self._confirm(part)

    # Sending

    def _confirm(self, part: PickPart) -> None:
        from warehouse_gui.domain import commands

        command = commands.ConfirmPick(self.orderid, part.sku, part.batchref, part.qty)
        orderid = self.orderid
        self._sending.add(part.key)
        self.error_label.hide()
        self._move_to_next()
        self.bus.send(
            command,
            lambda done: self._picked(command, done),
            lambda refused: self._pick_refused(orderid, part, refused),
        )

    def _picked(self, command: commands.ConfirmPick, done: Done) -> None:
        self.feedback.confirm(True, self.step_box)
        self.said.emit(messages.carried_out(command, done.result, done.events))
        if command.orderid == self.orderid:
            self._sending.discard((command.sku, command.batchref))

    def _pick_refused(self, orderid: str, part: PickPart, refused: Refused) -> None:
        self.feedback.confirm(False, self.step_box)
        self.said.emit(messages.refused(refused.message))
        if orderid != self.orderid:
            return
        self._sending.discard(part.key)
        # Back to the refused part, from its bin: what the desk said is under the field.
        self._current = part.key
        self.step = PLACE
        self.scan_edit.clear()
        self._show_step()
        self._show_error(refused.message)
        self._show_parts()

    def _send_shortage(self, part: PickPart, text: str) -> None:
        from warehouse_gui.domain import commands
        from warehouse_gui.domain.errors import InvalidCommand

        try:
            command = commands.ReportShortage.from_fields(
                {"ref": part.batchref, "counted": text.replace(",", "")}
            )
        except InvalidCommand as error:
            self._wrong(f"Counted {error.rule}")
            return
        self.bus.send(
            command, lambda done: self._shortage_reported(command, done), self._shortage_refused
        )
        self.back()

    def _shortage_reported(self, command: commands.ReportShortage, done: Done) -> None:
        self.feedback.confirm(True, self.step_box)
        self.said.emit(messages.carried_out(command, done.result, done.events))

    def _shortage_refused(self, refused: Refused) -> None:
        self.feedback.confirm(False, self.step_box)
        self._show_error(refused.message)
        self.said.emit(messages.refused(refused.message))

    # Reading the order

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Read the order again when one of its parts changed (picked, put back, moved to
        another batch), here or at another desk; or when one of its batches moved."""
        from warehouse_gui.domain import events

        if not self.orderid:
            return
        ours = getattr(event, "orderid", None) == self.orderid
        moved = isinstance(event, events.BatchMoved) and any(
            p.batchref == event.ref for p in self.parts
        )
        if not ours and not moved:
            return
        if self._on_its_way:
            self._read_again = True
        else:
            self._read()

    def _read(self, move_on: bool = False) -> None:
        self._reading += 1
        self._on_its_way = True
        self._read_again = False
        reading, orderid = self._reading, self.orderid

        def answered(lines: list[OrderAllocation]) -> None:
            if reading != self._reading:
                return
            self._on_its_way = False
            self._show_order(orderid, lines, move_on)
            if self._read_again:
                self._read()

        self.bus.ask(OrderLines(orderid), answered, self._unread)

    def _unread(self, refused: Refused) -> None:
        self._on_its_way = self._read_again = False
        self._show_error(refused.message)
        self.said.emit(refused.message)

    def _show_order(self, orderid: str, lines: list[OrderAllocation], move_on: bool) -> None:
        self.parts = walking_order(lines)
        keys = {part.key for part in self.parts if not part.picked}
        self._sending &= keys  # what the desk recorded is picked now
        current = self.current
        keep = current is not None and not current.picked and current.key not in self._sending
        # A part nobody has started scanning yet gives way to the first part in walking
        # order (a pick put back is picked again first).
        fresh = self.step == PLACE and not self.scan_edit.text()
        if not keep or fresh:
            self._current = None
            self._move_to_next()
        else:
            self._show_step()
        self._show_parts()
        if move_on:
            if self.current is not None:
                self.error_label.hide()
                self.focus_scan()
            elif not self.parts:
                self._say_wrong(f"Nothing to pick: {orderid} has no allocated lines")
                self.focus_order()
            else:
                self.focus_order()

    # Showing

    def _move_to_next(self) -> None:
        """On to the first part in walking order not picked and not on its way."""
        waiting = [p for p in self.parts if not p.picked and p.key not in self._sending]
        self._current = waiting[0].key if waiting else None
        self.step = PLACE
        self.scan_edit.clear()
        self._show_step()
        self._show_parts()
        if self._current is None and self.parts and self.scan_edit.hasFocus():
            self.focus_order()  # every part scanned: the next pick list

    def _next_step(self, step: str) -> None:
        self.step = step
        self.error_label.hide()
        self.scan_edit.clear()
        self._show_step()

    def _show_step(self) -> None:
        part = self.current
        self.prompt_label.setText(PROMPTS[self.step])
        if part is None:
            self.scan_edit.setPlaceholderText("")
            if not self.orderid:
                text = NO_ORDER
            elif self._sending:
                text = f"Every part of {self.orderid} scanned: saving the last picks…"
            elif self.parts:
                text = f"{self.orderid} is picked: scan the next pick list"
            else:
                text = f"{self.orderid}: nothing to pick"
            self.instruction.setText(text)
            self._show_summary()
            return
        where = f"Go to {part.location}" if part.location else "Find batch " + part.batchref
        texts = {
            PLACE: (
                f"{where}: scan the bin label or batch {part.batchref}'s label",
                "bin or batch label",
            ),
            PRODUCT: (f"{part.batchref}: scan the SKU {part.sku}", "the product's SKU"),
            COUNT: (
                f"Take {part.qty:,} × {part.sku} from {part.batchref}: Enter confirms",
                "Enter confirms",
            ),
            SHORTAGE: (
                f"How many {part.sku} are in batch {part.batchref}? Type the count; Enter "
                "reports the shortage (Esc: back)",
                "units counted",
            ),
        }
        text, placeholder = texts[self.step]
        self.instruction.setText(text)
        self.scan_edit.setPlaceholderText(placeholder)
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.orderid:
            self.summary_label.setText(NO_ORDER)
            return
        done = sum(1 for p in self.parts if p.picked or p.key in self._sending)
        total = len(self.parts)
        self.summary_label.setText(
            f"{self.orderid}: {done:,} of {total:,} part{'s' if total != 1 else ''} picked"
        )

    def _show_parts(self) -> None:
        self.table.setRowCount(len(self.parts))
        for row, part in enumerate(self.parts):
            on_its_way = part.key in self._sending
            mark = "✓ picked" if part.picked else "✓ saving…" if on_its_way else ""
            cells = (part.location or "—", part.batchref, part.sku, f"{part.qty:,}", mark)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == QUANTITY:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == LOCATION:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        current = next((n for n, p in enumerate(self.parts) if p.key == self._current), -1)
        if current >= 0:
            self.table.selectRow(current)
            self.table.scrollTo(self.table.model().index(current, 0))
        else:
            self.table.clearSelection()
        self._show_summary()

    def _wrong(self, message: str) -> None:
        """A scan that does not fit: red frame, two beeps, the words; nothing sent."""
        self._show_error(message)
        self.feedback.confirm(False, self.step_box)
        self.said.emit(message)
        self.scan_edit.selectAll()  # the next scan replaces it

    def _say_wrong(self, message: str) -> None:
        self._show_error(message)
        self.feedback.confirm(False, self.step_box)
        self.said.emit(message)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def _place(part: PickPart) -> str:
    """Where the part is, as a wrong scan names it."""
    if part.location:
        return f"bin {part.location} or batch {part.batchref}"
    return f"batch {part.batchref} (its bin is not known)"
