"""Refused scans: lines refused after the next scan had begun, waiting in plain sight.

A line the database refused is never left in its form for the next scan to land in: it
waits here with its reason until someone corrects it in its form (Enter), sends it again
as it is (Ctrl+Enter) or dismisses it (Delete). A line that found too little stock is not
refused: it waits for stock among the waiting lines, not here. The list is
kept in the window's settings, so a restart loses none: written a moment after it changes
(a burst of refusals together; a long list less often, so that writing it never takes more
than a twentieth of the time) and at the latest when the window closes. Where people sign
in, each person has a list of their own: the list shown is the signed-in person's.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.appearance import set_style_property
from warehouse_gui.gui.table_rows import column_title
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

SETTINGS_KEY = "refusedScans/lines"
# Whose scans are shown: the desk's while sign-in is off, a person's login, or nobody's
# (nothing kept) while nobody is signed in. No login holds "*".
DESK, NOBODY = "", "*"


def settings_key(owner: str) -> str:
    """Where the scans of ``owner`` (``DESK`` or a login) are kept."""
    return SETTINGS_KEY if owner == DESK else f"refusedScans/{owner}/lines"


SAVE_AFTER_MS = 250
SAVING_SHARE = 20  # wait at least this many times as long as the last write took
COLUMNS = (
    QT_TRANSLATE_NOOP("RefusedScans", "Time"),
    QT_TRANSLATE_NOOP("RefusedScans", "Form"),
    QT_TRANSLATE_NOOP("RefusedScans", "Line"),
    QT_TRANSLATE_NOOP("RefusedScans", "Why"),
)
TIME, FORM, LINE, WHY = range(len(COLUMNS))
Index = QModelIndex | QPersistentModelIndex


class RefusedScan(NamedTuple):
    """A refused line: its form's title (English, as ``CommandForm.title_text``: a key that
    the window translates where it shows it), the text of each field, why (as it was said),
    and the field at fault."""

    form: str
    values: dict[str, str]
    reason: str
    field: str | None
    when: datetime

    @property
    def line(self) -> str:
        """The values as scanned, in field order."""
        return " · ".join(value.strip() for value in self.values.values() if value.strip())

    def as_json(self) -> dict[str, Any]:
        """The scan as kept in the settings."""
        return {**self._asdict(), "when": self.when.isoformat()}

    @classmethod
    def from_json(cls, kept: dict[str, Any]) -> RefusedScan:
        """A scan kept by ``as_json``."""
        return cls(**{**kept, "when": datetime.fromisoformat(kept["when"])})


class RefusedScans(QAbstractTableModel):
    """The refused lines, oldest first, kept in ``settings``."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.owner = DESK  # whose scans are shown
        self._scans: list[RefusedScan] = self._load(self.owner)
        self._save_soon = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_soon.timeout.connect(self.flush)
        self._unsaved = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Scans waiting."""
        return 0 if parent.isValid() else len(self._scans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Time, form, line and reason."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's text; the whole reason as its tooltip."""
        if not index.isValid():
            return None
        scan = self._scans[index.row()]
        form = translate("CommandForm", scan.form)
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{scan.when:%H:%M:%S}", form, scan.line, scan.reason)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("RefusedScans", "{form}: {line}\n{reason}").format(
                form=form, line=scan.line, reason=scan.reason
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        return column_title(COLUMNS, section, orientation, role, "RefusedScans")

    def scan(self, row: int) -> RefusedScan:
        """The scan at ``row``."""
        return self._scans[row]

    def scans(self) -> list[RefusedScan]:
        """Every scan waiting, oldest first."""
        return list(self._scans)

    def show_person(self, login: str | None) -> None:
        """Show the scans of ``login`` (``None``: nobody's, while nobody is signed in)."""
        self.flush()
        self.beginResetModel()
        self.owner = NOBODY if login is None else login
        self._scans = self._load(self.owner)
        self.endResetModel()

    def add(self, scan: RefusedScan, owner: str | None = None) -> None:
        """Keep ``scan`` at the bottom of the list of ``owner`` (default: the list shown;
        a person signed out meanwhile finds it when they sign in again)."""
        if owner is not None and owner != self.owner:
            if owner != NOBODY:
                kept = [*self._load(owner), scan]
                self._write(owner, kept)
            return
        row = len(self._scans)
        self.beginInsertRows(QModelIndex(), row, row)
        self._scans.append(scan)
        self.endInsertRows()
        self._changed()

    def replace(self, old: RefusedScan, new: RefusedScan) -> None:
        """Put ``new`` where ``old`` is (a scan sent again and refused again)."""
        if old in self._scans:
            row = self._scans.index(old)
            self._scans[row] = new
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            self._changed()

    def remove(self, scan: RefusedScan) -> None:
        """Forget ``scan`` (corrected, sent, or dismissed)."""
        if scan in self._scans:
            row = self._scans.index(scan)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._scans[row]
            self.endRemoveRows()
            self._changed()

    def _changed(self) -> None:
        self._unsaved = True
        if not self._save_soon.isActive():
            self._save_soon.start()

    def _load(self, owner: str) -> list[RefusedScan]:
        if owner == NOBODY:
            return []
        kept = self._settings.value(settings_key(owner), "")
        if not kept:
            return []
        import json  # only when there are any: not at every start

        try:
            return [RefusedScan.from_json(scan) for scan in json.loads(str(kept))]
        except (ValueError, TypeError, KeyError):
            logger.exception("The refused scans kept in the settings could not be read")
            return []

    @Slot()
    def flush(self) -> None:
        """Write the list to the settings now, if it changed since it was last written."""
        self._save_soon.stop()
        if not self._unsaved:
            return
        self._unsaved = False
        started = time.perf_counter()
        self._write(self.owner, self._scans)
        took_ms = (time.perf_counter() - started) * 1000
        self._save_soon.setInterval(max(SAVE_AFTER_MS, round(SAVING_SHARE * took_ms)))

    def _write(self, owner: str, scans: list[RefusedScan]) -> None:
        import json

        if owner == NOBODY:
            return
        self._settings.setValue(settings_key(owner), json.dumps([s.as_json() for s in scans]))
        self._settings.sync()


class RefusedScansTable(QTableView):
    """The list: Enter corrects the current scan, Ctrl+Enter sends it again, Delete drops it."""

    correct_requested = Signal(object)  # RefusedScan
    resend_requested = Signal(object)  # RefusedScan
    dismiss_requested = Signal(object)  # RefusedScan

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Ctrl+Enter and Delete act on the current scan."""
        model, row = self.model(), self.currentIndex().row()
        if not isinstance(model, RefusedScans) or row < 0:
            super().keyPressEvent(event)
            return
        key, control = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        scan = model.scan(row)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            (self.resend_requested if control else self.correct_requested).emit(scan)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.dismiss_requested.emit(scan)
        else:
            super().keyPressEvent(event)


class RefusedScansView(QGroupBox):
    """The list under a title that counts the scans waiting, and what the keys do.

    The table itself is made when the first scan comes to wait (or when asked for): an empty
    list needs none, and making one cost a noticeable part of the start.
    """

    correct_requested = Signal(object)  # RefusedScan: Enter
    resend_requested = Signal(object)  # RefusedScan: Ctrl+Enter
    dismiss_requested = Signal(object)  # RefusedScan: Delete

    def __init__(self, scans: RefusedScans, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedScansBox")
        self.scans = scans
        self._table: RefusedScansTable | None = None
        # The whole reason of the current scan (the newest when none is current): the
        # table's Why column is narrow, and the reason is what tells what to correct.
        self.reason = QLabel(self)
        self.reason.setObjectName("refusedReason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setAccessibleName(translate("RefusedScansView", "Why the scan was refused"))
        self.reason.hide()
        self.hint = QLabel(
            translate(
                "RefusedScansView",
                "Enter: correct in its form · Ctrl+Enter: send again · Delete: dismiss",
            ),
            self,
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.addStretch(1)
        self._layout.addWidget(self.reason)
        self._layout.addWidget(self.hint)
        for signal in (scans.rowsInserted, scans.rowsRemoved, scans.modelReset):
            signal.connect(self._count)
        scans.dataChanged.connect(self._show_reason)
        self._count()

    @property
    def table(self) -> RefusedScansTable:
        """The list of scans, made at first use."""
        return self._table or self._make_table()

    def _make_table(self) -> RefusedScansTable:
        self._table = table = RefusedScansTable(self)
        table.setObjectName("refusedScans")
        table.setAccessibleName(translate("RefusedScansView", "Refused scans"))
        table.setAccessibleDescription(
            translate(
                "RefusedScansView",
                "Lines refused after the next scan had begun. Enter corrects the current one "
                "in its form, Ctrl+Enter sends it again as it is, Delete dismisses it.",
            )
        )
        table.setModel(self.scans)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in (TIME, FORM):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(LINE, 170)
        table.selectionModel().currentRowChanged.connect(self._show_reason)
        table.correct_requested.connect(self.correct_requested)
        table.resend_requested.connect(self.resend_requested)
        table.dismiss_requested.connect(self.dismiss_requested)
        self._layout.takeAt(0)  # the stretch that held its place
        self._layout.insertWidget(0, table, 1)
        table.setVisible(self.isVisible())
        return table

    @Slot()
    def focus_list(self) -> None:
        """Ctrl+R: the list, on its oldest scan."""
        table = self.table
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and self.scans.rowCount():
            table.selectRow(0)

    @Slot()
    def _count(self) -> None:
        count = self.scans.rowCount()
        if count and self._table is None:
            self._make_table()
        self.setTitle(
            translate("RefusedScansView", "Refused scans (Ctrl+R) — %n waiting", None, count)
            if count
            else translate("RefusedScansView", "Refused scans")
        )
        set_style_property(self, "waiting", bool(count))
        self._show_reason()

    @Slot()
    def _show_reason(self) -> None:
        count = self.scans.rowCount()
        current = self._table.currentIndex().row() if self._table is not None else -1
        if not count:
            self.reason.hide()
            return
        scan = self.scans.scan(current if 0 <= current < count else count - 1)
        self.reason.setText(
            translate("RefusedScansView", "{line} — {reason}").format(
                line=scan.line, reason=scan.reason
            )
        )
        self.reason.show()
