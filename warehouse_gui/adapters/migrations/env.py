"""Alembic environment: runs on the connection handed over by ``adapters.schema``."""

from alembic import context

from warehouse_gui.adapters import orm

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=orm.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
