"""The Stock picture tab: a SKU box and the chart of that SKU's batches, kept live.

The batches come from the batch table's model, which already holds every batch with its
figures and applies every event first; this view only looks up the chosen SKU's batches
(by bisection, so it costs that SKU's batches, not the table's) when something about
that SKU changes. The SKU's lines waiting for stock are asked of the read side when the
SKU is chosen and whenever one of them starts or stops waiting.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.domain import events
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Refused
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.gui.tabs.stock.chart import ChartLegend, StockChart
from warehouse_gui.gui.tabs.stock.picture import StockPicture
from warehouse_gui.queries import LowStockThreshold, WaitingLines
from warehouse_gui.read_model import WaitingLine
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

CHOOSE_A_SKU = QT_TRANSLATE_NOOP(
    "StockView",
    "Type a SKU above and press Enter, or select a batch in the Batches tab (Ctrl+B): "
    "its SKU's batches are pictured here.",
)

logger = logging.getLogger(__name__)


class StockView(QWidget):
    """Which SKU, its totals, a legend and the scrolling chart."""

    def __init__(
        self,
        model: BatchTableModel,
        batch_table: QTableView,
        bus: Bus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.bus = bus
        self.sku = ""
        self._threshold = 0  # the pictured SKU's low-stock threshold, as last read or set
        self._waiting = (0, 0)  # the pictured SKU's lines waiting for stock, and their units
        self._references: frozenset[str] = frozenset()

        self.sku_edit = QLineEdit(self)
        self.sku_edit.setObjectName("stockSku")
        self.sku_edit.setAccessibleName(translate("StockView", "SKU to picture"))
        self.sku_edit.setAccessibleDescription(
            translate(
                "StockView",
                "Type or scan a SKU and press Enter to picture its batches; "
                "Down moves to the picture",
            )
        )
        self.sku_edit.setPlaceholderText(translate("StockView", "SKU, then Enter"))
        self.sku_edit.returnPressed.connect(self._sku_entered)
        self.sku_edit.installEventFilter(self)
        ScanKeys(self).watch(self.sku_edit)
        label = QLabel(translate("StockView", "SKU to sho&w"), self)
        label.setBuddy(self.sku_edit)
        sku_row = QHBoxLayout()
        sku_row.addWidget(label)
        sku_row.addWidget(self.sku_edit, 1)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("stockSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(translate("StockView", "Stock totals"))
        self.legend = ChartLegend(self)
        self.chart = StockChart()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("stockChartScroll")
        self.scroll_area.setAccessibleName(translate("StockView", "Stock picture"))
        self._set_picture(None, translate("StockView", CHOOSE_A_SKU))
        self.scroll_area.setWidget(self.chart)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll_area.setBackgroundRole(self.chart.backgroundRole())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setAccessibleName(translate("StockView", "Stock picture error"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(
            translate(
                "StockView",
                "Batches in allocation order: in stock first, then by arrival. "
                "↓ moves to the picture; Page Up/Down scroll it",
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(sku_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(hint)

        # Events come in bursts: the picture is redrawn once per pass of the event loop.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        model.modelReset.connect(self._refresh_soon)
        selection = batch_table.selectionModel()
        selection.currentRowChanged.connect(self._follow_table)
        self._follow_table(selection.currentIndex(), QModelIndex())

    @property
    def picture(self) -> StockPicture | None:
        """What the chart was last asked to draw."""
        return self.chart.picture

    @Slot()
    def focus_sku(self) -> None:
        """Put the cursor in the SKU box with its text selected."""
        self.sku_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sku_edit.selectAll()

    def show_sku(self, text: str) -> None:
        """Picture the batches of SKU ``text`` (matched exactly, or else in any case when
        only one SKU matches that way)."""
        sku = text.strip()
        if sku and not self.model.batches_of_sku(sku):
            alike = {entry.sku for entry in self.model.batches_of_sku(sku, ignore_case=True)}
            if len(alike) == 1:
                sku = alike.pop()
        if sku != self.sku:
            self._threshold = 0
            self._waiting = (0, 0)
            if sku:
                self.bus.ask(
                    LowStockThreshold(sku),
                    partial(self._threshold_read, sku),
                    partial(self._threshold_unread, sku),
                )
                self._read_waiting(sku)
        self.sku = sku
        if self.sku_edit.text() != sku:
            self.sku_edit.setText(sku)
        self.refresh()

    def _threshold_read(self, sku: str, threshold: int) -> None:
        if sku == self.sku:
            self._threshold = threshold
            self.refresh()

    def _threshold_unread(self, sku: str, refused: Refused) -> None:
        logger.warning("The low-stock threshold of %s could not be read: %s", sku, refused.message)

    def _read_waiting(self, sku: str) -> None:
        self.bus.ask(
            WaitingLines(sku=sku),
            partial(self._waiting_read, sku),
            partial(self._waiting_unread, sku),
        )

    def _waiting_read(self, sku: str, lines: list[WaitingLine]) -> None:
        if sku == self.sku:
            self._waiting = (len(lines), sum(line.qty for line in lines))
            self.refresh()

    def _waiting_unread(self, sku: str, refused: Refused) -> None:
        logger.warning(
            "The lines of %s waiting for stock could not be read: %s", sku, refused.message
        )

    @Slot()
    def refresh(self) -> None:
        """Draw the current SKU's batches as the batch table has them now."""
        self._refresh_timer.stop()
        if not self.sku:
            self._references = frozenset()
            self.summary_label.clear()
            self.error_label.hide()
            self._set_picture(None, translate("StockView", CHOOSE_A_SKU))
            return
        batches = self.model.batches_of_sku(self.sku)
        picture = StockPicture.of(self.sku, batches, self._threshold, self._waiting)
        self._references = frozenset(bar.reference for bar in picture.bars)
        self.summary_label.setText(picture.summary())
        if picture.bars:
            self.error_label.hide()
        else:
            self.error_label.setText(
                translate(
                    "StockView",
                    "No batch of SKU {sku} is known: check the SKU, or receive a batch of it "
                    "with Ctrl+N (the picture appears as soon as one exists).",
                ).format(sku=self.sku)
            )
            self.error_label.show()
        self._set_picture(
            picture, translate("StockView", "No batches of {sku}").format(sku=self.sku)
        )

    def _set_picture(self, picture: StockPicture | None, empty_text: str) -> None:
        """Have the chart draw ``picture``; the scroll area, which takes the focus, tells a
        screen reader what the chart shows."""
        self.chart.set_picture(picture, empty_text)
        self.scroll_area.setAccessibleDescription(self.chart.accessibleDescription())

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """Redraw when an event changes one of the pictured SKU's batches (connect after the
        batch table's model, which applies the event to the figures read here)."""
        if not self.sku:
            return
        if isinstance(event, events.LowStockThresholdSet) and event.sku == self.sku:
            self._threshold = event.threshold
            self._refresh_soon()
        elif isinstance(event, events.BatchCreated | events.Allocated | events.Deallocated):
            if event.sku == self.sku:
                self._refresh_soon()
        elif (
            isinstance(event, events.BatchQuantityChanged | events.BatchMoved)
            and event.ref in self._references
        ):
            self._refresh_soon()
        if (
            isinstance(
                event, events.OutOfStock | events.WaitingLineAllocated | events.WaitingLineWithdrawn
            )
            and event.sku == self.sku
        ):
            self._read_waiting(self.sku)

    def eventFilter(self, watched: object, event: object) -> bool:
        """Down in the SKU box moves to the picture."""
        if (
            watched is self.sku_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.scroll_area.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    @Slot()
    def _refresh_soon(self) -> None:
        if self.sku:
            self._refresh_timer.start()

    @Slot()
    def _sku_entered(self) -> None:
        self.show_sku(self.sku_edit.text())
        self.sku_edit.selectAll()  # the next scan replaces it
        # Say what the SKU box led to: a sighted clerk sees the totals or the error line.
        if not self.error_label.isHidden():
            announce(self.sku_edit, self.error_label.text(), urgent=True)
        else:
            announce(self.sku_edit, self.summary_label.text())

    @Slot(QModelIndex, QModelIndex)
    def _follow_table(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid() or current.row() >= self.model.rowCount():
            return
        sku = self.model.entry(current.row()).sku
        if sku != self.sku:
            self.show_sku(sku)
