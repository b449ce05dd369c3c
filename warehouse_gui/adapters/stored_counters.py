"""The two numbers every command changes: its product's version and its batches' allocated
quantities. The ORM does not map them; the repository reads each with its row and writes
it back here, one statement per changed value.

Through the ORM, an Allocate's two changed integers cost a flush: ~130 µs of SQLAlchemy's
unit-of-work machinery before the first statement, a quarter of the whole command
(measured). Written here they cost one driver statement each (``adapters.driver_statements``),
and the ORM, with nothing left to flush, skips its flush.

The rules are the ORM's: a value read again in the same session keeps what this session
made of it (its identity map); the version is written only where it still holds what was
read (``UPDATE ... WHERE version_number = :stored``), and a version another writer changed
first raises SQLAlchemy's own ``StaleDataError``.
"""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from warehouse_gui.adapters import orm
from warehouse_gui.adapters.driver_statements import DriverStatement
from warehouse_gui.domain import model


@functools.cache
def _statements() -> tuple[DriverStatement, DriverStatement]:
    products, batches = orm.products.c, orm.batches.c
    version = DriverStatement(
        update(orm.products)
        .where(products.sku == bindparam("product_sku"))
        .where(products.version_number == bindparam("stored_version"))
        .values(version_number=bindparam("new_version", type_=products.version_number.type))
    )
    allocated = DriverStatement(
        update(orm.batches)
        .where(batches.id == bindparam("batch_id"))
        .values(
            allocated_quantity=bindparam("new_allocated", type_=batches.allocated_quantity.type)
        )
    )
    return version, allocated


class StoredCounters:
    """The versions and allocated quantities of one session's products and batches, as
    stored, so that only changed ones are written."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._versions: dict[model.Product, int] = {}
        self._allocated: dict[model.Batch, int] = {}

    def product_read(self, product: model.Product, version: int) -> None:
        """Give a product read from the database its stored version, unless this session
        already holds it."""
        if product not in self._versions:
            product.version = version
            self._versions[product] = version

    def product_added(self, product: model.Product) -> None:
        """A new product: its row starts at the column's default version, 0."""
        self._versions[product] = 0

    def batch_read(self, batch: model.Batch, allocated: int) -> None:
        """Give a batch read from the database its stored allocated quantity, unless this
        session already holds it."""
        if batch not in self._allocated:
            batch._allocated_quantity = allocated
            self._allocated[batch] = allocated

    def batch_added(self, batch: model.Batch) -> None:
        """A new batch: its row starts at the column's default, nothing allocated."""
        self._allocated[batch] = 0

    def write_versions(self) -> None:
        """Store every changed version, where it still holds what was read.

        Raises ``StaleDataError`` when another writer changed one first.
        """
        statement, _ = _statements()
        for product, stored in self._versions.items():
            if product.version != stored:
                changed = statement.run(
                    self.session,
                    [
                        {
                            "product_sku": product.sku,
                            "stored_version": stored,
                            "new_version": product.version,
                        }
                    ],
                )
                if changed != 1:
                    raise StaleDataError(
                        f"Product {product.sku} was at version {stored} when read and is "
                        "no longer: another writer changed it first"
                    )
                self._versions[product] = product.version

    def write_allocated(self) -> None:
        """Store every changed allocated quantity (new batches are flushed first)."""
        rows: list[dict[str, Any]] = []
        for batch, stored in self._allocated.items():
            allocated = batch.allocated_quantity
            if allocated != stored:
                rows.append({"batch_id": row_id(self.session, batch), "new_allocated": allocated})
                self._allocated[batch] = allocated
        if rows:
            _, statement = _statements()
            statement.run(self.session, rows)


def row_id(session: Session, batch: model.Batch) -> int:
    """The database id of a batch, flushing it first when it is new."""
    batch_id = getattr(batch, "id", None)
    if batch_id is None:
        session.flush([batch])
        batch_id = batch.id  # type: ignore[attr-defined]
    return int(batch_id)
