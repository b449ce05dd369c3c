"""The desk's session: who is signed in at this workstation, what their role lets them
send, and a supervisor's approval of one command they may not send alone.

A database without people has no session: every command runs as it always did. Whether
the database has people is read when the desk opens and at every sign-in and sign-out
(another desk may have added some), never per command.

On SQLite the PIN is checked against its hash and the signed-in login becomes the unit of
work's operator. On PostgreSQL each person is a login role whose password is the PIN:
signing in is connecting as that role, and the desk's commands and questions then go
over that connection; an approved command goes over a connection of the approver.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from warehouse_gui.adapters import database, database_errors, orm
from warehouse_gui.adapters.people_store import SqlitePeopleStore
from warehouse_gui.domain import commands
from warehouse_gui.domain.people import (
    FREE_FAILURES,
    ApproveNext,
    NotPermitted,
    Person,
    Role,
    SignIn,
    SignInNeeded,
    SignInRefused,
    SignOut,
    WithdrawApproval,
    may,
    why_not,
)
from warehouse_gui.service_layer.messagebus import MessageBus
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork
from warehouse_gui.service_layer.unit_of_work import translate as in_words
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)

SIGN_IN_FIRST = QT_TRANSLATE_NOOP(
    "Desk", "Sign in first: this database has people, and every action names who did it"
)
NO_PEOPLE = QT_TRANSLATE_NOOP("Desk", "Nobody signs in here: this database has no people yet")
PEOPLE_COMMANDS = (commands.AddPerson, commands.SetRole, commands.DisablePerson)
# A person never changes their own role or disables themselves: another admin does.
OWN_ACCOUNT_COMMANDS = (commands.SetRole, commands.DisablePerson)
ANOTHER_ADMIN = QT_TRANSLATE_NOOP(
    "Desk", "Another admin changes your own role or disables you; nothing was changed"
)

MakeBus = Callable[[SqlAlchemyUnitOfWork], MessageBus]


@dataclass
class _Connection:
    """A person's own connection to the server (PostgreSQL): their engine, a unit of work
    and a bus on it."""

    engine: Engine
    uow: SqlAlchemyUnitOfWork
    bus: MessageBus

    def close(self) -> None:
        self.engine.dispose()


class _WrongPin(Exception):
    """The server refused the PIN as the person's password."""


class Desk:
    """One workstation's session, used from the bus thread only.

    ``uow`` and ``bus`` are the desk's start-up ones (the configured URL): they migrate,
    read the people list, count wrong PINs, and carry out every command while the
    database has no people (and, on SQLite, the signed-in person's). ``make_bus`` makes a
    bus for a person's own unit of work (PostgreSQL).
    """

    def __init__(self, db_url: str, uow: SqlAlchemyUnitOfWork, bus: MessageBus, make_bus: MakeBus):
        self.db_url = db_url
        self.uow = uow
        self.bus = bus
        self._make_bus = make_bus
        self._default_operator = uow.operator
        self.people_on = False  # whether the database has people: sign-in is on
        self.person: Person | None = None  # who is signed in
        self.approver: Person | None = None  # who approved the next command, if anyone
        self._own: _Connection | None = None
        self._approval: _Connection | None = None
        self.read_people()

    @property
    def reader(self) -> SqlAlchemyUnitOfWork:
        """The unit of work the read side uses: the signed-in person's own on a server."""
        return self._own.uow if self._own is not None else self.uow

    def read_people(self) -> None:
        """Read again whether the database has people (sign-in is on)."""
        try:
            with self.uow:
                self.people_on = bool(self.uow.people.everyone())
        except database_errors.SchemaMismatch:  # a database this version cannot migrate
            self.people_on = False

    def handle(self, command: commands.Command) -> object:
        """Carry out ``command`` as the signed-in person, or with the approval held;
        raise ``SignInNeeded`` or ``NotPermitted`` (nothing done) when it may not run."""
        if not self.people_on:
            result = _run(self.bus, command)
            if isinstance(command, PEOPLE_COMMANDS):
                self.read_people()
            return result
        person = self.person
        if person is None:
            raise SignInNeeded(translate("Desk", SIGN_IN_FIRST))
        if isinstance(command, OWN_ACCOUNT_COMMANDS) and command.login == person.login:
            raise NotPermitted(translate("Desk", ANOTHER_ADMIN))
        if may(person.role, type(command)):
            return _run(self._own.bus if self._own is not None else self.bus, command)
        approver = self.approver
        why = why_not(person.role if approver is None else approver.role, type(command))
        if approver is None or why is not None:
            raise NotPermitted(why or "")
        if self._approval is not None:
            result = _run(self._approval.bus, command)
        else:
            self.uow.approver = approver.login
            try:
                result = _run(self.bus, command)
            finally:
                self.uow.approver = ""
        logger.info("%s's approval was used by %s", approver.login, type(command).__name__)
        self.withdraw_approval()
        return result

    def request(self, request: commands.Command) -> Person | None:
        """Carry out a session request (``SignIn``, ``SignOut``, ``ApproveNext``,
        ``WithdrawApproval``): a person for the first and the third, else ``None``."""
        if isinstance(request, SignIn):
            return self.sign_in(request.login, request.pin)
        if isinstance(request, ApproveNext):
            return self.approve(request.login, request.pin)
        if isinstance(request, SignOut):
            self.sign_out()
        elif isinstance(request, WithdrawApproval):
            self.withdraw_approval()
        else:
            raise TypeError(f"{type(request).__name__} is not a session request")
        return None

    def sign_in(self, login: str, pin: str) -> Person:
        """Sign ``login`` in with ``pin`` (whoever was signed in is signed out first)."""
        self.sign_out()
        if not self.people_on:
            raise SignInRefused(translate("Desk", NO_PEOPLE), "login")
        login = login.strip().lower()
        person, own = self._check(login, pin, operator=login)
        self.person, self._own = person, own
        self.uow.operator = person.login
        logger.info("%s signed in", person.login)
        return person

    def approve(self, login: str, pin: str) -> Person:
        """Hold ``login``'s approval (a supervisor's or an admin's, with ``pin``) for the
        next command the signed-in person may not send alone."""
        if not self.people_on:
            raise SignInRefused(translate("Desk", NO_PEOPLE), "login")
        if self.person is None:
            raise SignInNeeded(translate("Desk", SIGN_IN_FIRST))
        self.withdraw_approval()
        approver, connection = self._check(
            login.strip().lower(), pin, operator=self.person.login, approving=True
        )
        if connection is not None:
            connection.uow.approver = approver.login
        self.approver, self._approval = approver, connection
        logger.info("%s approves the next action of %s", approver.login, self.person.login)
        return approver

    def withdraw_approval(self) -> None:
        """Drop the approval held, if any."""
        if self._approval is not None:
            self._approval.close()
        self.approver, self._approval = None, None

    def sign_out(self) -> None:
        """Sign out whoever is signed in (dropping any approval); read the people again."""
        self.withdraw_approval()
        if self._own is not None:
            self._own.close()
        if self.person is not None:
            logger.info("%s signed out", self.person.login)
        self.person, self._own = None, None
        self.uow.operator = self._default_operator
        self.read_people()

    def close(self) -> None:
        """Let go of the person's and the approver's connections."""
        self.withdraw_approval()
        if self._own is not None:
            self._own.close()
            self._own = None

    def _check(
        self, login: str, pin: str, *, operator: str, approving: bool = False
    ) -> tuple[Person, _Connection | None]:
        """The person ``login`` if ``pin`` is theirs (and, on a server, their own
        connection, whose entries name ``operator``); wrong PINs are counted and lock
        the login."""
        with self.uow:
            person = self.uow.people.get(login)
            if person is None:
                raise SignInRefused(
                    translate(
                        "Desk",
                        "No one signs in as '{login}' here: check the badge, or ask an admin to "
                        "add them",
                    ).format(login=login),
                    "login",
                )
            if person.disabled:
                raise SignInRefused(
                    translate("Desk", "{login} may no longer sign in: ask an admin").format(
                        login=login
                    ),
                    "login",
                )
            if approving:
                self._may_approve(person)
            failures = self._failures(login)
            if (locked := self.uow.people.locked_seconds(login)) > 0:
                # Seconds as digits: up to 3600, which number() would write 3,600.
                raise SignInRefused(
                    translate(
                        "Desk",
                        "{login} is locked for {seconds} s more after %n wrong PINs in a row",
                        None,
                        failures,
                    ).format(login=login, seconds=locked),
                    "login",
                )
            store = self.uow.people
            on_server = not isinstance(store, SqlitePeopleStore)
            matches = isinstance(store, SqlitePeopleStore) and store.pin_matches(login, pin)
            if matches and failures:
                store.pin_accepted(login)
                self.uow.commit()
        if not on_server:
            if not matches:
                raise self._wrong_pin(login)
            return person, None
        try:
            connection = self._connect(login, pin, operator)
        except _WrongPin:
            raise self._wrong_pin(login) from None
        if failures:
            with connection.uow:
                connection.uow.people.pin_accepted(login)
                connection.uow.commit()
        return person, connection

    def _wrong_pin(self, login: str) -> SignInRefused:
        """Count a wrong PIN for ``login``; the refusal says how many tries are left, or
        for how long the login is now locked."""
        with self.uow:
            failures, locked = self.uow.people.pin_failed(login)
            self.uow.commit()
        if locked > 0:
            return SignInRefused(
                translate(
                    "Desk", "Wrong PIN for {login}: the login is now locked for {seconds} s"
                ).format(login=login, seconds=locked),
                "pin",
            )
        left = max(FREE_FAILURES - failures, 0)
        return SignInRefused(
            translate(
                "Desk",
                "Wrong PIN for {login}: %n more (try|tries) before the login is locked",
                None,
                left,
            ).format(login=login),
            "pin",
        )

    def _may_approve(self, approver: Person) -> None:
        if self.person is not None and approver.login == self.person.login:
            raise SignInRefused(
                translate(
                    "Desk", "An approval needs a second person: {login} is signed in here"
                ).format(login=approver.login),
                "login",
            )
        if approver.role.rank < Role.SUPERVISOR.rank:  # a clerk: the one role below
            raise SignInRefused(
                translate(
                    "Desk", "{login} is a clerk: only a supervisor or an admin approves"
                ).format(login=approver.login),
                "login",
            )

    def _failures(self, login: str) -> int:
        people = orm.people.c
        query = select(people.failed_pins).where(people.login == login)
        return int(self.uow.session.execute(query).scalar_one_or_none() or 0)

    def _connect(self, login: str, pin: str, operator: str) -> _Connection:
        """A connection of ``login`` with the password ``pin``; raise ``_WrongPin`` when
        the server refuses it."""
        url = make_url(self.db_url).set(username=login, password=pin)
        engine = database.make_engine(
            url.render_as_string(hide_password=False), idle_connections=False
        )
        try:
            with engine.connect():
                pass
        except DBAPIError as error:
            engine.dispose()
            if database_errors.password_refused(error):
                raise _WrongPin from None
            raise in_words(error) or error from None
        uow = SqlAlchemyUnitOfWork(
            database.session_factory(engine),
            station=self.uow.station,
            operator=operator,
            origin=self.uow.origin,
        )
        return _Connection(engine, uow, self._make_bus(uow))


def _run(bus: MessageBus, command: commands.Command) -> object:
    [result] = bus.handle(command)
    return result
