"""Record which running copy of the app wrote each event, so every copy can skip its own
events when it follows the log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add ``event_log.origin`` (empty for entries written before it existed)."""
    with op.batch_alter_table("event_log") as table:
        table.add_column(sa.Column("origin", sa.String(36), nullable=False, server_default=""))


def downgrade() -> None:
    """Drop ``event_log.origin``."""
    with op.batch_alter_table("event_log") as table:
        table.drop_column("origin")
