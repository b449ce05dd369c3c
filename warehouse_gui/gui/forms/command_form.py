"""A keyboard-first form that turns typed or scanned text into one command.

Enter moves to the next empty required field and submits when none is left, so a scanner
(value, Enter) fills a form scan by scan; Esc clears; a second Enter while the command is
on its way sends nothing; after success the form clears and its first field takes focus,
after a failure the values stay and the field at fault is selected.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.gui.appearance import set_style_property

BuildCommand = Callable[[Mapping[str, str]], Command]


class FieldSpec(NamedTuple):
    """One input: the command field it fills, its label (with ``&`` mnemonic) and rules."""

    name: str
    label: str
    required: bool = True
    placeholder: str = ""

    @property
    def plain_label(self) -> str:
        """The label without its mnemonic marker."""
        return self.label.replace("&", "")


class CommandForm(QGroupBox):
    """A titled form of line edits with an inline error line and a submit button."""

    submitted = Signal(object)  # the Command built from the fields
    answered = Signal(bool)  # the outcome shown: carried out (True) or refused (False)

    def __init__(
        self,
        title: str,
        fields: list[FieldSpec],
        build_command: BuildCommand,
        submit_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(title.replace(" ", "").replace("&", "") + "Form")
        self._specs = {spec.name: spec for spec in fields}
        self._build_command = build_command
        self._pending = False
        self._submitted_values: dict[str, str] = {}
        self.edits: dict[str, QLineEdit] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for spec in fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"{self.objectName()}.{spec.name}")
            edit.setPlaceholderText(spec.placeholder)
            edit.setAccessibleName(f"{title.replace('&', '')} {spec.plain_label}")
            edit.setClearButtonEnabled(False)
            edit.returnPressed.connect(self._advance)
            edit.textEdited.connect(self._clear_error_of_sender)
            label = QLabel(spec.label + ("" if spec.required else " (optional)"), self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[spec.name] = edit

        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(f"{title.replace('&', '')} error")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        self.submit_button = QPushButton(submit_label, self)
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        order = [*self.edits.values(), self.submit_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear)
        self.submit_button.installEventFilter(self)

    @property
    def pending(self) -> bool:
        """Whether a submitted command has not been answered yet."""
        return self._pending

    def first_field(self) -> QLineEdit:
        """The field a person starts typing in."""
        return next(iter(self.edits.values()))

    def values(self) -> dict[str, str]:
        """The text of every field, by command field name."""
        return {name: edit.text() for name, edit in self.edits.items()}

    @Slot()
    def focus_first_field(self) -> None:
        """Put the cursor in the first field with its text selected."""
        self.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.first_field().selectAll()

    @Slot()
    def clear(self) -> None:
        """Empty every field and the error line, and start again at the first field."""
        for edit in self.edits.values():
            edit.clear()
        self._hide_error()
        self.focus_first_field()

    @Slot()
    def submit(self) -> None:
        """Build the command and send it, unless one is already on its way."""
        if self._pending:
            return
        try:
            command = self._build_command(self.values())
        except InvalidCommand as error:
            label = self._specs[error.field].plain_label if error.field in self._specs else ""
            self.show_error(f"{label} {error.rule}".strip(), error.field)
            return
        self._hide_error()
        self._pending = True
        self._submitted_values = self.values()
        self.submit_button.setEnabled(False)
        self.submitted.emit(command)

    def succeeded(self) -> None:
        """The command was carried out: clear the form and start the next one.

        Text typed while the command was on its way is kept, and so is the cursor.
        """
        self._finish()
        untouched = self.values() == self._submitted_values
        for name, edit in self.edits.items():
            if edit.text() == self._submitted_values.get(name):
                edit.clear()
        self._hide_error()
        if untouched:
            self.focus_first_field()
        self.answered.emit(True)

    def failed(self, message: str, field: str | None) -> None:
        """The command was refused: keep the values and select the field to fix."""
        self._finish()
        self.show_error(message, field)

    def show_error(self, message: str, field: str | None) -> None:
        """Show ``message`` under the fields and select the field at fault, if named."""
        self.error_label.setText(message)
        self.error_label.show()
        edit = self.edits.get(field or "")
        if edit is not None:
            _mark_invalid(edit, True)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()
        self.answered.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the focused submit button submits, as Space does."""
        if (
            watched is self.submit_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.submit()
            return True
        return super().eventFilter(watched, event)

    @Slot()
    def _advance(self) -> None:
        """Enter: go to the next empty required field, or submit when none is left."""
        names = list(self.edits)
        sender = self.sender()
        start = names.index(next(n for n, e in self.edits.items() if e is sender)) + 1
        for name in names[start:] + names[:start]:
            edit = self.edits[name]
            if self._specs[name].required and not edit.text().strip():
                edit.setFocus(Qt.FocusReason.TabFocusReason)
                edit.selectAll()  # the next scan replaces whatever is there
                return
        self.submit()

    @Slot()
    def _clear_error_of_sender(self) -> None:
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            _mark_invalid(sender, False)

    def _finish(self) -> None:
        self._pending = False
        self.submit_button.setEnabled(True)

    def _hide_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
        for edit in self.edits.values():
            _mark_invalid(edit, False)


def _mark_invalid(edit: QLineEdit, invalid: bool) -> None:
    """Flag the field for the stylesheet's ``[invalid="true"]`` rule."""
    set_style_property(edit, "invalid", invalid)
