"""Opening a database that must already be the app's: for scripts and tools, which read
or copy a warehouse and never create, migrate or write one by mistake."""

from __future__ import annotations

from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from warehouse_gui.adapters import database, schema
from warehouse_gui.domain.errors import DomainError


class NoWarehouse(DomainError):
    """Nothing at that URL is a warehouse this version can read; nothing was created."""


def open_existing(url: str) -> Engine:
    """An engine on the warehouse at ``url``, at this version's schema revision.

    Refuses (``NoWarehouse``) a SQLite file that does not exist, a database without the
    app's tables, or one an older version left to be migrated (the window migrates it);
    ``SchemaTooNew`` for one a newer version changed. Nothing is created or changed.
    """
    path = database.sqlite_file(url)
    if path is not None:
        if not path.is_file():
            raise NoWarehouse(f"No database file at {path}: check the path (nothing was created)")
        # Looked at read-only first: the app's own connections would set WAL on any file.
        reader = create_engine(f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true")
        try:
            _check(url, reader)
        finally:
            reader.dispose()
        return database.make_engine(url)
    engine = database.make_engine(url)
    try:
        _check(url, engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check(url: str, engine: Engine) -> None:
    """Refuse what is not a warehouse at this version's revision."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("products"):
            raise NoWarehouse(f"{_where(url)} holds no Warehouse GUI data (nothing was changed)")
        revision = _revision(connection)
    if revision == schema.HEAD_REVISION:
        return
    if revision is not None and revision > schema.HEAD_REVISION:
        raise schema.SchemaTooNew(
            f"{_where(url)} was changed by a newer version of Warehouse GUI (schema "
            f"revision {revision}; this version knows up to {schema.HEAD_REVISION}); "
            "use the newer version"
        )
    raise NoWarehouse(
        f"{_where(url)} is at schema revision {revision or 'none'}, older than this "
        f"version's {schema.HEAD_REVISION}: open it once in the window, which updates it"
    )


def _revision(connection: Connection) -> str | None:
    try:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError:
        return None
    return None if revision is None else str(revision)


def _where(url: str) -> str:
    """The database as a person names it: a file's path, or the URL without its password."""
    path = database.sqlite_file(url)
    return f"The database {path if path is not None else make_url(url).render_as_string()}"
