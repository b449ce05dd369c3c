"""Let an order line be split across batches (one allocation row per batch) and keep the
order lines that wait for stock.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """One allocation row per order, SKU and batch; the ``waiting_lines`` table; and
    ``schema_history``, which records the first log entry written under this revision."""
    with op.batch_alter_table("allocations") as table:
        table.drop_constraint("one_allocation_per_order_and_sku", type_="unique")
        table.create_unique_constraint(
            "one_part_per_order_sku_and_batch", ["orderid", "sku", "batch_id"]
        )
    op.create_table(
        "waiting_lines",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("orderid", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(64), sa.ForeignKey("products.sku"), nullable=False),
        sa.Column("qty", sa.Integer, nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("orderid", "sku", name="one_waiting_line_per_order_and_sku"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_waiting_lines_sku", "waiting_lines", ["sku", "id"])
    # From here on an OutOfStock leaves its line waiting; before, it changed nothing.
    op.create_table(
        "schema_history",
        sa.Column("revision", sa.String(32), primary_key=True),
        sa.Column("first_event_id", sa.Integer, nullable=False),
    )
    op.execute(
        "INSERT INTO schema_history (revision, first_event_id) "
        "SELECT '0006', COALESCE(MAX(id), 0) + 1 FROM event_log"
    )


def downgrade() -> None:
    """Drop the waiting lines, and keep only the first part of each split line (the
    older schema holds one batch per line); the batches' allocated quantities follow."""
    op.drop_table("schema_history")
    op.drop_index("ix_waiting_lines_sku", "waiting_lines")
    op.drop_table("waiting_lines")
    op.execute(
        "DELETE FROM allocations WHERE id NOT IN "
        "(SELECT MIN(id) FROM allocations GROUP BY orderid, sku)"
    )
    op.execute(
        "UPDATE batches SET allocated_quantity = COALESCE("
        "(SELECT SUM(qty) FROM allocations WHERE allocations.batch_id = batches.id), 0)"
    )
    with op.batch_alter_table("allocations") as table:
        table.drop_constraint("one_part_per_order_sku_and_batch", type_="unique")
        table.create_unique_constraint("one_allocation_per_order_and_sku", ["orderid", "sku"])
