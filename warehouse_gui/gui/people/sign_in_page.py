"""The page that covers the work area while nobody is signed in: scan a badge, type the
PIN, Enter. A refusal is said on the page in the desk's words (and flashed and beeped as
a refused scan is); the PIN is cleared for the next try."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_gui.gui.announce import announce
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback
from warehouse_gui.gui.people.badge import BadgeFields
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

HINT = QT_TRANSLATE_NOOP(
    "SignInPage",
    "Scan your badge (or type your login and press Enter), then type your PIN and press Enter.",
)


class SignInPage(QWidget):
    """Login, PIN and what the desk said of the last try, in the middle of the window."""

    submitted = Signal(str, str)  # login, PIN

    def __init__(self, feedback: ScanFeedback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInPage")
        self._feedback = feedback
        self.box = QGroupBox(translate("SignInPage", "Sign in"), self)
        self.box.setObjectName("signInBox")
        self.box.setMinimumWidth(440)
        self.box.setMaximumWidth(560)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.badge = BadgeFields(form, self.box, "signIn")
        self.button = QPushButton(translate("SignInPage", "&Sign in"), self.box)
        self.button.setAccessibleDescription(
            translate("SignInPage", "Signs in with the login and PIN given")
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.badge.submit)
        self.hint = QLabel(translate("SignInPage", HINT), self.box)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self.box)
        self.message.setObjectName("inlineError")
        self.message.setAccessibleName(translate("SignInPage", "Sign-in message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        inside = QVBoxLayout(self.box)
        inside.addWidget(self.hint)
        inside.addLayout(form)
        inside.addWidget(self.message)
        inside.addLayout(buttons)
        QWidget.setTabOrder(self.badge.pin_edit, self.button)
        self.badge.submitted.connect(self.submitted)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.box, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def start(self, message: str = "") -> None:
        """Ready for the next person: empty fields, the cursor in Login, ``message`` (why
        the last person was signed out, say) shown."""
        self.say(message)
        self.badge.start()
        if message:
            announce(self.message, message)

    def say(self, message: str) -> None:
        """Show ``message`` on the page (nothing: hide the line)."""
        self.message.setText(message)
        self.message.setVisible(bool(message))

    @Slot(str, object)
    def refused(self, message: str, field: str | None = None) -> None:
        """The desk refused the sign-in: say why, flash and beep, and get ready for the
        next try (the login again when it was at fault, else the PIN)."""
        self.say(message)
        self._feedback.confirm(False, self.box, said=message)
        if field == "login":
            self.badge.try_login_again()
        else:
            self.badge.try_pin_again()
