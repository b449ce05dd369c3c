"""The main window: two forms, the batch table, alerts and a status bar, all by keyboard."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui import __version__
from warehouse_gui.domain import commands, events
from warehouse_gui.gui import forms
from warehouse_gui.gui.alerts import AlertBanner, AlertsPanel
from warehouse_gui.gui.batch_table import SKU, BatchTableModel
from warehouse_gui.gui.bus_worker import BusController, Submission
from warehouse_gui.gui.command_form import CommandForm
from warehouse_gui.views import BatchRow

WINDOW_TITLE = "Warehouse GUI"


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
        self.model = BatchTableModel(self)

        self.new_batch_form = forms.new_batch_form()
        self.allocate_form = forms.allocate_form()
        self._forms: dict[str, CommandForm] = {
            forms.NEW_BATCH: self.new_batch_form,
            forms.ALLOCATE: self.allocate_form,
        }
        self.new_batch_form.submitted.connect(self._submit_new_batch)
        self.allocate_form.submitted.connect(self._submit_allocation)

        self.banner = AlertBanner()
        self.alerts_panel = AlertsPanel()
        self.filter_edit = QLineEdit()
        self.table = QTableView()
        self.batch_count_label = QLabel()
        self._build_layout()
        self._build_status_bar(database_label)
        self._build_menus_and_shortcuts()

        controller.event_published.connect(self.model.apply_event)
        controller.event_published.connect(self._on_event)
        controller.batches_loaded.connect(self._on_batches_loaded)
        controller.command_succeeded.connect(self._on_command_succeeded)
        controller.command_failed.connect(self._on_command_failed)
        controller.startup_failed.connect(self._on_startup_failed)
        controller.pending_changed.connect(self._on_pending_changed)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._update_batch_count)

        self._restore_settings()
        self.new_batch_form.focus_first_field()

    # Layout

    def _build_layout(self) -> None:
        forms_column = QWidget()
        forms_layout = QVBoxLayout(forms_column)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(self.new_batch_form)
        forms_layout.addWidget(self.allocate_form)
        forms_layout.addStretch(1)

        self.filter_edit.setObjectName("batchFilter")
        self.filter_edit.setPlaceholderText("Type part of a reference or SKU")
        self.filter_edit.setAccessibleName("Filter batches")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.model.set_filter)
        clear_filter = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_edit)
        clear_filter.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear_filter.activated.connect(self.filter_edit.clear)
        filter_label = QLabel("Fi&lter")
        filter_label.setBuddy(self.filter_edit)
        self.batch_count_label.setObjectName("batchCount")
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.batch_count_label)

        self.table.setObjectName("batchTable")
        self.table.setAccessibleName("Batches")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(SKU, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(False)
        self.table.setSortingEnabled(True)
        for column, width in enumerate((150, 150, 100, 95, 95, 130)):
            self.table.setColumnWidth(column, width)

        batches_box = QGroupBox("Batches")
        batches_layout = QVBoxLayout(batches_box)
        batches_layout.addLayout(filter_row)
        batches_layout.addWidget(self.table)

        alerts_box = QGroupBox("Alerts")
        alerts_layout = QVBoxLayout(alerts_box)
        alerts_layout.addWidget(self.alerts_panel)

        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.setObjectName("topSplitter")
        self.top_splitter.addWidget(forms_column)
        self.top_splitter.addWidget(batches_box)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setSizes([340, 760])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(alerts_box)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([520, 150])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.resize(1120, 720)

    def _build_status_bar(self, database_label: str) -> None:
        self.result_label = QLabel("Loading batches…")
        self.result_label.setObjectName("lastResult")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingCommands")
        self.database_label = QLabel(f"Database: {database_label}")
        self.database_label.setObjectName("databaseLocation")
        self.database_label.setToolTip(database_label)
        status = self.statusBar()
        status.addWidget(self.result_label, 1)
        status.addPermanentWidget(self.pending_label)
        status.addPermanentWidget(self.database_label)
        self._on_pending_changed(0)

    def _build_menus_and_shortcuts(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About Warehouse GUI", self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)
        self.addAction(quit_action)

        for keys, slot in (
            ("Ctrl+N", self.new_batch_form.focus_first_field),
            ("Ctrl+L", self.allocate_form.focus_first_field),
            ("Ctrl+F", self.focus_filter),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # Settings

    def _restore_settings(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("windowState", self.restoreState),
            ("topSplitter", self.top_splitter.restoreState),
            ("mainSplitter", self.main_splitter.restoreState),
            ("batchTableHeader", self.table.horizontalHeader().restoreState),
        ):
            value = self.settings.value(f"mainWindow/{key}")
            if isinstance(value, QByteArray):
                restore(value)

    def _save_settings(self) -> None:
        for key, state in (
            ("geometry", self.saveGeometry()),
            ("windowState", self.saveState()),
            ("topSplitter", self.top_splitter.saveState()),
            ("mainSplitter", self.main_splitter.saveState()),
            ("batchTableHeader", self.table.horizontalHeader().saveState()),
        ):
            self.settings.setValue(f"mainWindow/{key}", state)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout, let queued commands finish, then stop the bus thread."""
        self._save_settings()
        if self.controller.pending:
            self.result_label.setText(f"Finishing {self.controller.pending} queued commands…")
        self.controller.shutdown()
        event.accept()

    # Keyboard

    @Slot()
    def focus_filter(self) -> None:
        """Ctrl+F: type to narrow the table."""
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # Commands out

    @Slot(object)
    def _submit_new_batch(self, command: commands.CreateBatch) -> None:
        self.controller.submit(command, forms.NEW_BATCH)

    @Slot(object)
    def _submit_allocation(self, command: commands.Allocate) -> None:
        self.controller.submit(command, forms.ALLOCATE)

    # Results and events in

    @Slot(object, object)
    def _on_command_succeeded(self, submission: Submission, result: object) -> None:
        form = self._forms[submission.origin]
        command = submission.command
        if isinstance(command, commands.Allocate) and result is None:
            form.failed(
                f"Out of stock: no batch of {command.sku} has {command.qty:,} available",
                "qty",
            )
            self.result_label.setText(
                f"Order {command.orderid} not allocated: {command.sku} is out of stock"
            )
            return
        form.succeeded()
        self.result_label.setText(_describe_success(command, result))

    @Slot(object, str, object)
    def _on_command_failed(self, submission: Submission, message: str, field: object) -> None:
        form = self._forms[submission.origin]
        form.failed(message, field if isinstance(field, str) else None)
        self.result_label.setText(f"Refused: {message}")

    @Slot(object)
    def _on_event(self, event: events.Event) -> None:
        if isinstance(event, events.OutOfStock):
            text = f"Out of stock: {event.sku} — an order line could not be allocated"
            self.banner.show_alert(text)
            self.alerts_panel.add_alert(text)

    @Slot(object)
    def _on_batches_loaded(self, rows: list[BatchRow]) -> None:
        self.model.load(rows)
        self.result_label.setText(f"Loaded {len(rows):,} batches")

    @Slot(str)
    def _on_startup_failed(self, message: str) -> None:
        self.result_label.setText(message)
        self.banner.show_alert(message)
        self.alerts_panel.add_alert(message)

    @Slot(int)
    def _on_pending_changed(self, pending: int) -> None:
        if pending:
            self.pending_label.setText(f"⏳ {pending} pending")
        else:
            self.pending_label.setText("✓ All saved")

    @Slot()
    def _update_batch_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.batch_count
        text = f"{total:,} batches" if shown == total else f"{shown:,} of {total:,} batches"
        self.batch_count_label.setText(text)

    @Slot()
    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About Warehouse GUI",
            f"<b>Warehouse GUI {__version__}</b><br>"
            f"Receive stock batches and allocate order lines to them.<br><br>"
            f"{self.database_label.text()}",
        )


def _describe_success(command: object, result: object) -> str:
    if isinstance(command, commands.CreateBatch):
        where = f"arriving {command.eta}" if command.eta else "in stock"
        return f"Created batch {command.ref}: {command.qty:,} × {command.sku}, {where}"
    if isinstance(command, commands.Allocate):
        line = f"{command.qty:,} × {command.sku}"
        return f"Allocated order {command.orderid}: {line} from batch {result}"
    return "Done"
