"""The Edit menu: Undo (Ctrl+Z) and Preferences (Ctrl+,).

Ctrl+Z belongs to two things: a line edit's own undo of typing, and the window's undo of
the last action. The rule: in a field that holds text, Ctrl+Z undoes typing, as in any
text box; in an empty field (as after every scan that went through, when the form has
cleared itself) or outside the fields, it undoes this workstation's last action. The menu
item always undoes the last action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QMenu

from warehouse_gui.gui.undo.compensations import CannotUndo, UndoHistory

UNDO_KEYS = "Ctrl+Z"
PREFERENCES_KEYS = "Ctrl+,"
KEYS = [
    (UNDO_KEYS, "Undo this workstation's last action (in a field with text: undo the typing)"),
    (PREFERENCES_KEYS, "Preferences: the confirmation flash and beep"),
    ("Down, then Enter", "In a SKU field: take a suggested SKU (a scan + Enter stays as typed)"),
]


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


class EditMenu(QObject):
    """Builds the Edit menu of ``window`` and keeps its Undo item naming what it would undo."""

    def __init__(
        self,
        window: QMainWindow,
        history: UndoHistory,
        show_preferences: Callable[[], object],
        fields: Iterable[QLineEdit],
    ) -> None:
        super().__init__(window)
        self.history = history
        self.menu = QMenu("Ed&it", window)
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if a.text().replace("&", "") == "Help"), None)
        if help_menu is None:
            bar.addMenu(self.menu)
        else:
            bar.insertMenu(help_menu, self.menu)

        self.undo_action = QAction(self)
        self.undo_action.triggered.connect(history.undo)
        self.menu.addAction(self.undo_action)
        self.menu.addSeparator()
        self.preferences_action = QAction("&Preferences…", self)
        self.preferences_action.setShortcut(QKeySequence(PREFERENCES_KEYS))
        self.preferences_action.triggered.connect(show_preferences)
        self.menu.addAction(self.preferences_action)
        window.addAction(self.preferences_action)

        # A shortcut of its own rather than the item's: it also answers when there is
        # nothing to undo (and says so), while the item is then disabled.
        self.undo_shortcut = QShortcut(QKeySequence(UNDO_KEYS), window)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_shortcut.activated.connect(history.undo)
        self._empty_field_undo = EmptyFieldUndo(self)
        self.cover(fields)

        history.changed.connect(self._update_undo_item)
        self._update_undo_item()

    def cover(self, fields: Iterable[QLineEdit]) -> None:
        """Let Ctrl+Z in these fields, once empty, undo the last action (for fields made
        after the menu)."""
        for field in fields:
            field.installEventFilter(self._empty_field_undo)

    @Slot()
    def _update_undo_item(self) -> None:
        entry = self.history.next_entry
        if entry is None:
            text = "Nothing to undo"
        else:
            text = "&Undo " + entry.what.replace("&", "&&")
            if isinstance(entry, CannotUndo):
                text += " (cannot be undone)"
        self.undo_action.setText(f"{text}\t{UNDO_KEYS}")
        self.undo_action.setEnabled(entry is not None)
