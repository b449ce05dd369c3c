"""The people who sign in, kept in the ``people`` table of one session's database.

On SQLite the store keeps each PIN's salted hash and the program checks it. On PostgreSQL
each person is a login role whose password is the PIN: adding a person, changing a role
and disabling go through the functions of migration 0007 (run as the database's owner),
and the server checks a PIN when the person connects.

Everything happens in the session's transaction; the caller commits (with the event that
says what changed: the store writes no events).
"""

from __future__ import annotations

import abc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm, pins
from warehouse_gui.adapters.database import stored_time
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.domain.people import Person, lock_seconds
from warehouse_gui.domain.roles import Role
from warehouse_gui.translation import translate

_people = orm.people.c
# What anyone may read of a person on PostgreSQL (not the PIN hash).
_PERSON = select(_people.login, _people.name, _people.role, _people.disabled)

# SQLSTATEs the functions of migration 0007 raise.
UNIQUE_VIOLATION, DUPLICATE_OBJECT, NO_DATA_FOUND = "23505", "42710", "P0002"


class LoginTaken(DomainError):
    """Someone here already signs in with that login."""

    def __init__(self, login: str) -> None:
        super().__init__(
            translate("PeopleStore", "{login} is already a person here").format(login=login),
            "login",
        )


class RoleNameTaken(DomainError):
    """The PostgreSQL server already has a role of that name, which is not a person here
    (roles are shared by every database on a server)."""

    def __init__(self, login: str) -> None:
        super().__init__(
            translate(
                "PeopleStore", "A database role named {login} exists already: choose another login"
            ).format(login=login),
            "login",
        )


class UnknownPerson(DomainError):
    """No person here has that login."""

    def __init__(self, login: str) -> None:
        super().__init__(
            translate(
                "PeopleStore",
                "No one signs in as {login} here: check the badge, or ask an admin to add them",
            ).format(login=repr(login)),
            "login",
        )


class PeopleStore(abc.ABC):
    """The people of the database ``session`` is bound to."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def everyone(self) -> list[Person]:
        """Every person, disabled ones too, by login."""
        rows = self.session.execute(_PERSON.order_by(_people.login)).all()
        return [_person(row) for row in rows]

    def get(self, login: str) -> Person | None:
        """The person who signs in as ``login``, or ``None``."""
        row = self.session.execute(_PERSON.where(_people.login == login)).first()
        return None if row is None else _person(row)

    def locked_seconds(self, login: str) -> int:
        """How many seconds more ``login`` stays locked after wrong PINs (0: not locked)."""
        row = self.session.execute(
            select(_people.locked_until).where(_people.login == login)
        ).first()
        if row is None:
            raise UnknownPerson(login)
        return self._remaining(row.locked_until)

    @abc.abstractmethod
    def add(self, person: Person, pin: str) -> None:
        """Add ``person``, who signs in with ``pin``; raise ``LoginTaken`` or
        ``RoleNameTaken`` when the login is not free."""

    @abc.abstractmethod
    def set_role(self, login: str, role: Role) -> None:
        """Give ``login`` the role ``role``; raise ``UnknownPerson`` if there is none."""

    @abc.abstractmethod
    def disable(self, login: str) -> None:
        """Stop ``login`` from signing in; raise ``UnknownPerson`` if there is none."""

    @abc.abstractmethod
    def pin_failed(self, login: str) -> tuple[int, int]:
        """Count a wrong PIN for ``login``; return the wrong PINs in a row and for how many
        seconds the login is now locked (``domain.people.lock_seconds``)."""

    @abc.abstractmethod
    def pin_accepted(self, login: str) -> None:
        """Clear ``login``'s count of wrong PINs after a right one."""

    def _known(self, login: str) -> None:
        if self.get(login) is None:
            raise UnknownPerson(login)

    @staticmethod
    def _remaining(locked_until: datetime | None) -> int:
        if locked_until is None:
            return 0
        left = (stored_time(locked_until) - datetime.now(UTC)).total_seconds()
        return max(0, math.ceil(left))


class SqlitePeopleStore(PeopleStore):
    """People on SQLite: the program checks each PIN against its salted hash."""

    def add(self, person: Person, pin: str) -> None:
        """Insert the person with the PIN's hash (``adapters.pins``)."""
        if self.get(person.login) is not None:
            raise LoginTaken(person.login)
        row = {
            "login": person.login,
            "name": person.name,
            "role": person.role.value,
            "disabled": person.disabled,
            "pin_hash": pins.hash_pin(pin),
        }
        with _secret_parameters(person.login):
            self.session.execute(insert(orm.people), row)

    def set_role(self, login: str, role: Role) -> None:
        """Update the person's role."""
        self._change(login, role=role.value)

    def disable(self, login: str) -> None:
        """Mark the person disabled."""
        self._change(login, disabled=True)

    def pin_matches(self, login: str, pin: str) -> bool:
        """Whether ``pin`` is ``login``'s PIN; raise ``UnknownPerson`` if there is none."""
        row = self.session.execute(select(_people.pin_hash).where(_people.login == login)).first()
        if row is None:
            raise UnknownPerson(login)
        return row.pin_hash is not None and pins.pin_matches(row.pin_hash, pin)

    def pin_failed(self, login: str) -> tuple[int, int]:
        """Add one to the count and lock the login for ``lock_seconds`` of it, from now."""
        row = self.session.execute(
            select(_people.failed_pins).where(_people.login == login)
        ).first()
        if row is None:
            raise UnknownPerson(login)
        failures = row.failed_pins + 1
        seconds = lock_seconds(failures)
        until = datetime.now(UTC) + timedelta(seconds=seconds) if seconds else None
        self._change(login, failed_pins=failures, locked_until=until)
        return failures, seconds

    def pin_accepted(self, login: str) -> None:
        """Clear the count and the lock."""
        self._change(login, failed_pins=0, locked_until=None)

    def _change(self, login: str, **values: Any) -> None:
        changed = self.session.execute(
            update(orm.people).where(_people.login == login).values(**values)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            raise UnknownPerson(login)


class PostgresPeopleStore(PeopleStore):
    """People on PostgreSQL: each a login role whose password is the PIN, changed through
    the functions of migration 0007; the server checks a PIN when its person connects."""

    def add(self, person: Person, pin: str) -> None:
        """Create the person's role with the PIN's SCRAM verifier, computed here."""
        if self.get(person.login) is not None:
            raise LoginTaken(person.login)
        if self.session.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :login"), {"login": person.login}
        ).first():
            raise RoleNameTaken(person.login)
        verifier = pins.scram_verifier(self.session, person.login, pin)
        with _secret_parameters(person.login):
            self.session.execute(
                text("SELECT warehouse_add_person(:login, :name, :role, :verifier)"),
                {
                    "login": person.login,
                    "name": person.name,
                    "role": person.role.value,
                    "verifier": verifier,
                },
            )
        if person.disabled:
            self.disable(person.login)

    def set_role(self, login: str, role: Role) -> None:
        """Move the person's role into the group role of ``role``."""
        self._known(login)
        with _secret_parameters(login):
            self.session.execute(
                text("SELECT warehouse_set_role(:login, :role)"),
                {"login": login, "role": role.value},
            )

    def disable(self, login: str) -> None:
        """Mark the person disabled; their role may no longer log in."""
        self._known(login)
        with _secret_parameters(login):
            self.session.execute(text("SELECT warehouse_disable_person(:login)"), {"login": login})

    def locked_seconds(self, login: str) -> int:
        """Measured by the server's clock, which set the lock."""
        row = self.session.execute(
            select(_people.locked_until, func.clock_timestamp()).where(_people.login == login)
        ).first()
        if row is None:
            raise UnknownPerson(login)
        locked_until, now = row._tuple()
        if locked_until is None:
            return 0
        left: float = (locked_until - now).total_seconds()
        return max(0, math.ceil(left))

    def pin_failed(self, login: str) -> tuple[int, int]:
        """Through ``warehouse_pin_failed``, which anyone may run."""
        with _secret_parameters(login):
            row = self.session.execute(
                text("SELECT failures, locked_seconds FROM warehouse_pin_failed(:login)"),
                {"login": login},
            ).one()
        return int(row.failures), int(row.locked_seconds)

    def pin_accepted(self, login: str) -> None:
        """Through ``warehouse_pin_accepted``, which clears the count of the session's own
        person: run it on ``login``'s own connection."""
        self.session.execute(text("SELECT warehouse_pin_accepted()"))


def people_store(session: Session) -> PeopleStore:
    """The store for the database ``session`` is bound to."""
    if session.get_bind().dialect.name == "postgresql":
        return PostgresPeopleStore(session)
    return SqlitePeopleStore(session)


def _person(row: Any) -> Person:
    return Person(row.login, row.name, Role(row.role), bool(row.disabled))


@contextmanager
def _secret_parameters(login: str) -> Iterator[None]:
    """Keep a statement's parameters (a PIN's hash or verifier) out of its error's text,
    and say in words what the functions of migration 0007 refuse."""
    try:
        yield
    except DBAPIError as error:
        error.hide_parameters = True
        error.params = {}
        sqlstate = getattr(error.orig, "sqlstate", None)
        if sqlstate == UNIQUE_VIOLATION or (sqlstate is None and "UNIQUE" in str(error.orig)):
            raise LoginTaken(login) from None
        if sqlstate == DUPLICATE_OBJECT:
            raise RoleNameTaken(login) from None
        if sqlstate == NO_DATA_FOUND:
            raise UnknownPerson(login) from None
        raise
