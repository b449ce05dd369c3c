"""In-memory stand-ins for the repository and unit of work."""

from __future__ import annotations

from warehouse_gui.adapters.repository import AbstractRepository
from warehouse_gui.domain import model
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


class FakeUnitOfWork(AbstractUnitOfWork):
    def __init__(self) -> None:
        self.products = FakeRepository()
        self.committed = False
        self.commits = 0

    def _commit(self) -> None:
        self.committed = True
        self.commits += 1

    def rollback(self) -> None:
        pass
