"""Engines and sessions: SQLite tuned for safe concurrent writers, PostgreSQL via psycopg 3."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from warehouse_gui.adapters import pooler
from warehouse_gui.adapters.idle_ping import ping_when_idle
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    import psycopg

SQLITE_BUSY_TIMEOUT_MS = 10_000
# The server ended the connection (administrator command, crash, shutdown): SQLSTATE 57P01-3.
SERVER_ENDED_SQLSTATES = frozenset({"57P01", "57P02", "57P03"})
CONNECTION_EXCEPTION_CLASS = "08"


def stored_time(moment: datetime) -> datetime:
    """A time read back from a ``DateTime(timezone=True)`` column, with its zone: SQLite
    hands back the stored UTC time without one."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL, or ``None`` for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).expanduser().absolute()


def make_engine(url: str, *, idle_connections: bool = True) -> Engine:
    """An engine for ``url``; SQLite files get WAL, a busy timeout, foreign keys and
    ``BEGIN IMMEDIATE`` so that concurrent writers queue instead of over-allocating.

    A server engine without ``idle_connections`` holds no connection between uses: each
    use opens one and closes it after (a workstation's, so that an idle desk takes no
    slot of the server's). Its statements are never prepared on the server, and neither
    are those of an engine whose connections pass through a transaction pooler
    (``adapters.pooler``), where the next transaction may run on another server
    connection.

    SQLite's statements name their parameters (``paramstyle="named"``), as PostgreSQL's
    do, so that ``adapters.driver_statements`` can hand a row of values to the driver as
    it is.

    An error whose SQLSTATE says the connection is gone invalidates the connection, however
    far the driver had noticed it yet."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() != "sqlite":
        engine = _server_engine(parsed, idle_connections)
        event.listen(engine, "handle_error", _connection_gone)
        return engine
    if parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database).expanduser()
        if sqlite_read_only_why(path) is not None:
            return _read_only_sqlite_engine(url, path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, paramstyle="named"
    )
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_immediate)
    event.listen(engine, "handle_error", _connection_gone)
    return engine


def sqlite_read_only_why(path: Path) -> str | None:
    """Why this user may read the SQLite file at ``path`` but not write it, or ``None``
    (writable, or not there yet)."""
    if not path.is_file():
        return None
    folder = path.absolute().parent
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        return translate("Database", "the file {path} is on a read-only file system").format(
            path=path
        )
    if not os.access(path, os.W_OK):
        return translate("Database", "this user may not write the file {path}").format(path=path)
    if not os.access(folder, os.W_OK):
        return translate(
            "Database",
            "this user may not write its folder {folder}, where SQLite keeps its -wal file",
        ).format(folder=folder)
    return None


def _read_only_sqlite_engine(url: str, path: Path) -> Engine:
    """An engine that reads a SQLite file this user may not write: opened read-only, plain
    ``BEGIN`` (``BEGIN IMMEDIATE`` takes a write lock), and, when the -wal and -shm files
    cannot be made beside it, as immutable (SQLite cannot read a WAL file otherwise)."""
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    if not os.access(path.absolute().parent, os.W_OK) and not Path(f"{path}-shm").exists():
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(
            uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        return connection

    engine = create_engine(url, creator=connect, paramstyle="named")
    event.listen(engine, "begin", _begin_deferred)
    event.listen(engine, "handle_error", _connection_gone)
    return engine


def _begin_deferred(connection: Any) -> None:
    connection.connection.driver_connection.execute("BEGIN")


def _server_engine(url: URL, idle_connections: bool) -> Engine:
    """PostgreSQL (or another server): a connect timeout; idle connections pinged, or
    none kept."""
    postgresql = url.get_backend_name() == "postgresql"
    connect_args: dict[str, Any] = {}
    if postgresql and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 5
    if not idle_connections:
        if postgresql:
            connect_args["prepare_threshold"] = None
        return create_engine(url, connect_args=connect_args, poolclass=NullPool)
    engine = create_engine(url, connect_args=connect_args)
    ping_when_idle(engine)
    if postgresql:
        event.listen(engine, "connect", pooler.unprepared_behind_pooler)
    return engine


def _connection_gone(context: ExceptionContext) -> None:
    """Count the server's ending of a connection (``SERVER_ENDED_SQLSTATES``) and every
    connection exception (SQLSTATE class 08) as a disconnect: the pool drops the
    connection, and the error says the connection was lost. psycopg raises them before it
    marks its connection broken when the news arrives amid a pipeline."""
    sqlstate = getattr(context.original_exception, "sqlstate", None) or ""
    if sqlstate in SERVER_ENDED_SQLSTATES or sqlstate.startswith(CONNECTION_EXCEPTION_CLASS):
        context.is_disconnect = True


def _configure_sqlite_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself instead of the driver's lazy BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    # Straight to the driver: every command begins here, and SQLAlchemy's statement
    # machinery cost more than the statement.
    connection.connection.driver_connection.execute("BEGIN IMMEDIATE")


def begin_as_reader(engine: Engine) -> None:
    """Let a SQLite engine's transactions begin deferred, as a reader's: its own ``BEGIN``
    then takes no write lock (a tool that only reads, such as ``verify``)."""
    if event.contains(engine, "begin", _begin_immediate):
        event.remove(engine, "begin", _begin_immediate)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to ``engine`` whose objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def pipeline(session: Session) -> Iterator[None]:
    """Statements sent inside go to PostgreSQL together, without waiting for each answer,
    until something reads a result (a COMMIT does): psycopg's pipeline mode. On other
    databases they run one by one, as outside.

    Only statements whose results nobody reads right away belong here: the product's
    version check reads its UPDATE's row count at once, so it stays outside (as does the
    ORM's flush, which reads its own).

    A pipeline ends after the COMMIT inside it, on the same connection: an engine that
    closes its connection as the COMMIT releases it (one without idle connections) sends
    its statements one by one.
    """
    engine = session.get_bind()
    if engine.dialect.driver != "psycopg" or isinstance(engine.engine.pool, NullPool):
        yield
        return
    driver_connection = session.connection().connection.driver_connection
    with cast("psycopg.Connection[Any]", driver_connection).pipeline():
        yield
