"""A login and a PIN, the way a person gives them: scan the badge (its barcode is the
login, then Enter), type the PIN, Enter.

Shared by the sign-in page and a supervisor's approval. A badge scanned while the cursor
is in the PIN field (letters, not digits) is taken as the login, not as a PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from warehouse_gui.gui.forms.scanning import ScanKeys
from warehouse_gui.translation import translate


class BadgeFields(QObject):
    """The Login and PIN fields, added to ``form``; ``submitted`` once both are given."""

    submitted = Signal(str, str)  # login, PIN

    def __init__(self, form: QFormLayout, owner: QWidget, purpose: str) -> None:
        super().__init__(owner)
        self.login_edit = QLineEdit(owner)
        self.login_edit.setObjectName(f"{purpose}Login")
        self.login_edit.setPlaceholderText(translate("BadgeFields", "scan the badge"))
        self.pin_edit = QLineEdit(owner)
        self.pin_edit.setObjectName(f"{purpose}Pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(translate("BadgeFields", "4 to 12 digits"))
        if purpose == "approver":
            self.login_edit.setAccessibleName(translate("BadgeFields", "Approver's login"))
            self.pin_edit.setAccessibleName(translate("BadgeFields", "Approver's PIN"))
        else:
            self.login_edit.setAccessibleName(translate("BadgeFields", "Login"))
            self.pin_edit.setAccessibleName(translate("BadgeFields", "PIN"))
        self.login_edit.setAccessibleDescription(
            translate(
                "BadgeFields",
                "Scan the badge, or type the login and press Enter; the cursor then goes "
                "to the PIN.",
            )
        )
        self.pin_edit.setAccessibleDescription(
            translate("BadgeFields", "The PIN, 4 to 12 digits, not shown; Enter sends it.")
        )
        for label, edit in (
            (translate("BadgeFields", "&Login"), self.login_edit),
            (translate("BadgeFields", "&PIN"), self.pin_edit),
        ):
            shown = QLabel(label, owner)
            shown.setBuddy(edit)
            form.addRow(shown, edit)
        ScanKeys(self).watch(self.login_edit)
        QWidget.setTabOrder(self.login_edit, self.pin_edit)
        self.login_edit.returnPressed.connect(self._login_given)
        self.pin_edit.returnPressed.connect(self.submit)

    def start(self) -> None:
        """Empty both fields, the cursor in Login."""
        self.login_edit.clear()
        self.pin_edit.clear()
        self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_pin_again(self) -> None:
        """Clear the PIN and put the cursor there, the login kept."""
        self.pin_edit.clear()
        self.pin_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login_again(self) -> None:
        """Clear the PIN and select the login, for the next scan to replace it."""
        self.pin_edit.clear()
        self.login_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.login_edit.selectAll()

    @Slot()
    def _login_given(self) -> None:
        if self.login_edit.text().strip():
            self.pin_edit.clear()
            self.pin_edit.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def submit(self) -> None:
        """Sign in with what was given (Enter in PIN): a badge scanned into PIN becomes
        the login; a missing login is asked for."""
        pin = self.pin_edit.text()
        if pin and not pin.strip().isdigit():  # a badge, scanned into the PIN field
            self.login_edit.setText(pin.strip())
            self.pin_edit.clear()
            return
        if not self.login_edit.text().strip():
            self.login_edit.setFocus(Qt.FocusReason.TabFocusReason)
        elif pin:
            self.submitted.emit(self.login_edit.text().strip(), pin)
