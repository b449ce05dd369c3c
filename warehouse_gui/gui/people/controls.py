"""People in the main window: the sign-in page over the work area, the keys that sign out
(Ctrl+Shift+L), ask a supervisor's approval (Ctrl+Shift+A) and open People (Ctrl+U), the
idle sign-out, and what is greyed, with the reason, for the person signed in.

Signing out clears what was typed but not sent (every field, the undo history, open
dialogs); the refused scans stay with the person who made them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QLineEdit, QStackedWidget, QWidget

from warehouse_gui.gui.actions import Action, Installed, menu_label
from warehouse_gui.gui.people.approval import ApprovalBanner, ApprovalDialog
from warehouse_gui.gui.people.idle import IdleWatch
from warehouse_gui.gui.people.session import Session, shown
from warehouse_gui.gui.people.sign_in_page import SignInPage
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.people import Person
    from warehouse_gui.gui.main_window import MainWindow
    from warehouse_gui.gui.people.people_dialog import PeopleDialog

NO_PEOPLE = QT_TRANSLATE_NOOP(
    "PeopleControls",
    "Nobody signs in here: this database has no people yet (Ctrl+U adds the first)",
)
PEOPLE = "AddPerson"


class PeopleControls(QObject):
    """Keeps the window in step with who is signed in at this desk."""

    def __init__(self, window: MainWindow, stack: QStackedWidget, work: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self._work = work
        self.session = Session(window.bus, self)
        self.banner = ApprovalBanner()
        self.idle = IdleWatch(window.settings, self)
        self._page: SignInPage | None = None
        self.installed: dict[str, Installed] = {}
        self.session.turned_on.connect(self._lock)
        self.session.signed_in.connect(self._signed_in)
        self.session.signed_out.connect(self._lock)
        self.session.approval_changed.connect(self._approval_changed)
        self.banner.withdraw_requested.connect(self.session.withdraw)
        self.idle.idle.connect(self.session.sign_out)

    @property
    def page(self) -> SignInPage:
        """The sign-in page, made when sign-in is first needed."""
        if self._page is None:
            self._page = SignInPage(self._window.feedback)
            self._page.submitted.connect(self._sign_in)
            self._stack.addWidget(self._page)
        return self._page

    def gate(self, action: Action) -> Callable[[], object]:
        """What ``action``'s key and menu item do: its trigger, or say why not."""
        if not action.needs:
            return action.trigger

        def gated() -> object:
            why = self.session.refusal(action.needs)
            if why is not None:
                self._window.status.say(why)
                return None
            return action.trigger()

        return gated

    # The keys

    @Slot()
    def sign_out(self) -> None:
        """Ctrl+Shift+L: sign out; the next person signs in."""
        if not self.session.on:
            self._window.status.say(translate("PeopleControls", NO_PEOPLE))
        else:
            self.session.sign_out(
                translate("PeopleControls", "Signed out: the next person signs in here")
            )

    @Slot()
    def approve(self) -> None:
        """Ctrl+Shift+A: a supervisor's badge and PIN approve one action; again: the
        approval is withdrawn."""
        session = self.session
        if not session.on:
            self._window.status.say(translate("PeopleControls", NO_PEOPLE))
        elif session.approver is not None:
            session.withdraw()
            self._window.status.say(translate("PeopleControls", "Approval withdrawn"))
        else:
            dialog = ApprovalDialog(session, self._window.feedback, self._window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            dialog.badge.start()

    @Slot()
    def open_people(self) -> PeopleDialog | None:
        """Ctrl+U: People, for an admin (or anyone while the database has none)."""
        from warehouse_gui.gui.people.people_dialog import PeopleDialog

        why = self.session.why_not(PEOPLE)
        if why is not None:
            self._window.status.say(why)
            return None
        dialog = PeopleDialog(self._window.bus, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # Signing in and out

    @Slot(str, str)
    def _sign_in(self, login: str, pin: str) -> None:
        self.session.sign_in(
            login, pin, lambda refused: self.page.refused(refused.message, refused.field)
        )

    @Slot(object)
    def _signed_in(self, person: Person) -> None:
        window = self._window
        window.status.show_person(shown(person))
        window.history_model.operator = person.login
        window.refused.show_person(person.login)
        self._stack.setCurrentWidget(self._work)
        self._enable_actions(True)
        self.apply_permissions()
        self.idle.start()
        if self._page is not None:
            self._page.say("")
        window.status.say(
            translate("PeopleControls", "Signed in: {person}").format(person=shown(person))
        )
        window.new_batch_form.focus_first_field()

    @Slot(str)
    def _lock(self, why: str) -> None:
        """Nobody is signed in: clear the work and cover it with the sign-in page."""
        self.idle.stop()
        self.clear_work()
        window = self._window
        window.refused.show_person(None)
        window.status.show_person(None)
        self._enable_actions(False)
        self.banner.show_approval(None)
        page = self.page
        self._stack.setCurrentWidget(page)
        page.start(why)
        if why:
            window.status.say(why)

    def clear_work(self) -> None:
        """Forget what was typed but not sent: every field, an open quantity editor, the
        undo history, open dialogs."""
        window = self._window
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        window.batches_view.cancel_edit()
        forms = (window.new_batch_form, window.move_form, window.allocate_form)
        for form in (*forms, window.low_stock_form):
            form.reset()
        for edit in self._work.findChildren(QLineEdit):
            edit.clear()
        pick = window.pick_tab.made
        if pick is not None:
            pick.reset()
        if window.history_model.filters != ("", ""):
            window.history_model.read()
        window.undo_history.forget()

    # What the person may do

    def apply_permissions(self) -> None:
        """Grey what the person signed in may not do, each with the reason."""
        window, session = self._window, self.session
        window.low_stock_form.set_unavailable(session.refusal("SetLowStockThreshold"))
        window.batches_view.set_correction_refusal(session.refusal("ChangeBatchQuantity"))
        for installed in self.installed.values():
            action, item = installed.action, installed.item
            if not action.needs or item is None:
                continue
            why = session.refusal(action.needs) if session.signed_in_now else None
            item.setEnabled(why is None)
            item.setText(menu_label(action, why or ""))
            item.setToolTip(why or action.meaning)
            item.setStatusTip(why or "")

    def _enable_actions(self, signed_in: bool) -> None:
        for installed in self.installed.values():
            enabled = signed_in or installed.action.while_signed_out
            if installed.shortcut is not None:
                installed.shortcut.setEnabled(enabled)
            if installed.item is not None:
                installed.item.setEnabled(enabled)
        if signed_in:
            self._window.undo_item.refresh()

    @Slot()
    def _approval_changed(self) -> None:
        approver = self.session.approver
        self.banner.show_approval(approver.name if approver is not None else None)
        self.apply_permissions()
        if approver is not None:
            self._window.status.say(
                translate("PeopleControls", "Approved by {approver} for one action").format(
                    approver=shown(approver)
                )
            )
        else:
            window = self._window
            window.history_model.read(*window.history_model.filters)
