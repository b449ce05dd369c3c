"""The question asked before a line is cancelled or withdrawn: Enter confirms, Esc keeps.

The box is window-modal and opened, not executed, so the event loop (and the bus's
answers) go on while it is up.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_first(
    parent: QWidget,
    title: str,
    text: str,
    yes: str,
    no: str,
    closed: Callable[[bool], object],
) -> QMessageBox:
    """Open a question box with ``yes`` as its default button and ``no`` on Esc; when it
    closes, ``closed`` is told whether ``yes`` was chosen."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.No).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setEscapeButton(QMessageBox.StandardButton.No)

    def finished(_result: int) -> None:
        chosen = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        closed(chosen)

    box.finished.connect(finished)
    box.open()
    return box
