"""Who is signed in at this desk, and whose approval it holds: the window's side of the
desk's session requests (``SignIn``, ``SignOut``, ``ApproveNext``, ``WithdrawApproval``).

Every decision of what a person may do goes through ``why_not``, which asks the domain's
one table (``domain.people``). A database without people has sign-in off: everything is
allowed, as it always was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.queries import People
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command
    from warehouse_gui.domain.people import Person

TURNED_ON = QT_TRANSLATE_NOOP("Session", "This database has people now: sign in to work here")


def command_type(name: str) -> type[Command]:
    """The command class called ``name`` (the domain loads when first asked)."""
    from warehouse_gui.domain import commands

    found: type[Command] = getattr(commands, name)
    return found


def shown(person: Person) -> str:
    """A person as the window names them: ``Anna Kowalska (clerk)``."""
    return translate("Session", "{name} ({role})").format(
        name=person.name, role=translate("Roles", str(person.role))
    )


class Session(QObject):
    """Whether sign-in is on, who is signed in and who approved the next action."""

    turned_on = Signal(str)  # the database has people (now: what the sign-in page says)
    signed_in = Signal(object)  # Person
    signed_out = Signal(str)  # why, for the sign-in page ("" when asked for)
    approval_changed = Signal()  # an approval was given, used or withdrawn

    def __init__(self, bus: Bus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self.on = False
        self.person: Person | None = None
        self.approver: Person | None = None
        bus.carried_out.connect(self._carried_out)
        bus.event_published.connect(self._event)

    def read(self) -> None:
        """Ask the desk whether this database has people (sign-in on)."""
        self._bus.ask(People(), self._people_read, lambda refused: None)

    @property
    def signed_in_now(self) -> bool:
        """Whether someone is signed in (always false while sign-in is off)."""
        return self.person is not None

    def why_not(self, name: str) -> str | None:
        """Why the person at this desk may not send the command called ``name`` now (with
        the approval it holds), or ``None`` when they may."""
        from warehouse_gui.domain import people

        if not self.on:
            return None
        if self.person is None:
            return translate(
                "Session",
                "Sign in first: this database has people, and every action names who did it",
            )
        kind = command_type(name)
        why = people.why_not(self.person.role, kind)
        if why is None or (self.approver is not None and people.may(self.approver.role, kind)):
            return None
        return why

    def refusal(self, name: str) -> str | None:
        """``why_not`` with what to do about it, as a greyed part of the window says it."""
        why = self.why_not(name)
        if why is None or self.person is None:
            return why
        from warehouse_gui.domain import people

        if people.required_role(command_type(name)) is people.Role.ADMIN:
            return why
        return translate("Session", "{why} — Ctrl+Shift+A: a supervisor approves").format(why=why)

    def sign_in(self, login: str, pin: str, on_refused: Callable[[Refused], object]) -> None:
        """Ask the desk to sign ``login`` in with ``pin``."""
        from warehouse_gui.domain.people import SignIn

        self._bus.send(SignIn(login, pin), self._signed_in, on_refused)

    def sign_out(self, why: str = "") -> None:
        """Sign the person out (the desk drops any approval too); ``why`` is shown on the
        sign-in page."""
        from warehouse_gui.domain.people import SignOut

        if self.person is None:
            return
        self.person = self.approver = None
        self._bus.send(SignOut(), lambda done: None, lambda refused: None)
        self.signed_out.emit(why)

    def approve(
        self,
        login: str,
        pin: str,
        on_done: Callable[[Person], object],
        on_refused: Callable[[Refused], object],
    ) -> None:
        """Ask the desk to hold ``login``'s approval of the next action."""
        from warehouse_gui.domain.people import ApproveNext

        def approved(done: Done) -> None:
            self.approver = done.result  # type: ignore[assignment]
            self.approval_changed.emit()
            on_done(done.result)  # type: ignore[arg-type]

        self._bus.send(ApproveNext(login, pin), approved, on_refused)

    def withdraw(self) -> None:
        """Drop the approval not used yet."""
        from warehouse_gui.domain.people import WithdrawApproval

        if self.approver is None:
            return
        self.approver = None
        self._bus.send(WithdrawApproval(), lambda done: None, lambda refused: None)
        self.approval_changed.emit()

    def forget(self, why: str) -> None:
        """The desk no longer knows who is signed in (its worker started again): back to
        the sign-in page, saying ``why``."""
        if self.person is not None:
            self.person = self.approver = None
            self.signed_out.emit(why)

    def _people_read(self, found: list[Person]) -> None:
        if found and not self.on:
            self._turn_on("")

    def _turn_on(self, why: str) -> None:
        self.on = True
        self.turned_on.emit(why)

    def _signed_in(self, done: Done) -> None:
        self.person = done.result  # type: ignore[assignment]
        self.approver = None
        self.signed_in.emit(self.person)

    @Slot(object, object)
    def _carried_out(self, command: Command, done: Done) -> None:
        """An approval is used by the one command that needed it, once carried out."""
        from warehouse_gui.domain import people

        if self.approver is None or self.person is None:
            return
        if not people.may(self.person.role, type(command)) and not isinstance(
            command, people.SESSION_REQUESTS
        ):
            self.approver = None
            self.approval_changed.emit()

    @Slot(object)
    def _event(self, event: object) -> None:
        """The first person added (here or at another desk) turns sign-in on; an admin
        changing the signed-in person's role, or disabling them, signs them out, so that
        the desk reads them again."""
        from warehouse_gui.domain import events

        if isinstance(event, events.PersonAdded) and not self.on:
            self._turn_on(translate("Session", TURNED_ON))
            return
        person = self.person
        if person is None or getattr(event, "login", None) != person.login:
            return
        if isinstance(event, events.PersonRoleChanged):
            self.sign_out(
                translate("Session", "An admin changed your role to {role}: sign in again").format(
                    role=translate("Roles", str(event.role))
                )
            )
        elif isinstance(event, events.PersonDisabled):
            self.sign_out(
                translate("Session", "An admin disabled your login: you may no longer sign in here")
            )
