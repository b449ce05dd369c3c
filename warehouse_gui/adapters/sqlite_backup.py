"""Copies of a SQLite warehouse file, made with SQLite's online backup while desks work.

A copy is written under a temporary name in the backups folder and renamed when it is
complete (and on disk), so a copy cut short (``kill -9``, a power cut) never replaces or
damages an earlier one. The folder is ``backups`` beside the database, or
``$WAREHOUSE_BACKUP_DIR``; the newest ``$WAREHOUSE_BACKUP_KEEP`` copies (14) are kept.
A failed copy into the folder leaves ``<name>-last-failure.txt`` there, with its reason,
until a copy succeeds. Plain ``sqlite3`` and files: nothing here needs SQLAlchemy.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warehouse_gui.domain.errors import DomainError
from warehouse_gui.translation import translate

logger = logging.getLogger(__name__)

FOLDER_ENV = "WAREHOUSE_BACKUP_DIR"
KEEP_ENV = "WAREHOUSE_BACKUP_KEEP"
DEFAULT_KEEP = 14
PAGES_PER_STEP = 1024  # 4 MiB at SQLite's default page size
STAMP_FORMAT = "%Y-%m-%dT%H%M%S"
PARTIAL_SUFFIX = ".partial"
STALE_PARTIAL_SECONDS = 3600

# Called after each step with the pages copied and the pages in all.
Progress = Callable[[int, int], None]


class BackupFailed(DomainError):
    """A database could not be copied; nothing earlier was changed."""


@dataclass(frozen=True)
class BackupStatus:
    """What the backups folder of one database says: the newest copy's time, and the
    reason (and time) of a failure that no copy has followed yet."""

    folder: Path
    last: datetime | None
    failure: str | None = None
    failed_at: datetime | None = None


def folder_for(database: Path) -> Path:
    """Where the copies of ``database`` go: ``$WAREHOUSE_BACKUP_DIR``, else ``backups``
    beside it."""
    chosen = os.environ.get(FOLDER_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return database.parent / "backups"


def keep_count() -> int:
    """How many copies rotation keeps: ``$WAREHOUSE_BACKUP_KEEP`` (at least 1), else 14."""
    chosen = os.environ.get(KEEP_ENV, "").strip()
    if not chosen:
        return DEFAULT_KEEP
    try:
        keep = int(chosen)
    except ValueError:
        keep = 0
    if keep < 1:
        logger.warning(
            "%s=%r is not a number from 1 up; keeping %d", KEEP_ENV, chosen, DEFAULT_KEEP
        )
        return DEFAULT_KEEP
    return keep


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{4}}-\d\d-\d\dT\d{{6}})(?:-(\d+))?\.db$")


def backups_of(database: Path, folder: Path | None = None) -> list[tuple[datetime, Path]]:
    """The copies of ``database`` in its folder, oldest first."""
    return [(taken, path) for taken, _, path in _copies(database, folder or folder_for(database))]


def _copies(database: Path, folder: Path) -> list[tuple[datetime, int, Path]]:
    """Each copy's moment, its number within that second (0 for the first) and its path,
    oldest first."""
    pattern = _pattern(database)
    found: list[tuple[datetime, int, Path]] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = pattern.match(entry.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), STAMP_FORMAT)
        except ValueError:
            continue
        found.append((taken, int(match.group(2) or 0), entry))
    found.sort()
    return found


def failure_marker(database: Path, folder: Path | None = None) -> Path:
    """The file that says why the last copy into the folder failed."""
    return (folder or folder_for(database)) / f"{database.stem}-last-failure.txt"


def status(database: Path) -> BackupStatus:
    """The backups of ``database`` as its folder shows them (a directory listing and one
    small file: the database itself is not touched)."""
    folder = folder_for(database)
    copies = backups_of(database, folder)
    last = copies[-1][0] if copies else None
    marker = failure_marker(database, folder)
    try:
        stamp, _, reason = marker.read_text(encoding="utf-8").partition("\n")
    except OSError:
        return BackupStatus(folder, last)
    try:
        failed_at: datetime | None = datetime.fromisoformat(stamp.strip())
    except ValueError:
        failed_at = None
    reason = reason.strip() or translate("SqliteBackup", "unknown reason")
    return BackupStatus(folder, last, reason, failed_at)


def record_failure(database: Path, reason: str) -> None:
    """Leave the reason of a failed copy in the folder, for the window's warning."""
    marker = failure_marker(database)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(f"{datetime.now().isoformat(timespec='seconds')}\n{reason}\n", "utf-8")
    except OSError:
        logger.warning("Cannot record the failed backup in %s", marker, exc_info=True)


def open_file(path: Path, *, read_only: bool = False, timeout: float = 10.0) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path`` that never creates it."""
    mode = "ro" if read_only else "rw"
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=timeout, isolation_level=None
    )


def check_warehouse(database: Path) -> None:
    """Refuse (``BackupFailed``) a path that is not an existing warehouse file."""
    if not database.is_file():
        raise BackupFailed(f"No database file at {database}: check the path (nothing was created)")
    try:
        connection = open_file(database)
        try:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'products'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"{database} cannot be read as a SQLite database ({error})") from error
    if found is None:
        raise BackupFailed(f"{database} holds no Warehouse GUI data (nothing was copied)")


def copy_database(
    source: sqlite3.Connection,
    target: Path,
    *,
    pages_per_step: int = PAGES_PER_STEP,
    progress: Progress | None = None,
) -> None:
    """Copy what ``source`` holds to the new file ``target``, atomically: the copy is
    written as ``.<name>.partial`` beside it, flushed to disk and renamed when complete.

    The source is read in one read transaction, so the copy is the database as it was at
    one instant, whatever desks commit meanwhile (in WAL mode they are never held up).
    The copy is a single file (rollback journal, no ``-wal`` beside it), readable by its
    owner only."""
    partial = target.with_name(f".{target.name}{PARTIAL_SUFFIX}")
    partial.unlink(missing_ok=True)
    in_transaction = source.in_transaction
    if not in_transaction:
        source.execute("BEGIN")
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        destination = sqlite3.connect(partial, isolation_level=None)
        try:
            report = None if progress is None else step_reporter(progress)
            source.backup(destination, pages=pages_per_step, progress=report, sleep=0.05)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        partial.chmod(0o600)  # its owner's alone, as the database
        _flush(partial)
        os.replace(partial, target)
        _flush_folder(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    finally:
        if not in_transaction and source.in_transaction:
            source.execute("ROLLBACK")


def step_reporter(progress: Progress) -> Callable[[int, int, int], None]:
    """``progress`` as ``sqlite3.Connection.backup`` calls it."""

    def report(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    return report


def _flush(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _flush_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def take_backup(
    database: Path,
    *,
    pages_per_step: int = PAGES_PER_STEP,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> Path:
    """Copy ``database`` into its backups folder, rotate it, and return the new copy.

    A failure is recorded in the folder (``record_failure``) and raised; a success
    removes the record. A path that is no warehouse is refused without a record (and
    without creating anything)."""
    check_warehouse(database)
    try:
        folder = folder_for(database)
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(database, folder, now or datetime.now())
        source = open_file(database)
        try:
            copy_database(source, target, pages_per_step=pages_per_step, progress=progress)
        finally:
            source.close()
    except Exception as error:
        reason = _in_words(error)
        record_failure(database, reason)
        raise
    failure_marker(database, folder).unlink(missing_ok=True)
    logger.info("Backed up %s to %s", database, target)
    rotate(database, folder)
    return target


def _in_words(error: Exception) -> str:
    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} ({error.filename})" if error.filename else error.strerror
    return str(error) or type(error).__name__


def _new_name(database: Path, folder: Path, now: datetime) -> Path:
    """A name that sorts after every copy taken in the same second, so rotation never
    takes a new copy for the oldest one (even when an earlier copy of that second has
    already been rotated away)."""
    second = now.replace(microsecond=0)
    numbers = [number for taken, number, _ in _copies(database, folder) if taken == second]
    name = f"{database.stem}-{second.strftime(STAMP_FORMAT)}"
    if not numbers:
        return folder / f"{name}.db"
    return folder / f"{name}-{max(numbers) + 1}.db"


def rotate(database: Path, folder: Path | None = None, keep: int | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` copies of ``database`` (and copies cut short an
    hour ago or more); return what was deleted."""
    folder = folder or folder_for(database)
    keep = keep or keep_count()
    removed = [path for _, path in backups_of(database, folder)[:-keep]]
    stale = time.time() - STALE_PARTIAL_SECONDS
    for entry in folder.glob(f".{database.stem}-*.db{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            if entry.stat().st_mtime < stale:
                removed.append(entry)
    for path in removed:
        try:
            path.unlink()
        except OSError:
            logger.warning("Cannot delete the old backup %s", path, exc_info=True)
        else:
            logger.info("Deleted the old backup %s", path)
    return removed


def backed_up_today(database: Path, today: datetime | None = None) -> bool:
    """Whether a copy of ``database`` was made today (local time)."""
    copies = backups_of(database)
    return bool(copies) and copies[-1][0].date() == (today or datetime.now()).date()
