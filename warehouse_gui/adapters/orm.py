"""Imperative mapping of the plain domain classes onto tables (the model stays ORM-free)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import registry, relationship

from warehouse_gui.domain import model

metadata = MetaData()
mapper_registry = registry(metadata=metadata)

products = Table(
    "products",
    metadata,
    Column("sku", String(64), primary_key=True),
    Column("version_number", Integer, nullable=False, server_default="0"),
)

batches = Table(
    "batches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(64), nullable=False, unique=True),
    Column("sku", ForeignKey("products.sku"), nullable=False, index=True),
    Column("purchased_quantity", Integer, nullable=False),
    Column("eta", Date, nullable=True),
)

allocations = Table(
    "allocations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", ForeignKey("batches.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("orderid", String(64), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("qty", Integer, nullable=False),
    UniqueConstraint("orderid", "sku", name="one_allocation_per_order_and_sku"),
)


event_log = Table(
    "event_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("time", DateTime(timezone=True), nullable=False),
    Column("type", String(64), nullable=False),
    Column("sku", String(64), nullable=True, index=True),
    Column("orderid", String(64), nullable=True, index=True),
    Column("fields", Text, nullable=False),
    Column("station", String(128), nullable=False),
    Column("operator", String(128), nullable=False),
    Column("origin", String(36), nullable=False, server_default=""),
    sqlite_autoincrement=True,
)


def start_mappers() -> None:
    """Map the domain classes; calling it again is harmless."""
    if inspect(model.Product, raiseerr=False) is not None:
        return
    lines_mapper = mapper_registry.map_imperatively(model.OrderLine, allocations)
    batches_mapper = mapper_registry.map_imperatively(
        model.Batch,
        batches,
        properties={
            "_purchased_quantity": batches.c.purchased_quantity,
            "_allocations": relationship(
                lines_mapper,
                collection_class=list,
                order_by=allocations.c.id,
                cascade="all, delete-orphan",
            ),
        },
    )
    mapper_registry.map_imperatively(
        model.Product,
        products,
        properties={
            "version": products.c.version_number,
            "batches": relationship(batches_mapper, order_by=batches.c.id),
        },
        version_id_col=products.c.version_number,
        version_id_generator=False,
    )
    event.listen(model.Product, "load", _start_collecting_events)


def _start_collecting_events(product: model.Product, _context: Any) -> None:
    product.events = []
