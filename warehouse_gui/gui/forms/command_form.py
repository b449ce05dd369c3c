"""A keyboard-first form that turns typed or scanned text into one line to send.

Enter (or a scanner's Tab) moves to the next empty required field and submits when none is
left, so a scanner fills a form scan by scan. A submitted line takes its values with it:
the form clears and its first field takes the cursor at once, so whatever is typed next,
while the line is on its way, lands where it would have landed had the answer come at once.
Esc clears.

A refused line can be put back (``restore``): its values return, the message shows under
the fields and the field at fault is selected, for a person to correct. If keys arrive
within ``TAKEN_OVER_S`` of that, they are a scanner's next scan, not a correction: the
form gives the line up (``overtaken``), clears, and the keys start the next line.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.appearance import set_style_property
from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command

BuildCommand = Callable[[Mapping[str, Any]], "Command"]

# Keys this soon after a refused line was put back are a scanner's, not a person's: a person
# reads the message first.
TAKEN_OVER_S = 0.150


class FieldSpec(NamedTuple):
    """One input: the command field it fills, its label (with ``&`` mnemonic) and rules.

    The label and the placeholder are English sources marked with ``QT_TRANSLATE_NOOP``
    in the ``"CommandForm"`` context; the form translates them where it shows them."""

    name: str
    label: str
    required: bool = True
    placeholder: str = ""

    @property
    def plain_label(self) -> str:
        """The label without its mnemonic marker (English: the source)."""
        return self.label.replace("&", "")

    @property
    def shown_label(self) -> str:
        """The label as the window shows it, in the desk's language, with its mnemonic."""
        return translate("CommandForm", self.label)

    @property
    def shown_plain_label(self) -> str:
        """The label as the window shows it, without its mnemonic marker."""
        return self.shown_label.replace("&", "")


class Line(NamedTuple):
    """What a form submitted: the text of each field, and how many edits the form had
    seen then (so that what was typed since can be told)."""

    values: dict[str, str]
    edits: int


class CommandForm(QGroupBox):
    """A titled form of line edits with an inline error line and a submit button;
    ``build_command`` makes its command of a line's values (and refuses bad ones). With
    ``one_row``, the fields stand side by side, the button after them (a strip above a
    table).

    ``title`` and ``submit_label`` are English sources marked in the ``"CommandForm"``
    context: the form shows them translated, while ``title_text`` (the English title)
    names the form in the object names and in the refused scans kept in the settings."""

    submitted = Signal(object)  # the Line taken from the fields
    overtaken = Signal(object)  # a restored Line that the next scan ran over

    def __init__(
        self,
        title: str,
        fields: list[FieldSpec],
        build_command: BuildCommand,
        submit_label: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        one_row: bool = False,
    ) -> None:
        super().__init__(translate("CommandForm", title), parent)
        self.build_command = build_command
        self.setObjectName(title.replace(" ", "").replace("&", "") + "Form")
        self.title_text = title.replace("&", "")  # English: a key, not shown
        self.shown_title = translate("CommandForm", title).replace("&", "")
        self.specs = {spec.name: spec for spec in fields}
        self.edits: dict[str, QLineEdit] = {}
        self._clock = clock
        self._edits_made = 0
        self._restored: Line | None = None
        self._restored_at = float("-inf")

        row = QHBoxLayout()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.scan_keys = ScanKeys(self)
        self.submit_button = QPushButton(translate("CommandForm", submit_label), self)
        self.submit_button.setAccessibleName(
            translate("CommandForm", submit_label).replace("&", "")
        )
        self.submit_button.setAccessibleDescription(
            translate("CommandForm", "Sends the line typed in the {form} form").format(
                form=self.shown_title
            )
        )
        self.submit_button.clicked.connect(self.submit)
        for spec in fields:
            edit = QLineEdit(self)
            edit.setObjectName(f"{self.objectName()}.{spec.name}")
            edit.setPlaceholderText(
                translate("CommandForm", spec.placeholder) if spec.placeholder else ""
            )
            edit.setAccessibleName(
                translate("CommandForm", "{form} {field}").format(
                    form=self.shown_title, field=spec.shown_plain_label
                )
            )
            edit.setAccessibleDescription(
                translate(
                    "CommandForm",
                    "Type or scan a value. Enter moves to the next empty required field, "
                    "or sends the line when none is left; Esc clears the form.",
                )
                if spec.required
                else translate(
                    "CommandForm",
                    "Optional: may stay empty. Enter moves to the next empty required field, "
                    "or sends the line when none is left; Esc clears the form.",
                )
            )
            edit.setClearButtonEnabled(False)
            edit.returnPressed.connect(self._advance)
            edit.textEdited.connect(self._edited)
            edit.installEventFilter(self)
            self.scan_keys.watch(edit)
            label = QLabel(
                spec.shown_label
                if spec.required
                else translate("CommandForm", "{label} (optional)").format(label=spec.shown_label),
                self,
            )
            label.setBuddy(edit)
            self.edits[spec.name] = edit
            if one_row:
                row.addWidget(label)
                row.addWidget(edit, 1)
            elif spec is fields[-1]:
                last = QHBoxLayout()
                last.addWidget(edit, 1)
                last.addWidget(self.submit_button)
                form.addRow(label, last)
            else:
                form.addRow(label, edit)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("inlineError")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(
            translate("CommandForm", "{form} error").format(form=self.shown_title)
        )
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        # Why this person may not use the form, when they may not (the fields are greyed).
        self.unavailable_label = QLabel(self)
        self.unavailable_label.setObjectName("unavailableReason")
        self.unavailable_label.setWordWrap(True)
        self.unavailable_label.setAccessibleName(
            translate("CommandForm", "{form} unavailable").format(form=self.shown_title)
        )
        self.unavailable_label.hide()

        layout = QVBoxLayout(self)
        # Little air above and below the fields: the forms column fits a 1366x700 screen.
        margins = layout.contentsMargins()
        layout.setContentsMargins(margins.left(), 4, margins.right(), 4)
        if one_row:
            row.addWidget(self.submit_button)
            layout.addLayout(row)
        else:
            layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.unavailable_label)

        order = [*self.edits.values(), self.submit_button]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        clear.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        clear.activated.connect(self.clear)
        self.submit_button.installEventFilter(self)

    def first_field(self) -> QLineEdit:
        """The field a person starts typing in."""
        return next(iter(self.edits.values()))

    def values(self) -> dict[str, str]:
        """The text of every field, by command field name."""
        return {name: edit.text() for name, edit in self.edits.items()}

    def is_empty(self) -> bool:
        """Whether no field holds anything but spaces."""
        return not any(text.strip() for text in self.values().values())

    def has_focus(self) -> bool:
        """Whether the cursor is in this form."""
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def typed_since(self, line: Line) -> bool:
        """Whether anything was typed into the form after ``line`` was submitted."""
        return self._edits_made > line.edits

    @Slot()
    def focus_first_field(self) -> None:
        """Put the cursor in the first field with its text selected."""
        self.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.first_field().selectAll()

    @Slot()
    def clear(self) -> None:
        """Empty every field and the error line, and start again at the first field."""
        self._empty()
        self.focus_first_field()

    def reset(self) -> None:
        """Empty every field and the error line, without taking the cursor."""
        self._empty()

    def set_unavailable(self, reason: str | None) -> None:
        """Grey the fields and say ``reason`` under them (``None``: usable again)."""
        for widget in (*self.edits.values(), self.submit_button):
            widget.setEnabled(reason is None)
        self.unavailable_label.setText(reason or "")
        self.unavailable_label.setVisible(reason is not None)

    @Slot()
    def submit(self) -> None:
        """Send the line as typed, and be ready for the next one at once."""
        if self.is_empty():
            self.focus_first_field()
            return
        line = Line(self.values(), self._edits_made)
        self._empty()
        self.focus_first_field()
        self.submitted.emit(line)

    def restore(self, line: Line, message: str, field: str | None) -> None:
        """Put a refused line back for a person to correct: its values, the message and,
        when one is named, the field at fault selected."""
        for name, edit in self.edits.items():
            edit.setText(line.values.get(name, ""))
        self._restored, self._restored_at = line, self._clock()
        self.show_error(message, field)
        if field not in self.edits:
            self.focus_first_field()

    def show_error(self, message: str, field: str | None) -> None:
        """Show ``message`` under the fields and select the field at fault, if named."""
        self.error_label.setText(message)
        self.error_label.show()
        edit = self.edits.get(field or "")
        if edit is not None:
            _mark_invalid(edit, True)
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            edit.selectAll()

    def label_of(self, field: str | None) -> str:
        """The label of the field called ``field`` as shown, without its mnemonic ("" if
        none)."""
        spec = self.specs.get(field or "")
        return spec.shown_plain_label if spec else ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the focused submit button submits, as Space does; keys that overtake a
        restored line give it up and start the next one."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.submit_button and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return True
        if self._restored is not None and event.text() and event.text().isprintable():
            line, self._restored = self._restored, None
            if self._clock() - self._restored_at <= TAKEN_OVER_S:
                self._empty()
                self.focus_first_field()
                self.overtaken.emit(line)
                QApplication.sendEvent(self.first_field(), event.clone())
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
            if self.specs[name].required and not edit.text().strip():
                edit.setFocus(Qt.FocusReason.TabFocusReason)
                edit.selectAll()  # the next scan replaces whatever is there
                return
        self.submit()

    @Slot()
    def _edited(self) -> None:
        self._edits_made += 1
        sender = self.sender()
        if isinstance(sender, QLineEdit):
            _mark_invalid(sender, False)

    def _empty(self) -> None:
        self._restored = None
        for edit in self.edits.values():
            edit.clear()
            _mark_invalid(edit, False)
        self.error_label.clear()
        self.error_label.hide()


def _mark_invalid(edit: QLineEdit, invalid: bool) -> None:
    """Flag the field for the stylesheet's ``[invalid="true"]`` rule."""
    set_style_property(edit, "invalid", invalid)
