"""On PostgreSQL, wake the workstations that follow the log from a trigger on the event log,
so a command spends no round trip of its own on ``pg_notify`` while it holds the
product's lock. SQLite has no notifications (followers watch ``PRAGMA data_version``).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

CHANNEL = "warehouse_events"


def upgrade() -> None:
    """Notify ``warehouse_events`` once per statement that appends to ``event_log``."""
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION notify_event_log() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER event_log_notify AFTER INSERT ON event_log "
        "FOR EACH STATEMENT EXECUTE FUNCTION notify_event_log()"
    )


def downgrade() -> None:
    """Drop the trigger and its function."""
    if op.get_context().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER event_log_notify ON event_log")
    op.execute("DROP FUNCTION notify_event_log()")
