"""The schema as it stood when migrations were introduced: products, batches,
allocations and the event log.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the four tables."""
    op.create_table(
        "products",
        sa.Column("sku", sa.String(64), primary_key=True),
        sa.Column("version_number", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("reference", sa.String(64), nullable=False, unique=True),
        sa.Column("sku", sa.String(64), sa.ForeignKey("products.sku"), nullable=False),
        sa.Column("purchased_quantity", sa.Integer, nullable=False),
        sa.Column("eta", sa.Date, nullable=True),
    )
    op.create_index("ix_batches_sku", "batches", ["sku"])
    op.create_table(
        "allocations",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "batch_id",
            sa.Integer,
            sa.ForeignKey("batches.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("orderid", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(64), nullable=False),
        sa.Column("qty", sa.Integer, nullable=False),
        sa.UniqueConstraint("orderid", "sku", name="one_allocation_per_order_and_sku"),
    )
    op.create_index("ix_allocations_batch_id", "allocations", ["batch_id"])
    op.create_table(
        "event_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("type", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(64), nullable=True),
        sa.Column("orderid", sa.String(64), nullable=True),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("station", sa.String(128), nullable=False),
        sa.Column("operator", sa.String(128), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_event_log_sku", "event_log", ["sku"])
    op.create_index("ix_event_log_orderid", "event_log", ["orderid"])


def downgrade() -> None:
    """Drop the four tables."""
    op.drop_table("event_log")
    op.drop_table("allocations")
    op.drop_table("batches")
    op.drop_table("products")
