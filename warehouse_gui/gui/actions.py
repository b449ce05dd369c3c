"""The window's actions and their keys, declared once as data.

Each ``Action`` becomes a shortcut of the window and, when it names a menu, an item of that
menu; the F1 list is made from the same data, with the keys that the views handle
themselves (``KEYS_IN_VIEWS``). Every key works through a window shortcut, also while its
menu item is disabled (Undo with nothing to undo still says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

FILE, EDIT, HELP = "&File", "Ed&it", "&Help"  # Alt+E is the ETA field's
MENUS = (FILE, EDIT, HELP)


class Action(NamedTuple):
    """Something the window does on a key (``keys`` empty: only from its menu item)."""

    keys: str
    meaning: str  # what the F1 list says it does
    trigger: Callable[[], object]
    menu: str = ""  # the menu of its item; empty: a key of the window only
    text: str = ""  # its menu item's text, with the ``&`` of its mnemonic
    separated: bool = False  # a separator before its menu item


KEYS_IN_VIEWS = [
    ("Enter", "In a form: next empty required field, or submit when none is left"),
    ("Esc", "In a form: clear it; in the batch filter: clear the filter"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Alt + underlined letter", "Jump to that field or tab"),
    ("F2 or Enter", "In the batch table: correct the selected batch's purchased quantity"),
    ("Delete", "In an order's lines: cancel the selected allocation (Enter confirms, Esc keeps)"),
    ("Down, then Enter", "In a SKU field: take a suggested SKU (a scan + Enter stays as typed)"),
]


def install(window: QMainWindow, actions: Sequence[Action]) -> dict[str, QAction]:
    """Give ``window`` its menus, a shortcut per key and a menu item per action with a
    menu; return the menu items by their keys."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    items: dict[str, QAction] = {}
    for action in actions:
        if action.keys:
            shortcut = QShortcut(QKeySequence(action.keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action.trigger)
        if action.menu:
            menu = menus[action.menu]
            if action.separated:
                menu.addSeparator()
            label = f"{action.text}\t{action.keys}" if action.keys else action.text
            item = QAction(label, window)
            item.triggered.connect(action.trigger)
            menu.addAction(item)
            items[action.keys or action.text] = item
    return items


def key_list(actions: Sequence[Action]) -> list[tuple[str, str]]:
    """Every key and what it does, for the F1 list: the window's, then the views'."""
    return [(action.keys, action.meaning) for action in actions if action.keys] + KEYS_IN_VIEWS
