"""Backing up and restoring a SQLite warehouse: ``warehouse-gui backup`` and ``restore``,
the daily copy at the desktop app's start, and what the window says about them.

A PostgreSQL database is backed up and restored with the server's own tools
(``pg_dump``, ``pg_restore``): both commands say so and exit 2.

Restore refuses while anything has the database open. Every connection of the app (and of
any SQLite program) to a WAL database holds a shared lock on its file for as long as it is
open, idle in a pool or not; so restore takes an exclusive lock (``locking_mode=EXCLUSIVE``
and ``BEGIN EXCLUSIVE``, waiting half a second) and is refused if it cannot. It keeps the
lock until the backup is in place: no desk can open the database in between. The file it
replaces is kept, as a copy made under that lock (with what its ``-wal`` held).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from warehouse_gui.adapters import sqlite_backup
from warehouse_gui.adapters.sqlite_backup import BackupStatus
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.translation import day, translate

# SQLAlchemy (``existing``, ``schema``) is imported where it is needed: the window imports
# this module for the status bar, and loads SQLAlchemy on the bus thread only.

logger = logging.getLogger(__name__)

SERVER_EXIT = 2
PG_BACKUP = (
    "PostgreSQL is backed up with the server's own tools: "
    "pg_dump -Fc -f warehouse-$(date +%F).dump 'postgresql://…' (see docs/operations.md, Backups)"
)
PG_RESTORE = (
    "PostgreSQL is restored with the server's own tools: "
    "pg_restore --clean --if-exists -d 'postgresql://…' FILE.dump (see docs/operations.md, Backups)"
)
LOCK_TIMEOUT_S = 0.5
STALE_AFTER = timedelta(days=2)
TABLES = ("products", "batches", "allocations", "event_log")


class RestoreRefused(DomainError):
    """A backup that cannot (or may not, now) be restored; nothing was changed."""


def backup_command(db_url: str, output: Path | None) -> int:
    """Copy the SQLite database at ``db_url`` into its backups folder (rotated) or to
    ``output``, and say where; 2 for PostgreSQL."""
    database = _sqlite_file(db_url)
    if database is None:
        print(PG_BACKUP, file=sys.stderr)
        return SERVER_EXIT
    progress = _TerminalProgress("Backing up") if sys.stderr.isatty() else None
    try:
        if output is None:
            written = sqlite_backup.take_backup(database, progress=progress)
        else:
            written = _backup_to(database, output, progress)
    finally:
        if progress is not None:
            progress.end()
    print(f"Backed up {database} to {written}")
    return 0


def _backup_to(database: Path, output: Path, progress: sqlite_backup.Progress | None) -> Path:
    sqlite_backup.check_warehouse(database)
    if output.exists():
        raise sqlite_backup.BackupFailed(
            f"{output} already exists: name a new file (nothing was written)"
        )
    source = sqlite_backup.open_file(database)
    try:
        sqlite_backup.copy_database(source, output, progress=progress)
    finally:
        source.close()
    logger.info("Backed up %s to %s", database, output)
    return output


def restore_command(db_url: str, file: Path) -> int:
    """Put the backup ``file`` in place of the SQLite database at ``db_url``, keeping the
    file it replaces; 2 for PostgreSQL."""
    database = _sqlite_file(db_url)
    if database is None:
        print(PG_RESTORE, file=sys.stderr)
        return SERVER_EXIT
    from warehouse_gui.adapters import schema

    revision = check_backup(file)
    if database.exists() and database.resolve() == file.resolve():
        raise RestoreRefused(f"{file} is the database itself: name a backup (nothing was changed)")
    progress = _TerminalProgress("Restoring") if sys.stderr.isatty() else None
    try:
        replaced = _restore(file, database, progress)
    finally:
        if progress is not None:
            progress.end()
    kept = f"; the database it replaced is kept as {replaced}" if replaced else ""
    print(f"Restored {file} to {database}{kept}.")
    if revision != schema.HEAD_REVISION:
        print(
            f"The backup is at schema revision {revision or 'none'}: the window updates it "
            f"to {schema.HEAD_REVISION} when it next opens the database."
        )
    logger.info("Restored %s to %s (kept %s)", file, database, replaced)
    return 0


def check_backup(file: Path) -> str | None:
    """The schema revision of the backup ``file``, once it passed SQLite's integrity check
    and holds the app's tables at a revision this version knows; ``RestoreRefused`` else."""
    if not file.is_file():
        raise RestoreRefused(f"No file at {file}: check the path (nothing was changed)")
    try:
        connection = sqlite_backup.open_file(file, read_only=True)
        try:
            problems = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = None if found is None else str(found[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise RestoreRefused(
            f"{file} is not a readable SQLite database ({error}); nothing was changed"
        ) from error
    if problems != ["ok"]:
        raise RestoreRefused(
            f"{file} is damaged (integrity check: {problems[0]}); nothing was changed"
        )
    from warehouse_gui.adapters import schema

    missing = [table for table in TABLES if table not in tables]
    if missing:
        raise RestoreRefused(
            f"{file} is not a Warehouse GUI backup (no {', '.join(missing)} table); "
            "nothing was changed"
        )
    if revision is not None and revision > schema.HEAD_REVISION:
        raise RestoreRefused(
            f"{file} was made by a newer version of Warehouse GUI (schema revision "
            f"{revision}; this version knows up to {schema.HEAD_REVISION}): restore it with "
            "that version; nothing was changed"
        )
    return revision


def _restore(file: Path, database: Path, progress: sqlite_backup.Progress | None) -> Path | None:
    """Put a copy of ``file`` in place of ``database`` under an exclusive lock, which is
    held until the new file has replaced it; return the replaced file's copy."""
    database.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite_backup.open_file(file, read_only=True)
    try:
        if not database.exists():
            sqlite_backup.copy_database(source, database, progress=progress)
            return None
        target = sqlite3.connect(database, timeout=LOCK_TIMEOUT_S, isolation_level=None)
        try:
            _lock(target, database)
            stamp = datetime.now().strftime(sqlite_backup.STAMP_FORMAT)
            replaced = database.with_name(f"{database.stem}.replaced-{stamp}.db")
            target.execute("COMMIT")  # the exclusive locking mode keeps the lock
            # Everything the -wal holds goes into the file, which is then kept as it is.
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target.execute("PRAGMA journal_mode=DELETE")  # no -wal, -shm left beside it
            shutil.copyfile(database, replaced)
            incoming = database.with_name(f"{database.name}.restoring")
            sqlite_backup.copy_database(source, incoming, progress=progress)
            incoming.replace(database)
        finally:
            target.close()
    finally:
        source.close()
    return replaced


def _lock(connection: sqlite3.Connection, database: Path) -> None:
    try:
        connection.execute("PRAGMA locking_mode=EXCLUSIVE")
        connection.execute("BEGIN EXCLUSIVE")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as error:
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        raise RestoreRefused(
            f"{database} is open (a desk's Warehouse GUI, or another program): close it "
            "wherever it uses this database and restore again; nothing was changed"
        ) from error


def _sqlite_file(db_url: str) -> Path | None:
    from warehouse_gui.adapters.database import sqlite_file

    return sqlite_file(db_url)


def daily_backup(db_url: str) -> Path | None:
    """At the desktop app's start: copy a SQLite database unless a copy was made today.

    Never raises: a failure is logged with its traceback and recorded in the backups
    folder, for the window's warning. ``None`` when there was nothing to do."""
    try:
        database = _sqlite_file(db_url)
        if database is None or not database.is_file():
            return None
        if sqlite_backup.backed_up_today(database):
            return None
        return sqlite_backup.take_backup(database)
    except Exception:
        logger.exception("The daily backup of %s failed", db_url)
        return None


def status(db_url: str) -> BackupStatus | None:
    """What the backups folder of the database at ``db_url`` says; ``None`` for a server."""
    database = _sqlite_file(db_url)
    return None if database is None else sqlite_backup.status(database)


@dataclass(frozen=True)
class BackupSummary:
    """One line for the window: ``text``, and whether it is a warning."""

    text: str
    alert: bool
    detail: str


def summary(found: BackupStatus, now: datetime | None = None) -> BackupSummary:
    """``Backup: today 08:02``; a warning when the newest copy is over two days old, when
    there is none, or when the last attempt failed."""
    now = now or datetime.now()
    where = translate("Backups", "Backups are kept in {folder}.").format(folder=found.folder)
    if found.failure is not None:
        if found.failed_at:
            failed = translate("Backups", "Backup failed {when}").format(
                when=_when(found.failed_at, now)
            )
        else:
            failed = translate("Backups", "Backup failed")
        # The failure's reason is what the backups folder recorded, as it was said then.
        if found.last:
            why = translate("Backups", "{failure}; last good one {when}.").format(
                failure=found.failure, when=_when(found.last, now)
            )
        else:
            why = f"{found.failure}."
        return BackupSummary(f"⚠ {failed}", True, f"{why} {where}")
    if found.last is None:
        none_yet = translate("Backups", "Backup: none yet")
        nothing = translate("Backups", "No backup has been made.")
        return BackupSummary(f"⚠ {none_yet}", True, f"{nothing} {where}")
    text = translate("Backups", "Backup: {when}").format(when=_when(found.last, now))
    if now - found.last > STALE_AFTER:
        old = translate("Backups", "The last backup is over two days old.")
        return BackupSummary(f"⚠ {text}", True, f"{old} {where}")
    return BackupSummary(text, False, where)


def _when(moment: datetime, now: datetime) -> str:
    """When ``moment`` was, as the status bar says it: ``today 08:02``."""
    time = f"{moment:%H:%M}"
    if moment.date() == now.date():
        return translate("Backups", "today {time}").format(time=time)
    if moment.date() == (now - timedelta(days=1)).date():
        return translate("Backups", "yesterday {time}").format(time=time)
    return translate("Backups", "{day} {time}").format(day=day(moment.date()), time=time)


class _TerminalProgress:
    """``Backing up: 42%`` on stderr, rewritten in place."""

    def __init__(self, what: str) -> None:
        self._what = what
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        if percent != self._shown:
            self._shown = percent
            print(f"\r{self._what}: {percent}%", end="", file=sys.stderr, flush=True)

    def end(self) -> None:
        if self._shown >= 0:
            print(file=sys.stderr)
