"""Keep a low-stock threshold on each product: below it, allocating raises a warning.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``products.low_stock_threshold`` (0, no warning, for every existing product)."""
    with op.batch_alter_table("products") as table:
        table.add_column(
            sa.Column("low_stock_threshold", sa.Integer, nullable=False, server_default="0")
        )


def downgrade() -> None:
    """Drop ``products.low_stock_threshold``.

    Directly, not in batch mode: rebuilding ``products`` on SQLite would drop the table
    that every batch refers to, which its foreign keys refuse (SQLite 3.35+ drops columns).
    """
    op.drop_column("products", "low_stock_threshold")
