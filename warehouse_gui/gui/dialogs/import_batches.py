"""File → Import batches: choose a CSV file, see every line and every problem in a
preview (references already stored among them, as the bus answers), and send the whole
file to the bus as one command with Enter (Esc cancels)."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.batch_import import HEADER, BatchFile, read_batches
from warehouse_gui.domain.commands import ImportBatches
from warehouse_gui.gui import messages
from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.appearance import error_colour
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

# Shown translated, in the "ImportPreviewDialog" context.
COLUMNS = (
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Line"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Reference"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "SKU"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "Quantity"),
    QT_TRANSLATE_NOOP("ImportPreviewDialog", "ETA"),
)
LOCATION_COLUMN = QT_TRANSLATE_NOOP("ImportPreviewDialog", "Location")  # when the file has any
LAST_DIRECTORY_KEY = "import/lastDirectory"
PROBLEM_ROWS_SHOWN = 6


class ImportPreviewDialog(QDialog):
    """Every batch line of the file in a table, and every problem with its line.

    Enter imports the whole file (only when nothing is wrong); Esc cancels.
    """

    import_requested = Signal(object)  # the ImportBatches command

    def __init__(self, path: Path, parsed: BatchFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(
            translate("ImportPreviewDialog", "Import batches — {file}").format(file=path.name)
        )
        self.parsed = parsed
        self.import_sent = False  # once sent, the handler's answer tells what is wrong

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.problems_list = QListWidget(self)
        self.problems_list.setObjectName("importProblems")
        self.problems_list.setAccessibleName(
            translate("ImportPreviewDialog", "Problems in the file")
        )
        self.problems_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.with_locations = any(file_row.location for file_row in parsed.rows)
        columns = [*COLUMNS, LOCATION_COLUMN] if self.with_locations else list(COLUMNS)
        self.table = QTableWidget(len(parsed.rows), len(columns), self)
        self.table.setObjectName("importRows")
        self.table.setAccessibleName(translate("ImportPreviewDialog", "Batches in the file"))
        self.table.setAccessibleDescription(
            translate(
                "ImportPreviewDialog",
                "Every batch line of the file; a line with a problem is red, its problems in "
                "its tooltip. Enter imports every line, or none of them; Esc cancels.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [translate("ImportPreviewDialog", column) for column in columns]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self._fill_table()
        hint = QLabel(
            translate(
                "ImportPreviewDialog", "Enter imports every line, or none of them; Esc cancels"
            ),
            self,
        )
        hint.setObjectName("hint")

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self._request_import)
        self.buttons.rejected.connect(self.reject)

        file_label = QLabel(str(path), self)
        file_label.setObjectName("importFile")
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        font = file_label.font()
        font.setBold(True)
        file_label.setFont(font)

        layout = QVBoxLayout(self)
        layout.addWidget(file_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_list)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        self._show_state()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if parsed.rows:
            self.table.setCurrentCell(0, 0)

    def show_existing(self, existing: set[str]) -> None:
        """The bus says which of the file's references are already stored: list each
        with its line among the problems (unless the file is already on its way)."""
        if self.import_sent:
            return
        parsed = self.parsed.with_existing(existing)
        if parsed is self.parsed:
            return
        self.parsed = parsed
        for row, file_row in enumerate(parsed.rows):
            problems = parsed.problems_on(file_row.line)
            if problems:
                self._mark_row(row, [str(problem) for problem in problems])
        self._show_state()
        # The answer comes after the dialog was read out: say what it changed.
        announce(self, self.summary_label.text(), urgent=True)

    def show_refusal(self, message: str) -> None:
        """The bus refused the file: say why, line by line; nothing was imported."""
        summary, *lines = message.splitlines() or [""]
        self.summary_label.setText(
            translate("ImportPreviewDialog", "Refused: {reason}").format(reason=summary)
        )
        self._list_problems(lines)
        for row, file_row in enumerate(self.parsed.rows):
            if file_row.batch is None:
                continue
            # A refused line names its batch's reference, in whatever language it is said.
            reference = re.compile(rf"(?<![\w-]){re.escape(file_row.batch.ref)}(?![\w-])")
            named = [line for line in lines if reference.search(line)]
            if named:
                self._mark_row(row, named)
        self.import_button.setText(translate("ImportPreviewDialog", "&Import again"))
        self.import_button.setEnabled(True)
        announce(self, self.summary_label.text(), urgent=True)

    @Slot()
    def _request_import(self) -> None:
        if not self.parsed.ready or not self.import_button.isEnabled():
            return
        self.import_sent = True
        self.import_button.setEnabled(False)
        batches = len(self.parsed.rows)
        self.summary_label.setText(
            translate("ImportPreviewDialog", "Importing %Ln batch(es)…", None, batches)
        )
        self.import_requested.emit(self.parsed.command())

    def _show_state(self) -> None:
        count = len(self.parsed.rows)
        problems = self.parsed.problems
        self.import_button.setDefault(True)
        if self.parsed.ready:
            self.summary_label.setText(
                translate(
                    "ImportPreviewDialog",
                    "%Ln batch(es) ready. They go in together, or not at all.",
                    None,
                    count,
                )
            )
            self.import_button.setText(
                translate("ImportPreviewDialog", "&Import %Ln batch(es)", None, count)
            )
            self.problems_list.hide()
            return
        self.import_button.setText(translate("ImportPreviewDialog", "&Import"))
        self.import_button.setEnabled(False)
        found = len(problems)
        self.summary_label.setText(
            translate(
                "ImportPreviewDialog",
                "%Ln problem(s): nothing can be imported until the file is fixed. Its columns: "
                "{columns} (an empty eta: in stock).",
                None,
                found,
            ).format(columns=HEADER)
        )
        self._list_problems([str(problem) for problem in problems])

    def _list_problems(self, lines: list[str]) -> None:
        """Show ``lines`` in red, the list a few rows high (it scrolls for more)."""
        self.problems_list.clear()
        self.problems_list.addItems(lines)
        for row in range(self.problems_list.count()):
            self.problems_list.item(row).setForeground(QBrush(error_colour(self.palette())))
        shown = min(len(lines), PROBLEM_ROWS_SHOWN)
        row_height = max(self.problems_list.sizeHintForRow(0), self.fontMetrics().height()) + 2
        frame = 2 * self.problems_list.frameWidth()
        self.problems_list.setFixedHeight(row_height * shown + frame + 4)
        self.problems_list.scrollToTop()
        self.problems_list.setVisible(bool(lines))

    def _fill_table(self) -> None:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, file_row in enumerate(self.parsed.rows):
            reference, sku, qty, eta = file_row.values
            in_stock = (
                translate("ImportPreviewDialog", "in stock") if file_row.batch is not None else ""
            )
            cells = [str(file_row.line), reference, sku, qty, eta or in_stock]
            if self.with_locations:
                cells.append(file_row.location)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (0, 3):
                    item.setTextAlignment(right)
                self.table.setItem(row, column, item)
            problems = self.parsed.problems_on(file_row.line)
            if problems:
                self._mark_row(row, [str(problem) for problem in problems])

    def _mark_row(self, row: int, problems: list[str]) -> None:
        """Show a line of the file in red, with its problems as the tooltip."""
        colour = QBrush(error_colour(self.palette()))
        for column in range(self.table.columnCount()):
            item = self.table.item(row, column)
            assert item is not None, "every cell is filled when the table is made"
            item.setForeground(colour)
            item.setToolTip("\n".join(problems))


class BatchImporter(QObject):
    """Runs an import from the window: file, preview, one command, its answer.

    ``choose_file`` asks for the file; replace it (tests do) to supply a path without a
    native dialog. ``status`` reports what happened, for the status bar.
    """

    status = Signal(str)

    def __init__(self, bus: Bus, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.bus = bus
        self.window = window
        self.settings = settings
        self.dialog: ImportPreviewDialog | None = None
        self.choose_file: Callable[[], Path | None] = self._ask_for_file

    @Slot()
    def start(self) -> ImportPreviewDialog | None:
        """Ctrl+I: choose a file and preview it; ``None`` when no file was read."""
        path = self.choose_file()
        if path is None:
            return None
        try:
            parsed = read_batches(path)
        except OSError as error:
            logger.warning("Cannot read %s for import: %s", path, error)
            self.status.emit(
                translate("BatchImporter", "Cannot read {path}: {error}").format(
                    path=path, error=error.strerror or error
                )
            )
            return None
        self.settings.setValue(LAST_DIRECTORY_KEY, str(path.parent))
        if parsed.problems:
            logger.info("Import of %s: %d problems", path, len(parsed.problems))
        dialog = ImportPreviewDialog(path, parsed, self.window)
        dialog.import_requested.connect(self._submit)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        self._check_references(dialog, path)
        return dialog

    def _check_references(self, dialog: ImportPreviewDialog, path: Path) -> None:
        """Ask which of the file's references are already stored; the preview lists them
        among its problems. Unanswered, the import's own check still refuses them."""
        from warehouse_gui.queries import ExistingReferences

        references = dialog.parsed.references()
        if not references:
            return

        def answered(existing: set[str]) -> None:
            if existing:
                logger.info("Import of %s: %d references already stored", path, len(existing))
            if dialog is self.dialog:
                dialog.show_existing(existing)

        def refused(refused: Refused) -> None:
            logger.warning("The stored references could not be read: %s", refused.message)

        self.bus.ask(ExistingReferences(tuple(references)), answered, refused)

    def _ask_for_file(self) -> Path | None:
        directory = str(self.settings.value(LAST_DIRECTORY_KEY, "") or "")
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            translate("BatchImporter", "Import batches"),
            directory,
            translate("BatchImporter", "CSV files (*.csv);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    @Slot(object)
    def _submit(self, command: ImportBatches) -> None:
        dialog = self.dialog
        self.bus.send(
            command,
            lambda done: self._imported(dialog, command, done),
            lambda refused: self._refused(dialog, refused),
        )

    def _imported(
        self, dialog: ImportPreviewDialog | None, command: ImportBatches, done: Done
    ) -> None:
        if dialog is not None and dialog is self.dialog:
            dialog.accept()
        self.status.emit(messages.carried_out(command, done.result, done.events))

    def _refused(self, dialog: ImportPreviewDialog | None, refused: Refused) -> None:
        if dialog is not None and dialog is self.dialog:
            dialog.show_refusal(refused.message)
        self.status.emit(messages.refused(refused.message))

    @Slot()
    def _on_dialog_finished(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
