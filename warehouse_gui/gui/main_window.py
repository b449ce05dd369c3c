"""The main window: the forms, the Batches/Orders/History tabs, alerts and a status bar."""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui import collector, config, logs
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.gui.alerts import ALERT, LOW_STOCK, AlertBanner, AlertsPanel
from warehouse_gui.gui.bridge.bus import BusController
from warehouse_gui.gui.bridge.bus_worker import ReadRequest, Submission
from warehouse_gui.gui.forms import specs as forms
from warehouse_gui.gui.forms.command_form import CommandForm
from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences, ScanFeedback
from warehouse_gui.gui.forms.sku_completion import KnownSkus, ScanSafeCompleter
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.gui.tabs.batches.view import BatchesView
from warehouse_gui.gui.tabs.history import HistoryModel, HistoryView
from warehouse_gui.gui.undo import edit_menu
from warehouse_gui.gui.undo.compensations import UNDO, UndoHistory

if TYPE_CHECKING:
    from warehouse_gui import views
    from warehouse_gui.adapters.event_feed import LogPosition
    from warehouse_gui.gui.dialogs.import_batches import BatchImporter
    from warehouse_gui.gui.dialogs.preferences import PreferencesDialog
    from warehouse_gui.gui.dialogs.shortcuts import ShortcutsDialog
    from warehouse_gui.gui.printing.printer import PickList, PickListPrinter
    from warehouse_gui.gui.tabs.orders import OrdersView
    from warehouse_gui.gui.tabs.stock.view import StockView

logger = logging.getLogger(__name__)

WINDOW_TITLE = "Warehouse GUI"


def _views() -> ModuleType:
    """The read side, imported on the bus thread by the first query that needs it, so that
    the window shows before SQLAlchemy loads."""
    return importlib.import_module("warehouse_gui.views")


@dataclass(frozen=True)
class BatchSnapshot:
    """The batch table and the event log position it was read at."""

    rows: list[views.BatchRow]
    position: LogPosition


@dataclass(frozen=True)
class OrderLookup:
    """The allocations read for one order."""

    orderid: str
    lines: list[views.OrderAllocation]


@dataclass(frozen=True)
class HistoryPage:
    """The history read with one pair of filters."""

    sku: str
    orderid: str
    entries: list[views.LoggedEvent]


BATCHES, ORDERS, HISTORY = "batches", "orders", "history"
KEYS_IN_VIEWS = [
    ("Enter", "In a form: next empty required field, or submit when none is left"),
    ("Esc", "In a form: clear it; in the batch filter: clear the filter"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Alt + underlined letter", "Jump to that field or tab"),
    ("F2 or Enter", "In the batch table: correct the selected batch's purchased quantity"),
    ("Delete", "In an order's lines: cancel the selected allocation (Enter confirms, Esc keeps)"),
]


class MainWindow(QMainWindow):
    """Sends the forms' commands to the bus and shows what comes back."""

    def __init__(
        self,
        controller: BusController,
        database_label: str,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(WINDOW_TITLE)
        self.controller = controller
        self.settings = settings or QSettings()

        self.new_batch_form = forms.new_batch_form()
        self.allocate_form = forms.allocate_form()
        self.low_stock_form = forms.low_stock_form()
        self._forms: dict[str, CommandForm] = {
            forms.NEW_BATCH: self.new_batch_form,
            forms.ALLOCATE: self.allocate_form,
            forms.LOW_STOCK: self.low_stock_form,
        }
        self.model = BatchTableModel(self)
        self.batches_view = BatchesView(self.model)
        self.history_model = HistoryModel(
            config.station_name(), config.operator_name(), self.model.sku_of, self
        )
        self.tabs = QTabWidget()
        self.banner = AlertBanner()
        self.alerts_panel = AlertsPanel()
        self._build_layout()
        self._build_status_bar(database_label)
        self.shortcuts = self._build_menus_and_shortcuts()
        self._build_scanner_flow_and_undo()

        self.new_batch_form.submitted.connect(self._submit_new_batch)
        self.allocate_form.submitted.connect(self._submit_allocation)
        self.low_stock_form.submitted.connect(self._submit_threshold)
        self.model.purchased_edit_requested.connect(self._change_purchased)

        controller.event_published.connect(self.model.apply_event)
        controller.own_event_published.connect(self.history_model.apply_event)
        controller.own_event_published.connect(self._on_own_event)
        controller.remote_event_logged.connect(self.history_model.apply_logged)
        controller.remote_event_logged.connect(self._on_remote_entry)
        controller.connection_changed.connect(self._on_connection_changed)
        controller.bus_restarted.connect(self._on_bus_restarted)
        controller.read_finished.connect(self._on_read_finished)
        controller.read_failed.connect(self._on_read_failed)
        controller.command_succeeded.connect(self._on_command_succeeded)
        controller.command_failed.connect(self._on_command_failed)
        controller.startup_failed.connect(self._on_startup_failed)
        controller.pending_changed.connect(self._on_pending_changed)

        controller.event_published.connect(self.known_skus.apply_event)
        controller.submission_requested.connect(self.undo_history.track)
        controller.own_event_published.connect(self.undo_history.note_event)
        controller.command_succeeded.connect(self.undo_history.command_succeeded)
        controller.command_failed.connect(self.undo_history.command_failed)

        self._restore_settings()
        self.new_batch_form.focus_first_field()
        controller.read(BATCHES, lambda uow: BatchSnapshot(*_views().batches_at_position(uow)))
        self._read_history("", "")

    # Layout

    @property
    def table(self) -> QWidget:
        """The batch table widget."""
        return self.batches_view.table

    @property
    def filter_edit(self) -> QWidget:
        """The batch table's filter box."""
        return self.batches_view.filter_edit

    def _build_layout(self) -> None:
        # Each container is put in its place before it is filled: under the application's
        # stylesheet, a widget moved into a new parent restyles everything inside it, so
        # filling containers first restyled the whole window once per level (~20 ms).
        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        layout.addWidget(self.main_splitter, 1)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.main_splitter.addWidget(self.top_splitter)

        # The forms scroll when the window is shorter than they are, and the form with the
        # cursor is always brought into view.
        self.forms_scroll = QScrollArea()
        self.forms_scroll.setObjectName("formsColumn")
        self.top_splitter.addWidget(self.forms_scroll)
        self.forms_column = forms_column = QWidget()
        self.forms_scroll.setWidget(forms_column)
        self.forms_scroll.setWidgetResizable(True)
        self.forms_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.forms_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        forms_layout = QVBoxLayout(forms_column)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(self.new_batch_form)
        forms_layout.addWidget(self.allocate_form)
        forms_layout.addWidget(self.low_stock_form)
        forms_layout.addStretch(1)
        for form in self._forms.values():
            form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        scrollbar = self.forms_scroll.verticalScrollBar().sizeHint().width()
        self.forms_scroll.setMinimumWidth(forms_column.minimumSizeHint().width() + scrollbar)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_focused_field)

        self.tabs.setObjectName("views")
        self.top_splitter.addWidget(self.tabs)
        self.tabs.addTab(self.batches_view, "&Batches")
        # The other tabs' views are made when first shown (or asked for): none is seen at
        # start, and making them took ~4 ms of the time before the window shows.
        self._made_later: dict[QWidget, Callable[[], QWidget]] = {}
        self.orders_tab = self._page_made_later("Order&s", lambda: self.orders_view)
        self.history_tab = self._page_made_later("His&tory", lambda: self.history_view)
        self.stock_tab = self._page_made_later("Stock &picture", lambda: self.stock_view)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        alerts_box = QGroupBox("Alerts")
        self.main_splitter.addWidget(alerts_box)
        alerts_layout = QVBoxLayout(alerts_box)
        alerts_layout.addWidget(self.alerts_panel)

        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([380, 800])
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([620, 120])
        self.resize(1220, 840)

    def _build_status_bar(self, database_label: str) -> None:
        self.result_label = QLabel("Loading batches…")
        self.result_label.setObjectName("lastResult")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCommands")
        self.connection_label = QLabel("Connecting…")
        self.connection_label.setObjectName("connectionState")
        self.database_label = QLabel(f"Database: {database_label}")
        self.database_label.setObjectName("databaseLocation")
        self.database_label.setToolTip(database_label)
        status = self.statusBar()
        status.addWidget(self.result_label, 1)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(self.connection_label)
        status.addPermanentWidget(self.database_label)
        self._on_pending_changed(0)

    def _build_menus_and_shortcuts(self) -> list[tuple[str, str]]:
        """Create the window's shortcuts and return every key with what it does."""
        window_keys: list[tuple[str, str, Callable[[], None]]] = [
            ("Ctrl+N", "New batch form", self.new_batch_form.focus_first_field),
            ("Ctrl+L", "Allocate form", self.allocate_form.focus_first_field),
            ("Ctrl+F", "Filter the batch table", self.focus_batch_filter),
            ("Ctrl+B", "The batch table", self.focus_batch_table),
            ("Ctrl+O", "Look up an order", self.focus_orders),
            ("Ctrl+H", "History, filtered by SKU and order", self.focus_history),
            (
                "Ctrl+T",
                "Low stock form: warn below a threshold",
                self.low_stock_form.focus_first_field,
            ),
            ("Ctrl+G", "Stock picture of a SKU (the selected batch's)", self.focus_stock_picture),
        ]
        for keys, _meaning, slot in window_keys:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        file_menu = self.menuBar().addMenu("&File")
        import_action = QAction("&Import batches…", self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_batches)
        file_menu.addAction(import_action)
        pick_list_keys = [
            ("Ctrl+P", "&Print pick list…", "Print the order's pick list", self.print_pick_list),
            ("Ctrl+Shift+P", "Save pick list as P&DF…", "Save it as PDF", self.save_pick_list),
        ]
        for keys, text, _meaning, slot in pick_list_keys:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        shortcuts_action = QAction("&Keyboard shortcuts", self)
        shortcuts_action.setShortcut(QKeySequence("F1"))
        shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts_action)
        about_action = QAction("&About Warehouse GUI", self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)
        self.addActions([import_action, quit_action, shortcuts_action])

        menu_keys = [("Ctrl+I", "Import batches from a CSV file (a preview first)")]
        menu_keys += [(k, m) for k, _text, m, _slot in pick_list_keys]
        menu_keys += [("Ctrl+Q", "Quit (queued commands finish first)"), ("F1", "This list")]
        return [(k, m) for k, m, _ in window_keys] + menu_keys + KEYS_IN_VIEWS

    def _build_scanner_flow_and_undo(self) -> None:
        """SKU completion, scan confirmations, their preferences, and Undo."""
        self.known_skus = KnownSkus(self)
        self.sku_completers = [
            ScanSafeCompleter(edit, self.known_skus)
            for edit in (
                self.new_batch_form.edits["sku"],
                self.allocate_form.edits["sku"],
                self.low_stock_form.edits["sku"],
            )
        ]
        self.feedback = ScanFeedback(FeedbackPreferences.load(self.settings), parent=self)
        for form in self._forms.values():
            form.answered.connect(lambda ok, form=form: self.feedback.confirm(ok, form))
        self.undo_history = UndoHistory(self.controller.submit, self._known_before, self)
        self.undo_history.reported.connect(self._on_undo_reported)
        self.edit_menu = edit_menu.EditMenu(
            self, self.undo_history, self.show_preferences, self.findChildren(QLineEdit)
        )
        self.shortcuts += edit_menu.KEYS

    def _page_made_later(self, title: str, view: Callable[[], QWidget]) -> QWidget:
        """An empty tab page, filled by ``view()`` when it is first shown."""
        page = QWidget()
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(page, title)
        self._made_later[page] = view
        return page

    def _fill_page(self, page: QWidget, view: QWidget, sku_edit: QLineEdit | None) -> None:
        """Put a view made on first use in its page, with the window's keys in its fields."""
        if sku_edit is not None:
            self.sku_completers.append(ScanSafeCompleter(sku_edit, self.known_skus))
        self.edit_menu.cover(view.findChildren(QLineEdit))
        layout = page.layout()
        assert layout is not None
        layout.addWidget(view)

    @cached_property
    def orders_view(self) -> OrdersView:
        """The Orders tab's content, made when the tab is first shown."""
        from warehouse_gui.gui.tabs.orders import OrdersView

        view = OrdersView()
        view.order_requested.connect(self._look_up_order)
        view.cancel_requested.connect(self._cancel_allocation)
        self.controller.event_published.connect(view.apply_event)
        self._fill_page(self.orders_tab, view, None)
        return view

    @cached_property
    def history_view(self) -> HistoryView:
        """The History tab's content, made when the tab is first shown; its model is made
        with the window and kept up to date from the start."""
        view = HistoryView(self.history_model)
        view.filters_changed.connect(self._read_history)
        self._fill_page(self.history_tab, view, view.sku_edit)
        return view

    @cached_property
    def stock_view(self) -> StockView:
        """The Stock picture tab's content, made when the tab is first shown."""
        from warehouse_gui.gui.tabs.stock.view import StockView

        view = StockView(self.model, self.batches_view.table)
        self.controller.event_published.connect(view.apply_event)
        self._fill_page(self.stock_tab, view, view.sku_edit)
        return view

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        view = self._made_later.get(page) if page is not None else None
        if view is not None:
            # Made on first use, and shown at once: a widget put in a page already shown
            # would wait a turn of the event loop to show itself.
            view().show()

    # Settings

    def _remembered_layout(
        self,
    ) -> tuple[tuple[str, Callable[[], QByteArray], Callable[[QByteArray], bool]], ...]:
        """Each piece of the layout kept in the settings: its key, how to save and restore it."""
        header = self.batches_view.table.horizontalHeader()
        return (
            ("geometry", self.saveGeometry, self.restoreGeometry),
            ("windowState", self.saveState, self.restoreState),
            ("topSplitter", self.top_splitter.saveState, self.top_splitter.restoreState),
            ("mainSplitter", self.main_splitter.saveState, self.main_splitter.restoreState),
            ("batchTableHeader", header.saveState, header.restoreState),
        )

    def _restore_settings(self) -> None:
        for key, _save, restore in self._remembered_layout():
            value = self.settings.value(f"mainWindow/{key}")
            if isinstance(value, QByteArray):
                restore(value)

    def _save_settings(self) -> None:
        for key, save, _restore in self._remembered_layout():
            self.settings.setValue(f"mainWindow/{key}", save())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, let queued commands finish, then stop the bus thread."""
        self._save_settings()
        if self.controller.pending:
            self.result_label.setText(f"Finishing {self.controller.pending} queued commands…")
        self.controller.shutdown()
        event.accept()

    # Keyboard

    @Slot(QWidget, QWidget)
    def _show_focused_field(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll the whole form with the cursor into view, its error line included (once
        the form has grown to show it)."""
        form = next((f for f in self._forms.values() if new and f.isAncestorOf(new)), None)
        if form is not None:
            scroll = self.forms_scroll
            QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(form, 0, 0))

    @Slot()
    def focus_batch_filter(self) -> None:
        """Ctrl+F: type to narrow the batch table."""
        self.tabs.setCurrentWidget(self.batches_view)
        self.batches_view.focus_filter()

    @Slot()
    def focus_batch_table(self) -> None:
        """Ctrl+B: the batch table, to pick a batch and correct its quantity."""
        self.tabs.setCurrentWidget(self.batches_view)
        self.batches_view.focus_table()

    @Slot()
    def focus_orders(self) -> None:
        """Ctrl+O: look up an order."""
        self.tabs.setCurrentWidget(self.orders_tab)
        self.orders_view.focus_lookup()

    @Slot()
    def focus_history(self) -> None:
        """Ctrl+H: the history and its filters."""
        self.tabs.setCurrentWidget(self.history_tab)
        self.history_view.focus_filter()

    @Slot()
    def focus_stock_picture(self) -> None:
        """Ctrl+G: the stock picture, its SKU box ready for another SKU."""
        self.tabs.setCurrentWidget(self.stock_tab)
        self.stock_view.focus_sku()

    @cached_property
    def batch_import(self) -> BatchImporter:
        """File → Import batches, made at the first Ctrl+I; tests answer its file dialog
        by replacing its ``choose_file``."""
        from warehouse_gui.gui.dialogs.import_batches import BatchImporter

        importer = BatchImporter(self.controller, self, self.settings)
        importer.status.connect(self.result_label.setText)
        return importer

    @Slot()
    def import_batches(self) -> None:
        """Ctrl+I: choose a CSV file of batches and preview it before importing."""
        self.batch_import.start()

    @cached_property
    def pick_list_printer(self) -> PickListPrinter:
        """Prints pick lists and saves them as PDF. Made at the first Ctrl+P or Ctrl+Shift+P,
        which loads Qt's print support; tests put one with answered dialogs here."""
        from warehouse_gui.gui.printing.printer import PickListPrinter

        return PickListPrinter()

    @Slot()
    def print_pick_list(self) -> None:
        """Ctrl+P: print the pick list of the order shown in the Orders tab."""
        pick = self._shown_pick_list()
        if pick is not None and (where := self.pick_list_printer.print(pick, self)):
            self.orders_view.error_label.hide()
            self.result_label.setText(f"Printed the pick list of order {pick.orderid} on {where}")

    @Slot()
    def save_pick_list(self) -> None:
        """Ctrl+Shift+P: save the pick list of the order shown in the Orders tab as PDF."""
        pick = self._shown_pick_list()
        if pick is None:
            return
        try:
            path = self.pick_list_printer.save_pdf(pick, self)
        except OSError as error:
            logger.error("Pick list of order %s not saved: %s", pick.orderid, error)
            self.orders_view.show_error(str(error))
            self.result_label.setText(str(error))
            return
        if path is not None:
            self.orders_view.error_label.hide()
            self.result_label.setText(f"Saved the pick list of order {pick.orderid} to {path}")

    def _shown_pick_list(self) -> PickList | None:
        from warehouse_gui.gui.printing.printer import PickList

        orderid, lines = self.orders_view.orderid, self.orders_view.lines
        if not orderid or not lines:
            message = (
                f"Order {orderid} has no allocated lines to pick"
                if orderid
                else "No order shown: type its ID here and press Enter, then Ctrl+P prints "
                "its pick list (Ctrl+Shift+P saves it as PDF)"
            )
            self.focus_orders()
            self.orders_view.show_error(message)
            self.result_label.setText(message)
            return None

        def eta_of(reference: str) -> date | None:
            batch = self.model.batch(reference)
            return batch.eta if batch else None

        return PickList.of(
            orderid, lines, eta_of, config.station_name(), config.operator_name(), datetime.now()
        )

    @Slot()
    def show_preferences(self) -> PreferencesDialog:
        """Ctrl+,: switch the scan confirmations on or off; saved when accepted."""
        from warehouse_gui.gui.dialogs.preferences import PreferencesDialog  # only when asked for

        dialog = PreferencesDialog(self.feedback.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._set_preferences(dialog.chosen()))
        dialog.open()
        return dialog

    def _set_preferences(self, preferences: FeedbackPreferences) -> None:
        self.feedback.preferences = preferences
        preferences.save(self.settings)

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: every shortcut, in a dialog that Esc closes."""
        from warehouse_gui.gui.dialogs.shortcuts import ShortcutsDialog  # only when asked for

        dialog = ShortcutsDialog(self.shortcuts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Commands and reads out

    @Slot(object)
    def _submit_new_batch(self, command: commands.CreateBatch) -> None:
        self.controller.submit(command, forms.NEW_BATCH)

    @Slot(object)
    def _submit_allocation(self, command: commands.Allocate) -> None:
        self.controller.submit(command, forms.ALLOCATE)

    @Slot(object)
    def _submit_threshold(self, command: commands.SetLowStockThreshold) -> None:
        self.controller.submit(command, forms.LOW_STOCK)

    @Slot(str, str)
    def _change_purchased(self, reference: str, text: str) -> None:
        try:
            command = commands.ChangeBatchQuantity.from_fields({"ref": reference, "qty": text})
        except InvalidCommand as error:
            self.batches_view.show_error(f"Purchased quantity {error.rule}", reference)
            return
        self.controller.submit(command, BATCHES)

    def _known_before(self, command: commands.Command) -> object:
        """What the window shows that ``command`` is about to replace (for its undo)."""
        if isinstance(command, commands.ChangeBatchQuantity):
            return self.model.purchased_of(command.ref)
        return None

    @Slot(str, str)
    def _cancel_allocation(self, orderid: str, sku: str) -> None:
        self.controller.submit(commands.Deallocate(orderid, sku), ORDERS)

    @Slot(str)
    def _look_up_order(self, orderid: str) -> None:
        self.controller.read(
            ORDERS, lambda uow: OrderLookup(orderid, _views().order_allocations(uow, orderid))
        )

    @Slot(str, str)
    def _read_history(self, sku: str, orderid: str) -> None:
        self.controller.read(
            HISTORY,
            lambda uow: HistoryPage(sku, orderid, _views().history(uow, sku=sku, orderid=orderid)),
        )

    # Results and events in

    @Slot(object, object)
    def _on_command_succeeded(self, submission: Submission, result: object) -> None:
        if submission.origin == UNDO:
            return  # the undo history reports it
        command = submission.command
        if isinstance(command, commands.Allocate) and result is None:
            self._forms[submission.origin].failed(
                f"Out of stock: no batch of {command.sku} has {command.qty:,} available", "qty"
            )
            self.result_label.setText(
                f"Order {command.orderid} not allocated: {command.sku} is out of stock"
            )
            return
        if submission.origin in self._forms:
            self._forms[submission.origin].succeeded()
        elif submission.origin == BATCHES:
            self.batches_view.clear_error()
        self.result_label.setText(_describe_success(command, result))

    @Slot(object, str, object)
    def _on_command_failed(self, submission: Submission, message: str, field: object) -> None:
        if submission.origin == UNDO:
            return  # the undo history reports it
        if submission.origin in self._forms:
            self._forms[submission.origin].failed(
                message, field if isinstance(field, str) else None
            )
        elif submission.origin == BATCHES:
            command = submission.command
            reference = command.ref if isinstance(command, commands.ChangeBatchQuantity) else None
            self.batches_view.show_error(message, reference)
        elif submission.origin == ORDERS:
            self.orders_view.show_error(message)
        first_line = message.partition("\n")[0]  # an import's refusal lists every line
        self.result_label.setText(f"Refused: {first_line}")

    @Slot(object, object)
    def _on_read_finished(self, request: ReadRequest, result: object) -> None:
        if isinstance(result, OrderLookup):
            self.orders_view.show_order(result.orderid, result.lines)
        elif isinstance(result, HistoryPage):
            self.history_model.load(result.sku, result.orderid, result.entries)
        elif isinstance(result, BatchSnapshot):
            with collector.paused():
                self.model.load(result.rows)
                self.known_skus.load(row.sku for row in result.rows)
            # What exists now (modules, the mapped classes, every batch row) lives as long as
            # the window: take it out of the cyclic collector's full passes, which otherwise
            # hold the GIL for tens of milliseconds and stall the GUI (measured in a burst).
            gc.freeze()
            self.result_label.setText(f"Loaded {len(result.rows):,} batches")
            self.controller.follow_log(result.position)

    @Slot(object, str)
    def _on_read_failed(self, request: ReadRequest, message: str) -> None:
        if request.origin == ORDERS:
            self.orders_view.show_error(message)
        self.result_label.setText(message)

    @Slot(object)
    def _on_own_event(self, event: events.Event) -> None:
        if isinstance(event, events.OutOfStock):
            self._alert(f"Out of stock: {event.sku} — an order line could not be allocated")
        elif isinstance(event, events.LowStock):
            self._alert(_low_stock_text(event), LOW_STOCK)

    @Slot(object)
    def _on_remote_entry(self, entry: views.LoggedEvent) -> None:
        if entry.type == "OutOfStock":
            self._alert(
                f"Out of stock: {entry.sku} — an order line at {entry.station} "
                "could not be allocated"
            )
        elif entry.type == "LowStock":
            event = entry.event
            assert isinstance(event, events.LowStock)
            self._alert(f"{_low_stock_text(event)} (at {entry.station})", LOW_STOCK)

    @Slot(str, bool)
    def _on_undo_reported(self, message: str, ok: bool) -> None:
        self.result_label.setText(message)
        self.feedback.confirm(ok, self.result_label)

    def _alert(self, text: str, kind: str = ALERT) -> None:
        self.banner.show_alert(text, kind)
        self.alerts_panel.add_alert(text, kind)

    @Slot(str)
    def _on_bus_restarted(self, message: str) -> None:
        self._alert(message)
        self.result_label.setText(message)
        self.controller.read(BATCHES, lambda uow: BatchSnapshot(*_views().batches_at_position(uow)))

    @Slot(bool, str)
    def _on_connection_changed(self, connected: bool, detail: str) -> None:
        if connected:
            self.connection_label.setText("● Connected")
            self.connection_label.setToolTip("The database is reachable")
            self.result_label.setText("Connected to the database")
        else:
            self.connection_label.setText("⚠ Disconnected — reconnecting…")
            self.connection_label.setToolTip(detail)
            self.result_label.setText(f"The database cannot be reached: {detail}")

    @Slot(str)
    def _on_startup_failed(self, message: str) -> None:
        self.result_label.setText(message)
        self._alert(message)

    @Slot(int)
    def _on_pending_changed(self, pending: int) -> None:
        self.pending_label.setText(f"⏳ {pending} pending" if pending else "✓ All saved")

    @Slot()
    def _show_about(self) -> None:
        from warehouse_gui.gui.dialogs.about import about_box  # only when asked for

        about_box(self.database_label.toolTip(), logs.log_file(), self).open()


def _describe_success(command: object, result: object) -> str:
    if isinstance(command, commands.CreateBatch):
        where = f"arriving {command.eta}" if command.eta else "in stock"
        return f"Created batch {command.ref}: {command.qty:,} × {command.sku}, {where}"
    if isinstance(command, commands.Allocate):
        line = f"{command.qty:,} × {command.sku}"
        return f"Allocated order {command.orderid}: {line} from batch {result}"
    if isinstance(command, commands.ChangeBatchQuantity):
        return f"Batch {command.ref} now holds {command.qty:,} units"
    if isinstance(command, commands.Deallocate):
        return f"Cancelled order {command.orderid}'s allocation of {command.sku}"
    if isinstance(command, commands.ImportBatches):
        count = len(command.batches)
        return f"Imported {count:,} batch{'' if count == 1 else 'es'}"
    if isinstance(command, commands.SetLowStockThreshold):
        if command.threshold == 0:
            return f"Low-stock warning for {command.sku} turned off"
        return f"{command.sku} will warn when fewer than {command.threshold:,} are available"
    return "Done"


def _low_stock_text(event: events.LowStock) -> str:
    return (
        f"Low stock: {event.sku} — {event.available:,} available (in stock and arriving), "
        f"below its threshold of {event.threshold:,}"
    )
