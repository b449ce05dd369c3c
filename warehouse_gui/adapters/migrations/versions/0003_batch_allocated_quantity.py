"""Keep each batch's allocated quantity on the batch, and index the batches that can still
take a line, so that allocating costs the same however long a SKU's history is.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

OPEN_BATCH = "allocated_quantity < purchased_quantity"


def upgrade() -> None:
    """Add ``batches.allocated_quantity`` (filled from the allocations) and the index."""
    with op.batch_alter_table("batches") as table:
        table.add_column(
            sa.Column("allocated_quantity", sa.Integer, nullable=False, server_default="0")
        )
    op.execute(
        "UPDATE batches SET allocated_quantity = COALESCE("
        "(SELECT SUM(qty) FROM allocations WHERE allocations.batch_id = batches.id), 0)"
    )
    op.create_index(
        "ix_batches_open",
        "batches",
        ["sku", "eta", "reference"],
        sqlite_where=sa.text(OPEN_BATCH),
        postgresql_where=sa.text(OPEN_BATCH),
    )


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index("ix_batches_open", "batches")
    with op.batch_alter_table("batches") as table:
        table.drop_column("allocated_quantity")
