"""Opening a workstation's database and saying what stands in its way, in words: a server
that cannot be reached (tried again), tables this version does not know, a database this
user may only read, a SQLite file on a network share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from warehouse_gui.adapters import database, database_errors, network_share
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.translation import translate

# What every command may need to write, on PostgreSQL.
WRITTEN = (
    ("products", "UPDATE"),
    ("batches", "INSERT"),
    ("batches", "UPDATE"),
    ("allocations", "INSERT"),
    ("event_log", "INSERT"),
)


@contextmanager
def in_words(url: str) -> Iterator[None]:
    """Turn a database error raised inside into one a person can act on: a server not
    reached (``DatabaseUnreachable``, tried again), tables not as expected, read-only."""
    try:
        yield
    except DBAPIError as error:
        if (why := database_errors.read_only_why(error)) is not None:
            raise database_errors.DatabaseReadOnly(why) from error
        if (missing := database_errors.schema_detail(error)) is not None:
            raise database_errors.SchemaMismatch(missing) from error
        if isinstance(error, OperationalError) and database.sqlite_file(url) is None:
            raise database_errors.unreachable(error, url) from error
        detail = database_errors.first_line(error.orig)
        raise DomainError(
            translate("Opening", "Could not open the database: {detail}").format(detail=detail)
        ) from error


def read_only_why(url: str, sessions: Callable[[], Session]) -> str | None:
    """Why this workstation may read the database but not change it, or ``None``."""
    path = database.sqlite_file(url)
    if path is not None:
        return database.sqlite_read_only_why(path)
    with sessions() as session:
        if session.get_bind().dialect.name != "postgresql":
            return None
        checks = ", ".join(
            f"has_table_privilege('{table}', '{privilege}')" for table, privilege in WRITTEN
        )
        row = session.execute(
            text(
                "SELECT current_setting('transaction_read_only'), pg_is_in_recovery(), "
                f"current_user, {checks}"
            )
        ).one()
    read_only, standby, user, *allowed = row
    if standby:
        return translate("Opening", "the server is a standby, which only reads")
    if read_only == "on":
        return translate("Opening", "the server makes every transaction here read-only")
    if not all(allowed):
        return translate(
            "Opening", "the user {user} may read the warehouse's tables but not change them"
        ).format(user=user)
    return None


def warnings(url: str) -> tuple[str, ...]:
    """What a person should know before working on this database: a SQLite file on a
    network share, whose locking cannot be trusted."""
    path = database.sqlite_file(url)
    if path is None:
        return ()
    kind = network_share.network_share_type(path)
    return (network_share.warning(path, kind),) if kind else ()
