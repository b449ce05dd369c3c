"""A supervisor's approval at a clerk's desk: Ctrl+Shift+A opens a small dialog (badge
scan, PIN, Enter); while the approval is held, a banner says whose it is, and Esc in it
(or Ctrl+Shift+A again) withdraws it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.bridge.bus_worker import Refused
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback
from warehouse_gui.gui.people.badge import BadgeFields
from warehouse_gui.gui.people.session import Session
from warehouse_gui.translation import translate


def no_enter_button(buttons: QDialogButtonBox) -> None:
    """Enter in a field of the dialog is that field's (the next field, or send); it never
    presses a button of ``buttons``, as a dialog's Enter otherwise does."""
    for button in buttons.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


class ApprovalDialog(QDialog):
    """The approver's badge and PIN; closes once the desk holds the approval, says why
    not when it does not."""

    def __init__(self, session: Session, feedback: ScanFeedback, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(translate("ApprovalDialog", "A supervisor approves"))
        self._session = session
        self._feedback = feedback
        self._closed = False  # answers that come after the dialog closed are dropped
        if session.person is not None:
            said = translate(
                "ApprovalDialog",
                "A supervisor or an admin approves one action of {person}: scan your badge, "
                "type your PIN and press Enter.",
            ).format(person=session.person.name)
        else:
            said = translate(
                "ApprovalDialog",
                "A supervisor or an admin approves one action of the person here: scan your "
                "badge, type your PIN and press Enter.",
            )
        intro = QLabel(said, self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.badge = BadgeFields(form, self, "approver")
        self.message = QLabel(self)
        self.message.setObjectName("inlineError")
        self.message.setAccessibleName(translate("ApprovalDialog", "Approval message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        no_enter_button(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.badge.submitted.connect(self._send)

    def done(self, result: int) -> None:
        """Close; answers still on their way are dropped."""
        self._closed = True
        super().done(result)

    @Slot(str, str)
    def _send(self, login: str, pin: str) -> None:
        self._session.approve(login, pin, lambda person: self._approved(), self._refused)

    def _approved(self) -> None:
        if not self._closed:
            self.accept()

    def _refused(self, refused: Refused) -> None:
        if self._closed:
            return
        self.message.setText(refused.message)
        self.message.show()
        self._feedback.confirm(False, said=refused.message)
        if refused.field == "login":
            self.badge.try_login_again()
        else:
            self.badge.try_pin_again()


class ApprovalBanner(QFrame):
    """ "Approved by Sam Supervisor for one action", while the approval is held."""

    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalBanner")
        self.label = QLabel(self)
        self.label.setObjectName("approvalText")
        self.label.setWordWrap(True)
        self.withdraw_button = QPushButton(translate("ApprovalBanner", "&Withdraw"), self)
        self.withdraw_button.setAccessibleName(translate("ApprovalBanner", "Withdraw the approval"))
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.withdraw_button)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.withdraw_requested)
        self.hide()

    def show_approval(self, approver: str | None) -> None:
        """Say whose approval is held (``None``: none, and the banner hides)."""
        if approver is None:
            self.hide()
            return
        said = translate(
            "ApprovalBanner",
            "Approved by {approver} for one action — it greys again once that action is "
            "done. Esc here or Ctrl+Shift+A withdraws the approval.",
        ).format(approver=approver)
        self.label.setText(said)
        self.show()
        announce(self.label, said)
