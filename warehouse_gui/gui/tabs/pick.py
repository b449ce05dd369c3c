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
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.queries import OrderLines
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events
    from warehouse_gui.read_model import OrderAllocation

COLUMNS = (
    QT_TRANSLATE_NOOP("Pick", "Location"),
    QT_TRANSLATE_NOOP("Pick", "Batch"),
    QT_TRANSLATE_NOOP("Pick", "SKU"),
    QT_TRANSLATE_NOOP("Pick", "Quantity"),
    QT_TRANSLATE_NOOP("Pick", "Picked"),
)
LOCATION, BATCH, SKU, QUANTITY, PICKED = range(len(COLUMNS))
PLACE, PRODUCT, COUNT, SHORTAGE = "place", "sku", "qty", "counted"
PROMPTS = {
    PLACE: QT_TRANSLATE_NOOP("Pick", "Bin or batch"),
    PRODUCT: QT_TRANSLATE_NOOP("Pick", "SKU"),
    COUNT: QT_TRANSLATE_NOOP("Pick", "Quantity"),
    SHORTAGE: QT_TRANSLATE_NOOP("Pick", "Counted"),
}
NO_ORDER = QT_TRANSLATE_NOOP(
    "Pick", "Scan the order ID at the top of its pick list, or type it and press Enter"
)
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
        self.order_edit.setAccessibleName(translate("PickView", "Order to pick"))
        self.order_edit.setAccessibleDescription(
            translate(
                "PickView",
                "Scan the barcode at the top of a pick list, or type the order ID and press "
                "Enter: its parts come up in walking order",
            )
        )
        self.order_edit.setPlaceholderText(translate("PickView", "scan the pick list's barcode"))
        self.order_edit.returnPressed.connect(self._order_entered)
        order_label = QLabel(translate("PickView", "Order"), self)
        order_label.setBuddy(self.order_edit)
        self.summary_label = QLabel(translate("Pick", NO_ORDER), self)
        self.summary_label.setObjectName("pickSummary")
        self.summary_label.setWordWrap(True)
        order_row = QHBoxLayout()
        order_row.addWidget(order_label)
        order_row.addWidget(self.order_edit, 1)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("pickLines")
        self.table.setAccessibleName(translate("PickView", "Parts to pick, in walking order"))
        self.table.setHorizontalHeaderLabels([translate("Pick", title) for title in COLUMNS])
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
        self.step_box = QGroupBox(translate("PickView", "Scan"), self)
        self.step_box.setObjectName("pickStep")
        self.instruction = QLabel(self.step_box)
        self.instruction.setObjectName("pickInstruction")
        self.instruction.setWordWrap(True)
        self.instruction.setAccessibleName(translate("PickView", "What to scan"))
        big = QFont(self.instruction.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.instruction.setFont(big)
        self.scan_edit = QLineEdit(self.step_box)
        self.scan_edit.setObjectName("pickScan")
        self.scan_edit.setAccessibleName(translate("PickView", "Pick scan"))
        self.scan_edit.setAccessibleDescription(
            translate(
                "PickView",
                "Scan the bin's or the batch's label, then the SKU; Enter confirms the "
                "quantity. {key} reports a shortage; Esc goes back",
            ).format(key=SHORTAGE_KEY)
        )
        self.scan_edit.setFont(big)
        self.scan_edit.returnPressed.connect(self._scanned)
        ScanKeys(self).watch(self.order_edit, self.scan_edit)
        self.prompt_label = QLabel(translate("Pick", PROMPTS[PLACE]), self.step_box)
        self.prompt_label.setBuddy(self.scan_edit)
        self.prompt_label.setFont(big)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.prompt_label)
        scan_row.addWidget(self.scan_edit, 1)
        self.error_label = QLabel(self.step_box)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName(translate("PickView", "Pick error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        step_layout = QVBoxLayout(self.step_box)
        step_layout.addWidget(self.instruction)
        step_layout.addLayout(scan_row)
        step_layout.addWidget(self.error_label)

        hint = QLabel(
            translate(
                "PickView",
                "Each part: the bin's or the batch's label, then the SKU, then Enter confirms "
                "the quantity. {key}: the bin holds fewer (report a shortage); Esc: back; "
                "Ctrl+Z puts the last pick back",
            ).format(key=SHORTAGE_KEY),
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
            self._say_wrong(
                translate(
                    "PickView", "No part to report a shortage of: scan an order's pick list first"
                )
            )
            return
        self.step = SHORTAGE
        self.scan_edit.clear()
        self._show_step()
        self.focus_scan()
        self._say_instruction()

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
            self.summary_label.setText(
                translate("PickView", "Reading {orderid}…").format(orderid=orderid)
            )
        self._read(move_on=True)

    @Slot()
    def _scanned(self) -> None:
        text = self.scan_edit.text().strip()
        part = self.current
        if part is None:
            if self.orderid and text:
                self._say_wrong(
                    translate(
                        "PickView", "{orderid} has nothing left to pick: scan the next pick list"
                    ).format(orderid=self.orderid)
                )
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
            self._wrong(_wrong_place(part, text))
            return
        self._next_step(PRODUCT)

    def _check_product(self, part: PickPart, text: str) -> None:
        if text.casefold() != part.sku.casefold():
            self._wrong(
                translate(
                    "PickView", "Wrong product: {text} — expected SKU {sku} from {batch}"
                ).format(text=text, sku=part.sku, batch=part.batchref)
            )
            return
        self._next_step(COUNT)
        self.scan_edit.setText(str(part.qty))
        self.scan_edit.selectAll()

    def _check_count(self, part: PickPart, text: str) -> None:
        if text.replace(",", "") != str(part.qty):
            self._wrong(
                translate(
                    "PickView",
                    "Take all {qty} × {sku} from {batch}, not {text}: this part is {qty}. "
                    "Fewer there? {key} reports a shortage",
                ).format(
                    qty=number(part.qty),
                    sku=part.sku,
                    batch=part.batchref,
                    text=text,
                    key=SHORTAGE_KEY,
                )
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
        self._say_instruction()
        self.bus.send(
            command,
            lambda done: self._picked(command, done),
            lambda refused: self._pick_refused(orderid, part, refused),
        )

    def _picked(self, command: commands.ConfirmPick, done: Done) -> None:
        said = messages.carried_out(command, done.result, done.events)
        self.feedback.confirm(True, self.step_box, said=said)
        self.said.emit(said)
        if command.orderid == self.orderid:
            self._sending.discard((command.sku, command.batchref))

    def _pick_refused(self, orderid: str, part: PickPart, refused: Refused) -> None:
        self.feedback.confirm(False, self.step_box, said=refused.message)
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
            self._wrong(translate("PickView", "Counted {rule}").format(rule=error.rule))
            return
        self.bus.send(
            command, lambda done: self._shortage_reported(command, done), self._shortage_refused
        )
        self.back()

    def _shortage_reported(self, command: commands.ReportShortage, done: Done) -> None:
        said = messages.carried_out(command, done.result, done.events)
        self.feedback.confirm(True, self.step_box, said=said)
        self.said.emit(said)

    def _shortage_refused(self, refused: Refused) -> None:
        self.feedback.confirm(False, self.step_box, said=refused.message)
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
        self.feedback.say(refused.message, self.step_box, urgent=True)

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
                self._say_wrong(
                    translate(
                        "PickView", "Nothing to pick: {orderid} has no allocated lines"
                    ).format(orderid=orderid)
                )
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
        """A scan that fits: on to ``step``, whose instruction a screen reader says (the
        field keeps the cursor, so nothing else would tell it the scan was taken)."""
        self.step = step
        self.error_label.hide()
        self.scan_edit.clear()
        self._show_step()
        self._say_instruction()

    def _say_instruction(self) -> None:
        """Announce what to scan now, after whatever the screen reader is saying."""
        announce(self.step_box, self.instruction.text())

    def _show_step(self) -> None:
        part = self.current
        self.prompt_label.setText(translate("Pick", PROMPTS[self.step]))
        if part is None:
            self.scan_edit.setPlaceholderText("")
            if not self.orderid:
                text = translate("Pick", NO_ORDER)
            elif self._sending:
                text = translate(
                    "PickView", "Every part of {orderid} scanned: saving the last picks…"
                )
            elif self.parts:
                text = translate("PickView", "{orderid} is picked: scan the next pick list")
            else:
                text = translate("PickView", "{orderid}: nothing to pick")
            self.instruction.setText(text.format(orderid=self.orderid))
            self._show_summary()
            return
        if self.step == PLACE and part.location:
            text = translate(
                "PickView", "Go to {location}: scan the bin label or batch {batch}'s label"
            )
            placeholder = translate("PickView", "bin or batch label")
        elif self.step == PLACE:
            text = translate(
                "PickView", "Find batch {batch}: scan the bin label or batch {batch}'s label"
            )
            placeholder = translate("PickView", "bin or batch label")
        elif self.step == PRODUCT:
            text = translate("PickView", "{batch}: scan the SKU {sku}")
            placeholder = translate("PickView", "the product's SKU")
        elif self.step == COUNT:
            text = translate("PickView", "Take {qty} × {sku} from {batch}: Enter confirms")
            placeholder = translate("PickView", "Enter confirms")
        else:
            text = translate(
                "PickView",
                "How many {sku} are in batch {batch}? Type the count; Enter reports the "
                "shortage (Esc: back)",
            )
            placeholder = translate("PickView", "units counted")
        self.instruction.setText(
            text.format(
                location=part.location, batch=part.batchref, sku=part.sku, qty=number(part.qty)
            )
        )
        self.scan_edit.setPlaceholderText(placeholder)
        self._show_summary()

    def _show_summary(self) -> None:
        if not self.orderid:
            self.summary_label.setText(translate("Pick", NO_ORDER))
            return
        done = sum(1 for p in self.parts if p.picked or p.key in self._sending)
        total = len(self.parts)
        self.summary_label.setText(
            translate("PickView", "{orderid}: {done} of %Ln part(s) picked", None, total).format(
                orderid=self.orderid, done=number(done)
            )
        )

    def _show_parts(self) -> None:
        self.table.setRowCount(len(self.parts))
        for row, part in enumerate(self.parts):
            on_its_way = part.key in self._sending
            if part.picked:
                mark = translate("PickView", "✓ picked")
            elif on_its_way:
                mark = translate("PickView", "✓ saving…")
            else:
                mark = ""
            cells = (part.location or "—", part.batchref, part.sku, number(part.qty), mark)
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
        """A scan that does not fit: red frame, two beeps, the words (said at once to a
        screen reader); nothing sent."""
        self._show_error(message)
        self.feedback.confirm(False, self.step_box, said=message)
        self.said.emit(message)
        self.scan_edit.selectAll()  # the next scan replaces it

    def _say_wrong(self, message: str) -> None:
        self._show_error(message)
        self.feedback.confirm(False, self.step_box, said=message)
        self.said.emit(message)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


def _wrong_place(part: PickPart, text: str) -> str:
    """What a scan of ``text`` at the wrong bin or batch is told: where the part is."""
    if part.location:
        return translate(
            "Pick", "Wrong bin or batch: {text} — expected bin {location} or batch {batch}"
        ).format(text=text, location=part.location, batch=part.batchref)
    return translate(
        "Pick", "Wrong bin or batch: {text} — expected batch {batch} (its bin is not known)"
    ).format(text=text, batch=part.batchref)
