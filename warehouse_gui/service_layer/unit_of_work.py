"""The unit of work: one atomic change to the store, and the events it produced."""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session

from warehouse_gui.adapters import event_log, repository
from warehouse_gui.domain.events import Event


class AbstractUnitOfWork(abc.ABC):
    """A transaction boundary: ``with uow:`` rolls back unless ``commit()`` was called."""

    products: repository.AbstractRepository

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

    @abc.abstractmethod
    def _commit(self) -> None: ...

    @abc.abstractmethod
    def rollback(self) -> None:
        """Discard whatever was not committed."""


class SqlAlchemyUnitOfWork(AbstractUnitOfWork):
    """A unit of work over one SQLAlchemy session per ``with`` block.

    Committing also writes the new domain events to the event log, in the same
    transaction, stamped with this workstation's ``station`` and ``operator``.
    """

    session: Session

    def __init__(self, session_factory: Callable[[], Session], station: str, operator: str) -> None:
        self.session_factory = session_factory
        self.station = station
        self.operator = operator
        self._logged: dict[int, int] = {}

    def __enter__(self) -> Self:
        self.session = self.session_factory()
        self.products = repository.SqlAlchemyRepository(self.session)
        self._logged = {}
        return super().__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        super().__exit__(exc_type, exc, tb)
        self.session.close()

    def _commit(self) -> None:
        for product in self.products.seen:
            already = self._logged.get(id(product), 0)
            event_log.append(
                self.session, product.sku, product.events[already:], self.station, self.operator
            )
            self._logged[id(product)] = len(product.events)
        self.session.commit()

    def rollback(self) -> None:
        """Discard whatever was not committed."""
        self.session.rollback()
