"""The window's actions and their keys, declared once as data.

Each ``Action`` becomes a shortcut of the window and, when it names a menu, an item of that
menu; the F1 list is made from the same data, with the keys that the views handle
themselves (``KEYS_IN_VIEWS``). Every key works through a window shortcut, also while its
menu item is disabled (Undo with nothing to undo still says so). While sign-in is on and
nobody is signed in, only the actions marked ``while_signed_out`` work; an action that
``needs`` a command the person may not send says why instead (``Gate``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from warehouse_gui.gui.main_window import MainWindow

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
    needs: str = ""  # the command it leads to, when not everyone may send it
    while_signed_out: bool = False  # works while nobody is signed in (Quit, the keys, About)


class Installed(NamedTuple):
    """An action as the window has it: its shortcut (if it has keys), its menu item (if
    it has a menu)."""

    action: Action
    shortcut: QShortcut | None
    item: QAction | None


Gate = Callable[[Action], Callable[[], object]]
"""What an action's key and menu item call: its trigger, or why the person may not."""


KEYS_IN_VIEWS = [
    ("Enter", "In a form: next empty required field, or submit when none is left"),
    ("Tab right after a scan", "Ends the scan, as Enter does (scanners set up to send Tab)"),
    ("Esc", "In a form: clear it; in the batch filter: clear the filter"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Alt + underlined letter", "Jump to that field or tab"),
    ("F2 or Enter", "In the batch table: correct the selected batch's purchased quantity"),
    (
        "Delete",
        "In an order's lines: cancel the selected line, every part of it, or withdraw a "
        "waiting one (Enter confirms, Esc keeps)",
    ),
    ("Down, then Enter", "In a SKU field: take a suggested SKU (a scan + Enter stays as typed)"),
    (
        "Enter",
        "On a shortage in the alerts (Ctrl+J): a supervisor corrects the batch to what was counted",
    ),
    ("Esc", "In the Pick tab: start the part again from its bin"),
    ("Shift+arrows", "In the batch table: select several batches (F7 prints their labels)"),
]
UNDO_KEYS = "Ctrl+Z"


def window_actions(window: MainWindow) -> list[Action]:
    """Everything the main window does on a key or from its menus."""
    return [
        Action("Ctrl+N", "New batch form", window.new_batch_form.focus_first_field),
        Action(
            "Ctrl+M",
            "Move form (above the batch table): a batch's label, then the bin's label",
            window.focus_move,
        ),
        Action("Ctrl+L", "Allocate form", window.allocate_form.focus_first_field),
        Action("Ctrl+F", "Filter the batch table", window.focus_batch_filter),
        Action("Ctrl+B", "The batch table", window.focus_batch_table),
        Action("Ctrl+O", "Look up an order", window.focus_orders),
        Action(
            "Ctrl+W",
            "The order lines waiting for stock (Enter: open the order, Delete: withdraw)",
            window.focus_waiting,
        ),
        Action(
            "Ctrl+K",
            "Pick an order by scan: its pick list's barcode, then bin, SKU, Enter per part",
            window.focus_pick,
        ),
        Action(
            "F8",
            "While picking: the bin holds fewer than the batch should (report a shortage)",
            window.report_shortage,
        ),
        Action("Ctrl+H", "History, filtered by SKU and order", window.focus_history),
        Action(
            "Ctrl+T",
            "Low stock form: warn below a threshold (a supervisor)",
            window.low_stock_form.focus_first_field,
            needs="SetLowStockThreshold",
        ),
        Action("Ctrl+G", "Stock picture of a SKU (the selected batch's)", window.focus_stock),
        Action("Ctrl+J", "The alerts waiting (Space: seen)", window.waiting.focus_alerts),
        Action(
            "Ctrl+R",
            "The refused scans (Enter: correct, Ctrl+Enter: send again, Delete: dismiss)",
            window.waiting.refused_view.focus_list,
        ),
        Action(
            "Ctrl+I",
            "Import batches from a CSV file (a preview first; a supervisor)",
            window.dialogs.import_batches,
            FILE,
            "&Import batches…",
            needs="ImportBatches",
        ),
        Action(
            "Ctrl+P",
            "Print the order's pick list",
            window.pick_lists.print,
            FILE,
            "&Print pick list…",
        ),
        Action(
            "Ctrl+Shift+P",
            "Save it as PDF",
            window.pick_lists.save_pdf,
            FILE,
            "Save pick list as P&DF…",
        ),
        Action(
            "F6",
            "Print the labels of the batches received here since the last labels printed",
            window.labels.print_received,
            FILE,
            "Print labels of &new batches…",
            True,
        ),
        Action(
            "Shift+F6",
            "Save those labels as PDF",
            window.labels.save_received,
            FILE,
            "Save labels of new batches as PD&F…",
        ),
        Action(
            "F7",
            "Print the labels of the batches selected in the batch table again",
            window.labels.print_selected,
            FILE,
            "Print labels of selected &batches…",
        ),
        Action(
            "Shift+F7",
            "Save those labels as PDF",
            window.labels.save_selected,
            FILE,
            "Save labels of selected batches as PDF…",
        ),
        Action(
            "F9",
            "Print the labels of the bins the selected batches stand in",
            window.labels.print_bins,
            FILE,
            "Print labels of their b&ins…",
        ),
        Action(
            "Shift+F9",
            "Save those bin labels as PDF",
            window.labels.save_bins,
            FILE,
            "Save labels of their bins as PDF…",
        ),
        Action(
            "Ctrl+U",
            "People: add a person, change a role, disable (an admin)",
            window.people.open_people,
            FILE,
            "Peop&le…",
            True,
            needs="AddPerson",
        ),
        Action(
            "Ctrl+Shift+L",
            "Sign out: the next person signs in (typed work is cleared)",
            window.people.sign_out,
            FILE,
            "Sign &out",
        ),
        Action(
            "Ctrl+Shift+A",
            "A supervisor approves one action here (badge, PIN); again: withdraw it",
            window.people.approve,
            FILE,
            "Supervisor's &approval…",
        ),
        Action(
            "Ctrl+Q",
            "Quit (queued commands finish first)",
            window.close,
            FILE,
            "&Quit",
            True,
            while_signed_out=True,
        ),
        Action(
            UNDO_KEYS,
            "Undo this workstation's last action (in a field with text: undo the typing)",
            window.undo_history.undo,
            EDIT,
            "&Undo",
        ),
        Action(
            "Ctrl+,",
            "Preferences: the confirmation flash and beep, the idle sign-out",
            window.dialogs.preferences,
            EDIT,
            "&Preferences…",
            True,
        ),
        Action(
            "F1",
            "This list",
            window.dialogs.shortcuts,
            HELP,
            "&Keyboard shortcuts",
            while_signed_out=True,
        ),
        Action("", "", window.dialogs.about, HELP, "&About Warehouse GUI", while_signed_out=True),
    ]


def install(
    window: QMainWindow, actions: Sequence[Action], gate: Gate | None = None
) -> dict[str, Installed]:
    """Give ``window`` its menus, a shortcut per key and a menu item per action with a
    menu, each calling what ``gate`` says (the trigger itself without one); return them
    by their keys (or menu text)."""
    menus = {title: window.menuBar().addMenu(title) for title in MENUS}
    for menu in menus.values():
        menu.setToolTipsVisible(True)  # a greyed item says why in its tooltip
    installed: dict[str, Installed] = {}
    for action in actions:
        trigger = gate(action) if gate is not None else action.trigger
        shortcut = item = None
        if action.keys:
            shortcut = QShortcut(QKeySequence(action.keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(trigger)
        if action.menu:
            menu = menus[action.menu]
            if action.separated:
                menu.addSeparator()
            item = QAction(menu_label(action), window)
            item.triggered.connect(trigger)
            menu.addAction(item)
        installed[action.keys or action.text] = Installed(action, shortcut, item)
    return installed


def menu_label(action: Action, why_not: str = "") -> str:
    """A menu item's text: the action's, what it needs when the person may not (``needs
    a supervisor``), then its keys."""
    text = action.text
    needs = why_not.partition(" — ")[0].partition(" needs ")[2]
    if needs:
        text += f" (needs {needs})"
    return f"{text}\t{action.keys}" if action.keys else text


def key_list(actions: Sequence[Action]) -> list[tuple[str, str]]:
    """Every key and what it does, for the F1 list: the window's, then the views'."""
    return [(action.keys, action.meaning) for action in actions if action.keys] + KEYS_IN_VIEWS
