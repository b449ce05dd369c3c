"""Ctrl+Z, and the Edit menu's Undo item that names what it would undo.

Ctrl+Z belongs to two things: a line edit's own undo of typing, and the window's undo of
the last action. The rule: in a field that holds text, Ctrl+Z undoes typing, as in any
text box; in an empty field (as after every scan that went through, when the form has
cleared itself) or outside the fields, it undoes this workstation's last action. The menu
item always undoes the last action.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

from warehouse_gui.gui.actions import UNDO_KEYS
from warehouse_gui.gui.undo.compensations import CannotUndo
from warehouse_gui.gui.undo.history import UndoHistory
from warehouse_gui.translation import translate


class EmptyFieldUndo(QObject):
    """Lets Ctrl+Z in an empty line edit reach the window's Undo.

    A line edit claims Ctrl+Z for itself even when empty (there may be cleared text to
    bring back); refusing that claim lets the window's shortcut have the key.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decline Ctrl+Z on behalf of an empty line edit."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QLineEdit)
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
            and not watched.text()
        ):
            event.ignore()
            return True
        return False

    def cover(self, fields: Iterable[QLineEdit]) -> None:
        """Let Ctrl+Z in these fields, once empty, undo the last action."""
        for field in fields:
            field.installEventFilter(self)


class UndoItem(QObject):
    """Keeps the menu item ``item`` naming what Ctrl+Z would undo, greyed when nothing."""

    def __init__(self, item: QAction, history: UndoHistory) -> None:
        super().__init__(item)
        self.item = item
        self.history = history
        history.changed.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Name what Ctrl+Z would undo now, greyed when nothing."""
        entry = self.history.next_entry
        if entry is None:
            text = translate("UndoItem", "Nothing to undo")
        elif isinstance(entry, CannotUndo):
            text = translate("UndoItem", "&Undo {what} (cannot be undone)").format(
                what=entry.what.replace("&", "&&")
            )
        else:
            text = translate("UndoItem", "&Undo {what}").format(what=entry.what.replace("&", "&&"))
        self.item.setText(f"{text}\t{UNDO_KEYS}")
        self.item.setEnabled(entry is not None)
