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

from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.people.approval import no_enter_button
from warehouse_gui.gui.tabs.confirm import ask_first
from warehouse_gui.queries import People
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command
    from warehouse_gui.domain.people import Person

COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleDialog", "Login"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Name"),
    QT_TRANSLATE_NOOP("PeopleDialog", "Role"),
    QT_TRANSLATE_NOOP("PeopleDialog", "May sign in"),
)
# The roles, as data (what a command carries); shown translated in the "Roles" context.
ROLES = (
    QT_TRANSLATE_NOOP("Roles", "clerk"),
    QT_TRANSLATE_NOOP("Roles", "supervisor"),
    QT_TRANSLATE_NOOP("Roles", "admin"),
)
# "<name> is <role> now", for each role (the article and the case differ by language).
NOW = {
    "clerk": QT_TRANSLATE_NOOP("PeopleDialog", "{name} is a clerk now"),
    "supervisor": QT_TRANSLATE_NOOP("PeopleDialog", "{name} is a supervisor now"),
    "admin": QT_TRANSLATE_NOOP("PeopleDialog", "{name} is an admin now"),
}
FIRST_PERSON = QT_TRANSLATE_NOOP(
    "PeopleDialog",
    "This database has no people yet: the first person must be an admin, and adding them "
    "turns sign-in on at every desk.",
)
# The fields of the form a refusal may name (any other: its rule alone is said).
FIELDS = ("login", "name", "role", "pin")


def _roles(box: QComboBox) -> None:
    """Fill ``box`` with the roles: each shown translated, its data the role itself."""
    for role in ROLES:
        box.addItem(translate("Roles", role), role)


def _choose_role(box: QComboBox, role: str) -> None:
    index = box.findData(role)
    if index >= 0:
        box.setCurrentIndex(index)


class PeopleDialog(QDialog):
    """The people table, a form to add a person, and their role and disabling."""

    def __init__(self, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleDialog")
        self.setWindowTitle(translate("PeopleDialog", "People"))
        self._bus = bus
        self._closed = False  # answers that come after the dialog closed are dropped
        self.people: list[Person] = []
        self.confirmation: QMessageBox | None = None

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(translate("PeopleDialog", "People"))
        self.table.setAccessibleDescription(
            translate(
                "PeopleDialog",
                "Who signs in here: login, name, role and whether they may sign in; "
                "select a person to change their role or disable them.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [translate("PeopleDialog", column) for column in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._selected)
        people_label = QLabel(translate("PeopleDialog", "P&eople"), self)
        people_label.setBuddy(self.table)

        self.role_box = QComboBox(self)
        _roles(self.role_box)
        self.role_box.setAccessibleName(
            translate("PeopleDialog", "New role of the selected person")
        )
        self.set_role_button = QPushButton(translate("PeopleDialog", "Set &role"), self)
        self.set_role_button.setAccessibleName(
            translate("PeopleDialog", "Set the role of the selected person")
        )
        self.set_role_button.clicked.connect(self._set_role)
        self.disable_button = QPushButton(translate("PeopleDialog", "&Disable…"), self)
        self.disable_button.setAccessibleName(
            translate("PeopleDialog", "Disable the selected person")
        )
        self.disable_button.clicked.connect(self._confirm_disable)
        selected = QHBoxLayout()
        role_label = QLabel(translate("PeopleDialog", "Ro&le of the selected person"), self)
        role_label.setBuddy(self.role_box)
        selected.addWidget(role_label)
        selected.addWidget(self.role_box)
        selected.addWidget(self.set_role_button)
        selected.addStretch(1)
        selected.addWidget(self.disable_button)

        self.add_box = QGroupBox(translate("PeopleDialog", "Add a person"), self)
        self.add_box.setObjectName("addPersonBox")
        form = QFormLayout(self.add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_note = QLabel(translate("PeopleDialog", FIRST_PERSON), self.add_box)
        self.first_note.setObjectName("hint")
        self.first_note.setWordWrap(True)
        self.first_note.hide()
        form.addRow(self.first_note)
        self.edits: dict[str, QLineEdit] = {}
        self.edits["login"] = self._field(
            form,
            "login",
            translate("PeopleDialog", "Lo&gin"),
            translate("PeopleDialog", "the badge's barcode, e.g. anna"),
            translate("PeopleDialog", "New person's login"),
        )
        self.edits["name"] = self._field(
            form,
            "name",
            translate("PeopleDialog", "&Name"),
            translate("PeopleDialog", "e.g. Anna Kowalska"),
            translate("PeopleDialog", "New person's name"),
        )
        self.new_role_box = QComboBox(self.add_box)
        _roles(self.new_role_box)
        self.new_role_box.setAccessibleName(translate("PeopleDialog", "Role of the new person"))
        shown = QLabel(translate("PeopleDialog", "R&ole"), self.add_box)
        shown.setBuddy(self.new_role_box)
        form.addRow(shown, self.new_role_box)
        digits = translate("PeopleDialog", "4 to 12 digits")
        self.edits["pin"] = self._field(
            form,
            "pin",
            translate("PeopleDialog", "&PIN"),
            digits,
            translate("PeopleDialog", "New person's PIN"),
        )
        self.edits["pin_again"] = self._field(
            form,
            "pin_again",
            translate("PeopleDialog", "Confir&m PIN"),
            digits,
            translate("PeopleDialog", "New person's PIN again, to confirm it"),
        )
        for name in ("pin", "pin_again"):
            self.edits[name].setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(translate("PeopleDialog", "&Add person"), self.add_box)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)

        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setAccessibleName(translate("PeopleDialog", "People message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.outcome = QLabel(self)
        self.outcome.setObjectName("peopleOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(translate("PeopleDialog", "What was done"))
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

    def _field(
        self, form: QFormLayout, name: str, label: str, placeholder: str, spoken: str
    ) -> QLineEdit:
        edit = QLineEdit(self.add_box)
        edit.setObjectName(f"person.{name}")
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(spoken)
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
                translate("Roles", str(person.role)),
                translate("PeopleDialog", "no")
                if person.disabled
                else translate("PeopleDialog", "yes"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        first = not self.people
        self.first_note.setVisible(first)
        if first:
            _choose_role(self.new_role_box, "admin")
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
            _choose_role(self.role_box, str(person.role))

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
            self._say_refused(
                translate("PeopleDialog", "The two PINs differ: type the same PIN twice")
            )
            self._clear_pins()
            return
        try:
            command = AddPerson.from_fields(
                {
                    "login": values["login"],
                    "name": values["name"],
                    "role": str(self.new_role_box.currentData()),
                    "pin": values["pin"],
                }
            )
        except InvalidCommand as error:
            # The domain says the field's name and the rule it broke, translated.
            self._say_refused(error.message if error.field in FIELDS else error.rule.strip())
            if error.field == "pin":
                self._clear_pins()
            elif error.field in self.edits:
                self.edits[error.field].setFocus(Qt.FocusReason.OtherFocusReason)
                self.edits[error.field].selectAll()
            return
        said = translate("PeopleDialog", "Added {login}: {name}, {role}").format(
            login=command.login, name=command.name, role=translate("Roles", str(command.role))
        )
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
        role = str(self.role_box.currentData())
        command = SetRole.from_fields({"login": person.login, "role": role})
        now = translate("PeopleDialog", NOW[str(command.role)]).format(name=person.name)
        self._send(command, now)

    @Slot()
    def _confirm_disable(self) -> None:
        person = self._current()
        if person is None:
            return
        text = translate(
            "PeopleDialog",
            "Disable {login} ({name})?\n\n"
            "They may no longer sign in. They stay in the list, and the history keeps "
            "their name.",
        ).format(login=person.login, name=person.name)
        self.confirmation = ask_first(
            self,
            translate("PeopleDialog", "Disable a person"),
            text,
            translate("PeopleDialog", "Disable"),
            translate("PeopleDialog", "Keep them"),
            lambda chosen: self._disable(chosen, person.login),
        )

    def _disable(self, chosen: bool, login: str) -> None:
        from warehouse_gui.domain.commands import DisablePerson

        self.confirmation = None
        if chosen:
            self._send(
                DisablePerson(login),
                translate("PeopleDialog", "{login} may no longer sign in").format(login=login),
            )
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
            announce(self.outcome, said)
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
        announce(self.message, message, urgent=True)
