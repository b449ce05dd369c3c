"""Ctrl+P and Ctrl+Shift+P: print the pick list of the order shown in the Orders tab, or
save it as PDF. Qt's print support loads at the first of them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from warehouse_gui import config
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.gui.printing.pick_list import PickList
    from warehouse_gui.gui.printing.printer import PickListPrinter
    from warehouse_gui.gui.tabs.orders import OrdersView

logger = logging.getLogger(__name__)


class PickListCommands(QObject):
    """Prints or saves the shown order's pick list; says what happened in ``said``.

    ``orders`` gives the Orders tab's view (made when first asked for), ``show_orders``
    brings it forward with the cursor in its order box; ``model`` knows each batch's ETA.
    """

    said = Signal(str)

    def __init__(
        self,
        orders: Callable[[], OrdersView],
        show_orders: Callable[[], object],
        model: BatchTableModel,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._orders = orders
        self._show_orders = show_orders
        self._model = model
        self._window = window

    @cached_property
    def printer(self) -> PickListPrinter:
        """Prints pick lists and saves them as PDF; made at first use, which loads Qt's
        print support. Tests put one with answered dialogs here."""
        from warehouse_gui.gui.printing.printer import PickListPrinter

        return PickListPrinter()

    @Slot()
    def print(self) -> None:
        """Ask for a printer and print the shown order's pick list."""
        pick = self._shown_pick_list()
        if pick is not None and (where := self.printer.print(pick, self._window)):
            self._orders().error_label.hide()
            self.said.emit(
                translate("PickListCommands", "Printed the pick list of {order} on {where}").format(
                    order=pick.orderid, where=where
                )
            )

    @Slot()
    def save_pdf(self) -> None:
        """Ask where, and save the shown order's pick list there as PDF."""
        pick = self._shown_pick_list()
        if pick is None:
            return
        try:
            path = self.printer.save_pdf(pick, self._window)
        except OSError as error:
            logger.error("Pick list of order %s not saved: %s", pick.orderid, error)
            self._orders().show_error(str(error))
            self.said.emit(str(error))
            return
        if path is not None:
            self._orders().error_label.hide()
            self.said.emit(
                translate("PickListCommands", "Saved the pick list of {order} to {path}").format(
                    order=pick.orderid, path=path
                )
            )

    def _shown_pick_list(self) -> PickList | None:
        """The pick list of the order shown, or ``None`` after saying what to do."""
        from warehouse_gui.gui.printing.pick_list import PickList

        orders = self._orders()
        orderid, lines = orders.orderid, orders.lines
        if not orderid or not lines:
            if orderid:
                message = translate(
                    "PickListCommands", "Nothing to pick: {order} has no allocated lines"
                ).format(order=orderid)
            else:
                message = translate(
                    "PickListCommands",
                    "No order shown: type its ID here and press Enter, then Ctrl+P prints "
                    "its pick list (Ctrl+Shift+P saves it as PDF)",
                )
            self._show_orders()
            orders.show_error(message)
            self.said.emit(message)
            return None

        def eta_of(reference: str) -> date | None:
            batch = self._model.batch(reference)
            return batch.eta if batch else None

        return PickList.of(
            orderid,
            lines,
            eta_of,
            config.station_name(),
            config.operator_name(),
            datetime.now(),
            orders.waiting,
        )
