"""The read side: plain queries that return rows for tables and exports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from warehouse_gui.adapters import orm
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


@dataclass(frozen=True)
class BatchRow:
    """One batch as the batch table and the CSV export show it."""

    reference: str
    sku: str
    eta: date | None
    purchased: int
    allocated: int

    @property
    def available(self) -> int:
        """Purchased minus allocated."""
        return self.purchased - self.allocated


def batches(uow: SqlAlchemyUnitOfWork) -> list[BatchRow]:
    """Every batch with its purchased and allocated quantities, by SKU then reference."""
    allocated = (
        select(orm.allocations.c.batch_id, func.sum(orm.allocations.c.qty).label("allocated"))
        .group_by(orm.allocations.c.batch_id)
        .subquery()
    )
    query = (
        select(
            orm.batches.c.reference,
            orm.batches.c.sku,
            orm.batches.c.eta,
            orm.batches.c.purchased_quantity,
            func.coalesce(allocated.c.allocated, 0),
        )
        .outerjoin(allocated, allocated.c.batch_id == orm.batches.c.id)
        .order_by(orm.batches.c.sku, orm.batches.c.reference)
    )
    with uow:
        return [BatchRow(*row) for row in uow.session.execute(query)]
