"""SKU fields complete from the SKUs the batch table knows, without ever changing a scan.

A scanner types a value and Enter at once, often while the completion list is open: Enter
then takes exactly what was typed. Only an explicit choice (Up/Down, then Enter; or a
click) takes a suggestion. The list is a ``QStringListModel`` (its ``data()`` runs in C++,
so filtering 20,000 SKUs per keystroke stays in milliseconds) that grows one row at a time
as batches of new SKUs are created, here or at other workstations.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QListView

from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.domain import events

# Keys that are shortcuts or commands rather than text: they close the list and act as
# they would without it (an open completion popup otherwise swallows window shortcuts).
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
# How long typing must pause before the list opens: longer than a scanner's gap between
# keys, about a person's between two keys.
PAUSE_MS = 200
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _sort_key(sku: str) -> str:
    """Case-insensitive order; "\\0" sorts before any character a SKU may hold, so SKUs
    that differ only in case keep a fixed order."""
    return f"{sku.casefold()}\0{sku}"


class KnownSkus(QObject):
    """Every SKU that has a batch, sorted case-insensitively, as a list model for completers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = QStringListModel(self)
        self._keys: list[str] = []

    def load(self, skus: Iterable[str]) -> None:
        """Replace the list with ``skus`` (the start-up read; duplicates are fine)."""
        ordered = sorted(set(skus), key=_sort_key)
        self._keys = [_sort_key(sku) for sku in ordered]
        self.model.setStringList(ordered)

    def add(self, sku: str) -> None:
        """Insert ``sku`` in its place, unless it is known already."""
        key = _sort_key(sku)
        row = bisect.bisect_left(self._keys, key)
        if row < len(self._keys) and self._keys[row] == key:
            return
        self._keys.insert(row, key)
        self.model.insertRows(row, 1)
        self.model.setData(self.model.index(row), sku)

    @Slot(object)
    def apply_event(self, event: events.Event) -> None:
        """A batch of a new SKU makes the SKU known."""
        from warehouse_gui.domain import events

        if isinstance(event, events.BatchCreated):
            self.add(event.sku)


class ScanSafeCompleter(QObject):
    """Suggests known SKUs that contain what was typed, in any case, under one line edit.

    The list opens once typing pauses (``PAUSE_MS``): a person who stops to look gets it, a
    scanner, whose keys come a few milliseconds apart, never does, so nothing of the list
    (its hold on the keyboard, its window taking the focus on some desktops) can come
    between a scan's keys and the field they belong to. While it is open, Enter takes
    exactly what was typed, and only an explicit choice (Up/Down, then Enter; or a click)
    takes a suggestion; window shortcuts (Esc, Ctrl+L...) work as without it.
    """

    def __init__(self, edit: QLineEdit, skus: KnownSkus) -> None:
        super().__init__(edit)
        self.edit = edit
        self.completer = QCompleter(skus.model, edit)
        self.completer.setObjectName("skuCompleter")
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.popup = QListView()
        self.popup.setObjectName("skuCompletions")
        self.popup.setAccessibleName(
            translate("ScanSafeCompleter", "{field} suggestions").format(
                field=edit.accessibleName()
            )
        )
        self.popup.setAccessibleDescription(
            translate(
                "ScanSafeCompleter",
                "Known SKUs that contain what was typed. Up and Down choose one, Enter takes "
                "it; Enter without a choice keeps exactly what was typed.",
            )
        )
        # Without uniform sizes the list measures every row: ~250 ms for 20,000 SKUs.
        self.popup.setUniformItemSizes(True)
        self.completer.setPopup(self.popup)
        self.completer.setWidget(edit)
        self.completer.highlighted.connect(edit.setText)
        self.completer.activated.connect(edit.setText)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._suggest)
        edit.textEdited.connect(self._typed)
        # Installed after the completer's own filter, so these run first.
        self.popup.installEventFilter(self)
        edit.installEventFilter(self)

    @Slot()
    def _typed(self) -> None:
        """A key changed the text: suggest once typing pauses, and not before."""
        self._pause.start()
        if self.popup.isVisible():
            self._suggest()

    @Slot()
    def _suggest(self) -> None:
        text = self.edit.text()
        if not self.edit.hasFocus() or not text.strip():
            self.popup.hide()
            return
        self.completer.setCompletionPrefix(text)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.popup.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keep the list from holding on to keys that are not its business."""
        kind = event.type()
        if watched is self.popup and kind == QEvent.Type.Hide:
            # Later: the completer may still be reading the row that was chosen.
            QTimer.singleShot(0, self, self._forget_filter)
            return False
        if not isinstance(event, QKeyEvent):
            return False
        command = bool(event.modifiers() & COMMAND_MODIFIERS)
        if watched is self.popup and kind == QEvent.Type.KeyPress and command:
            self._resend_without_popup(event)
            return True
        if not self.popup.isVisible():
            return False
        if kind == QEvent.Type.ShortcutOverride and (command or event.key() == Qt.Key.Key_Escape):
            # The shortcut then reaches the window as without the list: Esc clears the
            # form (closing the list with it), Ctrl+L moves to the Allocate form...
            self.popup.hide()
        elif kind == QEvent.Type.KeyPress and watched is self.edit and event.key() in ENTER_KEYS:
            # Enter sent to the field itself rather than to the list that holds the
            # keyboard (as some input methods do) acts as it would on the list.
            self.popup.hide()
        return False

    def _resend_without_popup(self, event: QKeyEvent) -> None:
        """Close the list and give the key to the field, shortcuts first, as without it."""
        self.popup.hide()
        QApplication.sendEvent(self.edit, event.clone())

    @Slot()
    def _forget_filter(self) -> None:
        """A closed list forgets its filter, so that new SKUs cost nothing to add."""
        if not self.popup.isVisible():
            self.completer.setCompletionPrefix("")
