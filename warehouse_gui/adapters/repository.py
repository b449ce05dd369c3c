"""Repositories: collections of Product aggregates that remember which ones were used."""

from __future__ import annotations

import abc

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_gui.adapters import orm
from warehouse_gui.domain import model


class AbstractRepository(abc.ABC):
    """Tracks every aggregate it hands out in ``seen`` so their events can be collected."""

    def __init__(self) -> None:
        self.seen: set[model.Product] = set()

    def add(self, product: model.Product) -> None:
        """Store a new product."""
        self._add(product)
        self.seen.add(product)

    def get(self, sku: str) -> model.Product | None:
        """The product with that SKU, or ``None``."""
        product = self._get(sku)
        if product is not None:
            self.seen.add(product)
        return product

    def get_by_batchref(self, batchref: str) -> model.Product | None:
        """The product owning the batch with that reference, or ``None``."""
        product = self._get_by_batchref(batchref)
        if product is not None:
            self.seen.add(product)
        return product

    @abc.abstractmethod
    def _add(self, product: model.Product) -> None: ...

    @abc.abstractmethod
    def _get(self, sku: str) -> model.Product | None: ...

    @abc.abstractmethod
    def _get_by_batchref(self, batchref: str) -> model.Product | None: ...


class SqlAlchemyRepository(AbstractRepository):
    """Products stored through a SQLAlchemy session.

    A product is read with ``SELECT ... FOR UPDATE`` (PostgreSQL; SQLite's ``BEGIN
    IMMEDIATE`` already holds the write lock), so concurrent writers of one SKU queue
    behind each other instead of failing their version check.
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session

    def _add(self, product: model.Product) -> None:
        self.session.add(product)

    def _get(self, sku: str) -> model.Product | None:
        query = select(model.Product).filter_by(sku=sku).with_for_update()
        return self.session.scalars(query).first()

    def _get_by_batchref(self, batchref: str) -> model.Product | None:
        query = (
            select(model.Product)
            .join(orm.batches, orm.batches.c.sku == orm.products.c.sku)
            .where(orm.batches.c.reference == batchref)
            .with_for_update(of=orm.products)
        )
        return self.session.scalars(query).first()
