"""Where each batch stands on the floor, and which parts of an order were picked.

Both databases get ``batches.location`` (a bin code, or none) and ``allocations.picked``
(false until the part is taken from its batch, checked by scan). On PostgreSQL a clerk
may give a batch's location when receiving it, move it, and mark a part picked.

The downgrade drops both columns (and with them their privileges): where the batches
stood and what was picked is then known only from the log.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CLERK = "warehouse_clerk"


def upgrade() -> None:
    """Add the two columns; on PostgreSQL, a clerk's privileges on them."""
    op.add_column("batches", sa.Column("location", sa.String(32), nullable=True))
    op.add_column(
        "allocations",
        sa.Column("picked", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute(f"GRANT INSERT (location), UPDATE (location) ON batches TO {CLERK}")
        op.execute(f"GRANT UPDATE (picked) ON allocations TO {CLERK}")


def downgrade() -> None:
    """Drop the two columns, in place: copying ``batches`` to a new table, as Alembic's
    batch mode does on SQLite, would empty ``allocations`` through its foreign key's
    ``ON DELETE CASCADE`` (SQLite drops a column in place since 3.35)."""
    op.drop_column("allocations", "picked")
    op.drop_column("batches", "location")
