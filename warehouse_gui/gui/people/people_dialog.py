"""File → People (Ctrl+U): who signs in here, and adding, re-roling and disabling them.

Open to an admin, or to anyone while the database has no people: then the first person
must be an admin, and adding them turns sign-in on. A person is never deleted (the
history names them): they are disabled. Refusals are said in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.people.approval import no_enter_button
from warehouse_gui.gui.tabs.confirm import ask_first
from warehouse_gui.queries import People

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command
    from warehouse_gui.domain.people import Person

COLUMNS = ("Login", "Name", "Role", "May sign in")
ROLES = ("clerk", "supervisor", "admin")
FIRST_PERSON = (
    "This database has no people yet: the first person must be an admin, and adding them "
    "turns sign-in on at every desk."
)


class PeopleDialog(QDialog):
    """The people table, a form to add a person, and their role and disabling."""

    def __init__(self, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle("People")
        self._bus = bus
        self._closed = False  # answers that come after the dialog closed are dropped
        self.people: list[Person] = []
        self.confirmation: QMessageBox | None = None

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName("People")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._selected)
        people_label = QLabel("P&eople", self)
        people_label.setBuddy(self.table)

        self.role_box = QComboBox(self)
        self.role_box.addItems(ROLES)
        self.role_box.setAccessibleName("New role of the selected person")
        self.set_role_button = QPushButton("Set &role", self)
        self.set_role_button.clicked.connect(self._set_role)
        self.disable_button = QPushButton("&Disable…", self)
        self.disable_button.clicked.connect(self._confirm_disable)
        selected = QHBoxLayout()
        role_label = QLabel("Ro&le of the selected person", self)
        role_label.setBuddy(self.role_box)
        selected.addWidget(role_label)
        selected.addWidget(self.role_box)
        selected.addWidget(self.set_role_button)
        selected.addStretch(1)
        selected.addWidget(self.disable_button)

        self.add_box = QGroupBox("Add a person", self)
        self.add_box.setObjectName("addPersonBox")
        form = QFormLayout(self.add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_note = QLabel(FIRST_PERSON, self.add_box)
        self.first_note.setObjectName("hint")
        self.first_note.setWordWrap(True)
        self.first_note.hide()
        form.addRow(self.first_note)
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in (
            ("login", "Lo&gin", "the badge's barcode, e.g. anna"),
            ("name", "&Name", "e.g. Anna Kowalska"),
        ):
            self.edits[name] = self._field(form, name, label, placeholder)
        self.new_role_box = QComboBox(self.add_box)
        self.new_role_box.addItems(ROLES)
        self.new_role_box.setAccessibleName("Role of the new person")
        shown = QLabel("R&ole", self.add_box)
        shown.setBuddy(self.new_role_box)
        form.addRow(shown, self.new_role_box)
        for name, label in (("pin", "&PIN"), ("pin_again", "Confir&m PIN")):
            self.edits[name] = self._field(form, name, label, "4 to 12 digits")
            self.edits[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton("&Add person", self.add_box)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)

        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setAccessibleName("People message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("peopleOutcome")
        self.outcome.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        no_enter_button(buttons)
        for button in (self.set_role_button, self.disable_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addWidget(people_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(selected)
        layout.addWidget(self.add_box)
        layout.addWidget(self.message)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(620, 600)
        self._selected(-1)
        self.read()

    def _field(self, form: QFormLayout, name: str, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self.add_box)
        edit.setObjectName(f"person.{name}")
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(f"New person {label.replace('&', '')}")
        edit.returnPressed.connect(self._advance)
        shown = QLabel(label, self.add_box)
        shown.setBuddy(edit)
        form.addRow(shown, edit)
        return edit

    def done(self, result: int) -> None:
        """Close; answers still on their way are dropped."""
        self._closed = True
        super().done(result)

    def read(self) -> None:
        """Read the people again."""
        self._bus.ask(People(), self._show, self._refused)

    def _show(self, people: list[Person]) -> None:
        if self._closed:
            return
        current = self.table.currentRow()
        self.people = list(people)
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            cells = (
                person.login,
                person.name,
                str(person.role),
                "no" if person.disabled else "yes",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        first = not self.people
        self.first_note.setVisible(first)
        if first:
            self.new_role_box.setCurrentText("admin")
        self.new_role_box.setEnabled(not first)
        if self.people:
            self.table.selectRow(min(max(current, 0), len(self.people) - 1))
        self._selected(self.table.currentRow())
        if first:
            self.edits["login"].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _selected(self, row: int) -> None:
        person = self.people[row] if 0 <= row < len(self.people) else None
        for widget in (self.role_box, self.set_role_button, self.disable_button):
            widget.setEnabled(person is not None and not person.disabled)
        if person is not None:
            self.role_box.setCurrentText(str(person.role))

    @Slot()
    def _advance(self) -> None:
        """Enter: the next empty field, or add the person when none is left."""
        for edit in self.edits.values():
            if not edit.text():
                edit.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self._add()

    @Slot()
    def _add(self) -> None:
        from warehouse_gui.domain.commands import AddPerson
        from warehouse_gui.domain.errors import InvalidCommand

        values = {name: edit.text() for name, edit in self.edits.items()}
        if values["pin"] != values["pin_again"]:
            self._say_refused("The two PINs differ: type the same PIN twice")
            self._clear_pins()
            return
        try:
            command = AddPerson.from_fields(
                {
                    "login": values["login"],
                    "name": values["name"],
                    "role": self.new_role_box.currentText(),
                    "pin": values["pin"],
                }
            )
        except InvalidCommand as error:
            self._say_refused(f"{_label(error.field)} {error.rule}".strip())
            if error.field == "pin":
                self._clear_pins()
            elif error.field in self.edits:
                self.edits[error.field].setFocus(Qt.FocusReason.OtherFocusReason)
                self.edits[error.field].selectAll()
            return
        said = f"Added {command.login}: {command.name}, {command.role}"
        self._send(command, said, self._added)

    def _added(self) -> None:
        for edit in self.edits.values():
            edit.clear()
        self.edits["login"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_pins(self) -> None:
        self.edits["pin"].clear()
        self.edits["pin_again"].clear()
        self.edits["pin"].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _set_role(self) -> None:
        from warehouse_gui.domain.commands import SetRole

        person = self._current()
        if person is None:
            return
        role = self.role_box.currentText()
        command = SetRole.from_fields({"login": person.login, "role": role})
        self._send(command, f"{person.name} is {command.role.with_article} now")

    @Slot()
    def _confirm_disable(self) -> None:
        person = self._current()
        if person is None:
            return
        text = (
            f"Disable {person.login} ({person.name})?\n\n"
            "They may no longer sign in. They stay in the list, and the history keeps "
            "their name."
        )
        self.confirmation = ask_first(
            self,
            "Disable a person",
            text,
            "Disable",
            "Keep them",
            lambda chosen: self._disable(chosen, person.login),
        )

    def _disable(self, chosen: bool, login: str) -> None:
        from warehouse_gui.domain.commands import DisablePerson

        self.confirmation = None
        if chosen:
            self._send(DisablePerson(login), f"{login} may no longer sign in")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current(self) -> Person | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def _send(self, command: Command, said: str, then: Callable[[], None] | None = None) -> None:
        def done(_: Done) -> None:
            if self._closed:
                return
            self.message.hide()
            self.outcome.setText(said)
            if then is not None:
                then()
            self.read()

        self._bus.send(command, done, self._refused)

    def _refused(self, refused: Refused) -> None:
        if not self._closed:
            self._say_refused(refused.message)

    def _say_refused(self, message: str) -> None:
        self.outcome.clear()
        self.message.setText(message)
        self.message.show()


def _label(field: str | None) -> str:
    return {"login": "Login", "name": "Name", "role": "Role", "pin": "PIN"}.get(field or "", "")
