"""Imperative mapping of the plain domain classes onto tables (the model stays ORM-free).

Only products and batches are mapped as objects. A product's batches and allocations are
not loaded with it: the repository gives it collections that ask the database for one
batch or one line at a time (``adapters.repository``). The two numbers every command
changes, a product's version and a batch's allocated quantity, are not mapped: the
repository reads and writes them itself (``adapters.stored_counters``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    false,
    inspect,
    text,
)
from sqlalchemy.orm import registry

from warehouse_gui.domain import model

metadata = MetaData()
mapper_registry = registry(metadata=metadata)

OPEN_BATCH = "allocated_quantity < purchased_quantity"

products = Table(
    "products",
    metadata,
    Column("sku", String(64), primary_key=True),
    # A new product's row starts at version 0 (``stored_counters`` relies on it).
    Column("version_number", Integer, nullable=False, default=0),
    # Warn when the SKU's available quantity falls below this; 0: no warning.
    Column("low_stock_threshold", Integer, nullable=False, server_default="0"),
)

batches = Table(
    "batches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(64), nullable=False, unique=True),
    Column("sku", ForeignKey("products.sku"), nullable=False, index=True),
    Column("purchased_quantity", Integer, nullable=False),
    Column("allocated_quantity", Integer, nullable=False, server_default="0"),
    Column("eta", Date, nullable=True),
    # The bin it stands in (``domain.locations``), if known.
    Column("location", String(32), nullable=True),
    # The batches that can still take a line, in allocation order: one index probe
    # finds the right one however many full batches a SKU has behind it.
    Index(
        "ix_batches_open",
        "sku",
        "eta",
        "reference",
        sqlite_where=text(OPEN_BATCH),
        postgresql_where=text(OPEN_BATCH),
    ),
)

allocations = Table(
    "allocations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", ForeignKey("batches.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("orderid", String(64), nullable=False),
    Column("sku", String(64), nullable=False),
    Column("qty", Integer, nullable=False),
    # Taken from its batch, checked by scan: a picked part is not released.
    Column("picked", Boolean, nullable=False, server_default=false()),
    # A line split across batches holds one row per batch, in the order they were taken.
    UniqueConstraint("orderid", "sku", "batch_id", name="one_part_per_order_sku_and_batch"),
)

# Order lines that found too little stock, oldest first by id, until stock arrives.
waiting_lines = Table(
    "waiting_lines",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("orderid", String(64), nullable=False),
    Column("sku", ForeignKey("products.sku"), nullable=False),
    Column("qty", Integer, nullable=False),
    Column("since", DateTime(timezone=True), nullable=False),
    UniqueConstraint("orderid", "sku", name="one_waiting_line_per_order_and_sku"),
    Index("ix_waiting_lines_sku", "sku", "id"),
    sqlite_autoincrement=True,
)

# Each schema revision that changed what the log's entries mean, and the first log entry
# written under it: ``verify`` replays the entries before it as they meant then.
schema_history = Table(
    "schema_history",
    metadata,
    Column("revision", String(32), primary_key=True),
    Column("first_event_id", Integer, nullable=False),
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
    # The supervisor who approved the entry's command at the operator's desk; "" if none.
    # On PostgreSQL the server sets operator and approver from the session (migration 0007).
    Column("approver", String(128), nullable=False, server_default=""),
    sqlite_autoincrement=True,
)

# Everyone who signs in. On SQLite ``pin_hash`` holds the PIN's salted scrypt hash; on
# PostgreSQL it stays empty, each person being a login role whose password is the PIN.
# ``failed_pins`` and ``locked_until`` count wrong PINs in a row for the lockout.
people = Table(
    "people",
    metadata,
    Column("login", String(32), primary_key=True),
    Column("name", String(64), nullable=False),
    Column("role", String(16), nullable=False),
    Column("disabled", Boolean, nullable=False, server_default=false()),
    Column("pin_hash", String(256), nullable=True),
    Column("failed_pins", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime(timezone=True), nullable=True),
)


def start_mappers() -> None:
    """Map the domain classes; calling it again is harmless."""
    if inspect(model.Product, raiseerr=False) is not None:
        return
    mapper_registry.map_imperatively(
        model.Batch,
        batches,
        properties={"_purchased_quantity": batches.c.purchased_quantity},
        exclude_properties=["allocated_quantity"],
    )
    mapper_registry.map_imperatively(model.Product, products, exclude_properties=["version_number"])
    event.listen(model.Product, "load", _start_collecting_events)


def _start_collecting_events(product: model.Product, _context: Any) -> None:
    product.events = []
