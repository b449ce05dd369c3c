"""In-memory stand-ins for the repository, the people and the unit of work."""

from __future__ import annotations

from dataclasses import replace

from warehouse_gui.adapters.people_store import LoginTaken, UnknownPerson
from warehouse_gui.adapters.repository import AbstractRepository
from warehouse_gui.domain import model
from warehouse_gui.domain.people import Person, lock_seconds
from warehouse_gui.service_layer.unit_of_work import AbstractUnitOfWork


class FakeRepository(AbstractRepository):
    def __init__(self, products: list[model.Product] | None = None) -> None:
        super().__init__()
        self._products = set(products or [])

    def _add(self, product: model.Product) -> None:
        self._products.add(product)

    def _get(self, sku: str) -> model.Product | None:
        return next((p for p in self._products if p.sku == sku), None)

    def _get_by_batchref(self, batchref: str) -> model.Product | None:
        return next((p for p in self._products for b in p.batches if b.reference == batchref), None)


class FakePeople:
    """People kept in a dict, with their PINs in plain text and their wrong PINs."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}
        self.pins: dict[str, str] = {}
        self.failures: dict[str, int] = {}

    def everyone(self) -> list[Person]:
        return [self.people[login] for login in sorted(self.people)]

    def get(self, login: str) -> Person | None:
        return self.people.get(login)

    def add(self, person: Person, pin: str) -> None:
        if person.login in self.people:
            raise LoginTaken(person.login)
        self.people[person.login] = person
        self.pins[person.login] = pin

    def set_role(self, login, role) -> None:
        self.people[login] = replace(self._known(login), role=role)

    def disable(self, login) -> None:
        self.people[login] = replace(self._known(login), disabled=True)

    def pin_matches(self, login: str, pin: str) -> bool:
        self._known(login)
        return self.pins[login] == pin

    def locked_seconds(self, login: str) -> int:
        return lock_seconds(self.failures.get(login, 0))

    def pin_failed(self, login: str) -> tuple[int, int]:
        self.failures[login] = self.failures.get(login, 0) + 1
        return self.failures[login], lock_seconds(self.failures[login])

    def pin_accepted(self, login: str) -> None:
        self.failures.pop(login, None)

    def _known(self, login: str) -> Person:
        if login not in self.people:
            raise UnknownPerson(login)
        return self.people[login]


class FakeUnitOfWork(AbstractUnitOfWork):
    def __init__(self) -> None:
        self.products = FakeRepository()
        self.people = FakePeople()
        self.committed = False
        self.commits = 0

    def _commit(self) -> None:
        self.committed = True
        self.commits += 1

    def rollback(self) -> None:
        pass


def make_bus():
    """A bus on a fake unit of work, and the list of every event it publishes."""
    from warehouse_gui.bootstrap import bootstrap

    uow = FakeUnitOfWork()
    published: list = []
    bus = bootstrap(
        start_orm=False, uow=uow, send_mail=lambda **mail: None, publish=published.append
    )
    return uow, bus, published
