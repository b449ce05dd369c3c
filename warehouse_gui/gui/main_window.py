"""The main window: a frame that puts the forms, the tabs, the alerts and the status bar in
their places, gives them the bus, and declares the window's actions.

Each part talks to the bus itself and hears its own replies: the forms (``FormSender``),
the tabs (look-ups, cancellations, corrections, history), undo, the importer. Domain events
reach every part that listens, as Qt signals of the bus.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui import collector, config
from warehouse_gui.gui import actions
from warehouse_gui.gui.actions import UNDO_KEYS
from warehouse_gui.gui.alerts import AlertDesk
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Opened, Refused
from warehouse_gui.gui.dialogs.opener import Dialogs
from warehouse_gui.gui.forms import specs
from warehouse_gui.gui.forms.column import FormsColumn
from warehouse_gui.gui.forms.refused_scans import RefusedScans
from warehouse_gui.gui.forms.scan_feedback import FeedbackPreferences, ScanFeedback
from warehouse_gui.gui.forms.sending import FormSender
from warehouse_gui.gui.forms.sku_completion import KnownSkus, ScanSafeCompleter
from warehouse_gui.gui.label_keys import LabelKeys
from warehouse_gui.gui.layout_memory import LayoutMemory
from warehouse_gui.gui.people.controls import PeopleControls
from warehouse_gui.gui.printing.commands import PickListCommands
from warehouse_gui.gui.status_bar import StatusBar
from warehouse_gui.gui.tabs.batches.model import BatchTableModel
from warehouse_gui.gui.tabs.batches.view import BatchesView
from warehouse_gui.gui.tabs.history import HistoryModel, HistoryView
from warehouse_gui.gui.tabs.made_later import TabMadeLater
from warehouse_gui.gui.tabs.waiting_lines import WaitingLinesModel, WaitingLinesView
from warehouse_gui.gui.undo.history import UndoHistory
from warehouse_gui.gui.undo.keys import EmptyFieldUndo, UndoItem
from warehouse_gui.gui.waiting import WaitingStrip
from warehouse_gui.queries import BatchTable
from warehouse_gui.translation import QT_TRANSLATE_NOOP, number, translate

if TYPE_CHECKING:
    from warehouse_gui.gui.tabs.orders import OrdersView
    from warehouse_gui.gui.tabs.pick import PickView
    from warehouse_gui.gui.tabs.stock.view import StockView
    from warehouse_gui.read_model import BatchSnapshot

WINDOW_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Warehouse GUI")
WAITING_TAB_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Waitin&g")


class MainWindow(QMainWindow):
    """Forms on the left, tabs on the right, alerts below, the status bar at the bottom."""

    def __init__(self, bus: Bus, database: str, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setWindowTitle(translate("MainWindow", WINDOW_TITLE))
        self.bus = bus
        self.settings = settings or QSettings()
        self.new_batch_form = specs.new_batch_form()
        self.move_form = specs.move_form()
        self.allocate_form = specs.allocate_form()
        self.low_stock_form = specs.low_stock_form()
        self.model = BatchTableModel(self)
        self.batches_view = BatchesView(self.model, bus)
        self.history_model = HistoryModel(
            bus, config.station_name(), config.operator_name(), self.model.sku_of, self
        )
        self.waiting_lines_model = WaitingLinesModel(bus, self)
        self.refused = RefusedScans(self.settings, self)
        self.waiting = WaitingStrip(self.refused)
        self.banner, self.alerts_panel = self.waiting.banner, self.waiting.alerts_panel
        self.status = StatusBar(database)
        self.setStatusBar(self.status)
        self._build_layout()

        self.known_skus = KnownSkus(self)
        self.feedback = ScanFeedback(FeedbackPreferences.load(self.settings), parent=self)
        self.forms = FormSender(bus, self.feedback, self.refused, self)
        self.alerts = AlertDesk(bus, self.banner, self.alerts_panel, self.settings, self)
        self.labels = LabelKeys(self.model, self.batches_view, self.status.say, self.settings, self)
        self.undo_history = UndoHistory(bus, self.model, self)
        self.pick_lists = PickListCommands(
            lambda: self.orders_view, self.focus_orders, self.model, self
        )
        self.empty_field_undo = EmptyFieldUndo(self)
        self.dialogs = Dialogs(self, bus, self.settings, self.feedback, self.status.say, database)
        self.people = PeopleControls(self, self.stack, self.work)
        self.work_layout.insertWidget(0, self.people.banner)
        self.dialogs.idle = self.people.idle
        self.undo_history.why_not = self.people.session.refusal
        self.alerts.why_not = self.people.session.refusal
        self.dialogs.keys = self._install_actions()
        self._connect()
        self.layout_memory = LayoutMemory(
            self,
            self.settings,
            self.top_splitter,
            self.main_splitter,
            self.batches_view.table.horizontalHeader(),
        )
        self.layout_memory.restore()
        self.new_batch_form.focus_first_field()
        self.people.session.read()
        self._read_batches()
        self.history_model.read()
        self.waiting_lines_model.read()
        self.alerts.read_waiting()

    def _build_layout(self) -> None:
        # Each container is put in its place before it is filled: under the application's
        # stylesheet, a widget moved into a new parent restyles everything inside it, so
        # filling containers first restyled the whole window once per level (~20 ms).
        # The work area, and (while sign-in is on and nobody is signed in) the sign-in
        # page in its place: what is not shown cannot be reached by keyboard.
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.work = QWidget()
        self.stack.addWidget(self.work)
        layout = self.work_layout = QVBoxLayout(self.work)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        layout.addWidget(self.main_splitter, 1)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.forms_column = FormsColumn()
        self.top_splitter.addWidget(self.forms_column)
        self.forms_column.add_forms(self.new_batch_form, self.allocate_form, self.low_stock_form)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setAccessibleName(translate("MainWindow", "Views"))
        self.tabs.setAccessibleDescription(
            translate(
                "MainWindow",
                "Batches, orders, picking, the order lines waiting for stock, the history "
                "and the stock picture; Ctrl+Tab goes to the next one",
            )
        )
        self.top_splitter.addWidget(self.tabs)
        self.tabs.addTab(self.batches_view, translate("MainWindow", "&Batches"))
        # Moving by scan above the batch table, whose Location column shows each move.
        self.batches_view.add_strip(self.move_form)
        self.orders_tab = TabMadeLater(
            self.tabs, translate("MainWindow", "Order&s"), self._make_orders_view, self._made
        )
        # No mnemonic: every letter of "Pick" is taken; Ctrl+K brings it forward.
        self.pick_tab = TabMadeLater(
            self.tabs, translate("MainWindow", "Pick"), self._make_pick_view, self._made
        )
        self.waiting_tab = TabMadeLater(
            self.tabs,
            translate("MainWindow", WAITING_TAB_TITLE),
            self._make_waiting_view,
            self._made,
        )
        self.history_tab = TabMadeLater(
            self.tabs, translate("MainWindow", "His&tory"), self._make_history, self._made
        )
        self.stock_tab = TabMadeLater(
            self.tabs, translate("MainWindow", "Stock &picture"), self._make_stock, self._made
        )

        self.main_splitter.addWidget(self.waiting)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([380, 800])
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([620, 150])
        self.resize(1220, 840)

    def _install_actions(self) -> list[tuple[str, str]]:
        """The window's actions: their keys and menu items; returns the F1 list."""
        window_actions = actions.window_actions(self)
        installed = actions.install(self, window_actions, self.people.gate)
        self.people.installed = installed
        undo_item = installed[UNDO_KEYS].item
        assert undo_item is not None, "Undo has a menu item"
        self.undo_item = UndoItem(undo_item, self.undo_history)
        return actions.key_list(window_actions)

    def _connect(self) -> None:
        bus, say = self.bus, self.status.say
        for form in (self.new_batch_form, self.move_form, self.allocate_form, self.low_stock_form):
            self.forms.serve(form)
        self.sku_completers = [
            ScanSafeCompleter(form.edits["sku"], self.known_skus)
            for form in (self.new_batch_form, self.allocate_form, self.low_stock_form)
        ]
        self.empty_field_undo.cover(self.findChildren(QLineEdit))
        bus.event_published.connect(self.model.apply_event)
        bus.own_event_published.connect(self.labels.apply_own_event)
        bus.event_published.connect(self.known_skus.apply_event)
        bus.connection_changed.connect(self.status.show_connection)
        bus.pending_changed.connect(self.status.show_pending)
        bus.restarted.connect(self._on_bus_restarted)
        bus.startup_failed.connect(self._on_startup_failed)
        bus.waiting_for_database.connect(self.status.show_waiting)
        bus.opened.connect(self._on_opened)
        for said in (
            self.forms.said,
            self.batches_view.said,
            self.history_model.said,
            self.waiting_lines_model.said,
            self.alerts.said,
        ):
            said.connect(say)
        self.waiting_lines_model.counted.connect(self._count_waiting_lines)
        refused = self.waiting.refused_view
        refused.correct_requested.connect(self.forms.correct)
        refused.resend_requested.connect(self.forms.send_again)
        refused.dismiss_requested.connect(self.forms.dismiss)
        self.pick_lists.said.connect(say)
        self.undo_history.reported.connect(self._on_undo_reported)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.forms_column.show_focused_form)

    def _made(self, view: QWidget) -> None:
        """A tab's view made on first use gets the window's keys in its fields."""
        sku_edit = getattr(view, "sku_edit", None)
        if isinstance(sku_edit, QLineEdit):
            self.sku_completers.append(ScanSafeCompleter(sku_edit, self.known_skus))
        self.empty_field_undo.cover(view.findChildren(QLineEdit))

    def _make_orders_view(self) -> OrdersView:
        from warehouse_gui.gui.tabs.orders import OrdersView

        view = OrdersView(self.bus)
        view.said.connect(self.status.say)
        self.bus.event_published.connect(view.apply_event)
        return view

    def _make_pick_view(self) -> PickView:
        from warehouse_gui.gui.tabs.pick import PickView

        view = PickView(self.bus, self.feedback)
        view.said.connect(self.status.say)
        self.bus.event_published.connect(view.apply_event)
        return view

    def _make_waiting_view(self) -> WaitingLinesView:
        view = WaitingLinesView(self.waiting_lines_model, self.bus)
        view.said.connect(self.status.say)
        view.open_order.connect(self.open_order)
        return view

    def _make_history(self) -> HistoryView:
        return HistoryView(self.history_model)

    def _make_stock(self) -> StockView:
        from warehouse_gui.gui.tabs.stock.view import StockView

        view = StockView(self.model, self.batches_view.table, self.bus)
        self.bus.event_published.connect(view.apply_event)
        return view

    @property
    def orders_view(self) -> OrdersView:
        """The Orders tab's view, made when the tab is first shown."""
        return self.orders_tab.view

    @property
    def pick_view(self) -> PickView:
        """The Pick tab's view, made when the tab is first shown."""
        return self.pick_tab.view

    @property
    def waiting_view(self) -> WaitingLinesView:
        """The Waiting tab's view, made when the tab is first shown."""
        return self.waiting_tab.view

    @property
    def history_view(self) -> HistoryView:
        """The History tab's view (its model is made with the window, and kept current)."""
        return self.history_tab.view

    @property
    def stock_view(self) -> StockView:
        """The Stock picture tab's view, made when the tab is first shown."""
        return self.stock_tab.view

    # Reading, and what the bus says of itself

    def _read_batches(self) -> None:
        self.bus.ask(BatchTable(), self._show_batches, self._unread)

    def _show_batches(self, snapshot: BatchSnapshot) -> None:
        with collector.paused():
            self.model.load(snapshot.rows)
            self.known_skus.load(row.sku for row in snapshot.rows)
        # What exists now (modules, the mapped classes, every batch row) lives as long as
        # the window: take it out of the cyclic collector's full passes, which otherwise
        # hold the GIL for tens of milliseconds and stall the GUI (measured in a burst).
        gc.freeze()
        batches = len(snapshot.rows)
        self.status.say(translate("MainWindow", "Loaded %Ln batch(es)", None, batches))
        self.bus.follow_log(snapshot.position)

    def _unread(self, refused: Refused) -> None:
        self.status.say(refused.message)

    @Slot(str)
    def _on_bus_restarted(self, message: str) -> None:
        self.people.session.forget(
            translate("MainWindow", "{message}: sign in again").format(message=message)
        )
        self.alerts.raise_alert(message)
        self.status.say(message)
        self._read_batches()
        self.waiting_lines_model.read()

    @Slot(str)
    def _on_startup_failed(self, message: str) -> None:
        self.status.say(message)
        self.alerts.raise_alert(message)

    @Slot(object)
    def _on_opened(self, opened: Opened) -> None:
        """The database is open (perhaps after waiting for it): say whether it is read-only,
        and what a person should know of it, once."""
        self.status.show_opened(opened.read_only)
        if opened.read_only is not None:
            self.alerts.raise_alert(
                translate("MainWindow", "Read-only: {why}; nothing can be changed here").format(
                    why=opened.read_only
                )
            )
        for warning in opened.warnings:
            self.alerts.raise_alert(warning)
        if opened.warnings:
            self.status.say(opened.warnings[0])

    @Slot(str, bool)
    def _on_undo_reported(self, message: str, ok: bool) -> None:
        self.status.say(message)
        self.feedback.confirm(ok, self.status.result_label)

    # Keyboard

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
        self.tabs.setCurrentWidget(self.orders_tab.page)
        self.orders_view.focus_lookup()

    @Slot()
    def focus_move(self) -> None:
        """Ctrl+M: the Move form above the batch table, ready for a batch's label."""
        self.tabs.setCurrentWidget(self.batches_view)
        self.move_form.focus_first_field()

    @Slot()
    def focus_pick(self) -> None:
        """Ctrl+K: pick an order by scan, the cursor in its order box."""
        self.tabs.setCurrentWidget(self.pick_tab.page)
        self.pick_view.focus_order()

    @Slot()
    def report_shortage(self) -> None:
        """F8: the bin of the part being picked holds fewer: ask what was counted."""
        self.tabs.setCurrentWidget(self.pick_tab.page)
        self.pick_view.report_shortage()

    @Slot(str)
    def open_order(self, orderid: str) -> None:
        """Show ``orderid``'s lines in the Orders tab, the cursor in its order box."""
        self.focus_orders()
        self.orders_view.look_up(orderid)

    @Slot()
    def focus_waiting(self) -> None:
        """Ctrl+W: the order lines waiting for stock."""
        self.tabs.setCurrentWidget(self.waiting_tab.page)
        self.waiting_view.focus_table()

    @Slot(int)
    def _count_waiting_lines(self, count: int) -> None:
        title = (
            translate("MainWindow", "Waitin&g ({count})").format(count=number(count))
            if count
            else translate("MainWindow", WAITING_TAB_TITLE)
        )
        self.tabs.setTabText(self.tabs.indexOf(self.waiting_tab.page), title)

    @Slot()
    def focus_history(self) -> None:
        """Ctrl+H: the history and its filters."""
        self.tabs.setCurrentWidget(self.history_tab.page)
        self.history_view.focus_filter()

    @Slot()
    def focus_stock(self) -> None:
        """Ctrl+G: the stock picture, its SKU box ready for another SKU."""
        self.tabs.setCurrentWidget(self.stock_tab.page)
        self.stock_view.focus_sku()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout and the refused scans, let queued commands finish, then stop
        the bus thread."""
        self.layout_memory.save()
        self.refused.flush()
        pending = self.bus.pending
        if pending:
            self.status.say(
                translate("MainWindow", "Finishing %n queued command(s)…", None, pending)
            )
        self.bus.shutdown()
        event.accept()
