"""Core statements sent as SQL text: the few that every Allocate sends while the product's
lock is held.

Each statement is compiled once per dialect; its SQL is then run with
``Connection.exec_driver_sql``, which hands it to the driver's cursor without the compiled
cache's look-up and parameter processing of ``Connection.execute``. Measured on SQLite,
in CPU instructions: an UPDATE of one row costs ~18,000 in the driver, ~80,000 through
``exec_driver_sql`` and ~150,000 through ``Connection.execute``; an Allocate, which sends
five such statements, ~2.2 million instead of ~2.5 million (12 % less).

``exec_driver_sql`` is still SQLAlchemy's own execution: the engine's cursor events fire
around every statement (whatever watches the SQL an engine sends sees these too), a driver
error is raised as SQLAlchemy's exception for it, and a lost connection is invalidated, so
the unit of work translates and recovers from errors as it does for any other statement.

The SQL names its parameters, as the dialect's paramstyle must then (PostgreSQL's
``pyformat``; SQLite engines are made with ``paramstyle="named"``, see
``adapters.database``), so that a row of values goes to the driver as it is, after the
conversions the parameters' types ask for (a time, on SQLite), as SQLAlchemy itself would
convert them. On an engine with a positional paramstyle the statement runs through
``Connection.execute`` instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, Connection, Delete, Insert, Select, Update
from sqlalchemy.engine import CursorResult, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql import visitors
from sqlalchemy.sql.elements import BindParameter
from sqlalchemy.types import TypeEngine

Parameters = Mapping[str, Any]
Statement = Select[Any] | CompoundSelect[Any] | Insert | Update | Delete


@dataclass(frozen=True)
class _Compiled:
    """A statement's SQL for one dialect, and the conversions of its parameters' values."""

    sql: str
    processors: dict[str, Callable[[Any], Any]]

    def arguments(self, params: Parameters) -> dict[str, Any]:
        """The driver's values for ``params``."""
        if not self.processors and type(params) is dict:
            return params
        arguments = dict(params)
        for name, processor in self.processors.items():
            arguments[name] = processor(arguments[name])
        return arguments


class DriverStatement:
    """A Core statement compiled once per dialect and sent as SQL text.

    ``column_keys`` names the columns an INSERT is given, as ``Insert.compile`` takes them;
    their values are converted as their columns' types say. Every other parameter is
    converted as its ``bindparam``'s type says: a comparison with a column gives it the
    column's type, a value in ``values()`` needs ``bindparam(name, type_=...)``.
    """

    def __init__(self, statement: Statement, column_keys: Sequence[str] = ()) -> None:
        self.statement = statement
        self.column_keys = list(column_keys) or None
        self._types: dict[str, TypeEngine[Any]] = {
            element.key: element.type
            for element in visitors.iterate(statement)
            if isinstance(element, BindParameter)
        }
        if isinstance(statement, Insert):
            columns = statement.table.c
            self._types.update({key: columns[key].type for key in column_keys})
        self._compiled: dict[tuple[str, str], _Compiled] = {}

    def all(self, session: Session, params: Parameters) -> list[tuple[Any, ...]]:
        """Every row the statement returns, as plain tuples."""
        return [tuple(row) for row in self._execute(session.connection(), [params])]

    def run(self, session: Session, rows: Sequence[Parameters]) -> int:
        """Execute the statement once per row of parameters, in the session's transaction;
        return how many rows it changed (-1 where the driver cannot tell yet: in a
        PostgreSQL pipeline, or for several rows)."""
        return self._execute(session.connection(), rows).rowcount

    def _execute(self, connection: Connection, rows: Sequence[Parameters]) -> CursorResult[Any]:
        dialect = connection.dialect
        if dialect.positional:
            return connection.execute(self.statement, [dict(row) for row in rows])
        compiled = self._compiled_for(dialect)
        if len(rows) == 1:
            return connection.exec_driver_sql(compiled.sql, compiled.arguments(rows[0]))
        return connection.exec_driver_sql(compiled.sql, [compiled.arguments(row) for row in rows])

    def _compiled_for(self, dialect: Dialect) -> _Compiled:
        key = (dialect.name, dialect.paramstyle)
        compiled = self._compiled.get(key)
        if compiled is None:
            processors: dict[str, Callable[[Any], Any]] = {}
            for name, type_ in self._types.items():
                processor = type_.dialect_impl(dialect).bind_processor(dialect)
                if processor is not None:
                    processors[name] = processor
            sql = str(self.statement.compile(dialect=dialect, column_keys=self.column_keys))
            compiled = self._compiled[key] = _Compiled(sql, processors)
        return compiled
