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

from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.roles import Role
    from warehouse_gui.gui.main_window import MainWindow

# The menus' titles, each its own key (the window shows them translated).
FILE = QT_TRANSLATE_NOOP("Actions", "&File")
EDIT = QT_TRANSLATE_NOOP("Actions", "Ed&it")  # Alt+E is the ETA field's
HELP = QT_TRANSLATE_NOOP("Actions", "&Help")
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


# The keys the views handle themselves, and what each does there (the F1 list shows both
# translated: a key's name too, as the keyboard of the desk's language labels it).
KEYS_IN_VIEWS = [
    (
        QT_TRANSLATE_NOOP("Actions", "Enter"),
        QT_TRANSLATE_NOOP(
            "Actions", "In a form: next empty required field, or submit when none is left"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Tab right after a scan"),
        QT_TRANSLATE_NOOP("Actions", "Ends the scan, as Enter does (scanners set up to send Tab)"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Esc"),
        QT_TRANSLATE_NOOP("Actions", "In a form: clear it; in the batch filter: clear the filter"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP("Actions", "Next / previous field"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Alt + underlined letter"),
        QT_TRANSLATE_NOOP("Actions", "Jump to that field or tab"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "F2 or Enter"),
        QT_TRANSLATE_NOOP(
            "Actions", "In the batch table: correct the selected batch's purchased quantity"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Delete"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "In an order's lines: cancel the selected line, every part of it, or withdraw a "
            "waiting one (Enter confirms, Esc keeps)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Down, then Enter"),
        QT_TRANSLATE_NOOP(
            "Actions", "In a SKU field: take a suggested SKU (a scan + Enter stays as typed)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Enter"),
        QT_TRANSLATE_NOOP(
            "Actions",
            "On a shortage in the alerts (Ctrl+J): a supervisor corrects the batch to what was "
            "counted",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Esc"),
        QT_TRANSLATE_NOOP("Actions", "In the Pick tab: start the part again from its bin"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "Shift+arrows"),
        QT_TRANSLATE_NOOP(
            "Actions", "In the batch table: select several batches (F7 prints their labels)"
        ),
    ),
]
UNDO_KEYS = "Ctrl+Z"


def window_actions(window: MainWindow) -> list[Action]:
    """Everything the main window does on a key or from its menus."""
    return [
        Action(
            "Ctrl+N",
            translate("Actions", "New batch form"),
            window.new_batch_form.focus_first_field,
        ),
        Action(
            "Ctrl+M",
            translate(
                "Actions",
                "Move form (above the batch table): a batch's label, then the bin's label",
            ),
            window.focus_move,
        ),
        Action(
            "Ctrl+L", translate("Actions", "Allocate form"), window.allocate_form.focus_first_field
        ),
        Action("Ctrl+F", translate("Actions", "Filter the batch table"), window.focus_batch_filter),
        Action("Ctrl+B", translate("Actions", "The batch table"), window.focus_batch_table),
        Action("Ctrl+O", translate("Actions", "Look up an order"), window.focus_orders),
        Action(
            "Ctrl+W",
            translate(
                "Actions",
                "The order lines waiting for stock (Enter: open the order, Delete: withdraw)",
            ),
            window.focus_waiting,
        ),
        Action(
            "Ctrl+K",
            translate(
                "Actions",
                "Pick an order by scan: its pick list's barcode, then bin, SKU, Enter per part",
            ),
            window.focus_pick,
        ),
        Action(
            "F8",
            translate(
                "Actions",
                "While picking: the bin holds fewer than the batch should (report a shortage)",
            ),
            window.report_shortage,
        ),
        Action(
            "Ctrl+H",
            translate("Actions", "History, filtered by SKU and order"),
            window.focus_history,
        ),
        Action(
            "Ctrl+T",
            translate("Actions", "Low stock form: warn below a threshold (a supervisor)"),
            window.low_stock_form.focus_first_field,
            needs="SetLowStockThreshold",
        ),
        Action(
            "Ctrl+G",
            translate("Actions", "Stock picture of a SKU (the selected batch's)"),
            window.focus_stock,
        ),
        Action(
            "Ctrl+J",
            translate("Actions", "The alerts waiting (Space: seen)"),
            window.waiting.focus_alerts,
        ),
        Action(
            "Ctrl+R",
            translate(
                "Actions",
                "The refused scans (Enter: correct, Ctrl+Enter: send again, Delete: dismiss)",
            ),
            window.waiting.refused_view.focus_list,
        ),
        Action(
            "Ctrl+I",
            translate("Actions", "Import batches from a CSV file (a preview first; a supervisor)"),
            window.dialogs.import_batches,
            FILE,
            translate("Actions", "&Import batches…"),
            needs="ImportBatches",
        ),
        Action(
            "Ctrl+P",
            translate("Actions", "Print the order's pick list"),
            window.pick_lists.print,
            FILE,
            translate("Actions", "&Print pick list…"),
        ),
        Action(
            "Ctrl+Shift+P",
            translate("Actions", "Save it as PDF"),
            window.pick_lists.save_pdf,
            FILE,
            translate("Actions", "Save pick list as P&DF…"),
        ),
        Action(
            "F6",
            translate(
                "Actions",
                "Print the labels of the batches received here since the last labels printed",
            ),
            window.labels.print_received,
            FILE,
            translate("Actions", "Print labels of &new batches…"),
            True,
        ),
        Action(
            "Shift+F6",
            translate("Actions", "Save those labels as PDF"),
            window.labels.save_received,
            FILE,
            translate("Actions", "Save labels of new batches as PD&F…"),
        ),
        Action(
            "F7",
            translate(
                "Actions", "Print the labels of the batches selected in the batch table again"
            ),
            window.labels.print_selected,
            FILE,
            translate("Actions", "Print labels of selected &batches…"),
        ),
        Action(
            "Shift+F7",
            translate("Actions", "Save those labels as PDF"),
            window.labels.save_selected,
            FILE,
            translate("Actions", "Save labels of selected batches as PDF…"),
        ),
        Action(
            "F9",
            translate("Actions", "Print the labels of the bins the selected batches stand in"),
            window.labels.print_bins,
            FILE,
            translate("Actions", "Print labels of their b&ins…"),
        ),
        Action(
            "Shift+F9",
            translate("Actions", "Save those bin labels as PDF"),
            window.labels.save_bins,
            FILE,
            translate("Actions", "Save labels of their bins as PDF…"),
        ),
        Action(
            "Ctrl+U",
            translate("Actions", "People: add a person, change a role, disable (an admin)"),
            window.people.open_people,
            FILE,
            translate("Actions", "Peop&le…"),
            True,
            needs="AddPerson",
        ),
        Action(
            "Ctrl+Shift+L",
            translate("Actions", "Sign out: the next person signs in (typed work is cleared)"),
            window.people.sign_out,
            FILE,
            translate("Actions", "Sign &out"),
        ),
        Action(
            "Ctrl+Shift+A",
            translate(
                "Actions", "A supervisor approves one action here (badge, PIN); again: withdraw it"
            ),
            window.people.approve,
            FILE,
            translate("Actions", "Supervisor's &approval…"),
        ),
        Action(
            "Ctrl+Q",
            translate("Actions", "Quit (queued commands finish first)"),
            window.close,
            FILE,
            translate("Actions", "&Quit"),
            True,
            while_signed_out=True,
        ),
        Action(
            UNDO_KEYS,
            translate(
                "Actions",
                "Undo this workstation's last action (in a field with text: undo the typing)",
            ),
            window.undo_history.undo,
            EDIT,
            translate("Actions", "&Undo"),
        ),
        Action(
            "Ctrl+,",
            translate("Actions", "Preferences: the confirmation flash and beep, the idle sign-out"),
            window.dialogs.preferences,
            EDIT,
            translate("Actions", "&Preferences…"),
            True,
        ),
        Action(
            "F1",
            translate("Actions", "This list"),
            window.dialogs.shortcuts,
            HELP,
            translate("Actions", "&Keyboard shortcuts"),
            while_signed_out=True,
        ),
        Action(
            "",
            "",
            window.dialogs.about,
            HELP,
            translate("Actions", "&About Warehouse GUI"),
            while_signed_out=True,
        ),
    ]


def install(
    window: QMainWindow, actions: Sequence[Action], gate: Gate | None = None
) -> dict[str, Installed]:
    """Give ``window`` its menus, a shortcut per key and a menu item per action with a
    menu, each calling what ``gate`` says (the trigger itself without one); return them
    by their keys (or menu text)."""
    menus = {title: window.menuBar().addMenu(translate("Actions", title)) for title in MENUS}
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
    a supervisor``: the least role that may send the command the action ``needs``, never
    read out of ``why_not``'s words, which are the desk's language), then its keys."""
    text = action.text
    if why_not and action.needs:
        text = _needing(text, _required_role(action.needs))
    return f"{text}\t{action.keys}" if action.keys else text


def _required_role(name: str) -> Role:
    """The least role that may send the command called ``name``."""
    from warehouse_gui.domain import commands, people

    return people.required_role(getattr(commands, name))


def _needing(text: str, role: Role) -> str:
    """A greyed menu item's ``text`` with the role its action needs."""
    from warehouse_gui.domain.roles import Role

    if role is Role.ADMIN:
        return translate("Actions", "{item} (needs an admin)").format(item=text)
    if role is Role.SUPERVISOR:
        return translate("Actions", "{item} (needs a supervisor)").format(item=text)
    return translate("Actions", "{item} (needs a clerk)").format(item=text)


def key_list(actions: Sequence[Action]) -> list[tuple[str, str]]:
    """Every key and what it does, for the F1 list: the window's, then the views'."""
    in_views = [
        (translate("Actions", keys), translate("Actions", does)) for keys, does in KEYS_IN_VIEWS
    ]
    return [(action.keys, action.meaning) for action in actions if action.keys] + in_views
