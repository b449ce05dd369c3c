"""What a database error means for a person: read-only, tables not as this version
expects, or a server that cannot be reached (and why: refused, unknown host, password or
role, missing database, timeout), each in its own words.

What the server or the driver says is matched in its own (English) words; what this
module says goes through ``translate``."""

from __future__ import annotations

import sqlite3

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from warehouse_gui.domain.errors import DomainError, StoreUnavailable
from warehouse_gui.translation import translate

# read_only_sql_transaction, insufficient_privilege
READ_ONLY_SQLSTATES = frozenset({"25006", "42501"})
# undefined_column, undefined_table
SCHEMA_SQLSTATES = frozenset({"42703", "42P01"})
# invalid_password, and how PostgreSQL and PgBouncer refuse a password, or the lack of one
# (psycopg gives no SQLSTATE for a failed connection).
INVALID_PASSWORD = "28P01"
PASSWORD_REFUSED = (
    "password authentication failed",
    "sasl authentication failed",
    "no password supplied",
)
# too_many_connections: the server's max_connections, or a role's or database's limit.
TOO_MANY_CONNECTIONS = "53300"
# What the server says when it refuses one more connection (psycopg gives no SQLSTATE for
# a failed connection), and what PgBouncer in front of it says.
SERVER_FULL = (
    "too many clients",
    "too many connections for",
    "remaining connection slots are reserved",
    "no more connections allowed",
)


class DatabaseReadOnly(DomainError):
    """The database may be read here but not changed; nothing was changed."""

    def __init__(self, why: str) -> None:
        super().__init__(
            translate(
                "DatabaseErrors", "The database is read-only ({why}); nothing was changed."
            ).format(why=why)
        )
        self.why = why


class SchemaMismatch(DomainError):
    """The database's tables are not those this version of the app reads and writes."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "DatabaseErrors",
                "The database's tables are not as this version expects ({detail}); run the "
                "version that made them, or restore a backup.",
            ).format(detail=detail)
        )


class DatabaseUnreachable(StoreUnavailable):
    """The database server cannot be reached (at start-up); the window tries again."""


def first_line(error: BaseException | None) -> str:
    """The first line of ``error``'s text, or its type's name."""
    text = str(error).strip()
    return text.splitlines()[0].strip() if text else type(error).__name__


def _driver_error(error: BaseException) -> BaseException | None:
    """The driver's own error: what SQLAlchemy wraps, or ``error`` itself when a statement
    went to the driver directly (``driver_statements``)."""
    return error.orig if isinstance(error, DBAPIError) else error


def _sqlstate(error: BaseException) -> str | None:
    return getattr(_driver_error(error), "sqlstate", None)


def read_only_why(error: BaseException) -> str | None:
    """Why ``error`` says the database may not be written, or ``None`` when it does not."""
    detail = first_line(_driver_error(error))
    sqlstate = _sqlstate(error)
    if "readonly database" in detail or "read-only database" in detail:
        return translate("DatabaseErrors", "the database file cannot be written here")
    if sqlstate == "25006":
        return translate("DatabaseErrors", "the server makes every transaction here read-only")
    if sqlstate == "42501":
        return translate(
            "DatabaseErrors", "this user may read but not change the warehouse's tables: {detail}"
        ).format(detail=detail)
    return None


def schema_detail(error: BaseException) -> str | None:
    """What is missing from the tables, when ``error`` says something is."""
    detail = first_line(_driver_error(error))
    if _sqlstate(error) in SCHEMA_SQLSTATES:
        return detail
    if isinstance(error, OperationalError | sqlite3.OperationalError) and (
        "no such column" in detail or "no such table" in detail or "has no column" in detail
    ):
        return detail
    return None


def server_full(error: BaseException) -> bool:
    """Whether ``error`` is the server (or a pooler in front of it) refusing one more
    connection: PostgreSQL's ``too_many_connections`` (53300, "sorry, too many clients
    already"), or PgBouncer's ``max_client_conn``."""
    text = str(_driver_error(error)).lower()
    return _sqlstate(error) == TOO_MANY_CONNECTIONS or any(sign in text for sign in SERVER_FULL)


def password_refused(error: BaseException) -> bool:
    """Whether ``error`` is the server (or PgBouncer) refusing the password."""
    text = str(_driver_error(error)).lower()
    return _sqlstate(error) == INVALID_PASSWORD or any(words in text for words in PASSWORD_REFUSED)


def why_unreachable(error: BaseException, url: str) -> str:
    """Why the server at ``url`` could not be used, as a clause a sentence can carry:
    the words for what a person can act on, or the driver's first line."""
    return _reason(error, url) or first_line(_driver_error(error))


def unreachable(error: OperationalError, url: str) -> DatabaseUnreachable:
    """Why the server at ``url`` could not be connected to, in words, saying the window
    tries again."""
    words = _reason(error, url) or translate(
        "DatabaseErrors", "the database at {where} cannot be reached ({detail})"
    ).format(where=_where(url), detail=first_line(error.orig))
    return DatabaseUnreachable(
        translate("DatabaseErrors", "{reason}; trying again every few seconds.").format(
            reason=f"{words[:1].upper()}{words[1:]}"
        )
    )


def _where(url: str) -> str:
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}"


def _reason(error: BaseException, url: str) -> str | None:
    """The words for a failure to connect that a person can act on, or ``None``."""
    parsed = make_url(url)
    host, where = parsed.host or "localhost", _where(url)
    detail = " ".join(str(_driver_error(error)).split())
    lowered = detail.lower()
    if server_full(error):
        # The server's own words, as it said them.
        said = "too many clients already" if "too many clients" in lowered else _fatal(detail)
        return translate(
            "DatabaseErrors",
            "the database server at {where} has no free connection for this desk ({said})",
        ).format(where=where, said=said)
    if "server closed the connection" in lowered or "terminating connection" in lowered:
        return translate(
            "DatabaseErrors", "the database server at {where} closed the connection"
        ).format(where=where)
    if "connection refused" in lowered:
        return translate(
            "DatabaseErrors",
            "the database server at {where} is not answering (connection refused)",
        ).format(where=where)
    if "resolve host" in lowered or "translate host name" in lowered:
        return translate(
            "DatabaseErrors", "the database server's name {host} is not known (check the address)"
        ).format(host=host)
    if password_refused(error):
        return translate(
            "DatabaseErrors",
            "the database server at {where} refused the password of user "
            "{user}: check the password in the database address",
        ).format(where=where, user=parsed.username or "?")
    if "role" in lowered and "does not exist" in lowered:
        return translate(
            "DatabaseErrors",
            "the database server at {where} has no user {user}: ask its administrator to create it",
        ).format(where=where, user=parsed.username or "?")
    if "database" in lowered and "does not exist" in lowered:
        return translate(
            "DatabaseErrors",
            "the database server at {where} has no database {database}: "
            "check its name, or ask the administrator to create it",
        ).format(where=where, database=parsed.database or "?")
    if "timeout" in lowered or "timed out" in lowered:
        return translate(
            "DatabaseErrors", "the database server at {where} did not answer in time"
        ).format(where=where)
    return None


def _fatal(detail: str) -> str:
    """The server's own reason in ``detail``: what follows its last ``FATAL:``."""
    return detail.rsplit("FATAL:", 1)[-1].strip() or detail
