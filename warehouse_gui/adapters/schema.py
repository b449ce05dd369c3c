"""Bring a database's schema up to this version of the app with the bundled Alembic
migrations, and refuse a database that a newer version has already changed."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from warehouse_gui.domain.errors import DomainError
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"
# The newest migration (a test checks it against the scripts). A database already there
# is opened without loading Alembic, which took a fifth of the time to the first rows.
HEAD_REVISION = "0008"
# Any number will do, as long as every copy of the app uses the same one.
MIGRATION_LOCK_ID = 7_031_962


class SchemaTooNew(DomainError):
    """The database was migrated by a newer version of the app than this one."""


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration for the bundled migrations, bound to ``connection``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows, read from the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or ``None`` when it has never been migrated."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to this app's head revision, or raise ``SchemaTooNew``.

    Every copy of the app may start at once against one server, so the migration runs
    under a database-wide lock (an advisory lock on PostgreSQL, the write lock of
    ``BEGIN IMMEDIATE`` on SQLite).
    """
    stamped = _stamped_revision(engine)
    if stamped == HEAD_REVISION:
        return
    if stamped is None or stamped < HEAD_REVISION:
        _back_up_before_migrating(engine)
    from alembic import command
    from alembic.script import ScriptDirectory

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        script = ScriptDirectory.from_config(alembic_config())
        current = current_revision(connection)
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNew(
                translate(
                    "Schema",
                    "This database was changed by a newer version of Warehouse GUI (schema "
                    "revision {revision}; this version knows up to {head}). "
                    "Use the newer version; nothing was changed.",
                ).format(revision=current, head=script.get_current_head())
            )
        config = alembic_config(connection)
        if current is None and inspect(connection).has_table("products"):
            logger.info("Database predates migrations; marking it as revision %s", FIRST_REVISION)
            command.stamp(config, FIRST_REVISION)
        if current != script.get_current_head():
            logger.info("Migrating the database from %s to %s", current, script.get_current_head())
        command.upgrade(config, "head")


def _back_up_before_migrating(engine: Engine) -> None:
    """Copy a SQLite file that holds data into its backups folder before migrating it.

    A copy that fails is logged and recorded for the window's warning; the migration
    goes on (its own transaction leaves the file as it was if it fails)."""
    from warehouse_gui.adapters import sqlite_backup

    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return
    path = Path(database).expanduser()
    with engine.connect() as connection:
        if not inspect(connection).has_table("products"):
            return
    try:
        copy = sqlite_backup.take_backup(path)
    except Exception:
        logger.exception("The backup before migrating %s failed", path)
    else:
        logger.info("Backed up %s to %s before migrating it", path, copy)


def _stamped_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, read without Alembic; ``None`` if none is."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None
