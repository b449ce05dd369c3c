"""The unit of work: one atomic change to the store, and the events it produced."""

from __future__ import annotations

import abc
import logging
import uuid
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Self

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from warehouse_gui import translation
from warehouse_gui.adapters import database, database_errors, event_log, repository
from warehouse_gui.adapters.people_store import PeopleStore, people_store
from warehouse_gui.domain.errors import DomainError, StoreUnavailable
from warehouse_gui.domain.events import Event
from warehouse_gui.domain.people import NotPermitted

logger = logging.getLogger(__name__)

# SQLSTATEs of PostgreSQL's serialization failure and deadlock: try again.
RETRYABLE_SQLSTATES = {"40001", "40P01"}
DISK_FULL_SQLSTATE = "53100"
INSUFFICIENT_PRIVILEGE = "42501"


class ConcurrencyConflict(DomainError):
    """Another writer changed the same data first; the whole command may be tried again."""


class DatabaseUnavailable(StoreUnavailable):
    """The database cannot be reached; nothing was saved."""


class ServerFull(DatabaseUnavailable):
    """The server (or the pooler in front of it) refused one more connection; nothing was
    done, so the whole command may be tried again."""


class AbstractUnitOfWork(abc.ABC):
    """A transaction boundary: ``with uow:`` rolls back unless ``commit()`` was called."""

    products: repository.AbstractRepository
    people: PeopleStore

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.rollback()

    def commit(self) -> None:
        """Make the work done inside the ``with`` block permanent."""
        self._commit()

    def collect_new_events(self) -> Iterator[Event]:
        """Hand over, once, the events raised by every aggregate this unit of work touched."""
        for product in self.products.seen:
            while product.events:
                yield product.events.pop(0)
        recorded = self.products.recorded
        while recorded:
            yield recorded.pop(0)

    @abc.abstractmethod
    def _commit(self) -> None: ...

    @abc.abstractmethod
    def rollback(self) -> None:
        """Discard whatever was not committed."""


class SqlAlchemyUnitOfWork(AbstractUnitOfWork):
    """A unit of work over one SQLAlchemy session per ``with`` block.

    Committing also writes the new domain events to the event log, in the same
    transaction, stamped with this workstation's ``station`` and ``operator``, and the
    ``approver`` of the command when a supervisor approved it at the operator's desk.
    """

    session: Session
    products: repository.SqlAlchemyRepository

    def __init__(
        self,
        session_factory: Callable[[], Session],
        station: str,
        operator: str,
        origin: str | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.station = station
        self.operator = operator
        self.origin = origin or str(uuid.uuid4())
        self.approver = ""
        self._logged = 0

    def __enter__(self) -> Self:
        self.session = self.session_factory()
        self.products = repository.SqlAlchemyRepository(self.session)
        self.people = people_store(self.session)
        self._logged = 0
        return super().__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back what was not committed, and turn database failures into errors a
        person can act on (or that the bus retries)."""
        try:
            super().__exit__(exc_type, exc, tb)
        except DBAPIError:
            logger.warning("Rolling back after %r failed too", exc, exc_info=True)
        finally:
            self.session.close()
        if isinstance(exc, Exception):
            translated = translate(exc)
            if translated is not None:
                raise translated from exc

    def collect_new_events(self) -> Iterator[Event]:
        """Hand over, once, the events raised by every product this unit of work touched,
        in the order they happened (the order they are logged in)."""
        journal = self.products.journal
        new_events = [event for _sku, event in journal]
        journal.clear()
        self._logged = 0
        for product in self.products.seen:
            product.events.clear()
        yield from new_events

    def _commit(self) -> None:
        """Flush what the ORM holds and check and store the products' versions, then send
        the allocated quantities, allocation and log rows with the COMMIT: on PostgreSQL
        in one round trip, while the product's lock is held. The log takes the events of
        every product in the order they happened (an import's batches in file order)."""
        self.session.flush()
        self.products.counters.write_versions()
        with database.pipeline(self.session):
            self.products.send_unwritten()
            journal = self.products.journal
            event_log.append(
                self.session,
                journal[self._logged :],
                station=self.station,
                operator=self.operator,
                origin=self.origin,
                approver=self.approver,
            )
            self._logged = len(journal)
            self.session.commit()

    def rollback(self) -> None:
        """Discard whatever was not committed."""
        self.session.rollback()


def translate(error: Exception) -> DomainError | None:
    """The user-facing error for a database failure, or ``None`` to let it through.

    (Its words go through ``translation.translate``, named with its module: this function
    has the name. What the server says, ``detail``, stays as the server said it.)"""
    if isinstance(error, StaleDataError | IntegrityError):
        return ConcurrencyConflict(
            translation.translate(
                "UnitOfWork", "Another workstation changed the same data first ({error})"
            ).format(error=error)
        )
    if isinstance(error, DBAPIError):
        sqlstate = getattr(error.orig, "sqlstate", None)
        if sqlstate in RETRYABLE_SQLSTATES:
            return ConcurrencyConflict(
                translation.translate(
                    "UnitOfWork", "The database asked to try again ({sqlstate})"
                ).format(sqlstate=sqlstate)
            )
        detail = _first_line(error.orig)
        if isinstance(error, OperationalError) and "database is locked" in detail:
            return ConcurrencyConflict(
                translation.translate("UnitOfWork", "The database was busy with another writer")
            )
        if sqlstate == INSUFFICIENT_PRIVILEGE and not detail.startswith("permission denied"):
            return NotPermitted(detail)  # the server's own sentence (migration 0007)
        if (why := database_errors.read_only_why(error)) is not None:
            return database_errors.DatabaseReadOnly(why)
        if (missing := database_errors.schema_detail(error)) is not None:
            return database_errors.SchemaMismatch(missing)
        if database_errors.server_full(error):
            return ServerFull(
                translation.translate(
                    "UnitOfWork",
                    "The database server has no free connection for this desk right now "
                    "({detail}). Nothing was saved; try again in a moment.",
                ).format(detail=detail)
            )
        if "disk is full" in detail or sqlstate == DISK_FULL_SQLSTATE:
            return DatabaseUnavailable(
                translation.translate(
                    "UnitOfWork",
                    "The database's disk is full ({detail}). Nothing was saved; "
                    "free some space on the database's disk and try again.",
                ).format(detail=detail)
            )
        if error.connection_invalidated:
            return DatabaseUnavailable(
                translation.translate(
                    "UnitOfWork",
                    "The connection to the database was lost ({detail}). "
                    "Nothing was saved; try again.",
                ).format(detail=detail)
            )
        if isinstance(error, OperationalError):
            return DatabaseUnavailable(
                translation.translate(
                    "UnitOfWork",
                    "The database cannot be reached ({detail}). "
                    "Nothing was saved; try again when it is back.",
                ).format(detail=detail)
            )
    return None


def _first_line(error: BaseException | None) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
