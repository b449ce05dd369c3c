"""The Batches tab: a filter box, the batch table, and its quantity corrections (F2), each
sent to the bus with its own continuation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui import messages
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.table_rows import one_line_rows
from warehouse_gui.gui.tabs.batches.entries import PURCHASED, SKU
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import ChangeBatchQuantity

COLUMN_WIDTHS = (150, 150, 100, 95, 95, 130, 100)
CORRECTION_HINT = QT_TRANSLATE_NOOP(
    "BatchesView",
    "F2 or Enter: correct the purchased quantity of the selected batch (0 cancels it); "
    "F7 prints the selected batches' labels again (Shift+F7: as PDF)",
)


class BatchTableView(QTableView):
    """The table; F2 or Enter edits the current row's Purchased quantity, or says why the
    person may not (``refusal``)."""

    refused = Signal(str)  # why the quantity cannot be corrected by this person

    refusal: str | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Start editing Purchased from any column of the current row."""
        editing = self.state() == QAbstractItemView.State.EditingState
        keys = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        current = self.currentIndex()
        if not editing and event.key() in keys and current.isValid():
            if self.refusal is not None:
                self.refused.emit(self.refusal)
            else:
                self.edit_purchased(current.row())
            return
        super().keyPressEvent(event)

    def edit_purchased(self, row: int) -> None:
        """Open the editor on the Purchased cell of ``row`` with its text selected."""
        index = self.model().index(row, PURCHASED, QModelIndex())
        self.setCurrentIndex(index)
        self.edit(index)


class BatchesView(QWidget):
    """Filter, count, table and an inline error line for quantity corrections."""

    said = Signal(str)  # the status bar's line about a correction

    def __init__(self, model: BatchTableModel, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.bus = bus
        model.purchased_edit_requested.connect(self._correct)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("batchFilter")
        self.filter_edit.setPlaceholderText(
            translate("BatchesView", "Type part of a reference or SKU")
        )
        self.filter_edit.setAccessibleName(translate("BatchesView", "Filter batches"))
        self.filter_edit.setAccessibleDescription(
            translate(
                "BatchesView",
                "Shows only the batches whose reference or SKU holds every word typed; "
                "Enter moves to the table, Esc clears the filter",
            )
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(model.set_filter)
        clear_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.activated.connect(self.filter_edit.clear)
        self.filter_edit.returnPressed.connect(self.focus_table)
        filter_label = QLabel(translate("BatchesView", "Fi&lter"), self)
        filter_label.setBuddy(self.filter_edit)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("batchCount")
        self.count_label.setAccessibleName(translate("BatchesView", "Batches shown"))
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.count_label)

        self.table = BatchTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setAccessibleName(translate("BatchesView", "Batches"))
        self.table.setAccessibleDescription(
            translate(
                "BatchesView",
                "Every batch with its arrival, quantities and bin; F2 or Enter corrects "
                "the purchased quantity of the current batch",
            )
        )
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Shift+arrows select several batches, whose labels F7 prints again.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        one_line_rows(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(SKU, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("BatchesView", "Batches error"))
        self.error_label.hide()
        self.table.refused.connect(self.said)
        self.hint = hint = QLabel(translate("BatchesView", CORRECTION_HINT), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(self._update_count)

    def add_strip(self, strip: QWidget) -> None:
        """Put ``strip`` (a one-row form) above the filter and the table."""
        self._layout.insertWidget(0, strip)

    @Slot()
    def focus_filter(self) -> None:
        """Put the cursor in the filter with its text selected."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    @Slot()
    def focus_table(self) -> None:
        """Move to the table, on its first row when nothing is current yet."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def selected_references(self) -> list[str]:
        """The references of the selected batches, in the table's order (the current
        batch's when none is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.entry(row).reference for row in rows]

    def set_correction_refusal(self, reason: str | None) -> None:
        """Whether the person may correct quantities: ``reason`` is why not (the
        Purchased cells are then not editable, and F2 says it)."""
        self.model.editable = reason is None
        self.table.refusal = reason
        self.hint.setText(
            translate("BatchesView", CORRECTION_HINT)
            if reason is None
            else translate("BatchesView", "F2: {reason}").format(reason=reason)
        )

    def cancel_edit(self) -> None:
        """Close an open quantity editor without sending what it holds."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.table.viewport().findChildren(QLineEdit):  # the delegate's
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.RevertModelCache)

    def show_error(self, message: str, reference: str | None = None) -> None:
        """Explain a refused correction and reopen the Purchased cell of ``reference``."""
        self.error_label.setText(message)
        self.error_label.show()
        announce(self.error_label, message, urgent=True)
        if reference:
            # The editor that sent the value is still closing; reopen once it has.
            QTimer.singleShot(0, lambda: self._reopen(reference))

    def _reopen(self, reference: str) -> None:
        row = self.model.row_of(reference)
        if row is not None:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.edit_purchased(row)

    def clear_error(self) -> None:
        """Hide the error line after a correction went through."""
        self.error_label.clear()
        self.error_label.hide()

    @Slot(str, str)
    def _correct(self, reference: str, text: str) -> None:
        """Send the purchased quantity typed into the table, once it is one."""
        from warehouse_gui.domain.commands import ChangeBatchQuantity
        from warehouse_gui.domain.errors import InvalidCommand

        try:
            command = ChangeBatchQuantity.from_fields({"ref": reference, "qty": text})
        except InvalidCommand as error:
            self.show_error(
                translate("BatchesView", "Purchased quantity {rule}").format(rule=error.rule),
                reference,
            )
            return
        self.bus.send(
            command,
            lambda done: self._corrected(command, done),
            lambda refused: self._refused(command, refused),
        )

    def _corrected(self, command: ChangeBatchQuantity, done: Done) -> None:
        self.clear_error()
        self.said.emit(messages.carried_out(command, done.result, done.events))

    def _refused(self, command: ChangeBatchQuantity, refused: Refused) -> None:
        self.show_error(refused.message, command.ref)
        self.said.emit(messages.refused(refused.message))

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.batch_count
        if shown == total:
            text = translate("BatchesView", "%Ln batch(es)", None, total)
        else:
            text = translate("BatchesView", "{shown} of %Ln batch(es)", None, total).format(
                shown=number(shown)
            )
        self.count_label.setText(text)
