"""What a person reads on a widget and what a screen reader says of it, for the tests
that walk every widget of the window and its dialogs."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from tests.translation_files import release, ts_file

OPEN, CLOSE = "⟦", "⟧"
_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&[a-z]+;|&#\d+;")


def pseudo(source: str) -> str:
    """``source`` wrapped in ⟦ ⟧ and lengthened by 40 %, its placeholders and keys kept."""
    return f"{OPEN}{source}{'·' * math.ceil(len(source) * 0.4)}{CLOSE}"


def pseudo_catalogue(folder: Path) -> Path:
    """Every message of the German source translated into ``pseudo``, compiled."""
    tree = ElementTree.parse(ts_file("de"))
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
    ts = folder / "warehouse_gui_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "warehouse_gui_pseudo.qm"
    release(ts, qm)
    return qm


def plain(text: str) -> str:
    """``text`` without rich-text tags and entities, stripped."""
    return _ENTITY.sub(" ", _TAG.sub(" ", text)).strip()


def shown(widget: QWidget) -> bool:
    """Whether ``widget`` is on screen in its window."""
    return widget.isVisibleTo(widget.window()) and widget.window().isVisible()


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of every text ``widget`` shows or says: its own text, title,
    placeholder, items, headers, tooltip and accessible name and description."""
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    if isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    if isinstance(widget, QGroupBox):
        yield "group title", widget.title()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QSpinBox):
        yield "suffix", widget.suffix()
        yield "prefix", widget.prefix()
    if isinstance(widget, QAbstractSpinBox):
        yield "special value", widget.specialValueText()
    if isinstance(widget, QComboBox) and widget.isEditable() is False:
        for index in range(widget.count()):
            yield "item", widget.itemText(index)
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
            yield "tab tooltip", widget.tabToolTip(index)
    if (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)
        and widget.model() is not None
    ):
        model = widget.model()
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model keeps its one column to itself
            columns = 1
        if isinstance(widget, QTableView | QTreeView):
            for column in range(columns):
                yield "header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(QModelIndex()), 50)):
            for column in range(columns):
                yield "cell", str(model.index(row, column).data() or "")
    if isinstance(widget, QMenuBar | QMenu):
        for action in widget.actions():
            yield "menu", action.text()
            yield "status tip", action.statusTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from texts_of(menu)
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its own, or its text, and the label
    that names it (on Linux a box's name is its current item; its label names the box)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    names = [widget.accessibleName(), interface.text(QAccessible.Text.Name)]
    for label, _relation in interface.relations(QAccessible.RelationFlag.Labelled):
        names.append(label.text(QAccessible.Text.Name))
    return " / ".join(name for name in names if name)


def focusable(widget: QWidget) -> bool:
    """Whether a person can reach ``widget`` with Tab or a click (Qt's own parts of a
    control, the line edit inside a spin box say, are the control's)."""
    return (
        shown(widget)
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.objectName().startswith("qt_")
    )


def mnemonic(text: str) -> str | None:
    """The letter Alt takes to ``text``'s widget ("&Batches": b), if it has one."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


def clashing_mnemonics(window: QWidget) -> list[str]:
    """The texts on screen in ``window`` (field labels, buttons, menus, tabs) whose Alt
    letter another of them has too."""
    owned: list[tuple[str, QWidget]] = [
        (label.text(), label) for label in window.findChildren(QLabel) if label.buddy()
    ]
    owned += [(button.text(), button) for button in window.findChildren(QPushButton)]
    for bar in window.findChildren(QMenuBar):
        owned += [(action.text(), bar) for action in bar.actions()]
    for tabs in window.findChildren(QTabBar):
        owned += [(tabs.tabText(index), tabs) for index in range(tabs.count())]
    shown_texts = [text for text, owner in owned if owner.isVisibleTo(window) and mnemonic(text)]
    letters = [mnemonic(text) for text in shown_texts]
    return sorted(text for text in shown_texts if letters.count(mnemonic(text)) > 1)
