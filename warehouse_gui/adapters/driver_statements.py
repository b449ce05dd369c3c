"""Core statements run on the driver's own cursor: the few that every Allocate sends while
the product's lock is held.

SQLAlchemy compiles each statement once per dialect. Running it then goes straight to the
DBAPI cursor of the session's connection, which skips SQLAlchemy's per-execution work:
measured, ~30 µs around a driver call of a few µs. A driver error is raised as the same
SQLAlchemy exception SQLAlchemy itself would raise, and a lost connection is invalidated,
so the unit of work translates and recovers from both as it does for the ORM's statements.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.interfaces import DBAPIModule
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

Parameters = Mapping[str, Any]


@dataclass(frozen=True)
class _Compiled:
    """A statement's SQL for one dialect and how to turn named values into its arguments."""

    sql: str
    positional_names: tuple[str, ...] | None  # None: the dialect takes named parameters
    processors: dict[str, Callable[[Any], Any]]

    def arguments(self, params: Parameters) -> Any:
        """A tuple for a positional paramstyle (SQLite's), a dict for a named one."""
        processed = {**params}
        for name, processor in self.processors.items():
            processed[name] = processor(params[name])
        if self.positional_names is None:
            return processed
        return tuple(processed[name] for name in self.positional_names)


class DriverStatement:
    """A Core statement compiled once per dialect and run on the driver's cursor.

    ``column_keys`` names the columns an INSERT is given, as ``Insert.compile`` takes them.
    """

    def __init__(self, statement: ClauseElement, column_keys: Sequence[str] = ()) -> None:
        self.statement = statement
        self.column_keys = list(column_keys) or None
        self._compiled: dict[str, _Compiled] = {}

    def first(self, session: Session, params: Parameters) -> tuple[Any, ...] | None:
        """The first row the statement returns, as a plain tuple, or ``None``."""
        connection = session.connection()
        compiled = self._compiled_for(connection.dialect)
        cursor = connection.connection.cursor()
        try:
            _execute(connection, cursor, compiled.sql, compiled.arguments(params))
            row = cursor.fetchone()
        finally:
            cursor.close()
        return None if row is None else tuple(row)

    def run(self, session: Session, rows: Sequence[Parameters]) -> int:
        """Execute the statement once per row of parameters, in the session's transaction;
        return how many rows it changed (-1 where the driver cannot tell yet: in a
        PostgreSQL pipeline)."""
        connection = session.connection()
        compiled = self._compiled_for(connection.dialect)
        arguments = [compiled.arguments(row) for row in rows]
        cursor = connection.connection.cursor()
        try:
            one = len(arguments) == 1
            _execute(connection, cursor, compiled.sql, arguments[0] if one else arguments)
            return int(cursor.rowcount)
        finally:
            cursor.close()

    def _compiled_for(self, dialect: Dialect) -> _Compiled:
        compiled = self._compiled.get(dialect.name)
        if compiled is None:
            compiled = self._compiled[dialect.name] = _compile(
                self.statement, dialect, self.column_keys
            )
        return compiled


def _compile(
    statement: ClauseElement, dialect: Dialect, column_keys: list[str] | None
) -> _Compiled:
    compiled = cast(SQLCompiler, statement.compile(dialect=dialect, column_keys=column_keys))
    processors: dict[str, Callable[[Any], Any]] = {}
    for name, bind in compiled.binds.items():
        processor = dialect.type_descriptor(bind.type).bind_processor(dialect)
        if processor is not None:
            processors[name] = processor
    positional = compiled.positiontup if compiled.positional else None
    return _Compiled(compiled.string, tuple(positional) if positional else None, processors)


def _execute(connection: Connection, cursor: Any, sql: str, arguments: Any) -> None:
    """Run ``sql`` on ``cursor`` (``executemany`` for a list of arguments), with the engine's
    cursor-execute events around it, as SQLAlchemy runs its own statements: whatever
    watches the SQL an engine sends (logging, tests) sees these too."""
    many = isinstance(arguments, list)
    for listener in connection.dispatch.before_cursor_execute:
        sql, arguments = listener(connection, cursor, sql, arguments, None, many)
    try:
        if many:
            cursor.executemany(sql, arguments)
        else:
            cursor.execute(sql, arguments)
    except connection.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(error, connection, sql, arguments) from error
    connection.dispatch.after_cursor_execute(connection, cursor, sql, arguments, None, many)


def _as_sqlalchemy_error(
    error: DBAPIModule.Error, connection: Connection, sql: str, arguments: Any
) -> StatementError:
    """What SQLAlchemy raises for ``error``; a lost connection is invalidated first."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(error, connection.connection.dbapi_connection, None)
    if lost:
        connection.invalidate(error)
    return DBAPIError.instance(
        sql,
        arguments,
        error,
        dialect.loaded_dbapi.Error,
        connection_invalidated=lost,
        dialect=dialect,
        ismulti=isinstance(arguments, list),
    )
